// Resource bounds (issue #17, docs/guide/limits.md): every list a decoder reads has a maximum
// length, checked before any item is decoded, so a hostile list of a million items is refused
// with one `too-many` issue instead of decoded item by item (a million invoice lines took 20 s
// and 110 MB to refuse, a million payments 27 s).
import type { DecodeIssue } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeAccount, decodeInterestClaim, decodeInvoice, mdoBilling } from "../src/index.js";

type Result = { readonly ok: boolean; readonly issues?: ReadonlyArray<DecodeIssue> };
const junk = (n: number): Array<unknown> => new Array(n).fill({ not: "an item" });
const claim = { principal: "100.00", defaultFrom: "2025-01-16", through: "2025-03-15" };
const invoice = { number: "1", month: "2026-03", invoiceDate: "2026-03-31" };

const cases: ReadonlyArray<readonly [string, number, (n: number) => Result, string]> = [
  ["decodeInvoice (lines)", 10_000, (n) => decodeInvoice({ ...invoice, lines: junk(n) }), "$.lines"],
  [
    "decodeInterestClaim (payments)",
    1000,
    (n) => decodeInterestClaim({ ...claim, payments: junk(n) }),
    "$.payments",
  ],
  ["decodeInterestClaim (costs)", 100, (n) => decodeInterestClaim({ ...claim, costs: junk(n) }), "$.costs"],
  [
    "decodeAccount (invoices)",
    10_000,
    (n) => decodeAccount({ invoices: junk(n), events: [] }, mdoBilling),
    "$.invoices",
  ],
  [
    "decodeAccount (events)",
    10_000,
    (n) => decodeAccount({ invoices: [], events: junk(n) }, mdoBilling),
    "$.events",
  ],
  [
    "decodeAccount (invoices handed over)",
    10_000,
    (n) =>
      decodeAccount(
        { invoices: [], events: [{ type: "handedOver", on: "2026-06-01", invoices: new Array(n).fill(7) }] },
        mdoBilling,
      ),
    "$.events[0].invoices",
  ],
];

describe("list bounds are checked before the items", () => {
  it.each(cases)("%s: %d + 1 items are refused with one too-many issue", (_, max, call, path) => {
    const r = call(max + 1);
    expect(r.ok).toBe(false);
    expect(r.issues?.filter((i) => i.path.startsWith(path))).toEqual([
      expect.objectContaining({ path, code: "too-many" }),
    ]);
  });
  it.each(cases)(
    "%s: %d items are decoded item by item (the bound itself is allowed)",
    (_, max, call, path) => {
      const r = call(max);
      expect(r.ok).toBe(false);
      expect(r.issues?.some((i) => i.code === "too-many")).toBe(false);
      expect(r.issues?.some((i) => i.path.startsWith(`${path}[0]`))).toBe(true);
    },
  );
  it("a million invoice lines are refused at once", () => {
    const r = decodeInvoice({ ...invoice, lines: junk(1_000_000) });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["$.lines too-many"]);
  });
});
