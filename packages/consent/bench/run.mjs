// The consent benchmarks as one command (issue #18): `pnpm --filter @zorgkit/consent bench` runs
//   1. bench/decide-vs-cedar.mjs — the policy-engine comparison (Cedar-wasm) over compiled
//      profiles, the profile store and the consent store, leaf categories;
//   2. bench/population.mjs — the consent store at population scale (streaming build, snapshot,
//      load, BSN look-up + decision) against the floor of the same dependent random reads and, up
//      to 2 000 000 patients, the plain-JS nested-Map peer;
// each in its own process (node --expose-gc --max-old-space-size=8192), one after the other, so
// that neither part's memory or garbage is in the other's figures. A part that fails (a
// disagreement, a crash) stops the run with its exit code. The ratio lines of both parts are
// repeated at the end, with the load average (as `uptime` prints it) before and after each part.
//
// Run: pnpm --filter @zorgkit/consent bench                 (both parts, default sizes)
//      PATIENTS=18000000 pnpm --filter @zorgkit/consent bench   (the country: part 2 over 18 M)
//      pnpm --filter @zorgkit/consent bench:population      (part 2 only: `node bench/run.mjs population`)
// Environment: PATIENTS, REQUESTS, AGREE, BASELINE, SEED, SNAPSHOT go to the population part as
// they are (bench/population.mjs). HUGEPAGES (default 1): the population part runs with
// GLIBC_TUNABLES=glibc.malloc.hugetlb=1, the deployment setting the consent guide gives for a
// service holding the store (glibc then asks for transparent huge pages for the store's large
// ArrayBuffers; it changes no answer, only how often a random read misses the TLB); the part
// prints how much of its memory the kernel gave as huge pages. HUGEPAGES=0: the default allocator. The Cedar part gets REQUESTS, CEDAR_REQUESTS and SEED as they
// are, and PATIENTS = CEDAR_PATIENTS when set, else PATIENTS up to 2 000 000, else 1 000 000: it
// keeps every profile as objects and a JS Map from BSN (≈ 1.4 kB per patient, at most 16 777 216
// keys), so it does not run at national scale.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const NODE_FLAGS = ["--expose-gc", "--max-old-space-size=8192"];
const env = process.env;
const populationPatients = Number(env.PATIENTS ?? 1_000_000);
const cedarPatients =
  env.CEDAR_PATIENTS !== undefined
    ? Number(env.CEDAR_PATIENTS)
    : populationPatients <= 2_000_000
      ? populationPatients
      : 1_000_000;

/**
 * The population part's allocator setting (see the note above): `GLIBC_TUNABLES` with
 * `glibc.malloc.hugetlb=1` unless HUGEPAGES=0, which removes any `glibc.malloc.hugetlb` setting
 * (the default allocator). A `glibc.malloc.hugetlb` the caller set is kept as it is (and named).
 */
function hugePages(e) {
  const others = (e.GLIBC_TUNABLES ?? "")
    .split(":")
    .filter((t) => t !== "" && !t.startsWith("glibc.malloc.hugetlb="));
  const own = (e.GLIBC_TUNABLES ?? "").split(":").find((t) => t.startsWith("glibc.malloc.hugetlb="));
  if ((e.HUGEPAGES ?? "1") === "0")
    return { label: "HUGEPAGES=0", env: { GLIBC_TUNABLES: others.join(":") } };
  if (own !== undefined) return { label: `HUGEPAGES=1 (the caller's ${own} kept)`, env: {} };
  return { label: "HUGEPAGES=1", env: { GLIBC_TUNABLES: [...others, "glibc.malloc.hugetlb=1"].join(":") } };
}
const populationAllocator = hugePages(env);

const parts = {
  cedar: {
    title: "Cedar comparison",
    script: "decide-vs-cedar.mjs",
    env: { ...env, PATIENTS: String(cedarPatients) },
  },
  population: {
    title: "the consent store at population scale",
    script: "population.mjs",
    env: { ...env, PATIENTS: String(populationPatients), ...populationAllocator.env },
    allocator: populationAllocator.label,
  },
};
const asked = process.argv.slice(2);
for (const name of asked)
  if (!(name in parts)) throw new Error(`unknown part ${name}: use ${Object.keys(parts).join(", ")}`);
const selected = asked.length === 0 ? Object.keys(parts) : asked;

const out = (line) => process.stdout.write(`${line}\n`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");
const summary = [];

/** Run one part in its own node process; its output passes through, its ratio lines are kept. */
function run(name, index) {
  const part = parts[name];
  const started = new Date().toISOString().slice(11, 19);
  const loadBefore = load();
  out(
    `\n=== part ${index + 1}/${selected.length}: ${part.title} — bench/${part.script}, PATIENTS=${part.env.PATIENTS}${part.allocator === undefined ? "" : `, ${part.allocator}`} (${started} UTC, load average: ${loadBefore}) ===`,
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, path.join(here, part.script)], {
      env: part.env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const ratios = [];
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      out(line);
      if (line.startsWith("ratio") || line.startsWith("allocator")) ratios.push(line);
    });
    child.on("close", (code) => {
      const loadAfter = load();
      summary.push(
        `${part.title} (PATIENTS=${part.env.PATIENTS}${part.allocator === undefined ? "" : `, ${part.allocator}`}; load average before ${loadBefore}, after ${loadAfter}):`,
        ...ratios.map((r) => `  ${r}`),
      );
      resolve(code ?? 128); // null: ended by a signal
    });
  });
}

for (const [index, name] of selected.entries()) {
  const code = await run(name, index);
  if (code !== 0) {
    out(`\nbench/${parts[name].script} failed (exit ${code}); the remaining parts were not run`);
    process.exit(code);
  }
}
out(`\n=== summary (ratios per CPU-second are measured within one part's run) ===`);
for (const line of summary) out(line);
