import { explainToText, instant } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { evaluate } from "../src/evaluate.js";
import { vjzRetention as vjz } from "../src/presets/vjz.js";
import { judge, on, rec } from "./helpers.js";

describe("VJZ §2 table row 1 and §4: the contact form is kept while the question is handled", () => {
  test("an unanswered question is kept, with no end date (VJZ §2 row 1)", () => {
    expect(judge(rec("contact-form", { received: "2026-03-02" }), vjz, on("2027-06-01"))).toEqual({
      status: "keep",
      keepUntil: undefined,
      deleteBy: undefined,
    });
  });
  test("answered on 10 Mar 2026: may exist that day, must be deleted from 11 Mar 00:00 (VJZ §4)", () => {
    const form = rec("contact-form", { received: "2026-03-02", answered: "2026-03-10" });
    expect(judge(form, vjz, on("2026-03-10", "23:59")).status).toBe("may-delete");
    expect(judge(form, vjz, on("2026-03-11", "00:00"))).toEqual({
      status: "must-delete",
      keepUntil: undefined,
      deleteBy: "2026-03-10",
    });
    expect(evaluate(form, vjz, on("2026-03-11")).value.deleteFrom).toBe(instant("2026-03-11T00:00:00+01:00"));
  });
});

describe("VJZ §2 item 3: phone recordings are kept at most 30 days", () => {
  test("recorded 31 Jan 2026: last day 2 Mar, must be deleted from 3 Mar", () => {
    const call = rec("phone-recording", { recorded: "2026-01-31" });
    expect(judge(call, vjz, on("2026-03-02", "23:59"))).toEqual({
      status: "may-delete",
      keepUntil: undefined,
      deleteBy: "2026-03-02",
    });
    expect(judge(call, vjz, on("2026-03-03", "00:00")).status).toBe("must-delete");
  });
});

describe("VJZ §2 table row 2, §2 and §4: one consent or withdrawal via DigiD", () => {
  test("while it is being processed it is kept, at the latest until 1 year after submission", () => {
    const form = rec("consent-form-digid", { submitted: "2026-03-15" });
    expect(judge(form, vjz, on("2026-09-01"))).toEqual({
      status: "keep",
      keepUntil: undefined,
      deleteBy: "2027-03-15",
    });
  });
  test("still unprocessed after a year it must go anyway ('In ieder geval worden je gegevens na één jaar verwijderd')", () => {
    const form = rec("consent-form-digid", { submitted: "2026-03-15" });
    expect(judge(form, vjz, on("2027-03-16", "00:00")).status).toBe("must-delete");
  });
  test("processed on 20 Mar 2026: destroyed right after — must be deleted from 21 Mar", () => {
    const form = rec("consent-form-digid", { submitted: "2026-03-15", processed: "2026-03-20" });
    expect(judge(form, vjz, on("2026-03-20", "18:00")).status).toBe("may-delete");
    expect(judge(form, vjz, on("2026-03-21", "00:00"))).toEqual({
      status: "must-delete",
      keepUntil: undefined,
      deleteBy: "2026-03-20",
    });
  });
  test("submitted on 29 Feb 2028: the year ends on 28 Feb 2029", () => {
    const form = rec("consent-form-digid", { submitted: "2028-02-29" });
    expect(judge(form, vjz, on("2029-02-28")).deleteBy).toBe("2029-02-28");
    expect(judge(form, vjz, on("2029-03-01", "00:00")).status).toBe("must-delete");
  });
});

describe("VJZ §2: without DigiD the form becomes a PDF and is not stored", () => {
  test("a stored PDF form must be deleted at once, on the day it was made too", () => {
    const pdf = rec("consent-form-pdf", { created: "2026-05-04" });
    expect(judge(pdf, vjz, on("2026-05-04", "10:00"))).toEqual({
      status: "must-delete",
      keepUntil: undefined,
      deleteBy: "2026-05-03",
    });
    expect(explainToText(evaluate(pdf, vjz, on("2026-05-04")), "en")).toContain("VJZ §2");
  });
});

describe("VJZ §2 table row 3 and §4: overview request", () => {
  test("processed 31 Aug 2026, at most 6 months: may exist through 28 Feb 2027, must go from 1 Mar 2027 00:00", () => {
    const req = rec("overview-request", {
      created: "2026-08-20",
      sent: "2026-08-20",
      processed: "2026-08-31",
    });
    expect(judge(req, vjz, instant("2027-02-28T23:59:59+01:00"))).toEqual({
      status: "may-delete",
      keepUntil: undefined,
      deleteBy: "2027-02-28",
    });
    expect(judge(req, vjz, instant("2027-03-01T00:00:00+01:00")).status).toBe("must-delete");
  });
  test("form never sent: at most 2 months from creation (created 31 Jan: through 31 Mar)", () => {
    const draft = rec("overview-request", { created: "2026-01-31" });
    expect(judge(draft, vjz, on("2026-03-31")).deleteBy).toBe("2026-03-31");
    expect(judge(draft, vjz, on("2026-04-01", "00:00")).status).toBe("must-delete");
  });
  test("a sent form is no longer under the 2-month rule; before processing it is kept and nothing bounds it (VJZ states no maximum for it)", () => {
    const sent = rec("overview-request", { created: "2026-01-31", sent: "2026-02-01" });
    // VJZ §4: kept "voor de tijd die nodig is" to send the overview — keep, not may-delete
    expect(judge(sent, vjz, on("2026-06-01"))).toEqual({
      status: "keep",
      keepUntil: undefined,
      deleteBy: undefined,
    });
    const steps = evaluate(sent, vjz, on("2026-06-01")).because.map((s) => s.rule);
    expect(steps).toContain("retention-after-event-max");
    expect(steps).toContain("retention-while-active");
  });
  test("created 31 Dec 2026, never sent: 2 months end on 28 Feb 2027", () => {
    expect(judge(rec("overview-request", { created: "2026-12-31" }), vjz, on("2027-01-15")).deleteBy).toBe(
      "2027-02-28",
    );
  });
});

