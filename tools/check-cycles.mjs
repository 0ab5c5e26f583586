// ADR 0006 §6: no import cycles inside any package's src/, type-only imports included (the
// architecture review found type-level cycles that madge's default skips). Reads every import,
// `import type`, re-export and dynamic `import()` of packages/*/src/**/*.ts with the TypeScript
// parser, resolves the relative ones, and reports each strongly connected component (Tarjan).
// Usage: node tools/check-cycles.mjs [packages/<pkg> …] — exits 1 when a cycle exists.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });

/** The relative module specifiers a file imports, with whether the import is type-only. */
export function importsOf(file, text = readFileSync(file, "utf8")) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteral(e)) found.push(e.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [a] = node.arguments;
      if (a && ts.isStringLiteral(a)) found.push(a.text);
    } else if (ts.isImportTypeNode(node)) {
      const lit = node.argument;
      if (ts.isLiteralTypeNode(lit) && ts.isStringLiteral(lit.literal)) found.push(lit.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found.filter((s) => s.startsWith("."));
}

/** `./x.js` from `dir` → the .ts file it names (`x.ts`, or `x/index.ts`). */
function resolveTs(dir, spec) {
  const base = resolve(dir, spec);
  const candidates = [base.replace(/\.(m?)js$/, ".$1ts"), base, `${base}.ts`, join(base, "index.ts")];
  return candidates.find((c) => c.endsWith(".ts") && existsSync(c));
}

/** The import cycles of one package's src/: each is a list of files (relative to the package). */
export function cyclesOf(pkgDir) {
  const src = join(pkgDir, "src");
  if (!existsSync(src)) return [];
  const files = walk(src);
  const edges = new Map(
    files.map((f) => [
      f,
      importsOf(f)
        .map((s) => resolveTs(dirname(f), s))
        .filter((t) => t !== undefined),
    ]),
  );
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const sccs = [];
  const paths = [];
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      const selfLoop = scc.length === 1 && (edges.get(v) ?? []).includes(v);
      if (scc.length > 1 || selfLoop) sccs.push(scc.map((f) => relative(pkgDir, f)).sort());
      if (scc.length > 1 || selfLoop) paths.push(shortestCycle(scc, edges).map((f) => relative(pkgDir, f)));
    }
  };
  for (const f of files) if (!idx.has(f)) strong(f);
  return sccs.map((files, i) => ({ files, example: paths[i] }));
}

/** One shortest cycle through the first file of a component (breadth-first inside it). */
function shortestCycle(scc, edges) {
  const inside = new Set(scc);
  const start = [...scc].sort()[0];
  const prev = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of edges.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = prev.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const given = process.argv.slice(2);
  const pkgs =
    given.length > 0
      ? given.map((p) => resolve(p))
      : readdirSync(join(root, "packages")).map((p) => join(root, "packages", p));
  let count = 0;
  for (const pkg of pkgs) {
    for (const { files, example } of cyclesOf(pkg)) {
      count += 1;
      console.log(
        `${relative(root, pkg)}: import cycle (type-only imports included) among\n  ${files.join("\n  ")}\n  e.g. ${example.join(" → ")}`,
      );
    }
  }
  if (count > 0) {
    console.log(`✖ ${count} import cycle(s); ADR 0006 §6 allows none. Move shared types into a leaf module.`);
    process.exit(1);
  }
  console.log(`no import cycles in ${pkgs.length} package(s)`);
}
