// Tests that kill surviving mutants of src/internal/layout.ts and the fast paths of src/compile.ts
// (issue #17, docs/quality.md): every compiled layout (`auto`, `scan`, `index`), the profile store
// and the consent store (its packed records) answer like the literal reference `decide` (test/reference/decide.ts: the precedence rules
// of spec §3 / issue #10 decisions 2–3 read literally; MITZ §2c, §2d) — value, reason, deciding
// and conflicting choice — on EVERY pair of choices from a small universe of scopes, each choice
// beside an emergency consent (unconfirmed, confirmed, of unestablished validity), on seeded
// triples, and at the instants where a choice starts and ends. Exhaustive, not sampled, so the
// outcome does not depend on FC_NUM_RUNS. Every result is computed inside its `it` (perTest).
import { type Instant, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  type ConsentStore,
  type Custodian,
  compileProfile,
  createConsentStore,
  createProfileStore,
  decide,
  foldProfile,
  MEDICATION,
  mitzRules,
  type Requesters,
  TREATMENT_DATA,
} from "../src/index.js";
import {
  allRequesters,
  categories,
  created,
  emergency,
  emergencyConfirmed,
  GPS,
  gpPractice,
  HOSPITALS,
  hospitalX,
  org,
  PHARMACIES,
  recorded,
  request,
  type,
  withdrawn,
} from "./fixtures.js";
import { referenceDecide } from "./reference/decide.js";

const CUSTODIANS: ReadonlyArray<Custodian> = [org(hospitalX), type(HOSPITALS), { _tag: "AllCustodians" }];
const CATEGORIES = [ALL_DATA, TREATMENT_DATA, MEDICATION];
const REQUESTERS: ReadonlyArray<Requesters> = [
  allRequesters,
  categories(GPS),
  categories(GPS, PHARMACIES),
  { _tag: "Organisation", ura: gpPractice },
];
interface Scope {
  readonly custodian: Custodian;
  readonly dataCategory: string;
  readonly requesters: Requesters;
  readonly decision: "permit" | "deny";
}
const SCOPES: ReadonlyArray<Scope> = CUSTODIANS.flatMap((custodian) =>
  CATEGORIES.flatMap((dataCategory) =>
    REQUESTERS.flatMap((requesters) =>
      (["permit", "deny"] as const).map((decision) => ({ custodian, dataCategory, requesters, decision })),
    ),
  ),
);

const ask = (at: string | Instant, dataCategory: string): ConsentRequest =>
  request(at, { dataCategory, requester: { ura: gpPractice, category: GPS } });
const LAYOUTS = ["auto", "scan", "index"] as const;

/** Every layout and the store against the reference: the first disagreement found is pushed to `found`. */
function disagreements(
  p: ConsentProfile,
  requests: ReadonlyArray<ConsentRequest>,
  found: Array<string>,
  records: ConsentStore,
): void {
  const compiled = LAYOUTS.map((layout) => compileProfile(p, mitzRules, { layout }));
  const store = createProfileStore(mitzRules);
  const handle = store.add(p);
  expect(records.put(p)).toBe(true); // replaces the patient's previous profile
  for (const r of requests) {
    if (found.length > 0) return; // the first disagreement is enough (and keeps a failing run short)
    const ref = referenceDecide(p, r);
    const want = [ref.value, ref.reason, ref.choice?.id, ref.conflict?.id];
    const got = [...compiled.map((c) => decide(r, c)), store.decide(r, handle), records.decide(r)].map(
      (d) => [d.value, d.reason, d.choice?.id, d.conflict?.id],
    );
    got.forEach((g, i) => {
      if (found.length < 5 && JSON.stringify(g) !== JSON.stringify(want))
        found.push(
          `${["auto", "scan", "index", "profile store", "consent store"][i]} ${JSON.stringify(p.choices.map((c) => [c.id, c.custodian, c.dataCategory, c.requesters, c.decision]))} at ${r.at} ${r.dataCategory}: got ${JSON.stringify(g)}, reference ${JSON.stringify(want)}`,
        );
    });
  }
}

const T1 = "2026-01-06T10:00:00+01:00";
const T2 = "2026-01-06T10:01:00+01:00";
const LATER = "2026-02-01T10:00:00+01:00";
const profileOf = (...events: Array<ConsentEvent>) =>
  foldProfile([created("2026-01-05T09:00:00+01:00"), ...events], mitzRules);

