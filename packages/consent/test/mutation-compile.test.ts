// Tests that kill surviving mutants of src/compile.ts (issue #17, docs/quality.md): the compiled
// layouts (`scan`, `index`, `auto`, an arena) must answer as the precedence rules say (spec §3,
// issue #10 decision 3) also where the compiler packs things: requester codes outside the code
// lists (ids after the known ones, bit masks of 31 bits), codes repeated, unknown provider types,
// several choices for one custodian or one cell, profiles spread over arena blocks. Every result
// is computed inside its `it` (perTest coverage).
import { uraNumber } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  compileProfile,
  createArena,
  decide,
  foldProfile,
  MEDICATION,
  mitzRules,
  RESULTS,
  type Requesters,
  TREATMENT_DATA,
} from "../src/index.js";
import {
  allRequesters,
  categories,
  created,
  emergency,
  GPS,
  gpPractice,
  HOSPITALS,
  hospitalX,
  org,
  recorded,
  request,
  type,
} from "./fixtures.js";
import { referenceDecide } from "./reference/decide.js";

const at = "2026-02-01T10:00:00+01:00";
let t = 0;
/** A choice recorded one minute after the previous one (profile order = recording order). */
const choice = (
  id: string,
  c: {
    custodian: Parameters<typeof recorded>[2]["custodian"];
    dataCategory: string;
    requesters?: Requesters;
    decision: "permit" | "deny";
  },
): ConsentEvent => {
  t++;
  return recorded(`2026-01-06T10:${String(t % 60).padStart(2, "0")}:00+01:00`, id, c);
};
const fold = (...events: Array<ConsentEvent>): ConsentProfile =>
  foldProfile([created("2026-01-05T09:00:00+01:00"), ...events], mitzRules);

const LAYOUTS = ["auto", "scan", "index"] as const;
/** [value, deciding choice] under every layout; they must all be `expected`. */
function expectEveryLayout(
  r: ConsentRequest,
  p: ConsentProfile,
  expected: [string, string | undefined],
): void {
  for (const layout of LAYOUTS) {
    const d = decide(r, compileProfile(p, mitzRules, { layout }));
    expect([d.value, d.choice?.id], layout).toEqual(expected);
  }
}
const unknown = (n: number): Array<string> =>
  Array.from({ length: n }, (_, i) => `XZ${String(i).padStart(3, "0")}`);
const fromGp = (dataCategory = MEDICATION) =>
  request(at, { dataCategory, requester: { ura: gpPractice, category: GPS } });

describe("requester codes outside the code lists match no request (spec §3: requester category included)", () => {
  it.each([
    ["26 unknown codes after it (ids past the 31-bit mask)", ["RPZAC104", ...unknown(26)]],
    ["26 unknown codes before it (the known code listed last)", [...unknown(26), "RPZAC104"]],
    ["25 unknown codes before it", [...unknown(25), "RPZAC104"]],
  ])("a permit towards hospitals' requesters with %s does not permit a GP", (_, codes) => {
    const p = fold(
      choice("c", {
        custodian: type(HOSPITALS),
        dataCategory: ALL_DATA,
        requesters: categories(...(codes as [string, ...Array<string>])),
        decision: "permit",
      }),
    );
    expectEveryLayout(fromGp(), p, ["NotApplicable", undefined]);
  });
  it("a permit towards RPZAC003 and two unknown codes does not permit RPZAC200 (the last known code)", () => {
    const p = fold(
      choice("c", {
        custodian: type(HOSPITALS),
        dataCategory: ALL_DATA,
        requesters: categories("RPZAC003", "XZ001", "XZ002"),
        decision: "permit",
      }),
    );
    const r = request(at, { dataCategory: MEDICATION, requester: { ura: gpPractice, category: "RPZAC200" } });
    expectEveryLayout(r, p, ["NotApplicable", undefined]);
    expectEveryLayout(
      request(at, { dataCategory: MEDICATION, requester: { ura: gpPractice, category: "RPZAC003" } }),
      p,
      ["Permit", "c"],
    );
  });
  it("two choices naming the same set with the same unknown code: hospital X's permit supersedes the hospitals' deny", () => {
    const set = categories(GPS, "XZ001");
    const p = fold(
      choice("x", { custodian: org(hospitalX), dataCategory: ALL_DATA, requesters: set, decision: "permit" }),
      choice("h", { custodian: type(HOSPITALS), dataCategory: ALL_DATA, requesters: set, decision: "deny" }),
    );
    expectEveryLayout(fromGp(), p, ["Permit", "x"]);
  });
  it("a code repeated in a set does not make it larger: hospital X's {GPs, GPs} permit supersedes the hospitals' {GPs} deny", () => {
    const p = fold(
      choice("x", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        requesters: categories(GPS, GPS),
        decision: "permit",
      }),
      choice("h", {
        custodian: type(HOSPITALS),
        dataCategory: ALL_DATA,
        requesters: categories(GPS),
        decision: "deny",
      }),
    );
    expectEveryLayout(fromGp(), p, ["Permit", "x"]);
  });
  it("an objection towards unknown requester codes only cannot be read: Indeterminate, never Permit", () => {
    const p = fold(
      choice("yes", { custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "permit" }),
      choice("no", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        requesters: categories("XZ001"),
        decision: "deny",
      }),
    );
    for (const layout of LAYOUTS) {
      const d = decide(fromGp(), compileProfile(p, mitzRules, { layout }));
      expect([d.value, d.reason], layout).toEqual(["Indeterminate", "unreadable-objection"]);
    }
  });
  it("an objection for an unknown provider type cannot be read: Indeterminate, never Permit", () => {
    const p = fold(
      choice("yes", { custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "permit" }),
      choice("no", { custodian: type("RPZAC999"), dataCategory: ALL_DATA, decision: "deny" }),
    );
    for (const layout of LAYOUTS) {
      const d = decide(fromGp(), compileProfile(p, mitzRules, { layout }));
      expect([d.value, d.reason], layout).toEqual(["Indeterminate", "unreadable-objection"]);
    }
  });
});

