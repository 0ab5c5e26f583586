// Benchmark: compileProfile(profile, mitzRules) then decide, over 1 000 000 patients' profiles held in memory, side by
// side with the same policy written for Cedar (@cedar-policy/cedar-wasm, preparsed policy set,
// statefulIsAuthorized with only the entity the request needs). Both sides must agree on every
// request Cedar is timed on before anything is timed.
//
// Run: pnpm --filter @zorgkit/consent bench   (part 1 of bench/run.mjs; part 2 is bench/population.mjs)
// Alone: node --expose-gc --max-old-space-size=8192 bench/decide-vs-cedar.mjs (after tsup)
// Options (environment): PATIENTS (default 1000000; through bench/run.mjs: CEDAR_PATIENTS, see
// there), REQUESTS (default 2000000), CEDAR_REQUESTS (default 20000), SEED (default 20261123).
import { createRequire } from "node:module";
import os from "node:os";
import {
  createConsentStore,
  createProfileStore,
  decide,
  foldProfile,
  MEDICATION,
  mitzCodeLists2026,
  mitzRules,
  RESULTS,
} from "../dist/index.js";

const require = createRequire(import.meta.url);
const cedar = require("@cedar-policy/cedar-wasm/nodejs");

const PATIENTS = Number(process.env.PATIENTS ?? 1_000_000);
const REQUESTS = Number(process.env.REQUESTS ?? 2_000_000);
const CEDAR_REQUESTS = Number(process.env.CEDAR_REQUESTS ?? 20_000);
const SEED = Number(process.env.SEED ?? 20261123);

// ---------------------------------------------------------------------------------------------
// Deterministic data
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
const rnd = mulberry32(SEED);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

/** The n-th valid BSN (11-check) from a counter. */
function bsnFrom(counter) {
  for (let c = counter; ; c++) {
    const s = String(10_000_000 + (c % 89_999_999)).padStart(8, "0");
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * (s.charCodeAt(i) - 48);
    const check = sum % 11;
    if (check !== 10) return { bsn: `${s}${check}`, next: c + 1 };
  }
}

const uras = Array.from({ length: 50 }, (_, i) => String(10_000_000 + i * 7919).padStart(8, "0"));
const types = mitzCodeLists2026.requesterCategories.map((r) => r.code);
const categories = mitzCodeLists2026.dataCategories.map((c) => c.code);
const leaves = [RESULTS, MEDICATION]; // the leaf categories of the code lists (GGC012, GGC013)
const T2025 = Date.parse("2025-01-01T00:00:00Z");
const T2026 = Date.parse("2026-01-01T00:00:00Z");

function randomChoice(i) {
  const custodian =
    rnd() < 0.6 ? { _tag: "Organisation", ura: pick(uras) } : { _tag: "ProviderType", type: pick(types) };
  const requesters =
    rnd() < 0.5
      ? { _tag: "AllRequesters" }
      : { _tag: "Categories", codes: [...new Set([pick(types), ...(rnd() < 0.3 ? [pick(types)] : [])])] };
  return {
    custodian,
    dataCategory: pick(categories),
    requesters,
    decision: rnd() < 0.7 ? "permit" : "deny",
    id: `c${i}`,
  };
}

function eventsFor(bsn) {
  const events = [
    {
      _tag: "ProfileCreated",
      eventId: "e0",
      at: T2025,
      patient: bsn,
      actor: { _tag: "Patient" },
      birthDate: "1970-01-01",
    },
  ];
  const n = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) {
    const c = randomChoice(i);
    events.push({
      _tag: "ChoiceRecorded",
      eventId: `e${i + 1}`,
      at: T2025 + (i + 1) * 3_600_000,
      patient: bsn,
      actor: { _tag: "Patient" },
      choiceId: c.id,
      custodian: c.custodian,
      dataCategory: c.dataCategory,
      requesters: c.requesters,
      decision: c.decision,
    });
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// Build the profiles
// ---------------------------------------------------------------------------------------------
const gc = globalThis.gc;
if (typeof gc !== "function") throw new Error("run with node --expose-gc");
/** heapUsed + arrayBuffers after gc() (the stores keep their data in typed arrays). */
const memory = () => {
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, arrayBuffers: m.arrayBuffers, total: m.heapUsed + m.arrayBuffers };
};
const before = memory();
// Profiles are compiled into a profile store; the same compiled data is reachable two ways: as
// the CompiledProfile object `compile` returns (store.compiledOf) and by handle (store.decide).
const store = createProfileStore(mitzRules);
const profiles = new Map(); // BSN → handle
// The consent store (issue #18) holds the same profiles keyed by BSN: its decide includes the look-up.
const population = createConsentStore(mitzRules, { expectedPatients: PATIENTS });
const patients = new Array(PATIENTS);
let counter = 1;
const buildStart = performance.now();
for (let p = 0; p < PATIENTS; p++) {
  const { bsn, next } = bsnFrom(counter);
  counter = next;
  const profile = foldProfile(eventsFor(bsn), mitzRules);
  profiles.set(bsn, store.add(profile));
  population.put(profile);
  patients[p] = bsn;
  if ((p + 1) % 100_000 === 0 || p + 1 === PATIENTS) {
    const s = (performance.now() - buildStart) / 1000;
    process.stdout.write(
      `built ${(p + 1).toLocaleString("en")} / ${PATIENTS.toLocaleString("en")} profiles (${s.toFixed(1)} s)\n`,
    );
  }
}
const after = memory();

