#!/usr/bin/env node
// Resource bounds of every public decoder and batch function (issue #17): hostile inputs — arrays
// of 10⁶ elements, strings of 10⁷ characters, objects nested 10⁵ deep, cyclic objects — at the
// top level and in place of every field of a sample input, each call timed and its heap measured
// against a budget. Each target runs in its own worker (a hang is caught by a watchdog, an
// unbounded allocation by the worker's heap limit); the result is a table, one row per target.
//
//   node tools/bench/resource-bounds.mjs              all targets (a few minutes)
//   node tools/bench/resource-bounds.mjs billing      the targets of matching packages / names
//   node tools/bench/resource-bounds.mjs --json out.json
//
// Budgets per call: BUDGET_MS (default 2000 ms, on an idle core) and BUDGET_MB (default 256 MB
// allocated during the call). Exit code 1 when a call fails (throws, hangs, runs out of memory,
// exceeds a budget) or when an exported decoder or batch function has no target.
// Build the packages first (`pnpm build`); run briefly, at normal priority, on a quiet machine.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const BUDGET_MS = Number(process.env.BUDGET_MS ?? 2000);
const BUDGET_MB = Number(process.env.BUDGET_MB ?? 256);
const WATCHDOG_MS = 60_000;
const HEAP_LIMIT_MB = 2048;

export const N_ELEMENTS = 1_000_000;
export const N_CHARS = 10_000_000;
export const DEPTH = 100_000;

// ————————————————————————————————— hostile inputs —————————————————————————————————

export function deepObject(depth = DEPTH, key = "a") {
  let o = {};
  for (let i = 0; i < depth; i++) o = { [key]: o };
  return o;
}
export function deepArray(depth = DEPTH) {
  let a = [];
  for (let i = 0; i < depth; i++) a = [a];
  return a;
}
const longString = (prefix = "") => prefix + "9".repeat(N_CHARS - prefix.length);
const bigArray = (item) => new Array(N_ELEMENTS).fill(item);

/** Every path into a sample (objects and arrays; an array's first element only), up to 60. */
function pathsOf(sample) {
  const out = [];
  const walk = (v, path, depth) => {
    if (out.length >= 60 || depth > 8) return;
    if (Array.isArray(v)) {
      if (v.length > 0) {
        out.push([...path, 0]);
        walk(v[0], [...path, 0], depth + 1);
      }
    } else if (v !== null && typeof v === "object") {
      for (const k of Object.keys(v)) {
        out.push([...path, k]);
        walk(v[k], [...path, k], depth + 1);
      }
    }
  };
  walk(sample, [], 0);
  return out;
}
const getAt = (v, path) => path.reduce((o, k) => o?.[k], v);
function setAt(root, path, value) {
  const copy = structuredClone(root);
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path.at(-1)] = value;
  return copy;
}
const show = (path) =>
  path.length === 0 ? "$" : `$${path.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("")}`;

/** The hostile variants of a sample: [label, () => input]. Built lazily, one at a time. */
export function variants(sample) {
  const out = [
    ["$ = array of 10⁶", () => bigArray(Array.isArray(sample) && sample.length > 0 ? sample[0] : sample)],
    ["$ = string of 10⁷", () => longString(typeof sample === "string" ? sample : "")],
    ["$ = object nested 10⁵", () => deepObject()],
    ["$ = array nested 10⁵", () => deepArray()],
    [
      "$ = cyclic",
      () => {
        if (Array.isArray(sample)) {
          const a = structuredClone(sample);
          a.push(a);
          return a;
        }
        const o = sample !== null && typeof sample === "object" ? structuredClone(sample) : {};
        o.self = o;
        return o;
      },
    ],
  ];
  for (const path of pathsOf(sample)) {
    const v = getAt(sample, path);
    const at = show(path);
    if (typeof v === "string") out.push([`${at} = string of 10⁷`, () => setAt(sample, path, longString(v))]);
    if (Array.isArray(v)) {
      out.push([`${at} = array of 10⁶`, () => setAt(sample, path, bigArray(v.length > 0 ? v[0] : null))]);
      out.push([`${at} = array nested 10⁵`, () => setAt(sample, path, deepArray())]);
    } else if (v !== null && typeof v === "object") {
      const keys = Object.keys(v);
      out.push([`${at} = object nested 10⁵`, () => setAt(sample, path, deepObject(DEPTH, keys[0] ?? "a"))]);
      out.push([
        `${at} = cyclic`,
        () => {
          const copy = structuredClone(sample);
          const inner = getAt(copy, path);
          inner[keys[0] ?? "self"] = copy;
          return copy;
        },
      ]);
    } else if (typeof v === "number" || typeof v === "boolean") {
      out.push([`${at} = array of 10⁶`, () => setAt(sample, path, bigArray(v))]);
    }
  }
  return out;
}

// ————————————————————————————————— measurement (worker) —————————————————————————————————

function outcomeOf(result) {
  if (result !== null && typeof result === "object" && "ok" in result) {
    if (result.ok) return "handled";
    const issues = Array.isArray(result.issues) ? result.issues : [];
    const codes = [...new Set(issues.map((i) => i?.code))].slice(0, 3).join(",");
    return `refused ${codes}`;
  }
  return "handled";
}