describe("VJZ §2 and §4: withdraw all consents", () => {
  test("both maxima apply and the earliest wins: 1 year from sending before 6 months after processing", () => {
    const req = rec("withdraw-all-request", {
      created: "2026-01-10",
      sent: "2026-01-10",
      processed: "2026-11-30",
    });
    const v = evaluate(req, vjz, on("2026-12-01")).value;
    expect(v.deleteBy).toBe("2027-01-10");
    expect(v.deleteRule).toBe("withdraw-all-1-year");
  });
  test("processed soon after sending: 6 months after processing is the earlier bound", () => {
    const req = rec("withdraw-all-request", {
      created: "2026-04-28",
      sent: "2026-04-30",
      processed: "2026-04-30",
    });
    const v = evaluate(req, vjz, on("2026-05-01")).value;
    expect([v.deleteBy, v.deleteRule]).toEqual(["2026-10-30", "withdraw-all-6-months-after-processing"]);
  });
  test("never sent: 2 months from creation (30 Apr: through 30 Jun)", () => {
    expect(
      judge(rec("withdraw-all-request", { created: "2026-04-30" }), vjz, on("2026-07-01", "00:00")),
    ).toEqual({
      status: "must-delete",
      keepUntil: undefined,
      deleteBy: "2026-06-30",
    });
  });
});

describe("VJZ §4: the mandatory documents are destroyed right after processing", () => {
  test("kept until processed, must be deleted from the next day", () => {
    expect(judge(rec("request-documents", { received: "2026-05-01" }), vjz, on("2026-05-03")).status).toBe(
      "keep",
    );
    expect(
      judge(
        rec("request-documents", { received: "2026-05-01", processed: "2026-05-04" }),
        vjz,
        on("2026-05-05", "00:00"),
      ).status,
    ).toBe("must-delete");
  });
});

describe("VJZ §2 table row 4 and §4: notification subscription while subscribed", () => {
  test("kept while subscribed; e-mail and BSN must go the day after unsubscribing", () => {
    expect(
      judge(rec("notification-subscription", { subscribed: "2026-01-01" }), vjz, on("2030-01-01")).status,
    ).toBe("keep");
    const ended = rec("notification-subscription", { subscribed: "2026-01-01", unsubscribed: "2026-06-15" });
    expect(judge(ended, vjz, on("2026-06-16", "00:00"))).toEqual({
      status: "must-delete",
      keepUntil: undefined,
      deleteBy: "2026-06-15",
    });
  });
});

describe("VJZ §2 table row 5: IP address for security logging, 6 months", () => {
  test("an IP log written 1 Jan 2026 is may-delete on 1 Mar 2026 and must be deleted from 2 Jul 2026", () => {
    const log = rec("ip-log", { written: "2026-01-01" });
    expect(judge(log, vjz, on("2026-03-01"))).toEqual({
      status: "may-delete",
      keepUntil: undefined,
      deleteBy: "2026-07-01",
    });
    expect(judge(log, vjz, on("2026-07-02", "00:00")).status).toBe("must-delete");
  });
});

describe("explanations", () => {
  test("cite the rule's clauses and state the figures from the rulebook, in English and Dutch", () => {
    const r = evaluate(rec("ip-log", { written: "2026-01-01" }), vjz, on("2026-07-02"));
    expect(explainToText(r, "en")).toContain("at most 6 months after written");
    expect(explainToText(r, "nl")).toContain("maximaal 6 maanden na written");
    expect(explainToText(r, "en")).toContain("VJZ §2 table, row 5");
  });
});

describe("VJZ §2: the BSN leaves the LSP reference index directly after a withdrawal is processed", () => {
  test("kept while consent stands; must be gone from the day after the provider processed the withdrawal", () => {
    expect(
      judge(rec("reference-index-entry", { registered: "2026-01-10" }), vjz, on("2030-01-01")).status,
    ).toBe("keep");
    const w = rec("reference-index-entry", {
      registered: "2026-01-10",
      "withdrawal-processed": "2026-05-04",
    });
    expect(judge(w, vjz, on("2026-05-04", "23:00")).status).toBe("may-delete");
    expect(judge(w, vjz, on("2026-05-05", "00:00"))).toEqual({
      status: "must-delete",
      keepUntil: undefined,
      deleteBy: "2026-05-04",
    });
  });
});