// ---------------------------------------------------------------------------------------------
// Requests (half aimed at the patient's own choices so that choices decide often)
// ---------------------------------------------------------------------------------------------
const uzi = "000000011";
// Sub-objects are shared between requests (a service parses a request just before deciding, so
// it is hot in cache; a table of fresh objects would add cache misses no service has).
const interned = new Map();
const intern = (key, make) => {
  let v = interned.get(key);
  if (v === undefined) {
    v = make();
    interned.set(key, v);
  }
  return v;
};
const professional = { uzi, role: "01.015" };
function randomRequest() {
  const patient = patients[Math.floor(rnd() * PATIENTS)];
  const compiled = store.compiledOf(profiles.get(patient));
  let ura = pick(uras);
  let type = pick(types);
  if (rnd() < 0.5) {
    const c = pick(choicesOf(compiled)).custodian;
    if (c._tag === "Organisation") ura = c.ura;
    else if (c._tag === "ProviderType") type = c.type;
  }
  const requesterCategory = rnd() < 0.3 ? types[0] : pick(types);
  const requesterUra = pick(uras);
  return {
    // a fresh copy of the BSN string, as a parsed request would carry (not the Map's key object)
    patient: `${patient.slice(0, 4)}${patient.slice(4)}`,
    custodian: intern(`c|${ura}|${type}`, () => ({ ura, type })),
    dataCategory: pick(leaves),
    requester: intern(`r|${requesterUra}|${requesterCategory}`, () => ({
      ura: requesterUra,
      category: requesterCategory,
      professional,
    })),
    purpose: rnd() < 0.95 ? "TREAT" : pick(["COC", "HPAYMT"]),
    treatmentRelationship: rnd() < 0.95,
    at: T2026 + Math.floor(rnd() * 86_400_000 * 30),
  };
}
const requests = Array.from({ length: REQUESTS }, randomRequest);

// ---------------------------------------------------------------------------------------------
// Cedar: the same policy (issue #10: precedence by dominance, objections win among the
// incomparable; an unconfirmed emergency consent never supersedes a deny). The patient entity
// carries the choices as records c0 … c5 (at most 6 choices per generated profile); the policy
// states "a matching deny that no matching choice supersedes" over the N × N pairs, since Cedar has
// no quantifier over a set. The same text as test/reference/cedar.ts (differential-tested there).
// ---------------------------------------------------------------------------------------------
const SLOTS = 6;
function cedarPolicies(n) {
  const c = (i) => `resource.c${i}`;
  const match = (x) =>
    `(${x}.ck == "*" || ${x}.ck == context.cuOrg || ${x}.ck == context.cuType) && context.cats.contains(${x}.cat) && (${x}.rk == 0 || (${x}.rk == 2 && ${x}.rura == context.rura) || (${x}.rk == 1 && ${x}.codes.contains(context.rcat))) && ${x}.from <= context.at && context.at < ${x}.until`;
  const reqGE = (a, b) =>
    `(${b}.rk == 0 || ${a}.rk == 2 || (${a}.rk == 1 && ${b}.rk == 1 && ${b}.codes.containsAll(${a}.codes)))`;
  const sup = (a, b) =>
    `${a}.cl >= ${b}.cl && ${a}.dp >= ${b}.dp && ${reqGE(a, b)} && (${a}.cl > ${b}.cl || ${a}.dp > ${b}.dp || !${reqGE(b, a)}) && !(${a}.em && ${b}.d)`;
  const has = (i) => `resource has c${i}`;
  const any = [];
  const maximalDeny = [];
  for (let i = 0; i < n; i++) {
    any.push(`(${has(i)} && ${match(c(i))})`);
    const unbeaten = [];
    for (let j = 0; j < n; j++)
      if (j !== i) unbeaten.push(`!(${has(j)} && ${match(c(j))} && ${sup(c(j), c(i))})`);
    maximalDeny.push(`(${has(i)} && ${match(c(i))} && ${c(i)}.d && ${unbeaten.join(" && ")})`);
  }
  const treat = `context.purpose == "TREAT" && context.treatment`;
  return {
    "permit-choice": `permit(principal, action == Action::"consult", resource) when { ${treat} && (${any.join(" || ")}) };`,
    "forbid-choice": `forbid(principal, action == Action::"consult", resource) when { ${treat} && (${maximalDeny.join(" || ")}) };`,
    "forbid-purpose": `forbid(principal, action == Action::"consult", resource) unless { ${treat} };`,
  };
}
const parsed = cedar.preparsePolicySet("consent", { staticPolicies: cedarPolicies(SLOTS) });
if (parsed.type !== "success") throw new Error(`Cedar policy: ${JSON.stringify(parsed)}`);

