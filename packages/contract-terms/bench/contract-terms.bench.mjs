// Benchmarks of @zorgkit/contract-terms (CONVENTIONS "Benchmarks", issue #18; not part of `pnpm test`):
// the questions a portal or a billing run asks of every contract — `noticeDeadline`,
// `terminationDate`, `termAt` (and `findTerm`, its fast path without explanation) and
// `mayTerminate` — over MDO contracts (`mdoContract`, `switchToPaid`), on two inputs:
// - realistic: 10 000 MDO contracts (signed 2025–2026; 65 % switched to paid on one of the two
//   tariff dates, 5 % on another day of 2027), a nightly run asking every contract on that night's
//   date (the customer's deadline mostly), notices received in the month before;
// - stress: 40 000 contracts signed on any day of 2020–2026, 80 % switched on any day of
//   2027–2035 (month ends included: 18-month terms from the 29th–31st), every query on its own
//   date in 2020–2060 (many renewals to step over), both parties.
// Three sides per question, timed in the same rounds, their order rotated: zorgkit, the plain-JS
// version of the same rule (bench/plain.mjs; no library answers notice deadlines) and the floor
// (a loop that only reads what the computation must read — the contract's start and switch
// dates, the query's date and party — and writes one figure per query). Agreement first: zorgkit
// and plain JS give the same answer on every query of every round before anything is timed.
// Every round has its own queries (distinct queries, no replayed working set). Time is CPU time
// (`process.cpuUsage`); memory `process.memoryUsage()` heapUsed + arrayBuffers after `gc()`.
// Run: `pnpm --filter @zorgkit/contract-terms bench` (builds first; `-- --quick` for a short run).
import { mulberry32 } from "../../core/bench/helpers.mjs";
import { cpuMs, heapAndBuffers, load, median } from "../../retention-policy/bench/measure.mjs";
import {
  findTerm,
  mayTerminate,
  mdo2025,
  mdoContract,
  noticeDeadline,
  switchToPaid,
  termAt,
  terminationDate,
} from "../dist/index.js";
import {
  format,
  parse,
  plainMayTerminate,
  plainNoticeDeadline,
  plainTermAt,
  plainTerminationDate,
} from "./plain.mjs";

const gc = globalThis.gc; // measure.mjs refuses to run without --expose-gc
const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 2 : 3; // timed rounds, after one warm-up round
const N_REAL = Number(process.env.REALISTIC ?? (quick ? 4000 : 10_000));
const N_STRESS = Number(process.env.STRESS ?? (quick ? 10_000 : 40_000));

const rnd = mulberry32(Number(process.env.SEED ?? 20261201));
const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));
const day = (s) => parse(s);

// --- inputs -------------------------------------------------------------------------------------
function realisticContract() {
  // signed in 2025–2026, more of them early (the service's roll-out)
  const c = mdoContract({ signedOn: format(day("2025-01-01") + Math.floor(729 * rnd() ** 1.5)) });
  const r = rnd();
  if (r < 0.5) return switchToPaid(c, "2027-01-01");
  if (r < 0.65) return switchToPaid(c, "2027-07-01");
  if (r < 0.7) return switchToPaid(c, format(day("2027-01-02") + int(0, 363)));
  return c;
}
function stressContract() {
  const c = mdoContract({
    signedOn: format(day("2020-01-01") + int(0, day("2026-12-31") - day("2020-01-01"))),
  });
  if (rnd() < 0.2) return c;
  // any day of 2027–2035, a month's 28th–31st in a third
  const t = day("2027-01-01") + int(0, 9 * 365 + 1);
  if (rnd() < 0.33) {
    const s = format(t);
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(5, 7));
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return switchToPaid(c, `${s.slice(0, 8)}${String(Math.min(last, int(28, 31))).padStart(2, "0")}`);
  }
  return switchToPaid(c, format(t));
}

/** A claim on one of the four grounds (regular notice 55 %, force majeure 20 %, business transfer 15 %, mutual consent 10 %). */
function claimOf(contract, party, receivedOn) {
  const r = rnd();
  if (r < 0.55) return { ground: "regular-notice", contract, party, receivedOn };
  if (r < 0.75) {
    const since = format(day(receivedOn) - int(0, 60));
    const ended = rnd() < 0.2 ? { endedOn: format(day(since) + int(0, 60)) } : {};
    return {
      ground: "force-majeure",
      contract,
      party,
      receivedOn,
      forceMajeureOf: rnd() < 0.8 ? "supplier" : "customer",
      since,
      agreedSolution: rnd() < 0.1,
      ...ended,
    };
  }
  if (r < 0.9)
    return {
      ground: "business-transfer",
      contract,
      party,
      receivedOn,
      transferredOutsideGroup: rnd() < 0.8,
      goalsChangedSoContinuationCannotBeRequired: rnd() < 0.7,
    };
  return { ground: "mutual-consent", contract, party, receivedOn, bothPartiesAgree: rnd() < 0.9 };
}

