import { addDays, compareDates, type LocalDate } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contract } from "../src/contract.js";
import { findTerm, firstTerm, nextTerm, type Term } from "../src/terms.js";
import { arbContract, arbMdoContract } from "../src/testing.js";

function firstTerms(contract: Contract, max: number): Array<Term> {
  const out: Array<Term> = [];
  let t = firstTerm(contract);
  while (t !== undefined && out.length < max && compareDates(t.start, "2200-01-01" as LocalDate) < 0) {
    out.push(t);
    t = nextTerm(contract, t);
  }
  return out;
}

describe("terms tile time (spec §8)", () => {
  it("the terms of any contract are consecutive, non-overlapping and leave no gaps, from the start on", () => {
    fc.assert(
      fc.property(fc.oneof(arbContract(), arbMdoContract()), (contract) => {
        const terms = firstTerms(contract, 40);
        expect(terms[0]?.start).toBe(contract.start);
        terms.forEach((t, i) => {
          expect(compareDates(t.start, t.end)).toBeLessThanOrEqual(0);
          expect(t.index).toBe(i);
          const next = terms[i + 1];
          if (next !== undefined) expect(next.start).toBe(addDays(t.end, 1));
        });
      }),
    );
  });

  it("termAt finds, for any day, the one term of the tiling that contains it", () => {
    fc.assert(
      fc.property(
        fc
          .oneof(arbContract(), arbMdoContract())
          .chain((c) => fc.tuple(fc.constant(c), fc.integer({ min: -30, max: 12 * 366 }))),
        ([contract, offset]) => {
          const d = addDays(contract.start, offset);
          const found = findTerm(contract, d);
          const terms = firstTerms(contract, 400);
          const expected = terms.find((t) => compareDates(t.start, d) <= 0 && compareDates(d, t.end) <= 0);
          if (offset < 0) expect(found).toBeUndefined();
          else if (expected !== undefined || terms.length < 400) expect(found).toEqual(expected);
        },
      ),
    );
  });
});