async function workerMain() {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc");
  const { kind, pkg, name } = workerData;
  const targets = await import("./resource-targets.mjs");
  const target = kind === "decoder" ? targets.decoders[pkg][name] : targets.batches[pkg][name];
  const cases =
    kind === "decoder"
      ? variants(target[1]).map(([label, make]) => [label, make, target[0]])
      : target.map(([label, make, call]) => [label, make, call]);
  for (const [label, make, call] of cases) {
    parentPort.postMessage({ type: "start", label });
    let input = make();
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    const t0 = process.hrtime.bigint();
    let result;
    let outcome;
    try {
      result = call(input);
      outcome = outcomeOf(result);
    } catch (e) {
      outcome = `THREW ${e?.constructor?.name ?? typeof e}: ${String(e?.message ?? e).slice(0, 80)}`;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const allocated = (v8.getHeapStatistics().used_heap_size - before) / 2 ** 20;
    input = undefined;
    gc();
    const retained = (v8.getHeapStatistics().used_heap_size - before) / 2 ** 20;
    result = undefined;
    parentPort.postMessage({ type: "done", label, ms, allocated, retained, outcome });
  }
  parentPort.postMessage({ type: "end" });
}

// ————————————————————————————————— runner (main) —————————————————————————————————

function runTarget(kind, pkg, name) {
  return new Promise((resolve) => {
    const rows = [];
    let current;
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { kind, pkg, name },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        rows.push({ label: current, outcome: `HANG (> ${WATCHDOG_MS / 1000} s)`, fail: true });
        worker.terminate();
      }, WATCHDOG_MS);
    };
    arm();
    worker.on("message", (m) => {
      arm();
      if (m.type === "start") current = m.label;
      if (m.type === "done") {
        const fail = m.outcome.startsWith("THREW") || m.ms > BUDGET_MS || m.allocated > BUDGET_MB;
        rows.push({ ...m, fail });
      }
      if (m.type === "end") {
        clearTimeout(timer);
        worker.terminate();
      }
    });
    worker.on("error", (e) => {
      rows.push({
        label: current,
        outcome: `CRASHED ${e.code ?? e.name}: ${String(e.message).slice(0, 80)}`,
        fail: true,
      });
    });
    worker.on("exit", () => {
      clearTimeout(timer);
      resolve(rows);
    });
  });
}

/** Exported functions that are decoders (decodeX) or take many inputs, with no target. */
async function untargeted() {
  const { modules, decoders, batches, notBatch } = await import("./resource-targets.mjs");
  const missing = [];
  for (const [pkg, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      if (/^decode[A-Z]/.test(name) && decoders[pkg]?.[name] === undefined) missing.push(`${pkg} ${name}`);
      if (/Batch$/.test(name) && batches[pkg]?.[name] === undefined) missing.push(`${pkg} ${name}`);
    }
    for (const name of Object.keys(batches[pkg] ?? {}))
      if (typeof mod[name] !== "function" && !name.includes("("))
        missing.push(`${pkg} ${name} (no such export)`);
    for (const name of notBatch[pkg] ?? [])
      if (typeof mod[name] !== "function") missing.push(`${pkg} ${name} (listed, no such export)`);
  }
  return missing;
}

const fmt = (n, d = 0) => (n === undefined ? "—" : n.toFixed(d));

async function main() {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf("--json");
  const jsonFile = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
  const filters = args;
  const { decoders, batches } = await import("./resource-targets.mjs");
  const all = [
    ...Object.entries(decoders).flatMap(([pkg, ds]) => Object.keys(ds).map((name) => ["decoder", pkg, name])),
    ...Object.entries(batches).flatMap(([pkg, bs]) => Object.keys(bs).map((name) => ["batch", pkg, name])),
  ];
  const chosen = all.filter(
    ([, pkg, name]) => filters.length === 0 || filters.some((f) => pkg.includes(f) || name === f),
  );
  console.log(
    `resource bounds: ${chosen.length} targets; budget ${BUDGET_MS} ms and ${BUDGET_MB} MB per call; ` +
      `node ${process.version}, ${os.cpus().length} CPUs, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  console.log(
    "| package | function | calls | worst call | ms | MB allocated | MB retained | outcomes | verdict |",
  );
  console.log("|---|---|---:|---|---:|---:|---:|---|---|");
  const report = [];
  let failures = 0;
  for (const [kind, pkg, name] of chosen) {
    const rows = await runTarget(kind, pkg, name);
    const worst = rows.reduce(
      (w, r) => (w === undefined || (r.ms ?? Infinity) > (w.ms ?? Infinity) ? r : w),
      undefined,
    );
    const failed = rows.filter((r) => r.fail);
    failures += failed.length;
    const outcomes = new Map();
    for (const r of rows) {
      const key = r.outcome.startsWith("refused") ? "refused" : r.outcome.split(" ")[0];
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    const maxAlloc = Math.max(...rows.map((r) => r.allocated ?? 0));
    const maxRetained = Math.max(...rows.map((r) => r.retained ?? 0));
    const verdict =
      failed.length === 0
        ? "ok"
        : `FAIL: ${failed.map((r) => `${r.label} → ${r.outcome}${r.ms !== undefined ? ` (${fmt(r.ms)} ms, ${fmt(r.allocated)} MB)` : ""}`).join("; ")}`;
    console.log(
      `| ${pkg.replace("@zorgkit/", "")} | ${name} | ${rows.length} | ${worst?.label ?? "—"} | ${fmt(worst?.ms)} | ${fmt(maxAlloc)} | ${fmt(maxRetained)} | ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")} | ${verdict} |`,
    );
    report.push({ kind, pkg, name, rows });
  }
  const missing = filters.length === 0 ? await untargeted() : [];
  for (const m of missing) console.log(`NO TARGET: ${m} (add it to tools/bench/resource-targets.mjs)`);
  console.log(
    `\n${failures} failing calls; ${missing.length} untargeted exports; load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  if (jsonFile !== undefined) writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = failures > 0 || missing.length > 0 ? 1 : 0;
}

if (isMainThread) await main();
else await workerMain();
