// Tests that pin down rules of figure.ts that surviving mutants showed were not asserted
// (issue #17): a dated table (ADR 0007 §2) decodes rows `{ from, value, citations }` sorted by
// `from`, and names the row out of order. Every result is computed inside its `it`.
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import { DatedTable } from "../src/figure.js";

// The statutory interest rate of art. 6:120 BW changes on 1 January and 1 July.
const citations = [{ source: "BW", article: "6:120" }];

describe("dated tables (ADR 0007 §2)", () => {
  it("sorted rows decode to themselves", () => {
    const rows = [
      { from: "2026-01-01", value: "4", citations },
      { from: "2026-07-01", value: "4.5", citations },
    ];
    expect(decode(DatedTable(Schema.String))(rows)).toEqual({ ok: true, value: rows });
  });

  it("a row whose value is not of the value schema is refused at that row's value", () => {
    const r = decode(DatedTable(Schema.String))([{ from: "2026-01-01", value: 4, citations }]);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([["$[0].value", "wrong-type"]]);
  });

  it("a row not after the one before is named: row 2 is not after row 1", () => {
    const r = decode(DatedTable(Schema.String))([
      { from: "2026-01-01", value: "4", citations },
      { from: "2026-07-01", value: "4.5", citations },
      { from: "2026-07-01", value: "5", citations },
    ]);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message])).toEqual([
      [
        "$[2].from",
        'Expected the rows sorted by "from", each after the one before (row 2 is not after row 1)',
      ],
    ]);
  });
});
