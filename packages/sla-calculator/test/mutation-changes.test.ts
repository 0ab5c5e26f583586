// Tests that kill surviving mutants of src/changes.ts (issue #17, docs/quality.md): who may file
// a report or a change request (MDO-SLA §4.3, §10.1), the change-request priority (§10.3), problem
// identification (§12.1 item 1) and the payment condition on support (MDO-BV art. 2.10 b) — each
// step's rule, inputs, output and clause, and the sentences where they state who may file or
// whether support depends on payment. Every result is computed inside its `it`.
import type { Citation } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { changeRequestDeadlines, mayFile, problemIdentification, supportOwed } from "../src/changes.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, sla } from "./helpers.js";

const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);

describe("who may file a report or a change request (MDO-SLA §4.3, §10.1)", () => {
  it("a report by an employee who is not a registered contact is allowed: any employee may report (§4.3); the one reason records the filer and cites §4.3", () => {
    const v = mayFile({ kind: "report", registeredContact: false }, mdoSla2025);
    expect(v.value).toBe("allowed");
    expect(v.reasons).toHaveLength(1);
    const [s] = v.reasons;
    expect(s?.rule).toBe("report-filed-by");
    expect(s?.inputs).toStrictEqual({ kind: "report", registeredContact: false, filedBy: "any-employee" });
    expect(s?.output).toBe("allowed");
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 4.3"]);
    expect(s?.en).toContain("any employee of the customer may file a report");
  });
  it("a change request by someone who is not a registered contact is refused: only registered contact persons file change requests (§10.1); the reason records it and cites §10.1", () => {
    const v = mayFile({ kind: "change-request", registeredContact: false }, mdoSla2025);
    expect(v.value).toBe("refused");
    expect(v.reasons).toHaveLength(1);
    const [s] = v.reasons;
    expect(s?.rule).toBe("change-request-filed-by");
    expect(s?.inputs).toStrictEqual({
      kind: "change-request",
      registeredContact: false,
      filedBy: "registered-contact",
    });
    expect(s?.output).toBe("refused");
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 10.1"]);
    expect(s?.en).toContain("contact persons registered with the supplier may file a change request");
  });
});

describe("change requests, problems and the payment condition (MDO-SLA §10.3, §12.1; MDO-BV art. 2.10 b)", () => {
  it("a change request is handled as P4 (§10.3): the first step says so and cites §10.3, the P4 deadline steps follow; received Monday 23 November 2026 11:00 its response is due Thursday 26 November 17:00 (3 Werkdagen)", () => {
    const d = changeRequestDeadlines({ receivedAt: at("2026-11-23T11:00:00+01:00") }, sla);
    expect(d.value.responseDue.due).toBe(at("2026-11-26T17:00:00+01:00"));
    const [first, ...rest] = d.because;
    expect(first?.rule).toBe("change-request-priority");
    expect(first?.inputs).toStrictEqual({});
    expect(first?.output).toBe("P4");
    expect(articles(first?.citations ?? [])).toEqual(["MDO-SLA 10.3"]);
    expect(rest.length).toBeGreaterThan(0);
  });
  it("a report not solved directly but with a workaround is a problem (§12.1 item 1); its step records both facts and cites §12.1", () => {
    const r = problemIdentification({ solvedDirectly: false, workaroundAvailable: true }, mdoSla2025);
    expect(r.value).toBe(true);
    expect(r.because).toHaveLength(1);
    expect(r.because[0]?.inputs).toStrictEqual({ solvedDirectly: false, workaroundAvailable: true });
    expect(r.because[0]?.output).toBe(true);
    expect(articles(r.because[0]?.citations ?? [])).toEqual(["MDO-SLA 12.1"]);
  });
  it("no support is owed while a payment obligation is unmet (MDO-BV art. 2.10 b); the step records both facts and cites 2.10 b", () => {
    const r = supportOwed({ paymentObligationsMet: false }, mdoSla2025);
    expect(r.value).toBe(false);
    expect(r.because).toHaveLength(1);
    expect(r.because[0]?.inputs).toStrictEqual({
      paymentObligationsMet: false,
      supportRequiresPayment: true,
    });
    expect(r.because[0]?.output).toBe(false);
    expect(articles(r.because[0]?.citations ?? [])).toEqual(["MDO-BV 2.10 b"]);
  });
  it("support is owed when payments are met, and the step says support depends on them (MDO-BV art. 2.10 b); under an SLA without the condition it says support does not depend on payment", () => {
    const paid = supportOwed({ paymentObligationsMet: true }, mdoSla2025);
    expect(paid.value).toBe(true);
    expect(paid.because[0]?.en).toBe("Payment obligations are met: support is owed.");
    expect(paid.because[0]?.nl).toBe(
      "Aan de betalingsverplichtingen is voldaan: ondersteuning is verschuldigd.",
    );
    const unconditional = {
      ...mdoSla2025,
      supportRequiresPayment: { ...mdoSla2025.supportRequiresPayment, value: false },
    };
    const free = supportOwed({ paymentObligationsMet: false }, unconditional);
    expect(free.value).toBe(true);
    expect(free.because[0]?.en).toBe("Support does not depend on payment: support is owed.");
    expect(free.because[0]?.nl).toBe(
      "Ondersteuning hangt niet af van betaling: ondersteuning is verschuldigd.",
    );
  });
});
