// CONVENTIONS: "a public function without TSDoc (what, the clause, an example) is unfinished".
// One test per package checks that every exported function of its src/ has TSDoc with @example.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): Array<string> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** Exported functions (declarations and function-valued consts) whose TSDoc lacks an @example. */
function withoutExample(srcDir: string, file: string): Array<string> {
  const text = readFileSync(file, "utf8");
  // Modules marked @internal in their module comment are not part of the public API.
  if (/^\/\*\*[\s\S]*?@internal[\s\S]*?\*\//.test(text)) return [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const missing: Array<string> = [];
  for (const st of sf.statements) {
    const modifiers = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    if (!modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    let name: string | undefined;
    if (ts.isFunctionDeclaration(st)) name = st.name?.text;
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const init = d.initializer;
        // Function-valued: an arrow or function expression, or a decoder built at load time
        // (`decode(Schema)`).
        const isFunction =
          init !== undefined &&
          (ts.isArrowFunction(init) ||
            ts.isFunctionExpression(init) ||
            (ts.isCallExpression(init) &&
              ts.isIdentifier(init.expression) &&
              init.expression.text === "decode"));
        if (isFunction) name = d.name.getText(sf);
      }
    }
    if (name === undefined) continue;
    const doc = text.slice(st.getFullStart(), st.getStart(sf));
    if (doc.includes("@internal")) continue; // shared between modules, not exported from index
    if (!doc.includes("/**") || !doc.includes("@example"))
      missing.push(`${file.slice(srcDir.length + 1)}: ${name}`);
  }
  return missing;
}

/** Register the TSDoc coverage test for the package whose `src/` folder is `src`. */
export function describeTsdocCoverage(src: URL): void {
  const srcDir = fileURLToPath(src);
  describe("TSDoc (CONVENTIONS: a public function without TSDoc and an example is unfinished)", () => {
    it("every exported function of the package has TSDoc with an @example", () => {
      expect(sourceFiles(srcDir).flatMap((f) => withoutExample(srcDir, f))).toEqual([]);
    });
  });
}