/**
 * One round's queries over the contracts: for each contract a date and a party for
 * `noticeDeadline`/`termAt`, a day of receipt for `terminationDate`, and a termination claim.
 */
function realisticRound(contracts, night) {
  const on = format(night);
  return contracts.map((contract) => {
    const party = rnd() < 0.85 ? "customer" : "supplier";
    const receivedOn = format(night - int(0, 30));
    return { contract, party, on, receivedOn, claim: claimOf(contract, party, receivedOn) };
  });
}
const STRESS_FROM = day("2020-01-01");
const STRESS_DAYS = day("2060-12-31") - STRESS_FROM;
function stressRound(contracts) {
  return contracts.map((contract) => {
    const party = rnd() < 0.5 ? "customer" : "supplier";
    const on = format(STRESS_FROM + int(0, STRESS_DAYS));
    const receivedOn = format(STRESS_FROM + int(0, STRESS_DAYS));
    return { contract, party, on, receivedOn, claim: claimOf(contract, party, receivedOn) };
  });
}

// --- the questions: zorgkit, plain JS, floor ----------------------------------------------------
const sameTerm = (z, p) =>
  z === undefined
    ? p === undefined
    : p !== undefined && z.index === p.index && z.start === p.start && z.end === p.end && z.kind === p.kind;
const questions = [
  {
    name: "noticeDeadline",
    date: "on", // the query's date the floor reads
    zorgkit: (q) => noticeDeadline(q, q.on),
    plain: (q) => plainNoticeDeadline(q.contract, q.party, q.on),
    same: (z, p) => z.value !== undefined && z.value.deadline === p.deadline && z.value.endDate === p.endDate,
    score: (r) => (r.value ?? r).deadline.length,
  },
  {
    name: "terminationDate",
    date: "receivedOn", // the query's date the floor reads
    zorgkit: (q) => terminationDate(q),
    plain: (q) => plainTerminationDate(q.contract, q.party, q.receivedOn),
    same: (z, p) => z.value?.endDate === p,
    score: (r) => (r === undefined ? 0 : typeof r === "string" ? r.length : (r.value?.endDate.length ?? 0)),
  },
  {
    name: "termAt",
    date: "on", // the query's date the floor reads
    zorgkit: (q) => termAt(q.contract, q.on),
    plain: (q) => plainTermAt(q.contract, q.on),
    same: (z, p) => sameTerm(z.value, p),
    score: (r) => (r === undefined ? 0 : "because" in r ? (r.value?.index ?? 0) : r.index),
  },
  {
    name: "findTerm (termAt without explanation)",
    date: "on", // the query's date the floor reads
    zorgkit: (q) => findTerm(q.contract, q.on),
    plain: (q) => plainTermAt(q.contract, q.on),
    same: sameTerm,
    score: (r) => (r === undefined ? 0 : r.index),
  },
  {
    name: "mayTerminate (4 grounds)",
    date: "receivedOn", // the query's date the floor reads
    zorgkit: (q) => mayTerminate(q.claim, mdo2025),
    plain: (q) => plainMayTerminate(q.claim, mdo2025),
    same: (z, p) => z.value === p.value && z.details.lastDay === p.lastDay,
    score: (r) => r.value.length,
  },
];

/** The floor: read the contract's start and switch dates, the query's date and party; write one figure. */
const floorOut = new Int32Array(Math.max(N_STRESS, N_REAL));
function floor(set, key) {
  for (let i = 0; i < set.length; i++) {
    const q = set[i];
    const c = q.contract;
    const sw = c.switches[0];
    floorOut[i] =
      c.start.charCodeAt(9) +
      (sw === undefined ? 0 : sw.on.charCodeAt(9)) +
      q[key].charCodeAt(9) +
      q.party.length;
  }
  return floorOut[set.length - 1];
}

