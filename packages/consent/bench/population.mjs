// Benchmark: the consent store at population scale (issue #18). Builds a ConsentStore of PATIENTS
// generated patients by streaming (seeded; each patient's profile can be generated again from its
// index), writes a snapshot to a file and loads it back (a service restart), then times BSN
// look-up + decision on the loaded store over REQUESTS distinct requests, next to:
//   - the floor: the dependent random reads store.decide makes over the same arrays, with no
//     decision logic (the BSN's hash slot, and its record only when the slot's inline copy cannot
//     answer), next to the one-read (slot only) and two-read (slot, then record) floors;
//   - a plain-JS nested-Map version of the same policy (bench/nested-map-baseline.mjs), where it
//     still fits (a Map holds at most 16 777 216 keys), with its memory.
// Agreement first: the store against decide(compileProfile(profile)) on AGREE requests, and the
// baseline against the store on every timed request.
//
// Run: pnpm --filter @zorgkit/consent bench   (part 2 of bench/run.mjs, after the Cedar comparison;
//      PATIENTS=18000000 for the country; `bench:population` runs this part alone)
// Options (environment): PATIENTS (default 1000000), REQUESTS (default 2000000), AGREE (20000),
// BASELINE (1 = also time the nested-Map baseline; default when PATIENTS ≤ 2 000 000), SEED,
// SNAPSHOT (file, default $TMPDIR/zorgkit-consent-store.snapshot; removed afterwards). bench/run.mjs
// sets GLIBC_TUNABLES for huge pages unless HUGEPAGES=0; this script prints what the kernel gave.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  buildConsentStore,
  compileProfile,
  decide,
  loadConsentStore,
  mitzCodeLists2026,
  mitzRules,
  snapshotConsentStore,
} from "../dist/index.js";
import {
  BLOCK_BITS,
  INLINE_CHOICES,
  SLOT_KEY,
  SLOT_PTR,
  SLOT_RECORD,
  SLOT_WORDS,
} from "../dist/internal/store-layout.js";
import { consentStoreParts } from "../dist/store/consent-store.js";
import { buildNestedMaps, nestedMapDecide } from "./nested-map-baseline.mjs";

const PATIENTS = Number(process.env.PATIENTS ?? 1_000_000);
const REQUESTS = Number(process.env.REQUESTS ?? 2_000_000);
const AGREE = Number(process.env.AGREE ?? 20_000);
const SEED = Number(process.env.SEED ?? 20261201);
const BASELINE = (process.env.BASELINE ?? (PATIENTS <= 2_000_000 ? "1" : "0")) === "1";
const SNAPSHOT = process.env.SNAPSHOT ?? path.join(os.tmpdir(), "zorgkit-consent-store.snapshot");
const gc = globalThis.gc;
if (typeof gc !== "function") throw new Error("run with node --expose-gc");

// ---------------------------------------------------------------------------------------------
// Deterministic patients: patient i's profile is a function of (SEED, i)
// ---------------------------------------------------------------------------------------------
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const uras = Array.from({ length: 2000 }, (_, i) => String(10_000_000 + i * 7919).padStart(8, "0"));
const hotUras = uras.slice(0, 50); // most choices name one of 50 large providers
const types = mitzCodeLists2026.requesterCategories.map((r) => r.code);
const categories = mitzCodeLists2026.dataCategories.map((c) => c.code);
const T2025 = Date.parse("2025-01-01T00:00:00Z");
const T2026 = Date.parse("2026-01-01T00:00:00Z");
const patientActor = Object.freeze({ _tag: "Patient" });
const providers = Array.from({ length: 500 }, (_, i) =>
  Object.freeze({
    _tag: "Provider",
    ura: uras[i % uras.length],
    uzi: String(100_000_000 + i),
    role: "01.015",
  }),
);

/** A valid BSN (11-check) for patient i: the first of four candidate prefixes that gives one. */
function bsnOf(i) {
  for (let k = 0; k < 4; k++) {
    const s = String(10_000_000 + 4 * i + k);
    let sum = 0;
    for (let d = 0; d < 8; d++) sum += (9 - d) * (s.charCodeAt(d) - 48);
    if (sum % 11 !== 10) return `${s}${sum % 11}`;
  }
  return `${10_000_000 + 4 * i}0`;
}

