// Executed samples (CONVENTIONS: "the docs' code samples are real files that tests import and
// run"; review §3.6, Effect's doctests): every ```ts block of a Markdown page and every TSDoc
// `@example` of a package's src/ is extracted into its own module under tools/.samples/,
// type-checked with the repository's strict settings (tsconfig.base.json: strict,
// exactOptionalPropertyTypes, noUncheckedIndexedAccess, module nodenext), then executed, and
// every line `expr; // => json` is checked against the value it states.
//
// Markdown blocks are complete programs: they import what they use. TSDoc examples may leave
// their imports out; a name the example uses but does not declare is imported from, in order,
// the package's public entries (its `exports` map, read from src/), the example's own module,
// @zorgkit/core's public entries, `effect/<Name>` (namespaces such as `Schema`), and `fc`
// (fast-check).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** One sample: where it is written and its code. */
export interface Sample {
  /** Path relative to the repository root, e.g. `docs/guide/money.md`. */
  readonly source: string;
  /** 1-based line of the sample's first code line in `source`. */
  readonly line: number;
  readonly code: string;
  readonly kind: "markdown" | "tsdoc";
  /** For TSDoc examples: the package folder (absolute) and the module (absolute). */
  readonly pkgDir?: string;
  readonly module?: string;
}

/** The outcome of one sample. */
export interface SampleResult {
  readonly sample: Sample;
  /** Type errors, each `source:line: message`. */
  readonly typeErrors: ReadonlyArray<string>;
  /** The error thrown while running it, if any. */
  readonly runError?: string;
  /** The `// =>` lines with the value the sample produced. */
  readonly checks: ReadonlyArray<{ line: number; expr: string; expected: unknown; actual: unknown }>;
  /** Problems found before running (a `// =>` value that is not JSON). */
  readonly problems: ReadonlyArray<string>;
}

export function filesUnder(dir: string, test: (name: string) => boolean): Array<string> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, test) : test(name) ? [path] : [];
    });
}

/** The ```ts blocks of a Markdown file. */
export function markdownSamples(file: string): Array<Sample> {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: Array<Sample> = [];
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (start < 0 && /^```(ts|typescript)\s*$/.test(line)) start = i + 1;
    else if (start >= 0 && /^```\s*$/.test(line)) {
      out.push({
        source: relative(repoRoot, file),
        line: start + 1,
        code: lines.slice(start, i).join("\n"),
        kind: "markdown",
      });
      start = -1;
    }
  }
  return out;
}

/** The `@example` blocks of the TSDoc comments of one module. */
export function tsdocSamples(file: string, pkgDir: string): Array<Sample> {
  const text = readFileSync(file, "utf8");
  const out: Array<Sample> = [];
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = text.slice(0, m.index).split("\n").length; // line of `/**`
    const body = m[0]
      .replace(/^\/\*\*/, "")
      .replace(/\*\/$/, "")
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""));
    for (let i = 0; i < body.length; i++) {
      if (!/^\s*@example\b/.test(body[i] ?? "")) continue;
      let end = i + 1;
      while (end < body.length && !/^\s*@\w+/.test(body[end] ?? "")) end++;
      const content = body.slice(i + 1, end);
      const fenced: Array<{ at: number; lines: Array<string> }> = [];
      let open = -1;
      content.forEach((l, k) => {
        if (open < 0 && /^\s*```(ts|typescript)?\s*$/.test(l)) open = k + 1;
        else if (open >= 0 && /^\s*```\s*$/.test(l)) {
          fenced.push({ at: open, lines: content.slice(open, k) });
          open = -1;
        }
      });
      const blocks = fenced.length > 0 ? fenced : [{ at: 0, lines: content }];
      for (const b of blocks) {
        const code = b.lines.join("\n").trimEnd();
        if (code.trim() === "") continue;
        out.push({
          source: relative(repoRoot, file),
          line: firstLine + i + 1 + b.at,
          code,
          kind: "tsdoc",
          pkgDir,
          module: file,
        });
      }
      i = end - 1;
    }
  }
  return out;
}

/** A sample's `expr; // => json` lines. */
function checkLines(code: string): Array<{ index: number; indent: string; expr: string; json: string }> {
  return code.split("\n").flatMap((l, index) => {
    const m = /^(\s*)(.*\S)\s*;\s*\/\/ => (.*)$/.exec(l);
    return m?.[2] !== undefined && m[3] !== undefined
      ? [{ index, indent: m[1] ?? "", expr: m[2], json: m[3].trim() }]
      : [];
  });
}

function parseExpected(json: string): { ok: true; value: unknown } | { ok: false } {
  if (json === "undefined") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false };
  }
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(repoRoot, "tsconfig.base.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  return { ...parsed.options, noEmit: true, declaration: false, declarationMap: false, sourceMap: false };
}

