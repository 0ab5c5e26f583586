// Tests that kill the surviving mutants of src/tariffs.ts (issue #17, docs/quality.md).
// MDO-BV 6.1 (free while funded), 6.2 (a reasonable tariff once funding ends), 6.3 (cost price
// plus at most 5 %), 6.4 (the key chosen by majority: per connected provider or per unique MDO),
// 6.6 (indexation once per calendar year on DPI section J or inflation), 6.7 (an interim increase,
// not above the tariff needed to cover the necessary costs). Every expected value is worked out
// from those clauses by hand; every result is computed inside its test. The decoders that take a
// rulebook are cached per rulebook object, so the tests that need the filter built under a mutant
// pass a fresh copy (`{ ...mdoBilling }`).
import { cite, date, euros } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import {
  allocateCosts,
  type CostAllocation,
  costPlusTariff,
  decodeAllocationVotes,
  decodeCostAllocation,
  decodeCostPlusInput,
  decodeFunding,
  decodeTariffIndexation,
  indexTariff,
  mdoBilling,
  type TariffEvent,
  type TariffIndexation,
  tallyAllocationVote,
  tariffFor,
  tariffSchedule,
} from "../src/index.js";

const c61 = [cite("MDO-BV", "6.1")];
const c63 = [cite("MDO-BV", "6.3"), cite("MDO-BV", "6.2")];
const c64 = [cite("MDO-BV", "6.4")];
const c66 = [cite("MDO-BV", "6.6")];
const c67 = [cite("MDO-BV", "6.7")];
/** The paths of a failed decode ([] when it decoded). */
const paths = (r: { ok: boolean; issues?: ReadonlyArray<{ path: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.path);

describe("tariffFor: free while funded, a given tariff once not (MDO-BV 6.1, 6.2)", () => {
  test("a negative tariff is refused, € 0,00 is accepted (6.2: a tariff is an amount of € 0,00 or more)", () => {
    expect(decodeFunding({ funded: false, tariff: "-0.01" }).ok).toBe(false);
    expect(decodeFunding({ funded: false, tariff: "0.00" })).toEqual({
      ok: true,
      value: { funded: false, tariff: 0 },
    });
  });

  test("while funded the step records funded: true and € 0,00, citing 6.1", () => {
    const r = tariffFor({ funded: true }, mdoBilling);
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      { rule: "tariff-funded", inputs: { funded: true }, output: "0.00", citations: c61 },
    ]);
  });

  test("no longer funded with a tariff of € 12,50: the tariff is € 12,50, and the sentences say so (6.2)", () => {
    const r = tariffFor({ funded: false, tariff: euros("12.50") }, mdoBilling);
    expect(r.value).toBe(1250);
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      { rule: "tariff-charged", inputs: { funded: false }, output: "12.50", citations: c61 },
    ]);
    expect(r.because[0]?.en).toContain("€ 12,50");
    expect(r.because[0]?.nl).toContain("€ 12,50");
  });

  test("no longer funded and no tariff given: no tariff, no output, and the sentences say none is given (6.2)", () => {
    const r = tariffFor({ funded: false }, mdoBilling);
    expect(r.value).toBeUndefined();
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      { rule: "tariff-charged", inputs: { funded: false }, citations: c61 },
    ]);
    expect(r.because[0]?.en).toContain("no tariff is given");
    expect(r.because[0]?.nl).toContain("geen tarief opgegeven");
  });
});