function profileOf(i) {
  const rnd = mulberry32(SEED ^ Math.imul(i + 1, 0x9e3779b1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  // 98 % of patients have 1–6 choices; 2 % have 7–24 (profiles with many choices).
  const n = rnd() < 0.98 ? 1 + Math.floor(rnd() * 6) : 7 + Math.floor(rnd() * 18);
  const choices = [];
  for (let c = 0; c < n; c++) {
    const from = T2025 + Math.floor(rnd() * 300 * 86_400_000);
    const emergency = rnd() < 0.003;
    if (emergency) {
      const ura = pick(uras);
      choices.push({
        id: `c${c}`,
        custodian: { _tag: "AllCustodians" },
        dataCategory: categories[0],
        requesters: { _tag: "Organisation", ura },
        decision: "permit",
        from,
        until: from + 72 * 3_600_000,
        indeterminateFrom: undefined,
        recordedAt: from,
        recordedBy: providers[0],
        origin: "emergency",
        confirmedBy: undefined,
      });
      continue;
    }
    const custodian =
      rnd() < 0.6
        ? { _tag: "Organisation", ura: rnd() < 0.8 ? pick(hotUras) : pick(uras) }
        : { _tag: "ProviderType", type: pick(types) };
    const requesters =
      rnd() < 0.5
        ? { _tag: "AllRequesters" }
        : { _tag: "Categories", codes: [...new Set([pick(types), ...(rnd() < 0.3 ? [pick(types)] : [])])] };
    const byProvider = rnd() < 0.1;
    choices.push({
      id: `c${c}`,
      custodian,
      dataCategory: pick(categories),
      requesters,
      decision: rnd() < 0.7 ? "permit" : "deny",
      from,
      until: undefined,
      indeterminateFrom: undefined,
      recordedAt: from,
      recordedBy: byProvider ? pick(providers) : patientActor,
      origin: byProvider ? "provider" : "patient-portal",
      confirmedBy: undefined,
    });
  }
  return {
    patient: bsnOf(i),
    birthDate: undefined,
    birthDateSource: undefined,
    createdAt: T2025,
    asOf: T2026,
    choices,
    pending: [],
    subscription: undefined,
    rejected: [],
    lastChangeAt: T2026,
  };
}

function* patients(count) {
  for (let i = 0; i < count; i++) yield profileOf(i);
}

const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
/** Collect garbage and give V8 time to free ArrayBuffer backing stores (it sweeps them in the background). */
const settle = async () => {
  for (let k = 0; k < 3; k++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
const memory = () => {
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, arrayBuffers: m.arrayBuffers, total: m.heapUsed + m.arrayBuffers, rss: m.rss };
};
const fmt = (n) => Math.round(n).toLocaleString("en");
const out = (line) => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Build (streaming), snapshot, load
// ---------------------------------------------------------------------------------------------
const m0 = memory();
let peakDuringBuild = 0;
const b0 = performance.now();
const cb0 = process.cpuUsage();
let built = buildConsentStore(patients(PATIENTS), mitzRules, {
  expectedPatients: PATIENTS,
  progressEvery: 1_000_000,
  onProgress: (p) => {
    const m = process.memoryUsage();
    peakDuringBuild = Math.max(peakDuringBuild, m.heapUsed + m.arrayBuffers);
    out(
      `built ${fmt(p.profiles)} / ${fmt(PATIENTS)} (${((performance.now() - b0) / 1000).toFixed(1)} s, store ${mib(p.bytes)}, heap ${mib(m.heapUsed)}, arrayBuffers ${mib(m.arrayBuffers)})`,
    );
  },
});
const buildSeconds = (performance.now() - b0) / 1000;
const cb = process.cpuUsage(cb0);
const m1 = memory();
const stats = built.stats();
let choices = 0;
out(
  `store: ${fmt(stats.patients)} patients, ${fmt(stats.objectProfiles)} kept as objects, ${fmt(stats.actors)} provider actors; typed arrays ${mib(stats.bytes)} (hash ${mib(stats.hashBytes)})`,
);
out(
  `build: ${buildSeconds.toFixed(1)} s wall, ${((cb.user + cb.system) / 1e6).toFixed(1)} CPU-s (generating the profiles included); memory after gc: heap ${mib(m0.heap)} → ${mib(m1.heap)}, arrayBuffers ${mib(m0.arrayBuffers)} → ${mib(m1.arrayBuffers)}, VmRSS ${mib(procBytes("/proc/self/status", "VmRSS") ?? m1.rss)}; peak heap+arrayBuffers during build ${mib(peakDuringBuild)}`,
);

const w0 = performance.now();
const wc0 = process.cpuUsage();
const fd = fs.openSync(SNAPSHOT, "w");
let fileBytes = 0;
for (const chunk of snapshotConsentStore(built)) {
  fs.writeSync(fd, chunk);
  fileBytes += chunk.length;
}
const writeSeconds = (performance.now() - w0) / 1000;
const wc = process.cpuUsage(wc0);
fs.fsyncSync(fd);
fs.closeSync(fd);
const writeSyncSeconds = (performance.now() - w0) / 1000;
out(
  `snapshot: ${mib(fileBytes)} written in ${writeSeconds.toFixed(2)} s, ${((wc.user + wc.system) / 1e6).toFixed(2)} CPU-s (${writeSyncSeconds.toFixed(2)} s with fsync)`,
);

const sampleBsns = [0, 1, Math.floor(PATIENTS / 2), PATIENTS - 1].map(bsnOf);
const builtSample = sampleBsns.map((b) => JSON.stringify(built.compiledOf(b)?.choices));
built = undefined; // drop the built store before loading (memory)
await settle();
const mDropped = memory();
const l0 = performance.now();
const lc0 = process.cpuUsage();
const rfd = fs.openSync(SNAPSHOT, "r");
const loaded = loadConsentStore(
  (into, position) => fs.readSync(rfd, into, 0, into.length, position),
  mitzRules,
);
fs.closeSync(rfd);
const loadSeconds = (performance.now() - l0) / 1000;
const lc = process.cpuUsage(lc0);
if (!loaded.ok) throw new Error(`load failed: ${JSON.stringify(loaded.issues)}`);
const store = loaded.value;
fs.rmSync(SNAPSHOT);
await settle();
const m2 = memory();
for (let k = 0; k < sampleBsns.length; k++)
  if (JSON.stringify(store.compiledOf(sampleBsns[k])?.choices) !== builtSample[k])
    throw new Error("the loaded store differs from the built one");
out(
  `load: ${loadSeconds.toFixed(2)} s, ${((lc.user + lc.system) / 1e6).toFixed(2)} CPU-s (file in the page cache, just written; checksums verified); memory heap+arrayBuffers ${mib(mDropped.total)} → ${mib(m2.total)}`,
);
const storeBytes = m2.total - mDropped.total;
for (let i = 0; i < PATIENTS; i += Math.max(1, Math.floor(PATIENTS / 100_000)))
  choices += profileOf(i).choices.length;
const choicesPerPatient = choices / Math.ceil(PATIENTS / Math.max(1, Math.floor(PATIENTS / 100_000)));
out(
  `memory of the loaded store (heap + arrayBuffers, process.memoryUsage after gc): ${mib(storeBytes)} = ${fmt(storeBytes / PATIENTS)} bytes per patient, ≈ ${choicesPerPatient.toFixed(2)} choices per patient (sampled) → ${fmt((storeBytes - stats.hashBytes) / (PATIENTS * choicesPerPatient))} bytes per choice besides the hash`,
);

// ---------------------------------------------------------------------------------------------
// Requests: distinct, random patients; half aimed at one of the patient's choices (any of them,
// so late matches too), all four data categories (broad ones included)
// ---------------------------------------------------------------------------------------------
const rnd = mulberry32(SEED ^ 0x5eed);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const professional = { uzi: "000000011", role: "01.015" };
const interned = new Map();
const intern = (key, make) => {
  let v = interned.get(key);
  if (v === undefined) {
    v = make();
    interned.set(key, v);
  }
  return v;
};
const patientIndex = new Int32Array(REQUESTS);
function randomRequest(r) {
  const i = Math.floor(rnd() * PATIENTS);
  patientIndex[r] = i;
  let ura = pick(hotUras);
  let type = pick(types);
  let category = pick(categories);
  let requesterCategory = rnd() < 0.3 ? types[0] : pick(types);
  let requesterUra = pick(hotUras);
  if (rnd() < 0.5) {
    const c = pick(profileOf(i).choices);
    if (c.custodian._tag === "Organisation") ura = c.custodian.ura;
    else if (c.custodian._tag === "ProviderType") type = c.custodian.type;
    if (rnd() < 0.4) category = c.dataCategory;
    if (c.requesters._tag === "Categories" && rnd() < 0.5) requesterCategory = pick(c.requesters.codes);
    if (c.requesters._tag === "Organisation") requesterUra = c.requesters.ura;
  }
  const bsn = bsnOf(i);
  return {
    patient: `${bsn.slice(0, 4)}${bsn.slice(4)}`,
    custodian: intern(`c|${ura}|${type}`, () => ({ ura, type })),
    dataCategory: category,
    requester: intern(`r|${requesterUra}|${requesterCategory}`, () => ({
      ura: requesterUra,
      category: requesterCategory,
      professional,
    })),
    purpose: rnd() < 0.97 ? "TREAT" : "HPAYMT",
    treatmentRelationship: rnd() < 0.97,
    at: T2026 + Math.floor(rnd() * 86_400_000 * 30),
  };
}
const requests = Array.from({ length: REQUESTS }, (_, r) => randomRequest(r));

// Agreement: the store against decide(compileProfile(profile)) on the first AGREE requests.
const counts = { Permit: 0, Deny: 0, NotApplicable: 0, Indeterminate: 0 };
for (let r = 0; r < Math.min(AGREE, REQUESTS); r++) {
  const req = requests[r];
  const a = store.decide(req);
  const b = decide(req, compileProfile(profileOf(patientIndex[r]), mitzRules));
  if (a.value !== b.value || a.reason !== b.reason || a.choice?.id !== b.choice?.id)
    throw new Error(
      `store and decide disagree on request ${r}: ${a.value}/${a.reason} vs ${b.value}/${b.reason}`,
    );
  counts[a.value]++;
}
out(
  `agreement: store.decide = decide(compileProfile(profile)) on all ${fmt(Math.min(AGREE, REQUESTS))} requests ${JSON.stringify(counts)}`,
);

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------
function time(label, one) {
  let sink = 0;
  for (let i = 0; i < Math.min(200_000, REQUESTS); i++) sink += one(i);
  const walls = [];
  const cpus = [];
  for (let round = 0; round < 3; round++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < REQUESTS; i++) sink += one(i);
    walls.push((REQUESTS / (performance.now() - t0)) * 1000);
    const c = process.cpuUsage(c0);
    cpus.push(REQUESTS / ((c.user + c.system) / 1e6));
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { label, wall: walls[1], cpu: cpus[1], sink };
}

const parts = consentStoreParts(store);
const table = parts.table;
const slots = table.slots;
const blocks = parts.arena.blocks;
const keys = new Int32Array(REQUESTS);
for (let r = 0; r < REQUESTS; r++) keys[r] = Number(requests[r].patient);
const MASK = (1 << BLOCK_BITS) - 1;
const S = SLOT_WORDS;
/** Probe the hash to the BSN's slot (the probes walk adjacent 64-byte slots); its word offset. */
function slotOf(key) {
  let i = table.home(key);
  while (slots[S * i + SLOT_KEY] !== key && slots[S * i + SLOT_KEY] !== 0)
    i = i + 1 === table.capacity ? 0 : i + 1;
  return S * i;
}
/** Two dependent reads (the layout before inline slots): the slot, then the record's header in the arena. */
function twoReads(r, carry) {
  const ptr = slots[slotOf(keys[r] + 1 + carry) + SLOT_PTR];
  return blocks[ptr >>> BLOCK_BITS][ptr & MASK];
}
/** One read: the slot only (its inline header). */
function oneRead(r, carry) {
  return slots[slotOf(keys[r] + 1 + carry) + SLOT_RECORD] & 0x7fffffff;
}
const ats = new Float64Array(REQUESTS);
for (let r = 0; r < REQUESTS; r++) ats[r] = requests[r].at;
/**
 * Whether store.decide answers request r from the slot alone (its test: an inline copy — head not
 * -1, the compact entries of ≤ INLINE_CHOICES choices — no timed choice, asked after every `from`).
 */
function inlineAnswer(b, r) {
  const head = slots[b + SLOT_RECORD];
  const bound = slots[b + SLOT_RECORD + 1];
  return head !== -1 && (head & 32) === 0 && bound !== -1 && ats[r] >= (bound >>> 0) * 1000;
}
/** The reads store.decide makes: the slot, and the record only when the slot's inline copy cannot answer. */
function storeReads(r, carry) {
  const b = slotOf(keys[r] + 1 + carry);
  if (inlineAnswer(b, r)) return slots[b + SLOT_RECORD] & 0x7fffffff;
  const ptr = slots[b + SLOT_PTR];
  return ptr < 0 ? 0 : blocks[ptr >>> BLOCK_BITS][ptr & MASK];
}
let fromSlot = 0;
for (let r = 0; r < REQUESTS; r++) {
  const b = slotOf(keys[r] + 1);
  if (slots[b + SLOT_KEY] !== 0 && inlineAnswer(b, r)) fromSlot++;
}
out(
  `requests answered from the hash slot alone (inline copy, ≤ ${INLINE_CHOICES} choices, no timed choice, asked after every from): ${fmt(fromSlot)} of ${fmt(REQUESTS)} (${((100 * fromSlot) / REQUESTS).toFixed(1)} %)`,
);
let carry = 0;
/** Each request's reads wait for the previous request's (a chain): the latency of the dependent reads. */
const chained = (reads) => (i) => {
  const w = reads(i, carry);
  carry = w >>> 31; // 0 (headers are non-negative), but the next read must wait for it
  return w & 1;
};
const results = [
  time("ConsentStore: BSN look-up + decide", (i) => (store.decide(requests[i]).value === "Permit" ? 1 : 0)),
  time(
    "floor: the reads store.decide makes (slot; the record too when the slot cannot answer), chained",
    chained(storeReads),
  ),
  // The same reads with requests independent (the CPU overlaps consecutive requests' misses).
  time("floor, requests independent (memory-level parallelism)", (i) => storeReads(i, 0) & 1),
  time("floor: 1 random read per request (hash slot only), chained", chained(oneRead)),
  time(
    "floor: 2 dependent random reads per request (hash slot → record; the layout before inline slots), chained",
    chained(twoReads),
  ),
];
if (BASELINE) {
  const mb0 = memory();
  const maps = buildNestedMaps(patients(PATIENTS), mitzCodeLists2026);
  const mb1 = memory();
  out(
    `nested-Map baseline: ${fmt(maps.size)} patients, memory heap+arrayBuffers +${mib(mb1.total - mb0.total)} = ${fmt((mb1.total - mb0.total) / PATIENTS)} bytes per patient`,
  );
  for (let r = 0; r < REQUESTS; r++) {
    const a = store.decide(requests[r]).value;
    const b = nestedMapDecide(maps, requests[r]);
    if (a !== b) throw new Error(`baseline disagrees on request ${r}: store ${a}, baseline ${b}`);
  }
  out(`agreement: the nested-Map baseline gives the store's answer on all ${fmt(REQUESTS)} requests`);
  results.push(
    time("plain-JS nested-Map baseline: Map look-up + decide", (i) =>
      nestedMapDecide(maps, requests[i]) === "Permit" ? 1 : 0,
    ),
  );
}

/** A field of /proc/self/status or smaps_rollup in bytes (Linux), or undefined. */
function procBytes(file, field) {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(file, "utf8"));
    return m === null ? undefined : Number(m[1]) * 1024;
  } catch {
    return undefined;
  }
}
function thpMode() {
  try {
    return (
      /\[(\w+)\]/.exec(fs.readFileSync("/sys/kernel/mm/transparent_hugepage/enabled", "utf8"))?.[1] ??
      "unknown"
    );
  } catch {
    return "unknown";
  }
}
// process.memoryUsage().rss leaves huge pages out; the kernel's VmRSS counts them.
const huge = procBytes("/proc/self/smaps_rollup", "AnonHugePages");
const vmRss = procBytes("/proc/self/status", "VmRSS");
out(
  `allocator: GLIBC_TUNABLES=${process.env.GLIBC_TUNABLES || "(unset)"}, transparent huge pages "${thpMode()}"; backed by huge pages: ${huge === undefined ? "unknown (no /proc/self/smaps_rollup)" : mib(huge)} of VmRSS ${vmRss === undefined ? "unknown" : mib(vmRss)}`,
);
out(
  `machine: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} logical cores), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
for (const r of results)
  out(
    `${r.label}: ${fmt(r.wall)}/s wall-clock, ${fmt(r.cpu)} per CPU-second (median of 3 rounds over ${fmt(REQUESTS)} requests)`,
  );
const [ours, floor, floorParallel, floorOne, floorTwo, baseline] = results;
out(
  `ratios (per CPU-second): floor / store = ${(floor.cpu / ours.cpu).toFixed(2)} × (target ≤ 3), independent floor / store = ${(floorParallel.cpu / ours.cpu).toFixed(2)} ×, one-read floor / store = ${(floorOne.cpu / ours.cpu).toFixed(2)} ×, two-read floor / store = ${(floorTwo.cpu / ours.cpu).toFixed(2)} ×${baseline === undefined ? "" : `, store / nested-Map baseline = ${(ours.cpu / baseline.cpu).toFixed(2)} × (target ≥ 3)`}`,
);
if (results.reduce((s, r) => s + r.sink, 0) < 0) out("");