const CANNOT_FIND = new Set([2304, 2552, 2503, 2592]);

function missingNames(program: ts.Program, file: string): Set<string> {
  const sf = program.getSourceFile(file);
  const names = new Set<string>();
  if (sf === undefined) return names;
  for (const d of program.getSemanticDiagnostics(sf)) {
    if (!CANNOT_FIND.has(d.code)) continue;
    const m = /Cannot find (?:name|namespace) '([^']+)'/.exec(
      ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    );
    if (m?.[1] !== undefined) names.add(m[1]);
  }
  return names;
}

interface Provider {
  /** Module specifier as written in the generated file. */
  readonly specifier: (from: string) => string;
  /** File the checker reads the exports of (a .ts source or a .d.ts). */
  readonly file?: string;
  /** Or: one namespace name it provides (`Schema` from `effect/Schema`). */
  readonly namespace?: string;
}

const rel = (from: string, to: string): string => {
  const r = relative(dirname(from), to).replace(/\.ts$/, ".js");
  return r.startsWith(".") ? r : `./${r}`;
};

/** A package's public entries as source modules: `exports` keys mapped from dist/x.js to src/x.ts. */
function publicEntries(pkgDir: string): Array<{ key: string; src: string; dts: string }> {
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as {
    exports: Record<string, unknown>;
  };
  return Object.entries(pkg.exports).flatMap(([key, target]) => {
    if (target === null || typeof target !== "object") return [];
    const js = (target as { default?: string }).default;
    if (js === undefined || !js.startsWith("./dist/")) return [];
    const stem = js.slice("./dist/".length).replace(/\.js$/, "");
    const src = join(pkgDir, "src", `${stem}.ts`);
    return existsSync(src) ? [{ key, src, dts: join(pkgDir, "dist", `${stem}.d.ts`) }] : [];
  });
}

function providersFor(sample: Sample): Array<Provider> {
  const pkgDir = sample.pkgDir;
  if (pkgDir === undefined || sample.module === undefined) return [];
  const own = publicEntries(pkgDir);
  const ordered = [...own.filter((e) => e.key !== "./testing"), ...own.filter((e) => e.key === "./testing")];
  const providers: Array<Provider> = ordered.map((e) => ({ file: e.src, specifier: (f) => rel(f, e.src) }));
  const module = sample.module;
  providers.push({ file: module, specifier: (f) => rel(f, module) });
  const coreDir = join(repoRoot, "packages", "core");
  if (resolve(pkgDir) !== coreDir) {
    for (const e of publicEntries(coreDir).filter((x) => x.key !== "./testing")) {
      const spec = e.key === "." ? "@zorgkit/core" : `@zorgkit/core/${e.key.slice(2)}`;
      providers.push({ file: e.dts, specifier: () => spec });
    }
  }
  return providers;
}

const effectDist = join(repoRoot, "tools", "node_modules", "effect", "dist");

/** Exported names of a module, each with whether it is only a type. */
function exportsOf(checker: ts.TypeChecker, program: ts.Program, file: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const sf = program.getSourceFile(file);
  const symbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
  if (symbol === undefined) return out;
  for (const s of checker.getExportsOfModule(symbol)) {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    out.set(s.getName(), (target.flags & ts.SymbolFlags.Value) === 0);
  }
  return out;
}

/** `import` lines that give a TSDoc example the names it uses but does not declare. */
function autoImports(
  sample: Sample,
  file: string,
  missing: Set<string>,
  exportsCache: (f: string) => Map<string, boolean>,
): string {
  const byModule = new Map<string, Array<string>>();
  const namespaces: Array<string> = [];
  for (const name of [...missing].sort()) {
    let found = false;
    for (const p of providersFor(sample)) {
      if (p.file === undefined) continue;
      const typeOnly = exportsCache(p.file).get(name);
      if (typeOnly === undefined) continue;
      const spec = p.specifier(file);
      byModule.set(spec, [...(byModule.get(spec) ?? []), typeOnly ? `type ${name}` : name]);
      found = true;
      break;
    }
    if (found) continue;
    if (/^[A-Z]\w*$/.test(name) && existsSync(join(effectDist, `${name}.js`)))
      namespaces.push(`import * as ${name} from "effect/${name}";`);
    else if (name === "fc") namespaces.push(`import * as fc from "fast-check";`);
  }
  return [
    ...[...byModule].map(([spec, names]) => `import { ${names.join(", ")} } from "${spec}";`),
    ...namespaces,
  ].join(" ");
}

function slug(sample: Sample, index: number): string {
  return `${sample.source.replace(/[^A-Za-z0-9]+/g, "_")}_L${sample.line}_${index}`;
}