describe("every layout and the store equal the literal precedence rules (spec §3, issue #10 decision 3)", () => {
  it("on every ordered pair of choices from 72 scopes (custodian × category × requesters × decision), asked for all data, treatment data and medication", () => {
    const found: Array<string> = [];
    const records = createConsentStore(mitzRules);
    for (const a of SCOPES)
      for (const b of SCOPES) {
        if (found.length > 0) break;
        const p = profileOf(recorded(T1, "a", a), recorded(T2, "b", b));
        disagreements(
          p,
          [ask(LATER, ALL_DATA), ask(LATER, TREATMENT_DATA), ask(LATER, MEDICATION), ask(T2, MEDICATION)],
          found,
          records,
        );
      }
    expect(found).toEqual([]);
  });

  it("on 1500 seeded triples of choices, asked for all data, treatment data and medication", () => {
    let seed = 0x9e3779b9;
    const next = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let z = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      z = (z + Math.imul(z ^ (z >>> 7), 61 | z)) ^ z;
      return ((z ^ (z >>> 14)) >>> 0) % SCOPES.length;
    };
    const found: Array<string> = [];
    const records = createConsentStore(mitzRules);
    for (let i = 0; i < 1500 && found.length === 0; i++) {
      const [a, b, c] = [next(), next(), next()].map((k) => SCOPES[k] as Scope) as [Scope, Scope, Scope];
      const p = profileOf(
        recorded(T1, "a", a),
        recorded(T2, "b", b),
        recorded("2026-01-06T10:02:00+01:00", "c", c),
      );
      disagreements(
        p,
        [ask(LATER, ALL_DATA), ask(LATER, TREATMENT_DATA), ask(LATER, MEDICATION)],
        found,
        records,
      );
    }
    expect(found).toEqual([]);
  });
});

describe("emergency consent beside every choice (MITZ §2d; issue #10 decision 2)", () => {
  const EM = "2026-03-28T10:00:00+01:00";
  const during = "2026-03-28T11:00:00+01:00";
  it("an unconfirmed emergency consent beside each of the 72 choices, asked during its 72 hours and after them", () => {
    const found: Array<string> = [];
    const records = createConsentStore(mitzRules);
    for (const a of SCOPES) {
      if (found.length > 0) break;
      const p = profileOf(recorded(T1, "a", a), emergency(EM, "em"));
      disagreements(
        p,
        [
          ask(during, MEDICATION),
          ask(during, ALL_DATA),
          ask(EM, TREATMENT_DATA),
          ask("2026-04-01T10:00:00+02:00", MEDICATION),
        ],
        found,
        records,
      );
    }
    expect(found).toEqual([]);
  });
  it("a confirmed emergency consent beside each of the 72 choices", () => {
    const found: Array<string> = [];
    const records = createConsentStore(mitzRules);
    for (const a of SCOPES) {
      if (found.length > 0) break;
      const p = profileOf(
        recorded(T1, "a", a),
        emergency(EM, "em"),
        emergencyConfirmed("2026-03-28T20:00:00+01:00", "em"),
      );
      disagreements(p, [ask(during, MEDICATION), ask("2026-05-01T10:00:00+02:00", ALL_DATA)], found, records);
    }
    expect(found).toEqual([]);
  });
  it("an emergency consent confirmed and withdrawn at the same instant (validity not established) beside each of the 72 choices", () => {
    const found: Array<string> = [];
    const records = createConsentStore(mitzRules);
    for (const a of SCOPES) {
      if (found.length > 0) break;
      const p = profileOf(
        recorded(T1, "a", a),
        emergency(EM, "em"),
        emergencyConfirmed("2026-03-28T20:00:00+01:00", "em"),
        withdrawn("2026-03-28T20:00:00+01:00", "em"),
      );
      disagreements(
        p,
        [
          ask(during, MEDICATION),
          ask("2026-03-28T20:00:00+01:00", MEDICATION),
          ask("2026-03-29T10:00:00+02:00", ALL_DATA),
          ask("2026-03-29T10:00:00+02:00", TREATMENT_DATA),
        ],
        found,
        records,
      );
    }
    expect(found).toEqual([]);
  });
});

describe("a choice counts from the instant it is recorded until the instant it is withdrawn (spec §3: choice valid at `at`)", () => {
  it("each of the 72 choices, beside a broader permit, asked 1 ms before, at, and after its recording and withdrawal", () => {
    const found: Array<string> = [];
    const records = createConsentStore(mitzRules);
    const t1 = instant(T1);
    const t3 = instant("2026-01-20T10:00:00+01:00");
    for (const a of SCOPES) {
      if (found.length > 0) break;
      const p = profileOf(
        recorded("2026-01-05T10:00:00+01:00", "base", {
          custodian: { _tag: "AllCustodians" },
          dataCategory: ALL_DATA,
          requesters: allRequesters,
          decision: a.decision === "permit" ? "deny" : "permit",
        }),
        recorded(T1, "a", a),
        withdrawn("2026-01-20T10:00:00+01:00", "a"),
      );
      const times = [t1 - 1, t1, t1 + 1, t3 - 1, t3, t3 + 1] as Array<Instant>;
      disagreements(
        p,
        times.map((t) => ask(t, MEDICATION)),
        found,
        records,
      );
    }
    expect(found).toEqual([]);
  });
});
