import { date, euros, explainToText, type LocalDate } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { type Account, decodeAccount, mdoBilling, type PaymentEvent, statusAt } from "../src/index.js";

const inv = (number: string, invoiceDate: string, amount: string) => ({
  number,
  invoiceDate: date(invoiceDate),
  amount: euros(amount),
});
const reminder = (invoice: string, on: string, termEnds: string): PaymentEvent => ({
  type: "reminderSent",
  on: date(on),
  invoice,
  termEnds: date(termEnds),
});
const paid = (invoice: string, on: string, amount: string): PaymentEvent => ({
  type: "paid",
  on: date(on),
  invoice,
  amount: euros(amount),
});
const at = (account: Account, day: string) => statusAt(account, mdoBilling, date(day) as LocalDate).value;

describe("default and reminders (MDO-BV 6.9, 6.10)", () => {
  const one: Account = { invoices: [inv("A-1", "2026-04-15", "1000.00")], events: [] };

  test("an invoice dated 15 Apr 2026 is due 15 May and in default from 16 May", () => {
    expect(at(one, "2026-05-15").invoices[0]).toMatchObject({ state: "not-due", dueDate: "2026-05-15" });
    expect(at(one, "2026-05-16").invoices[0]).toMatchObject({
      state: "in-default",
      defaultFrom: "2026-05-16",
    });
  });

  test("paid in full on the due date: never in default", () => {
    const s = at({ ...one, events: [paid("A-1", "2026-05-15", "1000.00")] }, "2026-07-01");
    expect(s.invoices[0]?.state).toBe("paid");
    expect(s.may.remind.value).toBe("refused");
  });

  test("a reminder before the default has no effect and is reported", () => {
    const s = at({ ...one, events: [reminder("A-1", "2026-05-10", "2026-05-24")] }, "2026-06-01");
    expect(s.rejected).toEqual([
      { index: 0, type: "reminderSent", reason: "invoice A-1 is not in default on 2026-05-10." },
    ]);
    expect(s.invoices[0]?.reminders).toBe(0);
  });

  test("no interest while the first reminder's term runs; from the day after it, interest from the first day of default", () => {
    const account = { ...one, events: [reminder("A-1", "2026-05-20", "2026-06-03")] };
    expect(at(account, "2026-06-03").invoices[0]).toMatchObject({ state: "in-default", interest: 0 });
    // 4 Jun: the term has passed unpaid → interest from 16 May through 4 Jun = 20 days:
    // 1 000 × 10.15 % × 20/365 = 5.5616 → € 5,56
    const s = at(account, "2026-06-04");
    expect(s.invoices[0]).toMatchObject({
      state: "interest-bearing",
      interestChargeable: true,
      interest: euros("5.56"),
    });
    expect(s.totals.outstanding).toBe(euros("1005.56"));
  });

  test("past the end of the rate table the interest is flagged provisional", () => {
    const account = { ...one, events: [reminder("A-1", "2026-05-20", "2026-06-03")] };
    expect(at(account, "2026-06-30").invoices[0]?.interestProvisionalFrom).toBeUndefined();
    expect(at(account, "2026-07-15").invoices[0]?.interestProvisionalFrom).toBe("2026-07-01");
  });

  test("a second reminder gives a new term: interest is chargeable again only once that term has passed unpaid (6.10 'laatst genoemde termijn')", () => {
    const events = [reminder("A-1", "2026-05-20", "2026-06-03"), reminder("A-1", "2026-06-10", "2026-06-24")];
    expect(at({ ...one, events }, "2026-06-09").invoices[0]?.interestChargeable).toBe(true);
    expect(at({ ...one, events }, "2026-06-15").invoices[0]?.interestChargeable).toBe(false);
    expect(at({ ...one, events }, "2026-06-25").invoices[0]?.interestChargeable).toBe(true);
    // paid in full within the second term: no interest at all
    const paidInTerm = [...events, paid("A-1", "2026-06-20", "1000.00")];
    expect(at({ ...one, events: paidInTerm }, "2026-07-01").invoices[0]).toMatchObject({
      state: "paid",
      interest: 0,
    });
  });

  test("a payment larger than what is owed is reported as overpaid, not silently absorbed", () => {
    const s = at({ ...one, events: [paid("A-1", "2026-05-01", "1200.00")] }, "2026-05-02");
    expect(s.invoices[0]).toMatchObject({ state: "paid", outstanding: 0, overpaid: euros("200.00") });
  });

  test("paid in full within the reminder's term: no interest at all", () => {
    const s = at(
      { ...one, events: [reminder("A-1", "2026-05-20", "2026-06-03"), paid("A-1", "2026-06-02", "1000.00")] },
      "2026-07-01",
    );
    expect(s.invoices[0]).toMatchObject({ state: "paid", interest: 0, outstanding: 0 });
  });

  test("a third reminder is rejected at decoding, with the reason", () => {
    const r = decodeAccount(
      {
        invoices: [{ number: "A-1", invoiceDate: "2026-04-15", amount: "1000.00" }],
        events: [
          { type: "reminderSent", on: "2026-05-20", invoice: "A-1", termEnds: "2026-06-03" },
          { type: "reminderSent", on: "2026-06-05", invoice: "A-1", termEnds: "2026-06-19" },
          { type: "reminderSent", on: "2026-06-22", invoice: "A-1", termEnds: "2026-07-06" },
        ],
      },
      mdoBilling,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toContain("at most 2 reminders");
  });
});

describe("hand-over and collection costs (MDO-BV 6.11)", () => {
  const three: Account = {
    invoices: [
      inv("A-1", "2026-04-15", "2000.00"),
      inv("A-2", "2026-04-15", "2000.00"),
      inv("A-3", "2026-04-15", "2000.00"),
    ],
    events: [
      ...["A-1", "A-2", "A-3"].flatMap((n) => [
        reminder(n, "2026-05-20", "2026-06-03"),
        reminder(n, "2026-06-05", "2026-06-19"),
      ]),
      { type: "handedOver", on: date("2026-06-20"), invoices: ["A-1", "A-2", "A-3"] },
    ],
  };

  test("three invoices of € 2.000 handed over together bear € 1.000 once, not € 3.000", () => {
    const s = at(three, "2026-06-20");
    // interest per invoice 16 May–20 Jun = 36 days: 2 000 × 10.15 % × 36/365 = 20.0219 → 20.02
    expect(s.handOvers).toEqual([
      {
        on: "2026-06-20",
        invoices: ["A-1", "A-2", "A-3"],
        totalOwed: euros("6060.06"),
        costs: euros("1000.00"),
      },
    ]);
    expect(s.invoices.map((i) => i.costs)).toEqual([euros("333.34"), euros("333.33"), euros("333.33")]);
    expect(s.totals.costs).toBe(euros("1000.00"));
    expect(s.invoices.every((i) => i.state === "handed-over")).toBe(true);
  });

  test("a hand-over before the second reminder's term has passed has no effect", () => {
    const early: Account = {
      ...three,
      events: [
        ...three.events.slice(0, 6),
        { type: "handedOver", on: date("2026-06-19"), invoices: ["A-1"] },
      ],
    };
    const s = at(early, "2026-06-25");
    expect(s.handOvers).toEqual([]);
    expect(s.rejected[0]?.reason).toBe("the term of reminder 2 for invoice A-1 runs until 2026-06-19.");
    expect(s.may.handOver.value).toBe("allowed");
    expect(s.may.handOver.details.invoices).toEqual(["A-1", "A-2", "A-3"]);
  });

  test("a later payment pays the collection costs first, then interest, then principal (art. 6:44 BW)", () => {
    const s = at({ ...three, events: [...three.events, paid("A-1", "2026-06-25", "400.00")] }, "2026-06-25");
    const a1 = s.invoices[0];
    // 400 → costs 333.34, then interest (16 May–25 Jun = 41 days: 2 000 × 10.15 % × 41/365 = 22.8027 → 22.80), then 43.86 principal
    expect(a1?.costs).toBe(0);
    expect(a1?.interest).toBe(0);
    expect(a1?.principal).toBe(euros("1956.14"));
  });
});

describe("suspension needs a formal notice of default (MDO-BV 6.12, 2.15)", () => {
  const base: Account = {
    invoices: [inv("A-1", "2026-04-15", "1000.00")],
    events: [reminder("A-1", "2026-05-20", "2026-06-03"), reminder("A-1", "2026-06-05", "2026-06-19")],
  };

  test("after the second term, without a formal notice: blocking use is refused and a suspension event has no effect", () => {
    const s = at(
      { ...base, events: [...base.events, { type: "suspended", on: date("2026-06-22") }] },
      "2026-06-22",
    );
    expect(s.may.suspend.value).toBe("refused");
    expect(explainToText({ because: s.may.suspend.reasons }, "en")).toContain("MDO-BV art. 2.15");
    expect(s.suspended).toBe(false);
    expect(s.rejected[0]?.type).toBe("suspended");
  });

  test("with a formal notice whose term has passed: allowed, and the suspension lasts until everything is paid", () => {
    const events = [
      ...base.events,
      { type: "formalNotice" as const, on: date("2026-06-20"), termEnds: date("2026-06-27") },
    ];
    expect(at({ ...base, events }, "2026-06-27").may.suspend.value).toBe("refused"); // the notice's term runs through 27 Jun
    expect(at({ ...base, events }, "2026-06-28").may.suspend.value).toBe("allowed");
    const suspended = [...events, { type: "suspended" as const, on: date("2026-06-28") }];
    expect(at({ ...base, events: suspended }, "2026-07-01").suspended).toBe(true);
    // principal 1 000 plus interest 16 May–10 Jul (56 days: 1 000 × 10.15 % × 56/365 = 15.5726 → 15.57)
    const allPaid = [...suspended, paid("A-1", "2026-07-10", "1015.57")];
    const s = at({ ...base, events: allPaid }, "2026-07-10");
    expect(s.totals.outstanding).toBe(0);
    expect(s.suspended).toBe(false);
  });
});

describe("dissolution and the end of the agreement (MDO-BV 6.13, 6.14)", () => {
  const base: Account = {
    invoices: [inv("A-1", "2026-04-15", "1000.00"), inv("A-2", "2026-06-10", "500.00")],
    events: [reminder("A-1", "2026-05-20", "2026-06-03"), reminder("A-1", "2026-06-05", "2026-06-19")],
  };

  test("after two written demands: undetermined while the customer's right of suspension is unknown", () => {
    const v = at(base, "2026-06-20").may.dissolve;
    expect(v.value).toBe("undetermined");
    expect(v.reasons[0]?.en).toContain("customerMaySuspend");
  });

  test("allowed when the customer has no right of suspension, refused when it has one", () => {
    expect(at({ ...base, customerMaySuspend: false }, "2026-06-20").may.dissolve.value).toBe("allowed");
    expect(at({ ...base, customerMaySuspend: true }, "2026-06-20").may.dissolve.value).toBe("refused");
  });

  test("after a dissolution every claim is due at once: A-2 (due 10 Jul) becomes due on 20 Jun", () => {
    const s = at(
      {
        ...base,
        customerMaySuspend: false,
        events: [...base.events, { type: "dissolved", on: date("2026-06-20") }],
      },
      "2026-06-21",
    );
    expect(s.dissolved).toBe("2026-06-20");
    expect(s.allDueBy).toBe("2026-06-20");
    expect(s.invoices[1]).toMatchObject({
      dueDate: "2026-06-20",
      state: "in-default",
      defaultFrom: "2026-06-21",
    });
  });

  test("one written demand is not 'herhaaldelijk': dissolution has no effect", () => {
    const s = at(
      {
        ...base,
        customerMaySuspend: false,
        events: [base.events[0] as PaymentEvent, { type: "dissolved", on: date("2026-06-20") }],
      },
      "2026-06-21",
    );
    expect(s.dissolved).toBeUndefined();
    expect(s.rejected[0]?.reason).toContain("2 written demands");
  });

  test("after the agreement ends on 30 Jun 2026 everything is due within 30 days, by 30 Jul; an earlier own due date stays", () => {
    const ended = at({ ...base, events: [{ type: "contractEnded", on: date("2026-06-30") }] }, "2026-07-01");
    expect(ended.allDueBy).toBe("2026-07-30");
    expect(ended.invoices[1]?.dueDate).toBe("2026-07-10"); // its own term ends earlier
    const late = at(
      {
        invoices: [inv("B-1", "2026-07-15", "100.00")],
        events: [{ type: "contractEnded", on: date("2026-06-30") }],
      },
      "2026-07-31",
    );
    // dated 15 Jul, own term to 14 Aug; 6.14 moves it to 30 Jul
    expect(late.invoices[0]).toMatchObject({ dueDate: "2026-07-30", state: "in-default" });
  });

  test("a due date moved earlier by the end of the agreement does not start interest earlier: from the day after the original term (6.10 'oorspronkelijke betaaltermijn')", () => {
    const account: Account = {
      invoices: [inv("B-1", "2026-07-15", "1000.00")],
      events: [
        { type: "contractEnded", on: date("2026-06-30") },
        reminder("B-1", "2026-08-01", "2026-08-10"),
      ],
    };
    // in default from 31 Jul (due 30 Jul by 6.14), but interest from 15 Aug (own term ended 14 Aug):
    // 15–20 Aug = 6 days, 1 000 × 10.15 % × 6/365 = 1.6685 → € 1,67
    const s = at(account, "2026-08-20").invoices[0];
    expect(s).toMatchObject({ defaultFrom: "2026-07-31", interestChargeable: true, interest: euros("1.67") });
  });
});
