// Wrap the initialiser of every top-level `const` that calls a function at module load (effect
// schemas, `Data.TaggedError`, presets built with helpers) in `/* @__PURE__ */ (() => …)()`, so
// bundlers can drop it when it is not imported: importing `maskBsn` must not pull in all of effect.
//
// It runs on the *build output*, not the source (the technique of temporal-polyfill's
// `pureTopLevel()` Rollup plugin): tsup.shared.ts calls `wrapPureTopLevel("dist")` in `onSuccess`,
// so every package's dist/*.js is wrapped and the source stays plain TypeScript. Effect's
// call-site annotation (babel annotate-pure-calls) is not enough for chained schemas
// (`Schema.Struct(…).check(…)` only gets the outer call marked): see the architecture review §3.5.
//
// Known limit: the wrapper is inserted on the initialiser's own lines, so in dist/*.js.map the
// columns after it on those lines are off by the wrapper's width (lines stay exact).
//
// Usage: node tools/codemods/pure-top-level.mjs [--check] [file-or-dir …] — idempotent; without
// paths it takes every packages/*/dist/**/*.js except the fast-check arbitraries (testing.js,
// testing/); `--check` only reports (and fails) what is not wrapped yet.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const isModule = (name) => /\.(js|mjs|ts|mts)$/.test(name) && !/\.d\.m?ts$/.test(name);
const walk = (path) => {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => {
    const p = join(path, name);
    if (statSync(p).isDirectory()) return name === "testing" ? [] : walk(p);
    return isModule(name) && !/^testing\.(js|mjs|ts)$/.test(name) ? [p] : [];
  });
};

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

/**
 * Wrap the top-level call-at-load `const` initialisers of one module's text.
 * Returns the new text and the 1-based lines of the initialisers that were wrapped.
 */
export function wrapSource(text, fileName) {
  const kind = /\.m?ts$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
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
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, e.start)}/* @__PURE__ */ (() => (${out.slice(e.start, e.end)}))()${out.slice(e.end)}`;
  }
  const lines = edits.map((e) => sf.getLineAndCharacterOfPosition(e.start).line + 1);
  return { text: out, lines };
}

/** Wrap every module under the given files or folders in place; returns the number wrapped. */
export function wrapPureTopLevel(...paths) {
  let total = 0;
  for (const file of paths.flatMap((p) => (existsSync(p) ? walk(p) : []))) {
    const text = readFileSync(file, "utf8");
    const { text: out, lines } = wrapSource(text, file);
    if (lines.length === 0) continue;
    writeFileSync(file, out);
    total += lines.length;
  }
  return total;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  const given = process.argv.slice(2).filter((a) => a !== "--check");
  const roots =
    given.length > 0
      ? given
      : readdirSync("packages")
          .map((p) => join("packages", p, "dist"))
          .filter((d) => existsSync(d));
  let needed = 0;
  for (const file of roots.flatMap(walk)) {
    const text = readFileSync(file, "utf8");
    const { text: out, lines } = wrapSource(text, file);
    if (lines.length === 0) continue;
    needed += lines.length;
    if (check) for (const line of lines) console.log(`${file}:${line}: top-level call not marked pure`);
    else {
      writeFileSync(file, out);
      console.log(`${file}: ${lines.length} wrapped`);
    }
  }
  if (check && needed > 0) {
    console.log(
      "Build with `pnpm build` (tsup's onSuccess wraps them), so bundlers can drop unused schemas.",
    );
    process.exit(1);
  }
}