/**
 * Type-check and run samples. `outDir` is a scratch folder inside the repository (so that
 * `@zorgkit/*` and `effect` resolve through tools/node_modules); it is emptied first.
 */
export async function runSamples(
  samples: ReadonlyArray<Sample>,
  outDir: string,
): Promise<Array<SampleResult>> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const options = compilerOptions();
  const files = samples.map((s, i) => join(outDir, `${slug(s, i)}.ts`));
  const prefix = samples.map(() => "");
  const write = () =>
    samples.forEach((s, i) => {
      // The prefix is one line (possibly empty), so a sample's line k is the file's line k + 1.
      writeFileSync(files[i] ?? "", `${prefix[i]}\n${s.code}\nexport {};\n`);
    });
  write();
  // Pass 1 (TSDoc only): find the names an example leaves undeclared, and import them.
  const needsImports = samples.some((s) => s.kind === "tsdoc");
  let program: ts.Program | undefined;
  if (needsImports) {
    const providerFiles = [
      ...new Set(samples.flatMap((s) => providersFor(s).flatMap((p) => (p.file ? [p.file] : [])))),
    ];
    program = ts.createProgram([...files, ...providerFiles], options);
    const checker = program.getTypeChecker();
    const cache = new Map<string, Map<string, boolean>>();
    const exportsCache = (f: string) => {
      let e = cache.get(f);
      if (e === undefined) {
        e = exportsOf(checker, program as ts.Program, f);
        cache.set(f, e);
      }
      return e;
    };
    samples.forEach((s, i) => {
      if (s.kind !== "tsdoc") return;
      const file = files[i] ?? "";
      const missing = missingNames(program as ts.Program, file);
      if (missing.size > 0) prefix[i] = autoImports(s, file, missing, exportsCache);
    });
    write();
  }
  // Pass 2: the type errors of the samples as they will run.
  program = ts.createProgram(files, options, undefined, program);
  const results: Array<SampleResult> = [];
  const registry: Record<string, Array<{ line: number; expr: string; actual: unknown }>> = {};
  (globalThis as { __zkSampleCheck?: unknown }).__zkSampleCheck = (
    key: string,
    line: number,
    expr: string,
    actual: unknown,
  ) => {
    const list = registry[key] ?? [];
    list.push({ line, expr, actual });
    registry[key] = list;
  };
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] as Sample;
    const file = files[i] ?? "";
    const sf = program.getSourceFile(file);
    const diagnostics =
      sf === undefined ? [] : [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    const typeErrors = diagnostics.map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      return `${s.source}:${s.line + at - 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    });
    // The run variant: each `expr; // => json` line reports its value.
    const key = slug(s, i);
    const codeLines = s.code.split("\n");
    const problems: Array<string> = [];
    const expected = new Map<number, unknown>();
    for (const c of checkLines(s.code)) {
      const e = parseExpected(c.json);
      if (!e.ok) {
        problems.push(`${s.source}:${s.line + c.index}: the value after "// =>" is not JSON: ${c.json}`);
        continue;
      }
      expected.set(c.index, e.value);
      codeLines[c.index] =
        `${c.indent}(globalThis as any).__zkSampleCheck(${JSON.stringify(key)}, ${c.index}, ${JSON.stringify(c.expr)}, (${c.expr}));`;
    }
    let runError: string | undefined;
    if (typeErrors.length === 0 && problems.length === 0) {
      const runFile = join(outDir, `${key}.run.ts`);
      writeFileSync(runFile, `${prefix[i]}\n${codeLines.join("\n")}\nexport {};\n`);
      try {
        await import(pathToFileURL(runFile).href);
      } catch (e) {
        runError = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
    }
    const seen = registry[key] ?? [];
    const ran = typeErrors.length === 0 && problems.length === 0;
    // A sample that did not type-check was not run: its type errors are the report.
    const checks = [...expected]
      .filter(() => ran)
      .map(([index, value]) => {
        const got = seen.find((r) => r.line === index);
        return {
          line: s.line + index,
          expr: checkLines(s.code).find((c) => c.index === index)?.expr ?? "",
          expected: value,
          actual: got === undefined ? "(line not reached: the sample threw before it)" : got.actual,
        };
      });
    results.push({
      sample: s,
      typeErrors,
      checks,
      problems,
      ...(runError === undefined ? {} : { runError }),
    });
  }
  return results;
}

/** One line per failure of a sample; empty when it passes (the `// =>` values compared by the caller). */
export function failuresOf(r: SampleResult): Array<string> {
  return [
    ...r.typeErrors,
    ...r.problems,
    ...(r.runError === undefined ? [] : [`${r.sample.source}:${r.sample.line}: threw ${r.runError}`]),
  ];
}
