// The mechanical part of ADR 0006 §2, read with the TypeScript compiler from the packages' built
// declarations (dist/*.d.ts of every entry in each `exports` map), i.e. what a user sees:
// - no exported name denotes two different things in two packages (re-exporting core's
//   `Citation` is the same thing; declaring another `Citation` is a collision);
// - every exported `decodeX` returns core's `DecodeResult`;
// - no `export * from` in any src/index.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { repoRoot } from "./samples.js";

export interface Entry {
  readonly pkg: string;
  readonly specifier: string;
  readonly dts: string;
}

export function packageEntries(): Array<Entry> {
  const base = join(repoRoot, "packages");
  return readdirSync(base).flatMap((dir) => {
    const pkgDir = join(base, dir);
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as {
      name: string;
      exports: Record<string, unknown>;
    };
    return Object.entries(pkg.exports).flatMap(([key, target]) => {
      if (target === null || typeof target !== "object") return [];
      const types = (target as { types?: string }).types;
      if (types === undefined) return [];
      return [
        {
          pkg: pkg.name,
          specifier: key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`,
          dts: join(pkgDir, types),
        },
      ];
    });
  });
}

export interface ExportInfo {
  readonly name: string;
  readonly entry: Entry;
  /** Where the exported thing is declared (file relative to the repo, and position). */
  readonly identity: string;
  readonly symbol: ts.Symbol;
}

export function exportsOfEntries(entries: ReadonlyArray<Entry>): {
  program: ts.Program;
  checker: ts.TypeChecker;
  exports: Array<ExportInfo>;
  missing: Array<string>;
} {
  const present = entries.filter((e) => existsSync(e.dts));
  const missing = entries.filter((e) => !existsSync(e.dts)).map((e) => relative(repoRoot, e.dts));
  const program = ts.createProgram(
    present.map((e) => e.dts),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const exports: Array<ExportInfo> = [];
  for (const entry of present) {
    const sf = program.getSourceFile(entry.dts);
    const moduleSymbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
    if (moduleSymbol === undefined) continue;
    for (const s of checker.getExportsOfModule(moduleSymbol)) {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      const decl = target.declarations?.[0];
      const identity =
        decl === undefined
          ? `${entry.specifier}#${s.getName()}`
          : `${relative(repoRoot, decl.getSourceFile().fileName)}:${decl.pos}`;
      exports.push({ name: s.getName(), entry, identity, symbol: target });
    }
  }
  return { program, checker, exports, missing };
}

/** Names exported by two packages that denote different declarations. */
export function collisions(exports: ReadonlyArray<ExportInfo>): Array<string> {
  const byName = new Map<string, Map<string, Set<string>>>(); // name → identity → packages
  for (const e of exports) {
    const ids = byName.get(e.name) ?? new Map<string, Set<string>>();
    const pkgs = ids.get(e.identity) ?? new Set<string>();
    pkgs.add(e.entry.pkg);
    ids.set(e.identity, pkgs);
    byName.set(e.name, ids);
  }
  const out: Array<string> = [];
  for (const [name, ids] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    if (ids.size < 2) continue;
    const owners = [...ids].map(([id, pkgs]) => `${[...pkgs].sort().join("+")} (${id.replace(/:\d+$/, "")})`);
    const distinctPackages = new Set([...ids.values()].flatMap((p) => [...p]));
    if (distinctPackages.size < 2) continue; // two things of one name inside one package: not a cross-package collision
    out.push(`${name}: ${owners.sort().join(" vs ")}`);
  }
  return out;
}

/** Exported `decodeX` whose call signatures do not all return core's `DecodeResult`. */
export function decodersNotReturningDecodeResult(
  checker: ts.TypeChecker,
  exports: ReadonlyArray<ExportInfo>,
): Array<string> {
  const seen = new Set<string>();
  const out: Array<string> = [];
  for (const e of exports) {
    // `xOrThrow` is the throwing variant for trusted input (ADR 0006 §2), not a decoder.
    if (!/^decode[A-Z]/.test(e.name) || /OrThrow$/.test(e.name)) continue;
    const key = `${e.entry.pkg}:${e.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const decl = e.symbol.valueDeclaration ?? e.symbol.declarations?.[0];
    if (decl === undefined) continue;
    const type = checker.getTypeOfSymbolAtLocation(e.symbol, decl);
    const signatures = type.getCallSignatures();
    if (signatures.length === 0) {
      out.push(`${e.entry.pkg}: ${e.name} is not a function`);
      continue;
    }
    for (const sig of signatures) {
      const ret = sig.getReturnType();
      const alias = ret.aliasSymbol;
      const fromCore =
        alias?.declarations?.some((d) => d.getSourceFile().fileName.includes("/packages/core/")) ?? false;
      if (alias?.getName() !== "DecodeResult" || !fromCore)
        out.push(`${e.entry.pkg}: ${e.name} returns ${checker.typeToString(ret)}, not DecodeResult<…>`);
    }
  }
  return out.sort();
}

/** `export * from …` statements in the packages' src/index.ts. */
export function exportStars(): Array<string> {
  const base = join(repoRoot, "packages");
  return readdirSync(base).flatMap((dir) => {
    const file = join(base, dir, "src", "index.ts");
    if (!existsSync(file)) return [];
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    return sf.statements.flatMap((st) =>
      ts.isExportDeclaration(st) && st.exportClause === undefined && st.moduleSpecifier !== undefined
        ? [
            `${relative(repoRoot, file)}:${sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1}: ${st.getText(sf)}`,
          ]
        : [],
    );
  });
}
