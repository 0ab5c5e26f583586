#!/usr/bin/env node
// The two quick-start commands (`npm start`, `npm test`) on a machine with only Node >= 20.19 and npm:
// obtain the pinned pnpm through corepack (shipped with Node 20; falls back to npx), install the
// workspace from the lockfile, then run the job.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = /^pnpm@([^+]+)/.exec(pkg.packageManager)?.[1];
const env = {
  ...process.env,
  COREPACK_ENABLE_DOWNLOAD_PROMPT: "0",
  FORCE_COLOR: process.env.FORCE_COLOR ?? "0",
};

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env, shell: process.platform === "win32" });
  return r.status ?? 1;
}

/**
 * Put the pinned pnpm on PATH (tools such as publint spawn `pnpm` themselves): corepack's shims
 * in a folder of the checkout, or, where corepack cannot download (for example behind a proxy
 * that only npm is configured for), pnpm installed by npm into that folder.
 */
function findPnpm() {
  const shims = join(root, ".corepack-shims");
  mkdirSync(shims, { recursive: true });
  const works = () => {
    const v = spawnSync("pnpm", ["--version"], { cwd: root, env, encoding: "utf8" });
    return v.status === 0 && v.stdout.trim() === pnpmVersion;
  };
  const path = env.PATH ?? "";
  const enabled = spawnSync("corepack", ["enable", "--install-directory", shims, "pnpm"], { cwd: root, env });
  if (enabled.status === 0) {
    env.PATH = `${shims}${delimiter}${path}`;
    if (works()) return ["pnpm", []];
  }
  console.log(`corepack could not provide pnpm ${pnpmVersion}; installing it with npm instead`);
  const prefix = join(shims, "npm");
  const installed = spawnSync(
    "npm",
    [
      "install",
      "--prefix",
      prefix,
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `pnpm@${pnpmVersion}`,
    ],
    { cwd: root, env, stdio: "inherit", shell: process.platform === "win32" },
  );
  env.PATH = `${join(prefix, "node_modules", ".bin")}${delimiter}${path}`;
  if (installed.status === 0 && works()) return ["pnpm", []];
  console.error(`✖ could not obtain pnpm ${pnpmVersion} through corepack or npm`);
  process.exit(1);
}

const [pnpmCmd, pnpmPrefix] = findPnpm();
const pnpm = (...args) => {
  const status = run(pnpmCmd, [...pnpmPrefix, ...args]);
  if (status !== 0) {
    console.error(`\n✖ pnpm ${args.join(" ")} failed (exit ${status})`);
    process.exit(status);
  }
};

/** The workspace's package folders (tools/: the repository checks; docs/: the site's clause index). */
function packageDirs() {
  return [
    ...["packages", "examples"].flatMap((d) => {
      const base = join(root, d);
      return existsSync(base) ? readdirSync(base).map((n) => join(base, n)) : [];
    }),
    join(root, "tools"),
    join(root, "docs"),
  ];
}

/** Total the per-package vitest JSON summaries (of `dirs`, default all) into one closing line. */
function summarise(status, dirs = packageDirs()) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const dir of dirs) {
    const file = join(dir, "test-results", "vitest.json");
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
  if (status !== 0 || passed === 0 || failed > 0) {
    console.error(`✖ the tests failed${status !== 0 ? ` (exit ${status})` : ""}`);
    process.exit(status === 0 ? 1 : status);
  }
}

const job = process.argv[2];
// confirmModulesPurge=false: when node_modules was installed from another pnpm store (another
// HOME, a CI cache), pnpm must recreate it without asking; without a TTY it would abort
// ("Aborted removal of modules directory due to no TTY").
pnpm("install", "--frozen-lockfile", "--prefer-offline", "--config.confirmModulesPurge=false");
switch (job) {
  case "start":
    // The reference service (examples/service, issue #15) on http://localhost:3000 (PORT, HOST,
    // DATA_DIR, DATABASE_URL …), until Ctrl-C; `npm run demo` prints the packages' computations.
    pnpm("run", "build");
    pnpm("--filter", "@zorgkit/example-service", "start");
    break;
  case "test": {
    // Every package runs even when one fails, so the closing line counts all tests; summaries of
    // an earlier run must not count (turbo restores them on a cache hit).
    for (const dir of packageDirs()) rmSync(join(dir, "test-results"), { recursive: true, force: true });
    const status = run(pnpmCmd, [...pnpmPrefix, "run", "test:packages", "--continue"]);
    summarise(status);
    break;
  }
  case "explore": {
    // Fresh-seed exploration (issue #17): every package's tests, property tests with a random seed
    // (or FC_SEED) and FC_NUM_RUNS runs (default 2000, 10 x the fixed-seed default of 200; a
    // property's own numRuns scales by the same factor, tools/testkit/fast-check-setup.ts).
    // `npm run test:explore -- core billing` explores those packages only.
    const seed = process.env.FC_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
    const runs = process.env.FC_NUM_RUNS ?? "2000";
    env.FC_SEED = seed;
    env.FC_NUM_RUNS = runs;
    const only = process.argv.slice(3);
    const filters = (only.length > 0 ? only.map((p) => `@zorgkit/${p}`) : ["./packages/*"]).map(
      (f) => `--filter=${f}`,
    );
    console.log(`test:explore: FC_SEED=${seed} FC_NUM_RUNS=${runs}`);
    // only the explored packages' summaries count (another run in the tree may write its own)
    const explored = readdirSync(join(root, "packages"))
      .filter((p) => only.length === 0 || only.includes(p))
      .map((p) => join(root, "packages", p));
    for (const dir of explored) rmSync(join(dir, "test-results"), { recursive: true, force: true });
    const status = run(pnpmCmd, [...pnpmPrefix, "exec", "turbo", "run", "test", ...filters, "--continue"]);
    console.log(`\ntest:explore: FC_SEED=${seed} FC_NUM_RUNS=${runs}; replay a failure with`);
    console.log(
      `  FC_SEED=${seed} FC_NUM_RUNS=${runs} npm run test:explore${only.length > 0 ? ` -- ${only.join(" ")}` : ""}`,
    );
    summarise(status, explored);
    break;
  }
  case "check":
    pnpm("run", "typecheck");
    pnpm("run", "lint");
    pnpm("run", "build");
    pnpm("run", "release-check");
    break;
  default:
    console.error(`usage: node scripts/run.mjs start|test|explore|check (got ${job ?? "nothing"})`);
    process.exit(2);
}
