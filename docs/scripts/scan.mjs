// Scans the packages for the clauses they cite (issue #16, the clause index).
//
// Implementations: in `packages/*/src/**/*.ts`, every `cite("MDO-BV", "10.2")` call, every call of a
// local helper that forwards to `cite` (`const sla = (article) => cite("MDO-SLA", article)`, then
// `sla("9.3")`), and every `{ source: "MITZ", article: "§2d" }` object literal. Each is attributed to
// the top-level declaration that contains it (the function or preset that implements the clause).
// Tests: in `packages/*/test/**/*.ts`, the titles of `describe`/`it`/`test` calls that name a clause
// ("… (MDO-BV 10.2)", "MOZA 1.5 / 2.4 b — …", "(MITZ §5d, §6a)").
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** The five source documents' ids (shared/seeds/README.md); other ids (BW, Wet OB 1968) are not indexed. */
export const SOURCES = ["MOZA", "MDO-MS", "MDO-BV", "MDO-B1", "MDO-SLA", "MITZ", "VJZ", "VGZ-GBZ"];

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) return [];
    return statSync(p).isDirectory()
      ? walk(p)
      : /\.(ts|mts)$/.test(name) && !name.endsWith(".d.ts")
        ? [p]
        : [];
  });

const packageDirs = (root) =>
  readdirSync(join(root, "packages"))
    .map((n) => join(root, "packages", n))
    .filter((p) => statSync(p).isDirectory());

/** The text of a string-ish expression, with `${param}` replaced from `env`; undefined when not static. */
const staticText = (node, env = new Map()) => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return node.text;
  if (ts.isIdentifier(node) && env.has(node.text)) return env.get(node.text);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const v = staticText(span.expression, env);
      if (v === undefined) return undefined;
      out += v + span.literal.text;
    }
    return out;
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return staticText(node.expression, env);
  return undefined;
};

/** The name of the top-level statement containing `node` (function, const, class), or undefined. */
const topLevelName = (node) => {
  let n = node;
  while (n.parent && !ts.isSourceFile(n.parent)) n = n.parent;
  if (ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n))
    return n.name?.text;
  if (ts.isVariableStatement(n)) {
    const d = n.declarationList.declarations[0];
    return d && ts.isIdentifier(d.name) ? d.name.text : undefined;
  }
  if (ts.isExportAssignment(n)) return "default";
  return undefined;
};

const isExported = (sf, name) =>
  sf.statements.some(
    (s) =>
      ts.canHaveModifiers(s) &&
      ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
      ((ts.isFunctionDeclaration(s) && s.name?.text === name) ||
        (ts.isVariableStatement(s) &&
          s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name))),
  );

/** The function (arrow, expression or declaration) that directly encloses `node`, with its name. */
const enclosingFunction = (node) => {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      const decl = n.parent;
      return decl && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name)
        ? { fn: n, name: decl.name.text }
        : undefined;
    }
    if (ts.isFunctionDeclaration(n)) return n.name ? { fn: n, name: n.name.text } : undefined;
  }
  return undefined;
};

const callName = (call) => {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  return undefined;
};

/**
 * Every citation of a source document in `file`'s code: `{ source, article, symbol, line, exported }`.
 */