describe("cost plus margin (MDO-BV 6.3)", () => {
  test("a cost price of exactly € 1 000 000 000 000,00 is accepted, a cent more is not (the library's bound)", () => {
    expect(
      decodeCostPlusInput({ costPrice: "1000000000000.00", marginPercent: "5" }, { ...mdoBilling }).ok,
    ).toBe(true);
    expect(
      decodeCostPlusInput({ costPrice: "1000000000000.01", marginPercent: "5" }, { ...mdoBilling }).ok,
    ).toBe(false);
  });

  test("a margin of 5.01 % is refused at marginPercent on a fresh rulebook; 5 % is accepted (6.3: at most 5 %)", () => {
    const rules = { ...mdoBilling };
    expect(paths(decodeCostPlusInput({ costPrice: "10.00", marginPercent: "5.01" }, rules))).toEqual([
      "$.marginPercent",
    ]);
    expect(decodeCostPlusInput({ costPrice: "10.00", marginPercent: "5" }, { ...mdoBilling }).ok).toBe(true);
  });

  test("a margin too high: the step records the margin and the maximum of 5 %, citing 6.3 and 6.2", () => {
    const r = costPlusTariff({ costPrice: euros("10.00"), marginPercent: "6" }, mdoBilling);
    expect(r.value).toBeUndefined();
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      { rule: "cost-plus-margin-too-high", inputs: { marginPercent: "6", max: "5" }, citations: c63 },
    ]);
  });

  test("€ 20,00 plus 2.5 % is € 20,50, and the step records cost price, margin and maximum (6.3)", () => {
    const r = costPlusTariff({ costPrice: euros("20.00"), marginPercent: "2.5" }, mdoBilling);
    expect(r.value).toBe(2050);
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      {
        rule: "cost-plus-tariff",
        inputs: { costPrice: "20.00", marginPercent: "2.5", max: "5" },
        output: "20.50",
        citations: c63,
      },
    ]);
  });
});

describe("the allocation key by majority (MDO-BV 6.4)", () => {
  test("votes from three different voters decode; a voter twice is refused at the second vote's voter", () => {
    const votes = [
      { voter: "a", key: "per-provider" },
      { voter: "b", key: "per-mdo" },
      { voter: "c", key: "per-provider" },
    ];
    expect(decodeAllocationVotes(votes)).toEqual({ ok: true, value: votes });
    expect(paths(decodeAllocationVotes([...votes, { voter: "b", key: "per-provider" }]))).toEqual([
      "$[3].voter",
    ]);
  });

  test("2 of 3 votes per provider: per-provider has the majority, and the step records 2, 1 and 3 (6.4)", () => {
    const r = tallyAllocationVote(
      [
        { voter: "a", key: "per-provider" },
        { voter: "b", key: "per-mdo" },
        { voter: "c", key: "per-provider" },
      ],
      mdoBilling,
    );
    expect(r.value).toBe("per-provider");
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      {
        rule: "allocation-vote",
        inputs: { perProvider: 2, perMdo: 1, cast: 3 },
        output: "per-provider",
        citations: c64,
      },
    ]);
    expect(r.because[0]?.en).toContain('"per-provider" has a majority');
    expect(r.because[0]?.nl).toContain('"per-provider" heeft een meerderheid');
  });

  test("a tie of 1 against 1 is no majority, and the sentences say no key has one (6.4)", () => {
    const r = tallyAllocationVote(
      [
        { voter: "a", key: "per-provider" },
        { voter: "b", key: "per-mdo" },
      ],
      mdoBilling,
    );
    expect(r.value).toBe("no-majority");
    expect(r.because[0]?.en).toContain("no key has a majority");
    expect(r.because[0]?.nl).toContain("geen verdeelsleutel heeft een meerderheid");
  });
});