/** The choices of a compiled profile. */
function choicesOf(compiled) {
  return compiled.choices;
}

const parentOf = new Map(mitzCodeLists2026.dataCategories.map((c) => [c.code, c.parent]));
function ancestorsOrSelf(code) {
  const out = [];
  for (let c = code; c !== undefined; c = parentOf.get(c)) out.push(c);
  return out;
}
const depthOf = (code) => ancestorsOrSelf(code).length - 1;

/** The Cedar side's "compile": the patient entity with one record per choice (built once per patient). */
function cedarEntity(bsn) {
  const attrs = {};
  choicesOf(store.compiledOf(profiles.get(bsn))).forEach((c, i) => {
    const cu = c.custodian;
    const rq = c.requesters;
    attrs[`c${i}`] = {
      ck: cu._tag === "Organisation" ? `O:${cu.ura}` : cu._tag === "ProviderType" ? `T:${cu.type}` : "*",
      cl: cu._tag === "Organisation" ? 2 : cu._tag === "ProviderType" ? 1 : 0,
      cat: c.dataCategory,
      dp: depthOf(c.dataCategory),
      rk: rq._tag === "Organisation" ? 2 : rq._tag === "Categories" ? 1 : 0,
      rura: rq._tag === "Organisation" ? rq.ura : "",
      codes: rq._tag === "Categories" ? [...new Set(rq.codes)] : [],
      d: c.decision === "deny",
      em: c.origin === "emergency" && c.until !== undefined,
      from: c.from,
      until: c.until ?? Number.MAX_SAFE_INTEGER,
    };
  });
  return { uid: { type: "Patient", id: bsn }, attrs, parents: [] };
}

function cedarCall(req, entity) {
  return {
    principal: { type: "Requester", id: req.requester.ura },
    action: { type: "Action", id: "consult" },
    resource: { type: "Patient", id: req.patient },
    context: {
      purpose: req.purpose,
      treatment: req.treatmentRelationship,
      cuOrg: `O:${req.custodian.ura}`,
      cuType: `T:${req.custodian.type}`,
      cats: ancestorsOrSelf(req.dataCategory),
      rura: req.requester.ura,
      rcat: req.requester.category,
      at: req.at,
    },
    preparsedPolicySetId: "consent",
    entities: [entity],
  };
}

function cedarAnswer(result) {
  if (result.type !== "success") throw new Error(JSON.stringify(result.errors));
  const { decision, diagnostics } = result.response;
  if (diagnostics.errors.length > 0) throw new Error(JSON.stringify(diagnostics.errors));
  if (decision === "allow") return "Permit";
  return diagnostics.reason.length === 0 ? "NotApplicable" : "Deny";
}

