// decodeInvoice and decodeMaternityClaim take no rulebook, so they refuse a date from which a rule
// of any rulebook would derive a date past 9999-12-31: an invoice date after 9990-01-02 (its due
// date 3 650 days later, the longest payment term a rulebook may hold, is 9999-12-31) and a birth
// after 9999-01-01 (the maternity period, at most 52 weeks after it). This library's reading
// (docs/guide/limits.md). Every invoice and claim they accept has its dates under every rulebook.
import { addDays, date, fromEpochDay, toEpochDay } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BillingRules,
  ClaimRules,
  decodeBillingRules,
  decodeClaimRules,
  decodeInvoice,
  decodeMaternityClaim,
  directDebitDate,
  dueDate,
  maternityPeriod,
  mdoBilling,
  settleClaim,
  vgzMaternityClaims,
} from "../src/index.js";

const invoiceOn = (invoiceDate: string) =>
  decodeInvoice({ number: "n", month: "2099-12", invoiceDate, lines: [] });
const claimBorn = (birth: string) =>
  decodeMaternityClaim({
    careType: "maternity-care",
    contracted: true,
    lines: [{ id: "l1", code: "A", caregiver: "x", date: birth, amount: "10.00" }],
    registrations: [{ caregiver: "x", qualifiedFor: ["maternity-care"], reported: true }],
    pregnancy: { start: "9998-03-01", birth },
  });
const withTerm = (paymentTermDays: number, directDebitDay: number): BillingRules => ({
  ...mdoBilling,
  paymentTermDays: { ...mdoBilling.paymentTermDays, value: paymentTermDays },
  directDebitDay: { ...mdoBilling.directDebitDay, value: directDebitDay },
});
const withWeeks = (weeks: number): ClaimRules => ({
  ...vgzMaternityClaims,
  maternityWeeksAfterBirth: { ...vgzMaternityClaims.maternityWeeksAfterBirth, value: weeks },
});

describe("decodeInvoice: the last invoice date is 9990-01-02 (MDO-BV 6.9: due N days after the invoice date, N at most 3 650)", () => {
  it("9990-01-02 decodes and is due 9999-12-31 under the longest term; 9990-01-03 and 9999-12-20 are refused at the invoice date", () => {
    const ok = invoiceOn("9990-01-02");
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(dueDate(ok.value, withTerm(3650, 28)).value).toBe("9999-12-31");
    for (const d of ["9990-01-03", "9999-12-20"]) {
      const r = invoiceOn(d);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues.map((i) => i.path)).toEqual(["$.invoiceDate"]);
        expect(r.issues[0]?.message).toContain("9990-01-02");
        expect(r.issues[0]?.message).not.toContain(d);
      }
    }
  });
  it("the bound is the rulebook's own: a payment term of 3 650 days decodes, 3 651 does not", () => {
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(BillingRules)(mdoBilling)));
    const rules = (days: number) => ({ ...json, paymentTermDays: { ...json.paymentTermDays, value: days } });
    expect(decodeBillingRules(rules(3650)).ok).toBe(true);
    expect(decodeBillingRules(rules(3651)).ok).toBe(false);
  });
  it("property: every decoded invoice has a due date and a direct-debit date under every payment term and debit day", () => {
    const last = toEpochDay(date("9990-01-02"));
    fc.assert(
      fc.property(
        fc.integer({ min: last - 400, max: last }),
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 28 }),
        (day, term, debit) => {
          const r = invoiceOn(fromEpochDay(day));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(dueDate(r.value, withTerm(term, debit)).value).toBe(addDays(r.value.invoiceDate, term));
          expect(directDebitDate(r.value, withTerm(term, debit)).value >= r.value.invoiceDate).toBe(true);
        },
      ),
    );
  });
});

describe("decodeMaternityClaim: the last birth date is 9999-01-01 (VGZ maternity care: up to and including N weeks after the birth, N at most 52)", () => {
  it("a birth on 9999-01-01 decodes and its period ends 9999-12-31 under 52 weeks; 9999-01-02 and 9999-12-01 are refused at the birth", () => {
    const ok = claimBorn("9999-01-01");
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(
        maternityPeriod(ok.value.pregnancy ?? { start: date("9998-03-01") }, withWeeks(52)).value.through,
      ).toBe("9999-12-31");
      expect(settleClaim(ok.value, vgzMaternityClaims).value.payment).toBe("full");
    }
    for (const d of ["9999-01-02", "9999-12-01"]) {
      const r = claimBorn(d);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues.map((i) => i.path)).toEqual(["$.pregnancy.birth"]);
        expect(r.issues[0]?.message).toContain("9999-01-01");
      }
    }
  });
  it("the bound is the rulebook's own: 52 weeks after the birth decodes, 53 does not", () => {
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(ClaimRules)(vgzMaternityClaims)));
    const rules = (weeks: number) => ({
      ...json,
      maternityWeeksAfterBirth: { ...json.maternityWeeksAfterBirth, value: weeks },
    });
    expect(decodeClaimRules(rules(52)).ok).toBe(true);
    expect(decodeClaimRules(rules(53)).ok).toBe(false);
  });
});