export const scanSourceFile = (file, text = readFileSync(file, "utf8")) => {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const aliases = new Map(); // helper name → { source, params, articleExpr }
  const add = (node, source, article) => {
    if (!SOURCES.includes(source) || article === undefined) return;
    const symbol = topLevelName(node);
    found.push({
      source,
      article,
      symbol,
      via: "code",
      exported: symbol !== undefined && isExported(sf, symbol),
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
    });
  };
  // Pass 1: helpers that forward a parameter to cite(…).
  const findAliases = (node) => {
    if (ts.isCallExpression(node) && callName(node) === "cite" && node.arguments.length >= 2) {
      const source = staticText(node.arguments[0]);
      const enc = enclosingFunction(node);
      if (source !== undefined && enc) {
        const params = enc.fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ""));
        const articleExpr = node.arguments[1];
        const usesParam = (n) =>
          (ts.isIdentifier(n) && params.includes(n.text)) || ts.forEachChild(n, usesParam) === true;
        if (usesParam(articleExpr)) aliases.set(enc.name, { source, params, articleExpr });
      }
    }
    ts.forEachChild(node, findAliases);
  };
  findAliases(sf);
  // Pass 2: the citations in code, then those in the TSDoc and comments of each top-level
  // declaration ("The SLA applies from this instant (MDO-BV art. 4.5)"), attributed to it.
  for (const st of sf.statements) {
    const full = st.getFullText(sf);
    const offset = st.getFullStart();
    for (const m of full.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)) {
      // An @example (or a fenced sample) shows a call; it does not say which clause the declaration implements.
      const prose = m[0]
        .replace(/@example[\s\S]*?(?=\n\s*\*\s*@(?!example)|\*\/$)/g, "")
        .replace(/```[\s\S]*?```/g, "")
        .replace(/`[^`\n]*`/g, ""); // `MDO-SLA §9.3` shows notation
      for (const c of citationsInTitle(prose)) {
        const symbol = topLevelName(st);
        if (symbol === undefined) continue;
        found.push({
          ...c,
          symbol,
          exported: isExported(sf, symbol),
          via: "comment",
          line: sf.getLineAndCharacterOfPosition(offset + (m.index ?? 0)).line + 1,
        });
      }
    }
  }
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const name = callName(node);
      if (name === "cite" && node.arguments.length >= 2) {
        const source = staticText(node.arguments[0]);
        const article = staticText(node.arguments[1]);
        if (source !== undefined && article !== undefined) add(node, source, article);
      } else if (name !== undefined && aliases.has(name)) {
        const a = aliases.get(name);
        const env = new Map();
        a.params.forEach((p, i) => {
          const v = node.arguments[i] && staticText(node.arguments[i]);
          if (v !== undefined) env.set(p, v);
        });
        add(node, a.source, staticText(a.articleExpr, env));
      }
    } else if (ts.isObjectLiteralExpression(node)) {
      const prop = (k) => {
        const p = node.properties.find((q) => ts.isPropertyAssignment(q) && q.name.getText(sf) === k);
        return p ? staticText(p.initializer) : undefined;
      };
      const source = prop("source");
      if (source !== undefined) add(node, source, prop("article"));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};

const CLAUSE_IN_TITLE = new RegExp(
  `\\b(${SOURCES.map((s) => s.replace("-", "\\-")).join("|")})\\b((?:\\s*(?:art\\.\\s*|§\\s*)?[0-9][0-9.]*[a-z]?(?:\\s[a-z](?:[–-][a-z])?\\b)?(?:\\s*(?:,|/|and|–)\\s*(?=§?[0-9]))?)*)(?:\\s+([a-z][a-z ]*[a-z]))?`,
  "g",
);

/** "6.1–6.7" → 6.1, 6.2, …, 6.7 (same article, numbered items); anything else unchanged. */
const expandRange = (s) => {
  const m = /^(§?)(\d+)\.(\d+)[–-](?:§?\2\.)?(\d+)$/.exec(s);
  if (!m) return [s];
  const [, sect, major, from, to] = m;
  const out = [];
  for (let i = Number(from); i <= Number(to) && out.length < 50; i++) out.push(`${sect}${major}.${i}`);
  return out;
};

/** The clauses a test title names: `[{ source, article }]` (articles as written, "§" kept). */
export const citationsInTitle = (title) => {
  const out = [];
  for (const m of title.matchAll(CLAUSE_IN_TITLE)) {
    const [, source, list, word] = m;
    const articles = (list ?? "")
      .split(/\s*(?:,|\/|\band\b)\s*/)
      .map((s) => s.trim().replace(/^art\.\s*/, ""))
      .filter((s) => /[0-9]/.test(s))
      .flatMap(expandRange);
    if (articles.length > 0) for (const article of articles) out.push({ source, article });
    // VGZ-GBZ has no numbered articles: its sections are named ("machtiging", "partial payment").
    else if (word && source === "VGZ-GBZ") out.push({ source, article: word });
  }
  return out;
};

const TEST_FNS = new Set(["describe", "it", "test"]);

/** Every test or suite in `file` whose title names a clause: `{ title, kind, line, clauses }`. */
export const scanTestFile = (file, text = readFileSync(file, "utf8")) => {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.arguments.length >= 1) {
      let e = node.expression;
      // describe.each(…)(title, fn), it.skip(title, fn), test.prop(…)(title, fn)
      if (ts.isCallExpression(e)) e = e.expression;
      const base = ts.isPropertyAccessExpression(e) ? e.expression : e;
      if (ts.isIdentifier(base) && TEST_FNS.has(base.text)) {
        const title =
          staticText(node.arguments[0]) ??
          (ts.isTemplateExpression(node.arguments[0])
            ? node.arguments[0].getText(sf).slice(1, -1)
            : undefined);
        if (title !== undefined) {
          const clauses = citationsInTitle(title);
          if (clauses.length > 0)
            found.push({
              title,
              kind: base.text,
              line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
              clauses,
            });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};

/** The whole repository: `{ implementations, tests }`, files relative to `root`. */
export const scanRepository = (root) => {
  const implementations = [];
  const tests = [];
  for (const pkgDir of packageDirs(root)) {
    const pkg = relative(join(root, "packages"), pkgDir);
    for (const file of safeWalk(join(pkgDir, "src"))) {
      if (/\/testing\.ts$|\/testing\//.test(file)) continue; // arbitraries, not implementations
      for (const c of scanSourceFile(file))
        implementations.push({ ...c, package: pkg, file: relative(root, file) });
    }
    for (const file of safeWalk(join(pkgDir, "test"))) {
      for (const t of scanTestFile(file)) tests.push({ ...t, package: pkg, file: relative(root, file) });
    }
  }
  return { implementations, tests };
};

const safeWalk = (dir) => {
  try {
    return walk(dir);
  } catch {
    return [];
  }
};
