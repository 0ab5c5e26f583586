// Range audit: arbContract draws contracts starting 1990–2100 (arbMdoContract 2025–2026) and the
// tiling tests stop at 2200, while the contract decoder accepts any date 0001-01-01..9999-12-31.
// bounds.property.test.ts checks that such contracts answer without throwing; here findTerm (the
// jump to a term index by estimate, then correction) is compared with the tiling that firstTerm
// and nextTerm walk, for contracts moved to start in 0001–0040 and 9950–9999, and the tiling must
// end exactly at 9999-12-31 for a renewing contract (spec §8).
import { addDays, compareDates, fromEpochDay, type LocalDate, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import type { Contract } from "../src/contract.js";
import { decodeContract } from "../src/decode.js";
import { findTerm, firstTerm, nextTerm, type Term } from "../src/terms.js";
import { arbContract } from "../src/testing.js";

const LAST = "9999-12-31" as LocalDate;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The contract with every date moved by `delta` days (JSON in, decoded contract out, or undefined). */
function moved(c: Contract, delta: number): Contract | undefined {
  const shift = (v: unknown): unknown => {
    if (typeof v === "string" && DATE.test(v)) {
      const e = toEpochDay(v as LocalDate) + delta;
      return e > toEpochDay(LAST) ? LAST : fromEpochDay(e);
    }
    if (Array.isArray(v)) return v.map(shift);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x)]));
    return v;
  };
  const d = decodeContract(shift(JSON.parse(JSON.stringify(c))));
  return d.ok ? d.value : undefined;
}

const arbFar = fc
  .tuple(
    arbContract(),
    fc.oneof(
      fc.integer({ min: toEpochDay("0001-01-01" as LocalDate), max: toEpochDay("0040-12-31" as LocalDate) }),
      fc.integer({ min: toEpochDay("9950-01-01" as LocalDate), max: toEpochDay(LAST) }),
    ),
  )
  .map(([c, target]) => moved(c, target - toEpochDay(c.start)))
  .filter((c): c is Contract => c !== undefined);

function tiling(contract: Contract, max: number): Array<Term> {
  const out: Array<Term> = [];
  let t = firstTerm(contract);
  while (t !== undefined && out.length < max) {
    out.push(t);
    t = nextTerm(contract, t);
  }
  return out;
}

describe("range audit: terms of contracts starting in 0001–0040 and 9950–9999 (spec §8)", () => {
  it("the terms tile time up to 9999-12-31, and findTerm of any day is the tiling's term", () => {
    let toTheEnd = 0;
    let checked = 0;
    fc.assert(
      fc.property(arbFar, fc.integer({ min: 0, max: 1 << 30 }), (contract, r) => {
        const terms = tiling(contract, 400);
        expect(terms[0]?.start).toBe(contract.start);
        terms.forEach((t, i) => {
          expect(compareDates(t.start, t.end)).toBeLessThanOrEqual(0);
          expect(t.index).toBe(i);
          const next = terms[i + 1];
          if (next !== undefined) expect(next.start).toBe(addDays(t.end, 1));
        });
        const last = terms.at(-1);
        if (terms.length < 400 && last?.end === LAST) toTheEnd++;
        if (last === undefined) return;
        // a day in the walked terms (or a little past them)
        const span = toEpochDay(last.end) - toEpochDay(contract.start) + 1;
        const d = fromEpochDay(Math.min(toEpochDay(contract.start) + (r % (span + 30)), toEpochDay(LAST)));
        const want = terms.find((t) => compareDates(t.start, d) <= 0 && compareDates(d, t.end) <= 0);
        if (want !== undefined || terms.length < 400) {
          expect(findTerm(contract, d)).toEqual(want);
          checked++;
        }
      }),
      { numRuns: 300 },
    );
    expect(toTheEnd).toBeGreaterThanOrEqual(scaledAtLeast(20));
    expect(checked).toBeGreaterThanOrEqual(scaledAtLeast(150));
  });
});
