// Tests that kill the surviving mutants of src/rulebook.ts (issue #17, docs/quality.md): the
// rulebook schemas' own checks, each read from what the figure means. A percentage is 0–100
// (ADR 0007); a dated table has at least one row and covers its last row (ADR 0007 §2); a
// collection-cost scale is read band after band (MDO-BV 6.11, BIK art. 2); the office calendar of
// the invoice deadline (MDO-BV 6.9) needs a working day. Every result is computed inside its test.
import { cite, euros } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { describe, expect, test } from "vitest";
import {
  BillingRules,
  CollectionCostRule,
  commercialInterestRates,
  decodeBillingRules,
  decodeCollectionCostRule,
  decodeInterestTable,
  InterestTable,
  mdoBilling,
} from "../src/index.js";

/** The paths of a failed decode ([] when it decoded). */
const paths = (r: { ok: boolean; issues?: ReadonlyArray<{ path: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.path);
const json = (x: unknown) => JSON.parse(JSON.stringify(x));

/** An interest table with these rows (from, percent per year), covering through `through`, as JSON. */
const interestTable = (rows: ReadonlyArray<readonly [string, string]>, through: string) => {
  const base = json(Schema.encodeSync(InterestTable)(commercialInterestRates));
  const citations = base.rows[0].citations;
  return { ...base, rows: rows.map(([from, value]) => ({ from, value, citations })), through };
};

/** A collection-cost rule as JSON. */
const costRule = (
  bands: ReadonlyArray<{ upTo?: string; percent: string }>,
  minimum: string,
  maximum?: string,
) => ({
  id: "test",
  bands,
  minimum,
  ...(maximum === undefined ? {} : { maximum }),
  citations: json(
    Schema.encodeSync(CollectionCostRule)({
      id: "x",
      bands: [{ percent: "5" }],
      minimum: euros("0.00"),
      citations: [cite("MDO-BV", "6.11")],
    }),
  ).citations,
});

describe("Percent and PercentTable (ADR 0007 §2)", () => {
  test("a rate of 100 % decodes; 100.0001 % and 101 % are above 100 % and are refused", () => {
    expect(decodeInterestTable(interestTable([["2026-01-01", "100"]], "2026-12-31")).ok).toBe(true);
    expect(decodeInterestTable(interestTable([["2026-01-01", "100.0000"]], "2026-12-31")).ok).toBe(true);
    expect(paths(decodeInterestTable(interestTable([["2026-01-01", "100.0001"]], "2026-12-31")))).toEqual([
      "$.rows[0].value",
    ]);
    expect(decodeInterestTable(interestTable([["2026-01-01", "101"]], "2026-12-31")).ok).toBe(false);
  });

  test("a dated table without rows is refused: no day has a rate", () => {
    expect(paths(decodeInterestTable(interestTable([], "2026-12-31")))).toEqual(["$.rows"]);
  });
});

describe("InterestTable: through covers the last row", () => {
  test("through on the day the last row starts is accepted (the row covers one day)", () => {
    expect(
      decodeInterestTable(
        interestTable(
          [
            ["2026-01-01", "10"],
            ["2026-07-01", "11"],
          ],
          "2026-07-01",
        ),
      ).ok,
    ).toBe(true);
  });

  test("through the day before the last row starts is refused at through", () => {
    expect(
      paths(
        decodeInterestTable(
          interestTable(
            [
              ["2026-01-01", "10"],
              ["2026-07-01", "11"],
            ],
            "2026-06-30",
          ),
        ),
      ),
    ).toEqual(["$.through"]);
  });
});

describe("CollectionCostRule: a scale read band after band (MDO-BV 6.11, BIK art. 2)", () => {
  test("a rule with no band is refused: there is no percentage", () => {
    expect(paths(decodeCollectionCostRule(costRule([], "40.00")))).toEqual(["$.bands"]);
  });

  test("the statutory shape decodes: bands rising, the last unbounded, a minimum of € 0,00, no maximum", () => {
    const r = decodeCollectionCostRule(
      costRule(
        [{ upTo: "2500.00", percent: "15" }, { upTo: "5000.00", percent: "10" }, { percent: "5" }],
        "0.00",
      ),
    );
    expect(r.ok).toBe(true);
  });

  test("a band after the unbounded band is never reached and is refused at that band", () => {
    expect(
      paths(
        decodeCollectionCostRule(costRule([{ percent: "15" }, { upTo: "5000.00", percent: "10" }], "40.00")),
      ),
    ).toEqual(["$.bands[1]"]);
  });

  test("an upper bound equal to the previous one does not rise and is refused at its upTo", () => {
    expect(
      paths(
        decodeCollectionCostRule(
          costRule(
            [
              { upTo: "2500.00", percent: "15" },
              { upTo: "2500.00", percent: "10" },
            ],
            "40.00",
          ),
        ),
      ),
    ).toEqual(["$.bands[1].upTo"]);
  });

  test("a first band up to € 0,00 covers nothing and is refused", () => {
    expect(paths(decodeCollectionCostRule(costRule([{ upTo: "0.00", percent: "15" }], "40.00")))).toEqual([
      "$.bands[0].upTo",
    ]);
  });

  test("a maximum equal to the minimum is accepted, one a cent below is refused at maximum", () => {
    expect(decodeCollectionCostRule(costRule([{ percent: "15" }], "40.00", "40.00")).ok).toBe(true);
    expect(paths(decodeCollectionCostRule(costRule([{ percent: "15" }], "40.00", "39.99")))).toEqual([
      "$.maximum",
    ]);
  });
});

describe("BillingRules: the office calendar of the invoice deadline (MDO-BV 6.9)", () => {
  test("an office calendar with no open weekday is refused at its weekly hours: no working day exists", () => {
    const rules = json(Schema.encodeSync(BillingRules)(mdoBilling));
    expect(decodeBillingRules(rules).ok).toBe(true);
    const closed = Object.fromEntries(Object.keys(rules.officeCalendar.weekly).map((d) => [d, []]));
    expect(
      paths(decodeBillingRules({ ...rules, officeCalendar: { ...rules.officeCalendar, weekly: closed } })),
    ).toEqual(["$.officeCalendar.weekly"]);
  });
});