// ---------------------------------------------------------------------------------------------
// Agreement first
// ---------------------------------------------------------------------------------------------
const cedarSample = requests.slice(0, CEDAR_REQUESTS);
const entities = new Map();
for (const r of cedarSample) if (!entities.has(r.patient)) entities.set(r.patient, cedarEntity(r.patient));
const counts = { Permit: 0, Deny: 0, NotApplicable: 0, Indeterminate: 0 };
for (const r of cedarSample) {
  const ours = decide(r, store.compiledOf(profiles.get(r.patient))).value;
  const viaStore = store.decide(r, profiles.get(r.patient)).value;
  if (viaStore !== ours) throw new Error(`Store disagrees on ${JSON.stringify(r)}: ${viaStore} vs ${ours}`);
  if (population.decide(r).value !== ours) throw new Error("The consent store disagrees with decide");
  const theirs = cedarAnswer(cedar.statefulIsAuthorized(cedarCall(r, entities.get(r.patient))));
  if (ours !== theirs) {
    throw new Error(`Disagreement on ${JSON.stringify(r)}: zorgkit ${ours}, Cedar ${theirs}`);
  }
  counts[ours]++;
}
process.stdout.write(
  `agreement: zorgkit and Cedar give identical answers on all ${cedarSample.length.toLocaleString("en")} requests ${JSON.stringify(counts)}\n`,
);

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * zorgkit timing, four ways over the same requests:
 * - "decide": `decide(request, compiled)` with the request's CompiledProfile already in hand
 *   (resolved before the timed loop into an array in request order — the profiles stay scattered
 *   over the 1 000 000 in memory);
 * - "store": `store.decide(request, handle)` with the handle in hand (the same compiled data,
 *   addressed without the intermediate object);
 * - "lookup + store": the handle is looked up by BSN in a Map of 1 000 000 entries first;
 * - "lookup only": the Map look-up alone, to show what that storage costs.
 */
function timeOurs(mode) {
  const handles = requests.map((r) => profiles.get(r.patient));
  const compiled = mode === "decide" ? handles.map((h) => store.compiledOf(h)) : undefined;
  const one =
    mode === "decide"
      ? (i) => decide(requests[i], compiled[i]).value === "Permit"
      : mode === "store"
        ? (i) => store.decide(requests[i], handles[i]).value === "Permit"
        : mode === "lookup + store"
          ? (i) => store.decide(requests[i], profiles.get(requests[i].patient)).value === "Permit"
          : mode === "consent store"
            ? (i) => population.decide(requests[i]).value === "Permit"
            : (i) => profiles.get(requests[i].patient) === undefined;
  let sink = 0;
  for (let i = 0; i < 200_000; i++) if (one(i % requests.length)) sink++;
  const rounds = [];
  const cpuRounds = [];
  for (let round = 0; round < 3; round++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < requests.length; i++) if (one(i)) sink++;
    rounds.push((requests.length / (performance.now() - t0)) * 1000);
    const c = process.cpuUsage(c0);
    cpuRounds.push(requests.length / ((c.user + c.system) / 1e6));
  }
  rounds.sort((a, b) => a - b);
  cpuRounds.sort((a, b) => a - b);
  // latency of single calls (includes the timer's own ≈ 0.05–0.1 µs)
  const lat = new Float64Array(200_000);
  for (let i = 0; i < lat.length; i++) {
    const j = (i * 7919) % requests.length;
    const a = process.hrtime.bigint();
    if (one(j)) sink++;
    lat[i] = Number(process.hrtime.bigint() - a);
  }
  lat.sort();
  return {
    opsPerSec: rounds[1],
    perCpuSecond: cpuRounds[1],
    p50: percentile(lat, 0.5),
    p99: percentile(lat, 0.99),
    sink,
  };
}

function timeCedar() {
  let sink = 0;
  for (let i = 0; i < Math.min(2000, cedarSample.length); i++) {
    const r = cedarSample[i];
    if (cedarAnswer(cedar.statefulIsAuthorized(cedarCall(r, entities.get(r.patient)))) === "Permit") sink++;
  }
  const lat = new Float64Array(cedarSample.length);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < cedarSample.length; i++) {
    const r = cedarSample[i];
    const a = process.hrtime.bigint();
    if (cedarAnswer(cedar.statefulIsAuthorized(cedarCall(r, entities.get(r.patient)))) === "Permit") sink++;
    lat[i] = Number(process.hrtime.bigint() - a);
  }
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  lat.sort();
  return {
    opsPerSec: (cedarSample.length / ms) * 1000,
    perCpuSecond: cedarSample.length / ((c.user + c.system) / 1e6),
    p50: percentile(lat, 0.5),
    p99: percentile(lat, 0.99),
    sink,
  };
}

