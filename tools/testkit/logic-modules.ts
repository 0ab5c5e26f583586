// ADR 0007 §1: outside `src/presets/` a package's code names no contract. The package tests that
// check it share how they find the logic modules and read their code without comments.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The `.ts` modules below a package's `src/` folder, outside any `presets/` folder, less those
 * `leaveOut` names (for example the `/testing` arbitraries).
 */
export function logicModules(src: string, leaveOut: (path: string) => boolean = () => false): Array<string> {
  const walk = (dir: string): Array<string> =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === "presets" ? [] : walk(path);
      return path.endsWith(".ts") ? [path] : [];
    });
  return walk(src).filter((path) => !leaveOut(path));
}

/** A module's code without its comments (TSDoc may name the clauses a function implements). */
export function codeWithoutComments(path: string): string {
  return readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}
