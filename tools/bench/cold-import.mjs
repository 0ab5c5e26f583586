// Cold import per entry: how long a fresh `node` process takes to `import()` one entry of a
// package's built dist/ (module loading and module-load work such as schema construction),
// minus the time of a node process that imports nothing. Two checkouts are measured
// interleaved, run by run, so that machine noise hits both alike.
// Usage: node tools/bench/cold-import.mjs --before /tmp/old --after . [--runs 15]
// Prints a Markdown table (median and minimum over the runs, in milliseconds).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const trees = { before: resolve(arg("before", "")), after: resolve(arg("after", ".")) };
const runs = Number(arg("runs", "15"));

/** The entries of a checkout: every `exports` key with a dist/*.js target, except ./testing. */
function entries(root) {
  const base = join(root, "packages");
  return readdirSync(base).flatMap((dir) => {
    const pkg = JSON.parse(readFileSync(join(base, dir, "package.json"), "utf8"));
    return Object.entries(pkg.exports).flatMap(([key, target]) => {
      const js = typeof target === "object" && target !== null ? target.default : undefined;
      if (js === undefined || key === "./testing") return [];
      const file = join(base, dir, js);
      return existsSync(file) ? [{ name: key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`, file }] : [];
    });
  });
}

const timeOnce = (file) => {
  const code = file === undefined ? "0" : "await import(process.argv[1])";
  const args = ["--input-type=module", "-e", code, ...(file === undefined ? [] : [pathToFileURL(file).href])];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`import of ${file} failed: ${r.stderr}`);
  return ms;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const before = new Map(entries(trees.before).map((e) => [e.name, e.file]));
const after = new Map(entries(trees.after).map((e) => [e.name, e.file]));
const names = [...after.keys()].filter((n) => before.has(n));
const samples = { baseline: [], before: new Map(), after: new Map() };
for (const n of names) {
  samples.before.set(n, []);
  samples.after.set(n, []);
}
for (let r = -2; r < runs; r++) {
  // Two warm-up rounds (file cache), then interleaved measurements.
  const base = timeOnce(undefined);
  if (r >= 0) samples.baseline.push(base);
  for (const n of names) {
    const b = timeOnce(before.get(n));
    const a = timeOnce(after.get(n));
    if (r >= 0) {
      samples.before.get(n).push(b);
      samples.after.get(n).push(a);
    }
  }
}
const base = median(samples.baseline);
const baseMin = Math.min(...samples.baseline);
const f = (x) => x.toFixed(0);
console.log(
  `node ${process.version}, ${runs} runs per entry, empty node process: median ${f(base)} ms (min ${f(baseMin)}), subtracted below\n`,
);
console.log("| entry | before: median (min) | after: median (min) | after / before (import only) |");
console.log("| --- | ---: | ---: | ---: |");
for (const n of names) {
  const b = samples.before.get(n);
  const a = samples.after.get(n);
  const ratio = (median(a) - base) / (median(b) - base);
  console.log(
    `| \`${n}\` | ${f(median(b) - base)} ms (${f(Math.min(...b) - baseMin)}) | ${f(median(a) - base)} ms (${f(Math.min(...a) - baseMin)}) | ${ratio.toFixed(2)} |`,
  );
}