describe("the cost allocation input (MDO-BV 6.4)", () => {
  const input = (providers: ReadonlyArray<{ provider: string; uniqueMdos: unknown }>) => ({
    total: "100.00",
    key: "per-mdo",
    providers,
  });

  test("unique MDOs are whole numbers 0 or more: 0 and 3 decode, -1 and 1.5 do not", () => {
    expect(
      decodeCostAllocation(
        input([
          { provider: "a", uniqueMdos: 0 },
          { provider: "b", uniqueMdos: 3 },
        ]),
      ).ok,
    ).toBe(true);
    expect(paths(decodeCostAllocation(input([{ provider: "a", uniqueMdos: -1 }])))).toEqual([
      "$.providers[0].uniqueMdos",
    ]);
    expect(paths(decodeCostAllocation(input([{ provider: "a", uniqueMdos: 1.5 }])))).toEqual([
      "$.providers[0].uniqueMdos",
    ]);
  });

  test("a provider listed twice is refused at its second entry; no provider at all is refused", () => {
    const twice = decodeCostAllocation(
      input([
        { provider: "a", uniqueMdos: 1 },
        { provider: "b", uniqueMdos: 1 },
        { provider: "a", uniqueMdos: 2 },
      ]),
    );
    expect(paths(twice)).toEqual(["$.providers[2].provider"]);
    expect(decodeCostAllocation(input([])).ok).toBe(false);
  });
});

describe("allocateCosts (MDO-BV 6.4)", () => {
  const alloc = (
    key: CostAllocation["key"],
    ps: ReadonlyArray<readonly [string, number]>,
    total = "100.00",
  ) =>
    allocateCosts(
      { total: euros(total), key, providers: ps.map(([provider, uniqueMdos]) => ({ provider, uniqueMdos })) },
      mdoBilling,
    );

  test("per provider the split is equal whatever the unique MDOs: € 100 over a (3 MDOs) and b (1) is 50 / 50", () => {
    const r = alloc("per-provider", [
      ["a", 3],
      ["b", 1],
    ]);
    expect(r.value).toEqual([
      { provider: "a", amount: euros("50.00") },
      { provider: "b", amount: euros("50.00") },
    ]);
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      {
        rule: "allocation",
        inputs: { total: "100.00", key: "per-provider", providers: 2 },
        output: ["50.00", "50.00"],
        citations: c64,
      },
    ]);
    expect(r.because[0]?.en).toContain("equally per provider");
    expect(r.because[0]?.nl).toContain("gelijk per zorgaanbieder");
  });

  test("per unique MDO € 100 over a (3) and b (1) is 75 / 25, and the sentences say by unique MDOs", () => {
    const r = alloc("per-mdo", [
      ["b", 1],
      ["a", 3],
    ]);
    expect(r.value).toEqual([
      { provider: "b", amount: euros("25.00") },
      { provider: "a", amount: euros("75.00") },
    ]);
    expect(r.because[0]?.en).toContain("by unique MDOs");
    expect(r.because[0]?.nl).toContain("naar unieke MDO's");
  });

  test("€ 100 per provider over c, b, a: the left-over cent goes to a, whose id sorts first", () => {
    const r = alloc("per-provider", [
      ["c", 0],
      ["b", 0],
      ["a", 0],
    ]);
    expect(r.value?.map((s) => [s.provider, s.amount])).toEqual([
      ["c", 3333],
      ["b", 3333],
      ["a", 3334],
    ]);
  });

  test("per unique MDO with nobody having an MDO there is no split, and the step says so, citing 6.4", () => {
    const r = alloc("per-mdo", [
      ["a", 0],
      ["b", 0],
    ]);
    expect(r.value).toBeUndefined();
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      { rule: "allocation-no-weights", inputs: { key: "per-mdo" }, citations: c64 },
    ]);
  });
});

