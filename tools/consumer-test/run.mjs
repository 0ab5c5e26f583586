// Consumer test (run by .ci/run after the build): install zorgkit the way a user does and use it.
//
// 1. `pnpm pack` every packages/* into a temp folder (workspace:^ ranges become real ones).
// 2. A fresh npm project depends on the seven tarballs and on its own `effect` at the lowest
//    release inside the declared peer range (read from @zorgkit/core's peerDependencies), plus
//    typescript and @types/node; `npm install` (the registry is reachable; npm's cache makes it fast).
// 3. Exactly one copy of effect is installed (`npm ls effect --all --json` and the file tree).
// 4. A program per package README (its ```ts blocks, taken from the tarball) and app.ts, which
//    embeds zorgkit's `Bsn` and `LocalDate` in the app's own `Schema.Struct` and decodes with the
//    app's effect, type-check under `module: nodenext` + `strict` with the consumer's TypeScript,
//    then run with node; the same programs type-check under moduleResolution bundler, and every
//    package loads through CommonJS require().
// Usage: node tools/consumer-test/run.mjs [--keep]   (the dist/ folders must be built)
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const keep = process.argv.includes("--keep");
const work = mkdtempSync(join(tmpdir(), "zorgkit-consumer-"));
const tarballs = join(work, "tarballs");
const app = join(work, "app");
mkdirSync(tarballs);
mkdirSync(join(app, "src"), { recursive: true });
const started = Date.now();
const step = (what) =>
  console.log(`== consumer test: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const fail = (message) => {
  console.error(`✖ consumer test: ${message}\n  (project kept in ${app})`);
  process.exit(1);
};
const sh = (cmd, args, cwd, options = {}) => {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", ...options });
  if (r.status !== 0 && !options.allowFail)
    fail(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stdout ?? ""}${r.stderr ?? ""}`);
  return r;
};

// 1. Pack.
const packages = readdirSync(join(root, "packages")).map((d) => join(root, "packages", d));
const manifests = packages.map((dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")));
step(`packing ${packages.length} packages`);
for (const dir of packages) {
  if (!existsSync(join(dir, "dist", "index.js"))) fail(`${dir}/dist is not built (run pnpm build first)`);
  sh("pnpm", ["pack", "--pack-destination", tarballs], dir);
}
const tgz = readdirSync(tarballs).filter((f) => f.endsWith(".tgz"));
const tarballOf = (name) => {
  const stem = name.replace(/^@/, "").replace("/", "-");
  const file = tgz.find((f) => f.startsWith(`${stem}-`) && /^\d/.test(f.slice(stem.length + 1)));
  if (file === undefined) fail(`no tarball for ${name} in ${tgz.join(", ")}`);
  return `file:../tarballs/${file}`;
};

// 2. Install with the lowest effect the packages accept.
const peer = manifests[0]?.peerDependencies?.effect;
for (const m of manifests)
  if (m.peerDependencies?.effect !== peer)
    fail(`${m.name} declares effect ${m.peerDependencies?.effect}, core ${peer}`);
const lowest = /^\^(\d+\.\d+\.\d+)$/.exec(peer ?? "")?.[1];
if (lowest === undefined) fail(`cannot read the lowest effect release from the peer range ${peer}`);
const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
writeFileSync(
  join(app, "package.json"),
  `${JSON.stringify(
    {
      name: "zorgkit-consumer",
      private: true,
      type: "module",
      dependencies: {
        ...Object.fromEntries(manifests.map((m) => [m.name, tarballOf(m.name)])),
        effect: lowest,
      },
      devDependencies: {
        typescript: rootPkg.devDependencies.typescript,
        "@types/node": rootPkg.devDependencies["@types/node"],
      },
    },
    null,
    2,
  )}\n`,
);
step(`npm install (effect ${lowest}, the lowest release in the peer range ${peer})`);
sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], app);

// 3. One copy of effect.
step("checking that exactly one copy of effect is installed");
const ls = JSON.parse(
  sh("npm", ["ls", "effect", "--all", "--json"], app, { allowFail: true }).stdout || "{}",
);
const versions = new Set();
const walk = (node) => {
  for (const [name, dep] of Object.entries(node.dependencies ?? {})) {
    if (name === "effect") versions.add(dep.version);
    walk(dep);
  }
};
walk(ls);
const copies = [];
const findCopies = (dir) => {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "effect" && existsSync(join(path, "package.json"))) copies.push(path);
    if (name.startsWith("@") && statSync(path).isDirectory()) findCopies(path);
    else if (existsSync(join(path, "node_modules"))) findCopies(join(path, "node_modules"));
  }
};
findCopies(join(app, "node_modules"));
if (versions.size !== 1 || copies.length !== 1 || !versions.has(lowest))
  fail(
    `expected one effect ${lowest}; npm ls shows ${[...versions].join(", ") || "none"}, on disk: ${copies.join(", ")}`,
  );

