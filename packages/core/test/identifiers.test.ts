import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import {
  AgbCode,
  agbCode,
  agbProviderType,
  Bsn,
  BsnFromEightDigits,
  bsn,
  bsnProblem,
  isValidBsn,
  maskBsn,
  UraNumber,
  UziNumber,
  uraNumber,
  uziNumber,
} from "../src/identifiers.js";

describe("BSN (burgerservicenummer)", () => {
  it.each(["111222333", "123456782", "012345672"])("%s passes the 11-check and is a valid BSN", (s) => {
    expect(isValidBsn(s)).toBe(true);
    expect(Schema.is(Bsn)(s)).toBe(true);
    expect(decode(Bsn)(s)).toEqual({ ok: true, value: s });
  });

  it("123456789 fails the 11-check: 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8 − 9 = 147, not a multiple of 11", () => {
    expect(bsnProblem("123456789")).toBe("The BSN fails the 11-check (elfproef)");
    expect(isValidBsn("123456789")).toBe(false);
  });

  it("000000000 passes the 11-check arithmetically but is not a BSN", () => {
    expect(bsnProblem("000000000")).toBe("A BSN cannot be all zeros");
  });

  it.each([
    ["8 digits", "12345672"],
    ["10 digits", "1112223330"],
    ["a letter", "11122233O"],
    ["dots", "111.222.333"],
    ["a leading space", " 111222333"],
    ["the empty string", ""],
  ])("a BSN with %s is rejected for its shape", (_, s) => {
    expect(bsnProblem(s)).toBe("Expected a BSN of exactly 9 digits (burgerservicenummer)");
  });

  it("a BSN sent as a JSON number is rejected (leading zeros would be lost)", () => {
    const r = decode(Bsn)(111222333);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        {
          path: "$",
          code: "wrong-type",
          message: expect.stringMatching(/^Expected a BSN/),
          actual: "number",
        },
      ]);
  });

  it("a failed 11-check is reported without the number itself, with the code bsn-checksum", () => {
    const r = decode(Bsn)("123456789");
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: "$",
          code: "bsn-checksum",
          message: "The BSN fails the 11-check (elfproef)",
          actual: "string of 9 characters",
        },
      ],
      totalIssues: 1,
    });
  });

  it("a BSN of the wrong length is 'invalid', not a checksum failure, and a huge string is 'too-long'", () => {
    const short = decode(Bsn)("12345678");
    expect(short.ok ? [] : short.issues.map((i) => i.code)).toEqual(["invalid"]);
    const huge = decode(Bsn)("1".repeat(1_000_000));
    expect(huge.ok ? [] : huge.issues.map((i) => i.code)).toEqual(["too-long"]);
  });

  it("an 8-digit BSN is left-padded with one zero only when the caller opts in", () => {
    expect(decode(Bsn)("12345672").ok).toBe(false);
    expect(decode(BsnFromEightDigits)("12345672")).toEqual({ ok: true, value: "012345672" });
    expect(decode(BsnFromEightDigits)("111222333")).toEqual({ ok: true, value: "111222333" });
    expect(decode(BsnFromEightDigits)("12345678").ok).toBe(false); // 012345678 fails the 11-check
    expect(decode(BsnFromEightDigits)("1234567").ok).toBe(false);
  });

  it("a masked BSN shows only the last four digits", () => {
    expect(maskBsn(bsn("111222333"))).toBe("*****2333");
  });

  it("bsn() throws a RangeError that names the problem but not the number", () => {
    expect(() => bsn("123456789")).toThrow(RangeError);
    try {
      bsn("123456789");
    } catch (e) {
      expect((e as Error).message).toBe("Not a BSN: The BSN fails the 11-check (elfproef)");
    }
  });
});

describe("AGB code", () => {
  it("01123456 is an AGB code of provider type 01 (zorgverlenersoort)", () => {
    expect(Schema.is(AgbCode)("01123456")).toBe(true);
    expect(agbProviderType(agbCode("01123456"))).toBe("01");
  });

  it.each(["0112345", "011234567", "0112345A", "", " 01123456"])('"%s" is not an AGB code', (s) => {
    expect(Schema.is(AgbCode)(s)).toBe(false);
    expect(() => agbCode(s)).toThrow(RangeError);
  });

  it("an AGB code sent as a number is rejected with a message naming the expected form", () => {
    expect(decode(AgbCode)(1123456)).toEqual({
      ok: false,
      issues: [
        {
          path: "$",
          code: "wrong-type",
          message: "Expected an AGB code: a string of exactly 8 digits",
          actual: "number",
        },
      ],
      totalIssues: 1,
    });
  });
});

describe("URA number and UZI number (UZI register)", () => {
  it("a URA number (abonneenummer) has exactly 8 digits", () => {
    expect(Schema.is(UraNumber)("00012345")).toBe(true);
    expect(uraNumber("00012345")).toBe("00012345");
    expect(Schema.is(UraNumber)("12345")).toBe(false);
    expect(Schema.is(UraNumber)("123456789")).toBe(false);
    expect(() => uraNumber("1234")).toThrow(RangeError);
  });

  it("a UZI number of a card holder has exactly 9 digits; the 8-digit pass number is not one", () => {
    expect(Schema.is(UziNumber)("900012345")).toBe(true);
    expect(uziNumber("900012345")).toBe("900012345");
    expect(Schema.is(UziNumber)("90001234")).toBe(false);
    expect(() => uziNumber("90001234")).toThrow(RangeError);
  });

  it("a UZI number is not checked with the BSN 11-check", () => {
    expect(isValidBsn("123456789")).toBe(false);
    expect(Schema.is(UziNumber)("123456789")).toBe(true);
  });

  it("a malformed UZI number is reported without the value", () => {
    const r = decode(UziNumber)("1234567890");
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: "$",
          code: "invalid",
          message: "Expected a UZI number of exactly 9 digits",
          actual: "string of 10 characters",
        },
      ],
      totalIssues: 1,
    });
  });
});
