import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import { cents, dutchMoneyProblem, euros, formatEuro, MoneyNl } from "../src/money.js";
import { arbMoney } from "../src/testing/money.js";

const decodeNl = decode(MoneyNl);

describe("amounts written the Dutch way (€ 1.000,00) decode to exact cents", () => {
  it.each([
    ["€ 1.000,00", 100_000],
    ["€ 1.000", 100_000],
    ["€ 1000,5", 100_050],
    ["€ 0,05", 5],
    ["€ -1.234.567,80", -123_456_780],
    ["-€ 12,50", -1_250],
    ["€\u00a012,50", 1_250],
    ["€12,50", 1_250],
    ["12,50", 1_250],
    ["€ 10,-", 1_000],
    ["€ 999", 99_900],
  ])("%s is %i cents", (s, expected) => {
    const r = decodeNl(s);
    expect(r).toEqual({ ok: true, value: expected });
  });

  it.each([
    "€ 1,000.00", // English separators
    "€ 1.00", // a dot is a thousands separator, and this group has two digits
    "€ 1.0000,00",
    "€ 10.00.000",
    "€ 1,005", // three decimals
    "€ 01,00",
    "€ --1,00",
    "-€ -1,00",
    "€ ",
    "",
    "1000.00",
    "EUR 12,50",
  ])("rejects %j with a readable message", (s) => {
    const r = decodeNl(s);
    expect(r.ok).toBe(false);
    expect(dutchMoneyProblem(s)).toBeTypeOf("string");
  });

  it("encodes back as formatEuro does", () => {
    expect(Schema.encodeSync(MoneyNl)(euros("-1234567.8"))).toBe("€ -1.234.567,80");
    expect(Schema.encodeSync(MoneyNl)(cents(5))).toBe("€ 0,05");
  });

  it("every formatted amount decodes to itself (round trip)", () => {
    fc.assert(
      fc.property(arbMoney(), (m) => {
        expect(decodeNl(formatEuro(m))).toEqual({ ok: true, value: m });
      }),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(typeof decodeNl(u).ok).toBe("boolean");
      }),
    );
  });
});