describe("the index figures and the indexation input (MDO-BV 6.6)", () => {
  const change = (indexBefore: string, indexNow: string, tariff = "10.00") => ({
    tariff,
    effectiveDate: "2027-01-01",
    basis: "CBS DPI section J",
    indexBefore,
    indexNow,
    earlierIndexations: [],
  });

  test("positive decimal index figures decode: 112.4, 0.5 and the longest form 1234567.123456", () => {
    expect(decodeTariffIndexation(change("112.4", "0.5", "0.01")).ok).toBe(true);
    expect(decodeTariffIndexation(change("1234567.123456", "1234567.123456")).ok).toBe(true);
  });

  test.each([
    ["0", "zero is no index"],
    ["0.0", "zero is no index"],
    ["-1", "negative"],
    ["1e3", "exponent notation"],
    ["abc", "not a number"],
    ["12345678", "eight integer digits"],
    ["1.1234567", "seven decimals"],
  ])("index figure %s is refused (%s)", (figure) => {
    expect(paths(decodeTariffIndexation(change("100", figure)))).toEqual(["$.indexNow"]);
  });

  test("an indexed tariff of exactly € 1 000 000 000 000,00 is accepted; a cent's worth more is refused at indexNow", () => {
    expect(decodeTariffIndexation(change("100", "100", "1000000000000.00")).ok).toBe(true);
    // 100.0 / 100: the same figure written with a decimal
    expect(decodeTariffIndexation(change("100", "100.0", "1000000000000.00")).ok).toBe(true);
    expect(decodeTariffIndexation(change("25", "25.0", "1000000000000.00")).ok).toBe(true);
    expect(paths(decodeTariffIndexation(change("100", "100.1", "1000000000000.00")))).toEqual(["$.indexNow"]);
  });
});

describe("indexTariff (MDO-BV 6.6)", () => {
  const change: TariffIndexation = {
    tariff: euros("10.00"),
    effectiveDate: date("2027-01-01"),
    basis: "inflation",
    indexBefore: "100",
    indexNow: "103",
    earlierIndexations: [],
  };

  test("€ 10,00 × 103 / 100 = € 10,30; the step records tariff, both figures and the basis, citing 6.6", () => {
    const r = indexTariff(change, mdoBilling);
    expect(r.value).toEqual({ tariff: 1030, applied: true });
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      {
        rule: "indexation",
        inputs: { tariff: "10.00", indexBefore: "100", indexNow: "103", basis: "inflation" },
        output: "10.30",
        citations: c66,
      },
    ]);
  });

  test("a second indexation in 2027 is refused, the tariff stays € 10,00; the step records year and basis (6.6)", () => {
    const r = indexTariff({ ...change, earlierIndexations: [date("2027-01-01")] }, mdoBilling);
    expect(r.value).toEqual({ tariff: 1000, applied: false });
    expect(r.because.map(({ en, nl, ...s }) => s)).toEqual([
      { rule: "indexation-once-a-year", inputs: { year: "2027", basis: "inflation" }, citations: c66 },
    ]);
  });
});