/** Round 0 warms up; rounds 1..R time the three sides on that round's queries, order rotated. */
function compare(question, sets) {
  const key = question.date;
  const sides = [
    (set) => {
      let s = 0;
      for (let i = 0; i < set.length; i++) s += question.score(question.zorgkit(set[i]));
      return s;
    },
    (set) => {
      let s = 0;
      for (let i = 0; i < set.length; i++) s += question.score(question.plain(set[i]));
      return s;
    },
    (set) => floor(set, key),
  ];
  const cpu = sides.map(() => []);
  let sink = 0;
  for (let r = 0; r < sets.length; r++) {
    for (let k = 0; k < sides.length; k++) {
      const s = (k + r) % sides.length;
      gc(); // each side starts on a collected heap (its own garbage is collected on its time)
      const c0 = process.cpuUsage();
      sink += sides[s](sets[r]);
      const ms = cpuMs(process.cpuUsage(c0));
      if (r > 0) cpu[s].push(ms / sets[r].length);
    }
  }
  return { perQuery: cpu.map(median), sink };
}

function agree(question, sets) {
  let n = 0;
  for (const set of sets)
    for (const q of set) {
      const z = question.zorgkit(q);
      const p = question.plain(q);
      if (!question.same(z, p)) {
        const show = question.name.startsWith("mayTerminate")
          ? { value: z.value, lastDay: z.details.lastDay }
          : (z?.value ?? z);
        throw new Error(
          `${question.name}: zorgkit and plain JS differ on ${JSON.stringify({ start: q.contract.start, switch: q.contract.switches[0]?.on, party: q.party, on: q.on, receivedOn: q.receivedOn, ground: q.claim.ground })}: ${JSON.stringify(show)} vs ${JSON.stringify(p)}`,
        );
      }
      n++;
    }
  return n;
}

/** Bytes that the results of `run` over `set` keep alive when a caller holds them. */
function held(set, run) {
  const before = heapAndBuffers();
  const kept = set.map(run);
  const bytes = heapAndBuffers() - before;
  return { bytes: bytes / set.length, n: kept.length };
}

let checksum = 0;
const us = (ms) => `${(ms * 1000).toFixed(2)} µs`;
const perSec = (ms) => Math.round(1000 / ms).toLocaleString("en");
console.log(
  `Node ${process.version}, ${quick ? "quick" : "full"} run, ${ROUNDS} timed rounds (+1 warm-up), each on its own queries; load average ${load()}`,
);

for (const [label, n, makeContract, makeRound] of [
  [
    `realistic: ${N_REAL} MDO contracts, a nightly run on one date per round (2026-06 … 2029-12)`,
    N_REAL,
    realisticContract,
    (cs, r) => realisticRound(cs, day("2026-06-01") + r * 211 + int(0, 200)),
  ],
  [
    `stress: ${N_STRESS} contracts (any signing day 2020–2026, switches on any day 2027–2035), every query on its own date in 2020–2060`,
    N_STRESS,
    stressContract,
    (cs) => stressRound(cs),
  ],
]) {
  const m0 = heapAndBuffers();
  const contracts = Array.from({ length: n }, makeContract);
  const contractBytes = heapAndBuffers() - m0;
  const m1 = heapAndBuffers();
  const sets = Array.from({ length: ROUNDS + 1 }, (_, r) => makeRound(contracts, r));
  const queryBytes = (heapAndBuffers() - m1) / sets.length;
  const switched = contracts.filter((c) => c.switches.length > 0).length;
  console.log(`\n${label}; ${((100 * switched) / n).toFixed(0)} % switched to paid`);
  console.log(
    `  memory (heap + arrayBuffers after gc): the contracts ${(contractBytes / n).toFixed(0)} B each (duration objects shared), one round's queries ${(queryBytes / n).toFixed(0)} B per contract`,
  );
  for (const question of questions) {
    const checked = agree(question, sets);
    const t = compare(question, sets);
    const [z, p, f] = t.perQuery;
    const hz = held(sets[1], question.zorgkit);
    const hp = held(sets[1], question.plain);
    console.log(
      `  ${question.name}: agreement zorgkit = plain JS on ${checked.toLocaleString("en")} queries (all rounds)`,
    );
    console.log(
      `    zorgkit ${us(z)} CPU per query (${perSec(z)} per CPU-second); plain JS ${us(p)} (${perSec(p)}); floor ${us(f)}`,
    );
    console.log(
      `    ratios per CPU-second: zorgkit ÷ plain JS (time) ${(z / p).toFixed(2)} ×; zorgkit ÷ floor ${(z / f).toFixed(0)} ×; plain JS ÷ floor ${(p / f).toFixed(0)} ×`,
    );
    console.log(
      `    results held (heap + arrayBuffers after gc): zorgkit ${hz.bytes.toFixed(0)} B per query${question.name.startsWith("findTerm") ? "" : " (explanation included)"}, plain JS ${hp.bytes.toFixed(0)} B`,
    );
    checksum = (checksum + t.sink) % 1_000_000_007;
  }
}
console.log(`\nload average at the end ${load()} (checksum of the timed answers ${checksum})`);