describe("a profile of more choices than the scan holds (31) answers by the precedence rules in every layout (spec §3)", () => {
  it("40 choices (hospital X per category and requester set, then broader objections): each layout equals the literal reference", () => {
    const scopes: Array<ConsentEvent> = [];
    const sets: Array<Requesters> = [
      allRequesters,
      categories(GPS),
      categories(GPS, "RPZAC005"),
      { _tag: "Organisation", ura: gpPractice },
    ];
    let k = 0;
    for (const custodian of [org(hospitalX), type(HOSPITALS), { _tag: "AllCustodians" } as const])
      for (const dataCategory of [ALL_DATA, TREATMENT_DATA, MEDICATION, RESULTS])
        for (const requesters of sets)
          if (k++ < 40)
            scopes.push(
              choice(`c${k}`, {
                custodian,
                dataCategory,
                requesters,
                decision: k % 3 === 0 ? "deny" : "permit",
              }),
            );
    const p = fold(...scopes);
    expect(p.choices.length).toBe(40);
    for (const cat of [ALL_DATA, TREATMENT_DATA, MEDICATION, RESULTS]) {
      const r = fromGp(cat);
      const ref = referenceDecide(p, r);
      expectEveryLayout(r, p, [ref.value, ref.choice?.id]);
    }
  });
});

describe("requests the code lists do not know, and edge URAs (spec §3: matching choices)", () => {
  it("a custodian of a provider type outside the code lists matches no provider-type choice (not RPZAC004's)", () => {
    const p = fold(choice("t", { custodian: type("RPZAC004"), dataCategory: ALL_DATA, decision: "permit" }));
    const r = request(at, { dataCategory: MEDICATION, custodian: { ura: hospitalX, type: "RPZAC999" } });
    expectEveryLayout(r, p, ["NotApplicable", undefined]);
  });
  it("a requester category outside the code lists matches no set, also not one whose 25th unknown code has id 31", () => {
    const codes = ["RPZAC104", ...unknown(25)] as unknown as [string, ...Array<string>];
    const p = fold(
      choice("c", {
        custodian: type(HOSPITALS),
        dataCategory: ALL_DATA,
        requesters: categories(...codes),
        decision: "permit",
      }),
    );
    const r = request(at, { dataCategory: MEDICATION, requester: { ura: gpPractice, category: "RPZAC999" } });
    expectEveryLayout(r, p, ["NotApplicable", undefined]);
  });
  it("custodian URA 00000000 is a URA like any other: its own choice applies", () => {
    const zero = uraNumber("00000000");
    const p = fold(choice("z", { custodian: org(zero), dataCategory: ALL_DATA, decision: "permit" }));
    expectEveryLayout(
      request(at, { dataCategory: MEDICATION, custodian: { ura: zero, type: HOSPITALS } }),
      p,
      ["Permit", "z"],
    );
  });
  it("a permit whose codes are not in the code lists refuses nothing: beside a readable permit the answer is Permit, beside an unreadable deny Indeterminate", () => {
    const unknownPermit = choice("u", {
      custodian: org(hospitalX),
      dataCategory: "mitz:GGC999",
      decision: "permit",
    });
    const readable = choice("h", { custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "permit" });
    expectEveryLayout(fromGp(), fold(unknownPermit, readable), ["Permit", "h"]);
    const unknownDeny = choice("ud", {
      custodian: org(hospitalX),
      dataCategory: "mitz:GGC998",
      decision: "deny",
    });
    for (const layout of LAYOUTS) {
      const d = decide(
        fromGp(),
        compileProfile(fold(unknownPermit, unknownDeny, readable), mitzRules, { layout }),
      );
      expect([d.value, d.reason], layout).toEqual(["Indeterminate", "unreadable-objection"]);
    }
  });
});

