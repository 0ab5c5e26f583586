// Tests that pin down rules of identifiers.ts that surviving mutants showed were not asserted
// (issue #17): a BSN is a string (core spec §3: "exactly 9 digits"; a number would have lost its
// leading zeros), a URA number is exactly 8 digits and a UZI number exactly 9 (UZI register), no
// more and no fewer. Every result is computed inside its `it`.
import { describe, expect, it } from "vitest";
import { isValidBsn, uraNumber, uziNumber } from "../src/identifiers.js";

describe("BSN (core spec §3)", () => {
  it("111222333 passes the 11-check as a string, but the number 111222333 is not a BSN", () => {
    expect(isValidBsn("111222333")).toBe(true);
    expect(isValidBsn(111222333)).toBe(false);
  });
});

describe("URA and UZI numbers (UZI register)", () => {
  it("a URA number has exactly 8 digits: 9 digits, or 8 with a letter before or after, are refused", () => {
    expect(uraNumber("00012345")).toBe("00012345");
    expect(() => uraNumber("000123456")).toThrow(RangeError);
    expect(() => uraNumber("x00012345")).toThrow(RangeError);
    expect(() => uraNumber("00012345x")).toThrow(RangeError);
  });

  it("a UZI number has exactly 9 digits: 10 digits, or 9 with a letter before or after, are refused", () => {
    expect(uziNumber("900012345")).toBe("900012345");
    expect(() => uziNumber("9000123456")).toThrow(RangeError);
    expect(() => uziNumber("x900012345")).toThrow(RangeError);
    expect(() => uziNumber("900012345x")).toThrow(RangeError);
  });
});