/** What the latency loop measures for a call that does nothing: the timer's own cost. */
function timerOverhead() {
  const lat = new Float64Array(200_000);
  let sink = 0;
  const nothing = (i) => i < 0;
  for (let i = 0; i < lat.length; i++) {
    const a = process.hrtime.bigint();
    if (nothing(i)) sink++;
    lat[i] = Number(process.hrtime.bigint() - a);
  }
  lat.sort();
  return { p50: percentile(lat, 0.5), p99: percentile(lat, 0.99), sink };
}

const timer = timerOverhead();
const ours = timeOurs("decide");
const oursStore = timeOurs("store");
const oursWithLookup = timeOurs("lookup + store");
const lookupOnly = timeOurs("lookup only");
const oursPopulation = timeOurs("consent store");
const theirs = timeCedar();
const fmt = (n) => Math.round(n).toLocaleString("en");
const us = (ns) => `${(ns / 1000).toFixed(2)} µs`;
const perProfile = (after.total - before.total) / PATIENTS;
const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const lines = [
  `machine: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} logical cores), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
  `profiles: ${PATIENTS.toLocaleString("en")} compiled in memory twice (profile store + Map from BSN, and the consent store); memory after gc: heap ${mib(before.heap)} → ${mib(after.heap)}, arrayBuffers ${mib(before.arrayBuffers)} → ${mib(after.arrayBuffers)}; heap + arrayBuffers ${fmt(perProfile)} bytes per patient for both, of which the consent store's typed arrays ${fmt(population.stats().bytes / PATIENTS)}`,
  `zorgkit decide (compiled profile in hand): ${fmt(ours.opsPerSec)} decisions/s wall-clock, ${fmt(ours.perCpuSecond)} per CPU-second, over ${REQUESTS.toLocaleString("en")} requests (median of 3 rounds); p50 ${us(ours.p50)}, p99 ${us(ours.p99)}`,
  `zorgkit store.decide (handle in hand): ${fmt(oursStore.opsPerSec)} decisions/s wall-clock, ${fmt(oursStore.perCpuSecond)} per CPU-second; p50 ${us(oursStore.p50)}, p99 ${us(oursStore.p99)}`,
  `zorgkit BSN look-up + store.decide: ${fmt(oursWithLookup.opsPerSec)} decisions/s wall-clock, ${fmt(oursWithLookup.perCpuSecond)} per CPU-second; p50 ${us(oursWithLookup.p50)}, p99 ${us(oursWithLookup.p99)}`,
  `ConsentStore.decide (BSN look-up in its typed-array hash included): ${fmt(oursPopulation.opsPerSec)} decisions/s wall-clock, ${fmt(oursPopulation.perCpuSecond)} per CPU-second; p50 ${us(oursPopulation.p50)}, p99 ${us(oursPopulation.p99)}`,
  `BSN look-up alone (Map of ${PATIENTS.toLocaleString("en")}): ${fmt(lookupOnly.opsPerSec)} look-ups/s; p50 ${us(lookupOnly.p50)}, p99 ${us(lookupOnly.p99)}`,
  `Cedar ${cedar.getCedarVersion()} (wasm, preparsed, 1 entity per call): ${fmt(theirs.opsPerSec)} decisions/s wall-clock, ${fmt(theirs.perCpuSecond)} per CPU-second, over ${cedarSample.length.toLocaleString("en")} requests; p50 ${us(theirs.p50)}, p99 ${us(theirs.p99)}`,
  `latency figures include the timer's own cost: an empty call measures p50 ${us(timer.p50)}, p99 ${us(timer.p99)}`,
  `ratio per CPU-second: ConsentStore.decide (with the look-up) ${(oursPopulation.perCpuSecond / theirs.perCpuSecond).toFixed(0)} × Cedar`,
  `ratio (wall-clock): decide ${(ours.opsPerSec / theirs.opsPerSec).toFixed(0)} × Cedar, store.decide ${(oursStore.opsPerSec / theirs.opsPerSec).toFixed(0)} ×, look-up + store.decide ${(oursWithLookup.opsPerSec / theirs.opsPerSec).toFixed(0)} ×; per CPU-second decide ${(ours.perCpuSecond / theirs.perCpuSecond).toFixed(0)} ×`,
];
process.stdout.write(`${lines.join("\n")}\n`);
if (
  oursPopulation.sink + ours.sink + oursStore.sink + oursWithLookup.sink + lookupOnly.sink + theirs.sink <
  0
)
  process.stdout.write("");