describe("several choices in one place of the index (spec §3)", () => {
  it("only choices for every custodian: the permit applies", () => {
    const p = fold(
      choice("all", { custodian: { _tag: "AllCustodians" }, dataCategory: ALL_DATA, decision: "permit" }),
    );
    expectEveryLayout(fromGp(), p, ["Permit", "all"]);
  });
  it("only choices for a provider type: the permit applies", () => {
    const p = fold(choice("h", { custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "permit" }));
    expectEveryLayout(fromGp(), p, ["Permit", "h"]);
  });
  it("two choices for hospital X: its all-data permit still applies to results after a medication deny was recorded", () => {
    const p = fold(
      choice("x-all", { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" }),
      choice("x-med", { custodian: org(hospitalX), dataCategory: MEDICATION, decision: "deny" }),
    );
    expectEveryLayout(fromGp(RESULTS), p, ["Permit", "x-all"]);
    expectEveryLayout(fromGp(MEDICATION), p, ["Deny", "x-med"]);
  });
  it("a deny towards the GP practice for every custodian and all data, then an emergency consent by that practice: Deny, objection-on-record (MITZ §2d; issue #10 decision 2)", () => {
    const gp: Requesters = { _tag: "Organisation", ura: gpPractice };
    const p = fold(
      choice("no", {
        custodian: { _tag: "AllCustodians" },
        dataCategory: ALL_DATA,
        requesters: gp,
        decision: "deny",
      }),
      emergency("2026-03-28T10:00:00+01:00", "em"),
    );
    const r = request("2026-03-28T11:00:00+01:00", {
      dataCategory: RESULTS,
      requester: { ura: gpPractice, category: GPS },
    });
    for (const layout of LAYOUTS) {
      const d = decide(r, compileProfile(p, mitzRules, { layout }));
      expect([d.value, d.reason, d.choice?.id, d.conflict?.id], layout).toEqual([
        "Deny",
        "objection-on-record",
        "no",
        "em",
      ]);
    }
  });
});

describe("profiles compiled into an arena answer like profiles compiled alone (spec §3)", () => {
  const profiles = (n: number): Array<ConsentProfile> =>
    Array.from({ length: n }, (_, i) =>
      fold(
        choice(`p${i}`, {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: i % 2 === 0 ? "permit" : "deny",
        }),
        ...(i % 3 === 0
          ? [choice(`m${i}`, { custodian: org(hospitalX), dataCategory: MEDICATION, decision: "deny" })]
          : []),
      ),
    );
  const answers = (
    ps: Array<ConsentProfile>,
    compile: (p: ConsentProfile) => ReturnType<typeof compileProfile>,
  ) =>
    ps.map((p) => {
      const c = compile(p);
      return [RESULTS, MEDICATION].map((cat) => {
        const d = decide(fromGp(cat), c);
        return `${d.value}:${d.choice?.id}`;
      });
    });
  it("forty small profiles in an arena of 240 numbers (several blocks) answer like the same profiles without an arena", () => {
    const ps = profiles(40);
    const arena = createArena(240);
    const packed = ps.map((p) => compileProfile(p, mitzRules, { arena, layout: "scan" }));
    expect(answers(ps, (p) => packed[ps.indexOf(p)] as ReturnType<typeof compileProfile>)).toEqual(
      answers(ps, (p) => compileProfile(p, mitzRules)),
    );
    expect(answers(ps, (p) => packed[ps.indexOf(p)] as ReturnType<typeof compileProfile>)[0]).toEqual([
      "Permit:p0",
      "Deny:m0",
    ]);
  });
  it("a profile larger than the arena's block answers like one compiled alone", () => {
    const p = fold(
      choice("a", { custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "permit" }),
      choice("b", { custodian: org(hospitalX), dataCategory: MEDICATION, decision: "deny" }),
      choice("c", {
        custodian: org(hospitalX),
        dataCategory: RESULTS,
        requesters: categories(GPS),
        decision: "permit",
      }),
    );
    for (const blockSize of [24, 40, 100]) {
      const arena = createArena(blockSize);
      compileProfile(
        fold(choice("z", { custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "deny" })),
        mitzRules,
        {
          arena,
          layout: "scan",
        },
      );
      const c = compileProfile(p, mitzRules, { arena, layout: "scan" });
      expect(
        [ALL_DATA, RESULTS, MEDICATION].map((cat) => {
          const d = decide(fromGp(cat), c);
          return `${d.value}:${d.choice?.id}`;
        }),
        `block ${blockSize}`,
      ).toEqual(["Deny:b", "Permit:c", "Deny:b"]);
    }
  });
});
