#!/usr/bin/env node
// The scores and surviving mutants of a Stryker run, per module (issue #17, docs/quality.md).
//
//   node tools/mutation/survivors.mjs <pkg> [--report <mutation.json>] [--list] [--file <substring>]
//
// Reads packages/<pkg>/reports/mutation/mutation.json (written by `pnpm --filter @zorgkit/<pkg> mutate`).
// The score is Stryker's: (killed + timeout) / (killed + timeout + survived + no coverage); static
// mutants skipped by `ignoreStatic` and compile errors are left out of it. `--list` prints each
// survivor and uncovered mutant with its line of source, for the mutant-by-mutant account.
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const args = process.argv.slice(2);
const pkg = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
if (pkg === undefined && option("--report") === undefined) {
  console.error(
    "usage: node tools/mutation/survivors.mjs <pkg> [--report <mutation.json>] [--list] [--file <substring>]",
  );
  process.exit(2);
}
const reportPath = option("--report") ?? `packages/${pkg}/reports/mutation/mutation.json`;
const report = JSON.parse(readFileSync(reportPath, "utf8"));
const only = option("--file");
const list = args.includes("--list");

const statuses = [
  "Killed",
  "Timeout",
  "Survived",
  "NoCoverage",
  "Ignored",
  "CompileError",
  "RuntimeError",
  "Pending",
];
const total = Object.fromEntries(statuses.map((s) => [s, 0]));
const rows = [];
const alive = [];
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  if (only !== undefined && !file.includes(only)) continue;
  const count = Object.fromEntries(statuses.map((s) => [s, 0]));
  for (const m of mutants) {
    count[m.status] = (count[m.status] ?? 0) + 1;
    total[m.status] = (total[m.status] ?? 0) + 1;
    if (m.status === "Survived" || m.status === "NoCoverage") alive.push({ file, source, m });
  }
  rows.push({ file: relative(process.cwd(), file) || file, count });
}

const score = (c) => {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid === 0 ? "—" : `${((100 * detected) / valid).toFixed(1)} %`;
};
const cols = ["Killed", "Timeout", "Survived", "NoCoverage", "Ignored"];
console.log(`| module | ${cols.join(" | ")} | score |`);
console.log(`| --- | ${cols.map(() => "---:").join(" | ")} | ---: |`);
for (const { file, count } of rows.sort((a, b) => a.file.localeCompare(b.file))) {
  console.log(`| \`${file}\` | ${cols.map((c) => count[c]).join(" | ")} | ${score(count)} |`);
}
console.log(`| **all** | ${cols.map((c) => total[c]).join(" | ")} | **${score(total)}** |`);

if (list) {
  console.log("");
  alive.sort((a, b) => a.file.localeCompare(b.file) || a.m.location.start.line - b.m.location.start.line);
  for (const { file, source, m } of alive) {
    const { start } = m.location;
    const line = source.split("\n")[start.line - 1]?.trim() ?? "";
    const where = `${relative(process.cwd(), file) || file}:${start.line}:${start.column}`;
    console.log(
      `${where} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? "")}\n    ${line}`,
    );
  }
}
