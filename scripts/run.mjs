#!/usr/bin/env node
// The two quick-start commands (`npm start`, `npm test`) on a machine with only Node 20 and npm:
// obtain the pinned pnpm through corepack (shipped with Node 20; falls back to npx), install the
// workspace from the lockfile, then run the job.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

function findPnpm() {
  const viaCorepack = spawnSync("corepack", ["pnpm", "--version"], { cwd: root, env, encoding: "utf8" });
  if (viaCorepack.status === 0 && viaCorepack.stdout.trim() === pnpmVersion) return ["corepack", ["pnpm"]];
  return ["npx", ["-y", `pnpm@${pnpmVersion}`]];
}

const [pnpmCmd, pnpmPrefix] = findPnpm();
const pnpm = (...args) => {
  const status = run(pnpmCmd, [...pnpmPrefix, ...args]);
  if (status !== 0) {
    console.error(`\n✖ pnpm ${args.join(" ")} failed (exit ${status})`);
    process.exit(status);
  }
};

const job = process.argv[2];
pnpm("install", "--frozen-lockfile", "--prefer-offline");
switch (job) {
  case "start":
    pnpm("run", "build");
    pnpm("run", "demo");
    break;
  case "test":
    pnpm("run", "test:packages");
    break;
  default:
    console.error(`usage: node scripts/run.mjs start|test (got ${job ?? "nothing"})`);
    process.exit(2);
}
