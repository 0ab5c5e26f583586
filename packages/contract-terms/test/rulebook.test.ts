// ADR 0007 §1: logic names no contract. Outside src/presets/, no string in the source contains a
// built-in source id or a cite( call; every citation and every figure in an explanation comes from
// the rulebook value the caller passes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceIds } from "@zorgkit/core";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src", import.meta.url));
function files(dir: string): Array<string> {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === "presets" ? [] : files(p);
    return n.endsWith(".ts") ? [p] : [];
  });
}

/** The string and template literals of a file, and whether it calls `cite(`. */
function literals(file: string): { strings: Array<string>; cites: boolean } {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const strings: Array<string> = [];
  let cites = false;
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) strings.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      strings.push(n.head.text, ...n.templateSpans.map((s) => s.literal.text));
    } else if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "cite")
      cites = true;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { strings, cites };
}

describe("logic names no contract (ADR 0007 §1)", () => {
  const sourceFiles = files(src);
  it("finds the package's logic modules", () => {
    expect(sourceFiles.length).toBeGreaterThan(10);
  });
  it.each(sourceFiles.map((f) => [f.slice(src.length + 1), f]))(
    "%s has no cite( call and no built-in source id or connection-agreement article in its strings",
    (_name, file) => {
      const { strings, cites } = literals(file);
      expect(cites).toBe(false);
      const offending = strings.filter(
        (s) => sourceIds.some((id) => s.includes(id)) || /Aansluitovereenkomst|art\. \d|artikel \d/.test(s),
      );
      expect(offending).toEqual([]);
    },
  );
});
