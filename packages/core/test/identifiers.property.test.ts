import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import {
  AgbCode,
  agbProviderType,
  Bsn,
  BsnFromEightDigits,
  isValidBsn,
  maskBsn,
  UraNumber,
  UziNumber,
} from "../src/identifiers.js";
import {
  arbAgbCode,
  arbBsn,
  arbInvalidAgbCode,
  arbInvalidBsn,
  arbInvalidUraNumber,
  arbInvalidUziNumber,
  arbUraNumber,
  arbUziNumber,
} from "../src/testing/identifiers.js";

/** Reference 11-check, written out from the definition: weights 9, 8, …, 2, −1. */
function referenceElevenCheck(s: string): boolean {
  if (!/^[0-9]{9}$/.test(s) || s === "000000000") return false;
  const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  const total = weights.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ((total % 11) + 11) % 11 === 0;
}

const nineDigits = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((d) => d.join(""));

describe("BSN properties", () => {
  it("every generated BSN passes the 11-check and the Bsn schema", () => {
    fc.assert(fc.property(arbBsn(), (b) => Schema.is(Bsn)(b) && isValidBsn(b) && referenceElevenCheck(b)));
  });

  it("every near-miss (a digit changed, two digits swapped, wrong length, letters, all zeros) fails", () => {
    fc.assert(
      fc.property(arbInvalidBsn(), (s) => !Schema.is(Bsn)(s) && !isValidBsn(s) && !decode(Bsn)(s).ok),
    );
  });

  it("the validator agrees with the 11-check written out from its definition on any 9 digits", () => {
    fc.assert(fc.property(nineDigits, (s) => isValidBsn(s) === referenceElevenCheck(s)));
  });

  it("about one in eleven random 9-digit strings is a valid BSN", () => {
    const sample = fc.sample(nineDigits, 2000);
    const valid = sample.filter(isValidBsn).length;
    expect(valid).toBeGreaterThan(2000 / 11 / 2);
    expect(valid).toBeLessThan((2000 / 11) * 2);
  });

  it("a masked BSN has the same length, five asterisks and only the last four digits", () => {
    fc.assert(
      fc.property(arbBsn(), (b) => {
        const m = maskBsn(b);
        return (
          m.length === 9 && m.startsWith("*****") && m.slice(5) === b.slice(5) && !m.includes(b.slice(0, 5))
        );
      }),
    );
  });

  it("a valid BSN with its leading zero dropped decodes to itself when padding is opted in", () => {
    fc.assert(
      fc.property(
        arbBsn().filter((b) => b.startsWith("0")),
        (b) => {
          const r = decode(BsnFromEightDigits)(b.slice(1));
          return r.ok && r.value === b;
        },
      ),
    );
  });
});

describe("AGB, URA and UZI properties", () => {
  it("every generated AGB code is valid and its provider type is its first two digits", () => {
    fc.assert(
      fc.property(arbAgbCode(), (c) => Schema.is(AgbCode)(c) && agbProviderType(c) === c.slice(0, 2)),
    );
  });

  it("every malformed AGB code is rejected", () => {
    fc.assert(fc.property(arbInvalidAgbCode(), (s) => !Schema.is(AgbCode)(s)));
  });

  it("every generated URA number is valid and every malformed one rejected", () => {
    fc.assert(fc.property(arbUraNumber(), (u) => Schema.is(UraNumber)(u)));
    fc.assert(fc.property(arbInvalidUraNumber(), (s) => !Schema.is(UraNumber)(s)));
  });

  it("every generated UZI number is valid and every malformed one rejected", () => {
    fc.assert(fc.property(arbUziNumber(), (u) => Schema.is(UziNumber)(u)));
    fc.assert(fc.property(arbInvalidUziNumber(), (s) => !Schema.is(UziNumber)(s)));
  });
});
