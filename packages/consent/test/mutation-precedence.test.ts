// Tests that kill surviving mutants of src/precedence.ts (issue #17, docs/quality.md): the levels
// of the precedence dimensions (spec §3 "Precedence", issue #10 decision 3: a named organisation
// beats a provider type beats every custodian; a named requester organisation beats named
// categories beats every requester) as a decision reports them, and the rank that orders a
// compiled profile's entries. Every result is computed inside its `it` (perTest coverage).
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type Custodian,
  codeIndexOf,
  compareSpecificity,
  custodianLevel,
  decide,
  foldProfile,
  MEDICATION,
  mitzRules,
  type Requesters,
  requesterLevel,
  type Specificity,
  specificityRank,
} from "../src/index.js";
import {
  allRequesters,
  categories,
  compiled,
  created,
  GPS,
  gpPractice,
  hospitalX,
  org,
  recorded,
  request,
  type,
} from "./fixtures.js";

const requesterOrg: Requesters = { _tag: "Organisation", ura: gpPractice };

/** The specificity that `decide` reports for a profile with one permit of the given scope. */
function specificityOfOnly(custodian: Custodian, dataCategory: string, requesters: Requesters) {
  const profile = foldProfile(
    [
      created("2026-01-05T09:00:00+01:00"),
      recorded("2026-01-05T09:10:00+01:00", "c1", {
        custodian,
        dataCategory,
        requesters,
        decision: "permit",
      }),
    ],
    mitzRules,
  );
  const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: MEDICATION }), compiled(profile));
  expect(d.value).toBe("Permit");
  return d.specificity;
}

describe("the specificity levels of a deciding choice (spec §3 precedence, issue #10 decision 3)", () => {
  it("a choice for named hospital X towards every requester has custodian level 2 and requester level 0", () => {
    expect(specificityOfOnly(org(hospitalX), ALL_DATA, allRequesters)).toEqual({
      custodian: 2,
      category: 0,
      requesters: 0,
    });
  });
  it("a choice for the provider type 'hospitals' has custodian level 1", () => {
    expect(specificityOfOnly(type("RPZAC104"), MEDICATION, allRequesters)).toMatchObject({ custodian: 1 });
  });
  it("a choice for every custodian towards named requester categories has custodian level 0 and requester level 1", () => {
    expect(specificityOfOnly({ _tag: "AllCustodians" }, MEDICATION, categories(GPS))).toMatchObject({
      custodian: 0,
      requesters: 1,
    });
  });
  it("a choice towards a named requester organisation has requester level 2", () => {
    expect(specificityOfOnly(org(hospitalX), MEDICATION, requesterOrg)).toMatchObject({
      custodian: 2,
      requesters: 2,
    });
  });
  it("custodianLevel and requesterLevel give 2 › 1 › 0 for organisation › type/categories › everyone", () => {
    expect(
      [org(hospitalX), type("RPZAC104"), { _tag: "AllCustodians" } as Custodian].map(custodianLevel),
    ).toEqual([2, 1, 0]);
    expect([requesterOrg, categories(GPS), allRequesters].map(requesterLevel)).toEqual([2, 1, 0]);
  });
});

describe("the rank orders specificities by custodian, then category depth, then requesters", () => {
  const index = codeIndexOf(mitzRules);
  const all: Array<Specificity> = [];
  for (let custodian = 0; custodian <= 2; custodian++)
    for (let category = 0; category <= index.maxDepth; category++)
      for (let requesters = 0; requesters <= 2; requesters++) all.push({ custodian, category, requesters });

  it("compareSpecificity: a higher custodian level wins over any category or requester level, then the category, then the requesters", () => {
    expect(
      compareSpecificity(
        { custodian: 2, category: 0, requesters: 0 },
        { custodian: 1, category: 2, requesters: 2 },
      ),
    ).toBeGreaterThan(0);
    expect(
      compareSpecificity(
        { custodian: 1, category: 2, requesters: 2 },
        { custodian: 2, category: 0, requesters: 0 },
      ),
    ).toBeLessThan(0);
    expect(
      compareSpecificity(
        { custodian: 1, category: 2, requesters: 0 },
        { custodian: 1, category: 1, requesters: 2 },
      ),
    ).toBeGreaterThan(0);
    expect(
      compareSpecificity(
        { custodian: 1, category: 1, requesters: 2 },
        { custodian: 1, category: 2, requesters: 0 },
      ),
    ).toBeLessThan(0);
    expect(
      compareSpecificity(
        { custodian: 1, category: 1, requesters: 2 },
        { custodian: 1, category: 1, requesters: 1 },
      ),
    ).toBeGreaterThan(0);
    expect(
      compareSpecificity(
        { custodian: 1, category: 1, requesters: 0 },
        { custodian: 1, category: 1, requesters: 1 },
      ),
    ).toBeLessThan(0);
    expect(
      compareSpecificity(
        { custodian: 1, category: 1, requesters: 1 },
        { custodian: 1, category: 1, requesters: 1 },
      ),
    ).toBe(0);
  });
  it("specificityRank is one-to-one and orders every pair of specificities like compareSpecificity (Mitz code index)", () => {
    expect(index.maxDepth).toBeGreaterThanOrEqual(2);
    for (const a of all)
      for (const b of all) {
        const byRank = Math.sign(specificityRank(a, index) - specificityRank(b, index));
        expect(byRank, JSON.stringify([a, b])).toBe(Math.sign(compareSpecificity(a, b)));
      }
  });
});
