import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceIds } from "../src/presets/sources.js";

// ADR 0007 §1: outside src/presets/, core's code names no contract — no cite(…) call and no
// built-in source id in a string. Comments (TSDoc examples) may name them; code may not.

const src = fileURLToPath(new URL("../src", import.meta.url));

function files(dir: string): Array<string> {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : name.endsWith(".ts") ? [p] : [];
  });
}

function findings(file: string): Array<string> {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: Array<string> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "cite") {
      out.push(`cite( at ${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    if (ts.isStringLiteralLike(node)) {
      for (const id of sourceIds) {
        if (new RegExp(`(^|[^A-Za-z-])${id}([^A-Za-z-]|$)`).test(node.text)) {
          out.push(`"${id}" at ${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.map((f) => `${file.slice(src.length + 1)}: ${f}`);
}

describe("core's logic names no contract (ADR 0007 §1)", () => {
  it("no cite( call and no built-in source id outside src/presets/", () => {
    const logic = files(src).filter((f) => !f.includes(`${join("src", "presets")}`));
    expect(logic.length).toBeGreaterThan(10);
    expect(logic.flatMap(findings)).toEqual([]);
  });

  it("the check can fail: the presets do cite the MDO SLA", () => {
    const presets = files(join(src, "presets"));
    expect(presets.flatMap(findings).length).toBeGreaterThan(0);
  });
});
