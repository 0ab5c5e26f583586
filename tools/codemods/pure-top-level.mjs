#!/usr/bin/env node
// Wrap the initialiser of every top-level `const` that calls a function at module load (effect
// schemas, `Data.TaggedError`, presets built with helpers) in `/* @__PURE__ */ (() => …)()`, so
// bundlers can drop it when it is not imported: importing `maskBsn` must not pull in all of effect.
// Usage: node tools/codemods/pure-top-level.mjs [--check] [file.ts …] — idempotent; without files
// it takes every packages/*/src module except the fast-check arbitraries; `--check` only reports
// (and fails, for CI).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const check = process.argv.includes("--check");
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "testing" ? [] : walk(path);
    return name.endsWith(".ts") && name !== "testing.ts" ? [path] : [];
  });
const given = process.argv.slice(2).filter((a) => a !== "--check");
const files =
  given.length > 0 ? given : readdirSync("packages").flatMap((p) => walk(join("packages", p, "src")));
let needed = 0;

function callsAtLoad(node) {
  let found = false;
  const visit = (n) => {
    if (found) return;
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return; // bodies do not run at load
    const symbolCall =
      ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "Symbol";
    if (
      !symbolCall &&
      (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n))
    ) {
      found = true;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

for (const file of files) {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    if (!(stmt.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const decl of stmt.declarationList.declarations) {
      const init = decl.initializer;
      if (init === undefined || !callsAtLoad(init)) continue;
      const before = text.slice(Math.max(0, init.getFullStart()), init.getStart(sf));
      if (before.includes("@__PURE__")) continue;
      edits.push({ start: init.getStart(sf), end: init.getEnd() });
    }
  }
  if (edits.length === 0) continue;
  needed += edits.length;
  if (check) {
    for (const e of edits) {
      const { line } = sf.getLineAndCharacterOfPosition(e.start);
      console.log(`${file}:${line + 1}: top-level call not marked pure`);
    }
    continue;
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, e.start)}/* @__PURE__ */ (() => (${out.slice(e.start, e.end)}))()${out.slice(e.end)}`;
  }
  writeFileSync(file, out);
  console.log(`${file}: ${edits.length} wrapped`);
}
if (check && needed > 0) {
  console.log(
    "Run `node tools/codemods/pure-top-level.mjs` to mark them, so bundlers can drop unused schemas.",
  );
  process.exit(1);
}
