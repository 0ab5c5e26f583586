#!/usr/bin/env node
// One-off reverse codemod: `/* @__PURE__ */ (() => EXPR)()` → `EXPR` (and `/* @__PURE__ */ f()` →
// `f()`) in packages/*/src. The
// wrapper is now added to the build output (tools/codemods/pure-top-level.mjs on dist/*.js, run
// by tsup's onSuccess), so the source stays plain. Parses with the TypeScript compiler API, so
// multi-line expressions and nested parentheses are handled exactly.
// Usage: node tools/codemods/strip-pure-wrappers.mjs [file.ts …]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return name.endsWith(".ts") ? [path] : [];
  });
const given = process.argv.slice(2);
const files =
  given.length > 0 ? given : readdirSync("packages").flatMap((p) => walk(join("packages", p, "src")));

/** `(() => EXPR)()` with no parameters and an expression body: returns EXPR, else undefined. */
function wrapped(node) {
  if (!ts.isCallExpression(node) || node.arguments.length > 0) return undefined;
  let callee = node.expression;
  if (!ts.isParenthesizedExpression(callee)) return undefined;
  callee = callee.expression;
  if (!ts.isArrowFunction(callee) || callee.parameters.length > 0 || ts.isBlock(callee.body))
    return undefined;
  return callee.body;
}

let total = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  if (!text.includes("@__PURE__")) continue;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    const body = wrapped(node);
    if (body === undefined && (ts.isCallExpression(node) || ts.isNewExpression(node))) {
      // A call-site annotation (`/* @__PURE__ */ f()`): drop the comment, keep the call.
      const trivia = text.slice(node.getFullStart(), node.getStart(sf));
      const at = trivia.lastIndexOf("/* @__PURE__ */");
      if (at >= 0) {
        const pos = node.getFullStart() + at;
        edits.push({ start: pos, end: node.getStart(sf), text: "" });
      }
    }
    if (body !== undefined) {
      // The comment sits between `=` and the call (trivia of the call expression).
      const trivia = text.slice(node.getFullStart(), node.getStart(sf));
      const at = trivia.lastIndexOf("/* @__PURE__ */");
      const pure = at < 0 ? undefined : { pos: node.getFullStart() + at };
      if (pure !== undefined) {
        // In a declaration's initializer the parentheses around an object literal are not needed.
        let inner = body;
        while (ts.isParenthesizedExpression(inner) && ts.isVariableDeclaration(node.parent))
          inner = inner.expression;
        edits.push({ start: pure.pos, end: node.getEnd(), text: inner.getText(sf) });
        return; // nested wrappers inside are not expected; the outer one is what matters
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const left = (out.match(/@__PURE__/g) ?? []).length;
  if (left > 0) throw new Error(`${file}: ${left} @__PURE__ left that is not a (() => …)() wrapper`);
  writeFileSync(file, out);
  total += edits.length;
  console.log(`${file}: ${edits.length} unwrapped`);
}
console.log(`${total} wrapper(s) removed`);