describe("tariffSchedule (MDO-BV 6.1, 6.6, 6.7)", () => {
  const set = (on: string, tariff: string): TariffEvent => ({
    kind: "set",
    effectiveDate: date(on),
    tariff: euros(tariff),
  });
  const indexation = (on: string, tariff: string): TariffEvent => ({
    kind: "indexation",
    effectiveDate: date(on),
    tariff: euros(tariff),
  });
  const interim = (on: string, tariff: string, costCovering: string): TariffEvent => ({
    kind: "interim-increase",
    effectiveDate: date(on),
    tariff: euros(tariff),
    costCoveringTariff: euros(costCovering),
  });
  const rows = (events: ReadonlyArray<TariffEvent>) =>
    tariffSchedule(events, mdoBilling).value.table.map((r) => [r.from, r.value]);
  const rejected = (events: ReadonlyArray<TariffEvent>) =>
    tariffSchedule(events, mdoBilling).value.rejected.map((r) => r.index);

  test("events are taken in date order: an indexation listed before the first tariff still applies after it", () => {
    expect(rows([indexation("2028-01-01", "10.30"), set("2027-01-01", "10.00")])).toEqual([
      ["2027-01-01", 1000],
      ["2028-01-01", 1030],
    ]);
  });

  test("an indexation with no tariff yet is refused: there is nothing to index", () => {
    const s = tariffSchedule([indexation("2027-01-01", "10.00")], mdoBilling).value;
    expect(s.table).toEqual([]);
    expect(s.rejected).toEqual([{ index: 0, reason: "there is no tariff yet to change." }]);
  });

  test("a change on the day the tariff was set is refused: one tariff per day", () => {
    const s = tariffSchedule(
      [set("2027-01-01", "10.00"), indexation("2027-01-01", "10.30")],
      mdoBilling,
    ).value;
    expect(s.table.map((r) => r.value)).toEqual([1000]);
    expect(s.rejected).toEqual([{ index: 1, reason: "the tariff already changed on 2027-01-01." }]);
  });

  test("once per calendar year: the 2027-10-01 indexation after 2027-07-01 is refused, 2028-01-01 applies (6.6)", () => {
    const events = [
      set("2027-01-01", "10.00"),
      indexation("2027-07-01", "10.30"),
      indexation("2027-10-01", "10.60"),
      indexation("2028-01-01", "10.90"),
    ];
    expect(rows(events)).toEqual([
      ["2027-01-01", 1000],
      ["2027-07-01", 1030],
      ["2028-01-01", 1090],
    ]);
    expect(rejected(events)).toEqual([2]);
  });

  test("the first indexation of a year after an indexation in the year before applies (6.6: per calendar year)", () => {
    expect(
      rows([
        set("2026-01-01", "10.00"),
        indexation("2026-12-31", "10.30"),
        indexation("2027-01-01", "10.60"),
      ]),
    ).toEqual([
      ["2026-01-01", 1000],
      ["2026-12-31", 1030],
      ["2027-01-01", 1060],
    ]);
  });

  test("an interim increase to € 10,50, within the € 10,80 cost-covering tariff, applies, citing 6.7", () => {
    const s = tariffSchedule(
      [set("2027-01-01", "10.00"), interim("2027-03-01", "10.50", "10.80")],
      mdoBilling,
    );
    expect(s.value.table).toEqual([
      { from: "2027-01-01", value: 1000, citations: c61 },
      { from: "2027-03-01", value: 1050, citations: c67 },
    ]);
    expect(s.value.rejected).toEqual([]);
    expect(s.because.map(({ en, nl, ...x }) => x)).toEqual([
      { rule: "tariff-set", inputs: { effectiveDate: "2027-01-01" }, output: "10.00", citations: c61 },
      {
        rule: "tariff-interim-increase",
        inputs: { effectiveDate: "2027-03-01" },
        output: "10.50",
        citations: c67,
      },
    ]);
  });

  test("an indexation's row cites 6.6", () => {
    const s = tariffSchedule([set("2027-01-01", "10.00"), indexation("2028-01-01", "9.90")], mdoBilling);
    expect(s.value.table[1]).toEqual({ from: "2028-01-01", value: 990, citations: c66 });
  });

  test("an interim change to the same tariff is no increase and is refused, its step citing 6.7", () => {
    const s = tariffSchedule(
      [set("2027-01-01", "10.00"), interim("2027-03-01", "10.00", "10.80")],
      mdoBilling,
    );
    expect(s.value.rejected).toEqual([{ index: 1, reason: "an interim change may only be an increase." }]);
    expect(s.because.map(({ en, nl, ...x }) => x)[1]).toEqual({
      rule: "tariff-event-rejected",
      inputs: { index: 1, kind: "interim-increase", effectiveDate: "2027-03-01" },
      citations: c67,
    });
  });

  test("a second first tariff is refused, its step citing 6.6 (a later change is an indexation) with index, kind and date", () => {
    const s = tariffSchedule([set("2027-01-01", "10.00"), set("2027-02-01", "11.00")], mdoBilling);
    expect(s.because.map(({ en, nl, ...x }) => x)).toEqual([
      { rule: "tariff-set", inputs: { effectiveDate: "2027-01-01" }, output: "10.00", citations: c61 },
      {
        rule: "tariff-event-rejected",
        inputs: { index: 1, kind: "set", effectiveDate: "2027-02-01" },
        citations: c66,
      },
    ]);
  });
});
