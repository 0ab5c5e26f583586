// Resource bounds (issue #17, docs/guide/limits.md): every list a decoder reads has a maximum
// length, checked before any item is decoded, so a hostile list of a million items is refused
// with one `too-many` issue instead of decoded item by item (a million invoice lines took 20 s
// and 110 MB to refuse, a million payments 27 s).
import { describe, expect, it } from "vitest";
import { type BoundCase, itChecksListBounds, junk } from "../../../tools/testkit/limits.js";
import { decodeAccount, decodeInterestClaim, decodeInvoice, mdoBilling } from "../src/index.js";

const claim = { principal: "100.00", defaultFrom: "2025-01-16", through: "2025-03-15" };
const invoice = { number: "1", month: "2026-03", invoiceDate: "2026-03-31" };

const cases: ReadonlyArray<BoundCase> = [
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
  itChecksListBounds(cases);
  it("a million invoice lines are refused at once", () => {
    const r = decodeInvoice({ ...invoice, lines: junk(1_000_000) });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["$.lines too-many"]);
  });
});
