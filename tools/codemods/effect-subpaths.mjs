#!/usr/bin/env node
// One-off codemod (ADR 0006 §6): rewrite `import { Schema, Result } from "effect"` to one
// namespace import per module, `import * as Schema from "effect/Schema"`, so a consumer loads
// only the effect modules zorgkit uses, never the barrel. Type-only imports stay type-only.
// Usage: node tools/codemods/effect-subpaths.mjs [file.ts …] — without files it takes every
// .ts/.mts/.mjs file under packages/*/{src,test,bench}. Idempotent.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ts from "typescript";

const walk = (dir) =>
  !existsSync(dir)
    ? []
    : readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === "node_modules" ? [] : walk(path);
        return /\.(ts|mts|mjs|js)$/.test(name) ? [path] : [];
      });
const given = process.argv.slice(2);
const files =
  given.length > 0
    ? given
    : readdirSync("packages").flatMap((p) =>
        ["src", "test", "bench"].flatMap((d) => walk(join("packages", p, d))),
      );

// The modules effect's exports map offers as `effect/<Name>` ("./*" → "./dist/*.js").
const effectDir = dirname(
  createRequire(join(process.cwd(), "packages/core/")).resolve("effect/package.json"),
);
const isModule = (name) => existsSync(join(effectDir, "dist", `${name}.js`));

let changed = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  if (!text.includes('"effect"')) continue;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    if (st.moduleSpecifier.text !== "effect") continue;
    const clause = st.importClause;
    const named = clause?.namedBindings;
    if (clause === undefined || clause.name !== undefined || named === undefined || !ts.isNamedImports(named))
      throw new Error(`${file}: unsupported import form: ${st.getText(sf)}`);
    const lines = named.elements.map((el) => {
      const imported = (el.propertyName ?? el.name).text;
      const local = el.name.text;
      if (!isModule(imported)) throw new Error(`${file}: effect has no module effect/${imported}`);
      const type = clause.isTypeOnly || el.isTypeOnly ? "type " : "";
      return `import ${type}* as ${local} from "effect/${imported}";`;
    });
    edits.push({ start: st.getStart(sf), end: st.getEnd(), text: lines.join("\n") });
  }
  if (edits.length === 0) continue;
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  writeFileSync(file, out);
  changed += 1;
  console.log(`${file}: ${edits.length} import(s) rewritten`);
}
console.log(`${changed} file(s) changed`);