// 4. The README examples and app.ts: type-check (nodenext, strict), then run.
step("writing the README examples and app.ts");
const programs = [];
for (const m of manifests) {
  const readme = join(app, "node_modules", ...m.name.split("/"), "README.md");
  const blocks = [...readFileSync(readme, "utf8").matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((b) => b[1]);
  if (blocks.length === 0) fail(`${m.name}'s README has no ts example`);
  blocks.forEach((code, i) => {
    const file = `readme-${m.name.split("/")[1]}-${i + 1}.ts`;
    writeFileSync(join(app, "src", file), `${code}\nexport {};\n`);
    programs.push(file);
  });
}
writeFileSync(
  join(app, "src", "app.ts"),
  `// The app's own schema embeds zorgkit's; decoding uses the app's effect (one copy).
import * as Schema from "effect/Schema";
import * as Result from "effect/Result";
import { Bsn, LocalDate, decode, maskBsn } from "@zorgkit/core";
import { compileSla, deadlines, mdoSla2025 } from "@zorgkit/sla-calculator";

const Patient = Schema.Struct({ name: Schema.String, bsn: Bsn, born: LocalDate });
type Patient = typeof Patient.Type;

const ok = Schema.decodeUnknownResult(Patient)({ name: "A. Jansen", bsn: "111222333", born: "2010-05-01" });
if (!Result.isSuccess(ok)) throw new Error("a valid patient did not decode");
const patient: Patient = ok.success;
if (maskBsn(patient.bsn) !== "*****2333") throw new Error("maskBsn");

const bad = Schema.decodeUnknownResult(Patient)({ name: "B", bsn: "123456789", born: "2010-02-30" });
if (Result.isSuccess(bad)) throw new Error("an invalid BSN and date decoded");

const viaZorgkit = decode(Patient)({ name: "C", bsn: "111222333", born: "2026-12-31" });
if (!viaZorgkit.ok) throw new Error("zorgkit's decode rejected the app's schema");

const sla = compileSla(mdoSla2025);
console.log("consumer app ok:", patient.born, typeof deadlines, typeof sla);
`,
);
writeFileSync(
  join(app, "tsconfig.json"),
  `${JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: false,
        types: ["node"],
        outDir: "out",
        rootDir: "src",
      },
      include: ["src"],
    },
    null,
    2,
  )}\n`,
);
step("tsc (module nodenext, strict, library declarations checked too)");
const tsc = sh(join(app, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], app, { allowFail: true });
const failures = [];
// Declarations are checked too (skipLibCheck: false), so broken .d.ts in zorgkit's packages show.
// effect 4.1's own crypto/persistence declarations name DOM types (CryptoKey, Storage) that a Node
// project without lib "DOM" lacks; those lines are effect's, not ours, and are only counted.
const lines = `${tsc.stdout}${tsc.stderr}`.split("\n").filter((l) => l.trim() !== "");
const effectOwn = lines.filter((l) => l.startsWith("node_modules/effect/"));
const ours = lines.filter((l) => !l.startsWith("node_modules/effect/"));
if (effectOwn.length > 0)
  console.log(`  (${effectOwn.length} type errors inside effect's own declarations ignored)`);
if (tsc.status !== 0 && ours.length > 0) failures.push(`type errors:\n${ours.join("\n")}`);
step("tsc again with moduleResolution bundler (Vite, esbuild, webpack users)");
writeFileSync(
  join(app, "tsconfig.bundler.json"),
  `${JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { module: "Preserve", moduleResolution: "Bundler", noEmit: true, skipLibCheck: true } }, null, 2)}\n`,
);
const tscBundler = sh(join(app, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.bundler.json"], app, {
  allowFail: true,
});
if (tscBundler.status !== 0)
  failures.push(`type errors under moduleResolution bundler:\n${tscBundler.stdout}${tscBundler.stderr}`);
step("CommonJS: require() of every package (Node >= 20.19 loads ES modules through require)");
for (const m of manifests) {
  const r = spawnSync(
    process.execPath,
    ["-e", `const m = require(${JSON.stringify(m.name)}); if (Object.keys(m).length === 0) process.exit(3);`],
    {
      cwd: app,
      encoding: "utf8",
    },
  );
  if (r.status !== 0)
    failures.push(
      `require("${m.name}") failed (exit ${r.status}): ${r.stderr.split("\n").slice(0, 4).join(" ")}`,
    );
}
step("running app.ts and each README example");
for (const file of ["app.ts", ...programs]) {
  const js = join(app, "out", file.replace(/\.ts$/, ".js"));
  if (!existsSync(js)) {
    failures.push(`${file}: not compiled`);
    continue;
  }
  const r = spawnSync(process.execPath, [js], { cwd: app, encoding: "utf8" });
  if (r.status !== 0)
    failures.push(`${file}: exited ${r.status}\n${r.stderr.split("\n").slice(0, 6).join("\n")}`);
  else console.log(`  ✓ ${file}`);
}
if (failures.length > 0) fail(failures.join("\n"));
step(`passed: ${manifests.length} packages, ${programs.length} README examples, one effect ${lowest}`);
if (!keep) rmSync(work, { recursive: true, force: true });
