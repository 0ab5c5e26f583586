// Tests that kill the surviving mutants of src/payment-state.ts (issue #17, docs/quality.md).
// Every expected value follows from the clause named in the test (MDO-BV art. 6.9–6.14, 2.15) or
// from the reading written in the module's TSDoc (docs/guide/billing.md §4), never from a run.
import { date, euros, type LocalDate, type Step } from "@zorgkit/core";
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
const notice = (on: string, termEnds?: string): PaymentEvent =>
  termEnds === undefined
    ? { type: "formalNotice", on: date(on) }
    : { type: "formalNotice", on: date(on), termEnds: date(termEnds) };
const handOver = (on: string, ...invoices: Array<string>): PaymentEvent => ({
  type: "handedOver",
  on: date(on),
  invoices,
});
const dated = (type: "suspended" | "dissolved" | "contractEnded", on: string): PaymentEvent => ({
  type,
  on: date(on),
});
const status = (account: Account, day: string) => statusAt(account, mdoBilling, date(day) as LocalDate);
const at = (account: Account, day: string) => status(account, day).value;
const cites = (s: Step | undefined) => (s?.citations ?? []).map((c) => `${c.source} ${c.article}`);

// dated 15 Apr 2026, € 1 000, due 15 May (30 days, 6.9), in default from 16 May (6.10).
const a1 = inv("A-1", "2026-04-15", "1000.00");
// the two reminders of 6.10, the second term ending 19 Jun
const r1 = reminder("A-1", "2026-05-20", "2026-06-03");
const r2 = reminder("A-1", "2026-06-05", "2026-06-19");
const twoReminders: Account = { invoices: [a1], events: [r1, r2] };

const raw = (events: ReadonlyArray<unknown>, invoices: ReadonlyArray<unknown> = [rawA1]) => ({
  invoices,
  events,
});
const rawA1 = { number: "A-1", invoiceDate: "2026-04-15", amount: "1000.00" };
const issuesOf = (r: ReturnType<typeof decodeAccount>) => (r.ok ? [] : r.issues.map((i) => i.path));

describe("decoding an account under a rulebook (AccountFor; MDO-BV 6.10, 6.11)", () => {
  test("an account with reminders, formal notices with and without a term (one ending the day it is given), a hand-over and a payment decodes", () => {
    const r = decodeAccount(
      raw(
        [
          { type: "reminderSent", on: "2026-05-20", invoice: "A-1", termEnds: "2026-06-03" },
          { type: "reminderSent", on: "2026-06-05", invoice: "A-1", termEnds: "2026-06-19" },
          { type: "reminderSent", on: "2026-06-20", invoice: "A-2", termEnds: "2026-06-20" },
          { type: "formalNotice", on: "2026-06-20", termEnds: "2026-06-27" },
          { type: "formalNotice", on: "2026-06-21", termEnds: "2026-06-21" },
          { type: "formalNotice", on: "2026-06-22" },
          { type: "handedOver", on: "2026-06-23", invoices: ["A-1"] },
          { type: "paid", on: "2026-06-24", invoice: "A-1", amount: "10.00" },
        ],
        [rawA1, { number: "A-2", invoiceDate: "2026-05-01", amount: "50.00" }],
      ),
      mdoBilling,
    );
    expect(issuesOf(r)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  test("a reminder whose term ends before it was sent is refused at its termEnds", () => {
    const r = decodeAccount(
      raw([{ type: "reminderSent", on: "2026-05-20", invoice: "A-1", termEnds: "2026-05-19" }]),
      mdoBilling,
    );
    expect(issuesOf(r)).toEqual(["$.events[0].termEnds"]);
  });

  test("a formal notice whose term ends before it was given is refused at its termEnds", () => {
    const r = decodeAccount(
      raw([
        { type: "reminderSent", on: "2026-05-20", invoice: "A-1", termEnds: "2026-06-03" },
        { type: "formalNotice", on: "2026-06-20", termEnds: "2026-06-19" },
      ]),
      mdoBilling,
    );
    expect(issuesOf(r)).toEqual(["$.events[1].termEnds"]);
  });

  test("a payment, a reminder or a hand-over naming an invoice that is not in the account is refused at the event", () => {
    for (const e of [
      { type: "paid", on: "2026-05-20", invoice: "X-9", amount: "10.00" },
      { type: "reminderSent", on: "2026-05-20", invoice: "X-9", termEnds: "2026-06-03" },
      { type: "handedOver", on: "2026-06-20", invoices: ["A-1", "X-9"] },
    ]) {
      expect(issuesOf(decodeAccount(raw([e]), mdoBilling))).toEqual(["$.events[0]"]);
    }
  });

  test("an invoice number used twice is refused at the second invoice's number", () => {
    const r = decodeAccount(raw([], [rawA1, { ...rawA1, invoiceDate: "2026-05-15" }]), mdoBilling);
    expect(issuesOf(r)).toEqual(["$.invoices[1].number"]);
  });

  test("a hand-over of no invoices is refused (6.11: a hand-over is of one or more claims)", () => {
    const r = decodeAccount(raw([{ type: "handedOver", on: "2026-06-20", invoices: [] }]), mdoBilling);
    expect(r.ok).toBe(false);
    expect(issuesOf(r)[0]).toContain("$.events[0]");
  });

  test("invoices or payments adding up to more than € 1.000.000.000.000,00 are refused (exact cents)", () => {
    const big = (number: string) => ({ number, invoiceDate: "2026-04-15", amount: "600000000000.00" });
    expect(issuesOf(decodeAccount(raw([], [big("A-1"), big("A-2")]), mdoBilling))).toEqual(["$.invoices"]);
    const pay = { type: "paid", on: "2026-05-20", invoice: "A-1", amount: "600000000000.00" };
    expect(issuesOf(decodeAccount(raw([pay, pay]), mdoBilling))).toEqual(["$.events"]);
    // just within: one such invoice and one such payment
    expect(decodeAccount(raw([pay], [big("A-1")]), mdoBilling).ok).toBe(true);
  });

  test("a third reminder is refused at that event, also under a rulebook the decoder has not seen before (6.10 'maximaal tweemaal')", () => {
    const rules = { ...mdoBilling };
    const r = decodeAccount(
      raw([
        { type: "reminderSent", on: "2026-05-20", invoice: "A-1", termEnds: "2026-06-03" },
        { type: "reminderSent", on: "2026-06-05", invoice: "A-1", termEnds: "2026-06-19" },
        { type: "reminderSent", on: "2026-06-22", invoice: "A-1", termEnds: "2026-07-06" },
      ]),
      rules,
    );
    expect(issuesOf(r)).toEqual(["$.events[2]"]);
  });
});

describe("default and reminders (MDO-BV 6.9, 6.10)", () => {
  test("a reminder sent on the first day of default (16 May) counts: its term passed unpaid, interest is chargeable", () => {
    const s = at({ invoices: [a1], events: [reminder("A-1", "2026-05-16", "2026-05-30")] }, "2026-05-31");
    expect(s.rejected).toEqual([]);
    expect(s.invoices[0]).toMatchObject({
      reminders: 1,
      interestChargeable: true,
      state: "interest-bearing",
    });
  });

  test("an invoice paid late but in full (20 May) is no longer in default: a later reminder has no effect, and none may be sent", () => {
    const s = at(
      {
        invoices: [a1],
        events: [paid("A-1", "2026-05-20", "1000.00"), reminder("A-1", "2026-05-25", "2026-06-08")],
      },
      "2026-05-25",
    );
    expect(s.rejected).toEqual([
      { index: 1, type: "reminderSent", reason: "invoice A-1 was paid by 2026-05-25." },
    ]);
    expect(s.invoices[0]).toMatchObject({ state: "paid", reminders: 0 });
    expect(s.may.remind.value).toBe("refused");
  });

  test("an invoice paid on its due date never was in default: a reminder is rejected for that reason", () => {
    const s = at(
      {
        invoices: [a1],
        events: [paid("A-1", "2026-05-15", "1000.00"), reminder("A-1", "2026-05-20", "2026-06-03")],
      },
      "2026-06-10",
    );
    expect(s.rejected[0]?.reason).toBe("invoice A-1 is not in default on 2026-05-20.");
    expect(s.invoices[0]?.interestChargeable).toBe(false);
    expect(s.invoices[0]).not.toHaveProperty("defaultFrom");
  });

  test("on the day the second reminder is sent its new term runs: no interest is chargeable that day (6.10 'laatst genoemde termijn')", () => {
    const events = [r1, reminder("A-1", "2026-06-10", "2026-06-24")];
    expect(at({ invoices: [a1], events }, "2026-06-10").invoices[0]).toMatchObject({
      state: "in-default",
      interestChargeable: false,
      interest: 0,
    });
  });

  test("an invoice not yet due has no default date and no chargeable interest", () => {
    const s = at({ invoices: [a1], events: [] }, "2026-05-10");
    expect(s.invoices[0]).toMatchObject({ state: "not-due", interestChargeable: false, interest: 0 });
    expect(s.invoices[0]).not.toHaveProperty("defaultFrom");
  });

  test("interest within the rate table is not flagged provisional", () => {
    const s = at({ invoices: [a1], events: [r1] }, "2026-06-20");
    expect(s.invoices[0]?.interestChargeable).toBe(true);
    expect(s.invoices[0]).not.toHaveProperty("interestProvisionalFrom");
  });

  test("events dated after the day asked are not looked at: a payment on 10 Jun does not count on 1 Jun", () => {
    const s = at({ invoices: [a1], events: [paid("A-1", "2026-06-10", "1000.00")] }, "2026-06-01");
    expect(s.invoices[0]).toMatchObject({ state: "in-default", principal: euros("1000.00") });
  });

  test("events are taken in date order, not list order: a hand-over listed before its reminders is valid", () => {
    const s = at({ invoices: [a1], events: [handOver("2026-06-20", "A-1"), r2, r1] }, "2026-06-20");
    expect(s.rejected).toEqual([]);
    expect(s.handOvers.map((h) => h.costs)).toEqual([euros("1000.00")]);
  });
});

describe("what the supplier may do: remind (MDO-BV 6.10)", () => {
  test("a reminder may be sent from the first day of default, not on the due date, and not after two", () => {
    const first = at({ invoices: [a1], events: [] }, "2026-05-16").may.remind;
    expect(first.value).toBe("allowed");
    expect(first.details.invoices).toEqual(["A-1"]);
    expect(cites(first.reasons[0])).toEqual(["MDO-BV 6.10"]);
    expect(at({ invoices: [a1], events: [] }, "2026-05-15").may.remind.value).toBe("refused");
    const after = at(twoReminders, "2026-06-20").may.remind;
    expect(after.value).toBe("refused");
    expect(after.details.invoices).toEqual([]);
  });
});

describe("hand-over for collection (MDO-BV 6.11)", () => {
  test("only the invoices unpaid after the second reminder's term may be handed over, from the day after that term", () => {
    const account: Account = { invoices: [a1, inv("A-2", "2026-04-15", "500.00")], events: [r1, r2] };
    const before = at(account, "2026-06-19").may.handOver;
    expect(before.value).toBe("refused");
    expect(before.details.invoices).toEqual([]);
    const after = at(account, "2026-06-20").may.handOver;
    expect(after.value).toBe("allowed");
    expect(after.details.invoices).toEqual(["A-1"]);
    expect(cites(after.reasons[0])).toEqual(["MDO-BV 6.11"]);
  });

  test("an invoice is handed over once: a second hand-over has no effect, the costs are charged once, and nothing is left to hand over", () => {
    const s = at(
      { invoices: [a1], events: [r1, r2, handOver("2026-06-20", "A-1"), handOver("2026-06-25", "A-1")] },
      "2026-06-25",
    );
    expect(s.handOvers).toHaveLength(1);
    expect(s.rejected).toEqual([
      { index: 3, type: "handedOver", reason: "invoice A-1 was already handed over on 2026-06-20." },
    ]);
    expect(s.invoices[0]).toMatchObject({
      state: "handed-over",
      handedOver: "2026-06-20",
      costs: euros("1000.00"),
    });
    expect(s.may.handOver.value).toBe("refused");
    expect(s.may.handOver.details.invoices).toEqual([]);
  });

  test("an invoice that was not handed over has no hand-over date", () => {
    expect(at(twoReminders, "2026-06-25").invoices[0]).not.toHaveProperty("handedOver");
  });

  test("an invoice with one reminder cannot be handed over", () => {
    const s = at({ invoices: [a1], events: [r1, handOver("2026-06-20", "A-1")] }, "2026-06-20");
    expect(s.rejected).toEqual([
      { index: 1, type: "handedOver", reason: "invoice A-1 has 1 of the 2 reminders." },
    ]);
    expect(s.handOvers).toEqual([]);
  });

  test("an invoice paid within the second reminder's term cannot be handed over, nor dissolved over", () => {
    const s = at(
      {
        invoices: [a1],
        customerMaySuspend: false,
        events: [
          r1,
          r2,
          paid("A-1", "2026-06-15", "1000.00"),
          handOver("2026-06-20", "A-1"),
          dated("dissolved", "2026-06-21"),
        ],
      },
      "2026-06-21",
    );
    expect(s.rejected.map((r) => r.reason)).toEqual([
      "invoice A-1 is paid.",
      "no unpaid invoice has had 2 written demands on distinct days.",
    ]);
    expect(s).not.toHaveProperty("dissolved");
    expect(s.may.handOver.value).toBe("refused");
    expect(s.may.dissolve.value).toBe("refused");
    expect(s.may.suspend.value).toBe("refused");
  });

  test("a payment recorded after the hand-over on its day pays the collection costs first (6.11; art. 6:44 BW)", () => {
    // hand-over on 20 Jun: the total owed is far below € 20 000, so the costs are the € 1 000 minimum;
    // the € 200 paid after it that day goes to those costs, the € 100 of 10 Jun came before them
    const s = at(
      {
        invoices: [a1],
        events: [
          r1,
          r2,
          paid("A-1", "2026-06-10", "100.00"),
          handOver("2026-06-20", "A-1"),
          paid("A-1", "2026-06-20", "200.00"),
        ],
      },
      "2026-06-20",
    );
    expect(s.handOvers[0]?.costs).toBe(euros("1000.00"));
    expect(s.invoices[0]?.costs).toBe(euros("800.00"));
  });
});

describe("suspension needs a formal notice of default (MDO-BV 6.12, 2.15)", () => {
  test("a formal notice without a term, given on the first day of default, allows blocking once the second term has passed", () => {
    const v = at({ ...twoReminders, events: [...twoReminders.events, notice("2026-05-16")] }, "2026-06-20")
      .may.suspend;
    expect(v.value).toBe("allowed");
    expect(cites(v.reasons[0])).toEqual(["MDO-BV 6.12", "MDO-BV 2.15"]);
  });

  test("a formal notice given before the default (on the due date) does not count", () => {
    const v = at(
      { ...twoReminders, events: [notice("2026-05-15", "2026-05-15"), ...twoReminders.events] },
      "2026-06-20",
    ).may.suspend;
    expect(v.value).toBe("refused");
    expect(v.reasons[0]?.rule).toBe("may-suspend-formal-notice");
    expect(cites(v.reasons[0])).toEqual(["MDO-BV 2.15"]);
  });

  test("a formal notice without a term given on the day itself does not yet allow blocking; the next day it does", () => {
    const account = { ...twoReminders, events: [...twoReminders.events, notice("2026-06-20")] };
    expect(at(account, "2026-06-20").may.suspend.value).toBe("refused");
    expect(at(account, "2026-06-21").may.suspend.value).toBe("allowed");
  });

  test("a notice given in one invoice's default suffices, though another unpaid invoice was not yet in default then", () => {
    // dated 15 May, due 14 Jun, in default from 15 Jun; the notice of 1 Jun precedes it
    const account: Account = {
      invoices: [a1, inv("A-2", "2026-05-15", "500.00")],
      events: [
        r1,
        notice("2026-06-01"),
        r2,
        reminder("A-2", "2026-06-15", "2026-06-19"),
        reminder("A-2", "2026-06-20", "2026-06-24"),
        dated("suspended", "2026-06-25"),
      ],
    };
    const s = at(account, "2026-06-25");
    expect(s.may.suspend.value).toBe("allowed");
    expect(s.rejected).toEqual([]);
    expect(s.suspended).toBe(true);
  });

  test("with nothing unpaid after the second term, blocking is refused for that reason, and a suspension is rejected with it", () => {
    const s = at({ invoices: [a1], events: [r1, dated("suspended", "2026-06-20")] }, "2026-06-20");
    expect(s.rejected[0]?.reason).toBe("no invoice is unpaid after the term of its reminder 2.");
    expect(s.may.suspend.reasons[0]?.rule).toBe("may-suspend");
    expect(cites(s.may.suspend.reasons[0])).toEqual(["MDO-BV 6.12"]);
    expect(s.suspended).toBe(false);
  });

  test("after the hand-over, principal and interest paid but the collection costs not: blocking and dissolving are still allowed (6.12 'inclusief ... buitengerechtelijke kosten', 6.13)", () => {
    // 28 Jun: interest 16 May–28 Jun = 44 days, 1 000 × 10.15 % × 44/365 = 12.2356 → € 12,24;
    // € 1 012,24 pays the € 1 000 costs first, then the interest, then € 0,00 of the principal (6:44 BW)
    const account: Account = {
      invoices: [a1],
      customerMaySuspend: false,
      events: [
        r1,
        r2,
        handOver("2026-06-20", "A-1"),
        notice("2026-06-20", "2026-06-27"),
        paid("A-1", "2026-06-28", "1012.24"),
      ],
    };
    const s = at(account, "2026-06-28");
    expect(s.totals.outstanding).toBe(euros("1000.00"));
    expect(s.may.suspend.value).toBe("allowed");
    expect(s.may.dissolve.value).toBe("allowed");
    const d = at({ ...account, events: [...account.events, dated("dissolved", "2026-06-28")] }, "2026-06-28");
    expect(d.rejected).toEqual([]);
    expect(d.dissolved).toBe("2026-06-28");
  });
});

describe("dissolution after repeated written demands (MDO-BV 6.13)", () => {
  test("a formal notice on the first day of default and a reminder on the day asked are two written demands", () => {
    const s = at(
      { invoices: [a1], customerMaySuspend: false, events: [notice("2026-05-16"), r1] },
      "2026-05-20",
    );
    expect(s.may.dissolve.value).toBe("allowed");
    expect(cites(s.may.dissolve.reasons[0])).toEqual(["MDO-BV 6.13"]);
  });

  test("a formal notice on the day asked counts; one given before the default does not", () => {
    const on = at(
      { invoices: [a1], customerMaySuspend: false, events: [r1, notice("2026-05-25")] },
      "2026-05-25",
    );
    expect(on.may.dissolve.value).toBe("allowed");
    const early = at(
      { invoices: [a1], customerMaySuspend: false, events: [notice("2026-05-15"), r1] },
      "2026-05-25",
    );
    expect(early.may.dissolve.value).toBe("refused");
  });

  test("one written demand: dissolving is refused, whatever is known of the customer's right of suspension", () => {
    for (const customerMaySuspend of [undefined, false]) {
      const account: Account =
        customerMaySuspend === undefined
          ? { invoices: [a1], events: [r1] }
          : { invoices: [a1], events: [r1], customerMaySuspend };
      const v = at(account, "2026-06-20").may.dissolve;
      expect(v.value).toBe("refused");
      expect(v.reasons[0]?.rule).toBe("may-dissolve");
      expect(cites(v.reasons[0])).toEqual(["MDO-BV 6.13"]);
    }
  });

  test("the customer's right of suspension blocks it: a dissolution then has no effect and the agreement goes on", () => {
    const s = at(
      {
        ...twoReminders,
        customerMaySuspend: true,
        events: [...twoReminders.events, dated("dissolved", "2026-06-20")],
      },
      "2026-06-21",
    );
    expect(s.rejected.map((r) => r.type)).toEqual(["dissolved"]);
    expect(s).not.toHaveProperty("dissolved");
    expect(s).not.toHaveProperty("contractEnded");
    expect(s).not.toHaveProperty("allDueBy");
    expect(s.may.dissolve.value).toBe("refused");
    expect(cites(s.may.dissolve.reasons[0])).toEqual(["MDO-BV 6.13"]);
  });

  test("while the right of suspension is unknown the verdict is undetermined, citing 6.13", () => {
    const v = at(twoReminders, "2026-06-20").may.dissolve;
    expect(v.value).toBe("undetermined");
    expect(cites(v.reasons[0])).toEqual(["MDO-BV 6.13"]);
  });

  test("a dissolution ends the agreement that day; it may not be dissolved again, and a second dissolution keeps the first date", () => {
    const s = at(
      {
        ...twoReminders,
        customerMaySuspend: false,
        events: [...twoReminders.events, dated("dissolved", "2026-06-20"), dated("dissolved", "2026-06-25")],
      },
      "2026-06-25",
    );
    expect(s).toMatchObject({ dissolved: "2026-06-20", contractEnded: "2026-06-20", allDueBy: "2026-06-20" });
    expect(s.may.dissolve.value).toBe("refused");
    expect(cites(s.may.dissolve.reasons[0])).toEqual(["MDO-BV 6.13"]);
  });

  test("a dissolution after an earlier end of the agreement keeps the end date; every claim is due at the dissolution", () => {
    const s = at(
      {
        ...twoReminders,
        customerMaySuspend: false,
        events: [
          dated("contractEnded", "2026-06-15"),
          ...twoReminders.events,
          dated("dissolved", "2026-06-20"),
        ],
      },
      "2026-06-25",
    );
    expect(s).toMatchObject({ contractEnded: "2026-06-15", dissolved: "2026-06-20", allDueBy: "2026-06-20" });
  });

  test("an invoice dated on the dissolution day is due that day (6.13 'onmiddellijk volledig opeisbaar')", () => {
    const s = at(
      {
        invoices: [a1, inv("D-1", "2026-06-20", "100.00")],
        customerMaySuspend: false,
        events: [r1, r2, dated("dissolved", "2026-06-20")],
      },
      "2026-06-21",
    );
    expect(s.invoices[1]).toMatchObject({ dueDate: "2026-06-20", state: "in-default" });
  });
});

describe("the end of the agreement (MDO-BV 6.14, 6.10)", () => {
  test("a second end of the agreement does not move the first; the contract end is reported", () => {
    const s = at(
      {
        invoices: [a1],
        events: [dated("contractEnded", "2026-06-30"), dated("contractEnded", "2026-07-10")],
      },
      "2026-07-11",
    );
    expect(s).toMatchObject({ contractEnded: "2026-06-30", allDueBy: "2026-07-30" });
  });

  test("no end of the agreement: no contract end, no dissolution, no last day for payment", () => {
    const s = at(twoReminders, "2026-06-20");
    expect(s).not.toHaveProperty("contractEnded");
    expect(s).not.toHaveProperty("dissolved");
    expect(s).not.toHaveProperty("allDueBy");
  });

  test("an invoice dated after the last day for payment keeps its own 30-day term", () => {
    const s = at(
      { invoices: [inv("C-1", "2026-08-01", "100.00")], events: [dated("contractEnded", "2026-06-30")] },
      "2026-08-02",
    );
    expect(s.allDueBy).toBe("2026-07-30");
    expect(s.invoices[0]).toMatchObject({ dueDate: "2026-08-31", state: "not-due" });
  });

  test("a due date moved one day earlier by the end: interest still from the day after the original term (6.10 'oorspronkelijke betaaltermijn')", () => {
    // B-1 dated 15 Jul: own term ends 14 Aug; the agreement ended 14 Jul, so 6.14 makes it due 13 Aug.
    // In default from 14 Aug, interest from 15 Aug through 25 Aug = 11 days:
    // 1 000 × 10.15 % × 11/365 = 3.0589 → € 3,06
    const s = at(
      {
        invoices: [inv("B-1", "2026-07-15", "1000.00")],
        events: [dated("contractEnded", "2026-07-14"), reminder("B-1", "2026-08-14", "2026-08-20")],
      },
      "2026-08-25",
    );
    expect(s.invoices[0]).toMatchObject({
      dueDate: "2026-08-13",
      defaultFrom: "2026-08-14",
      interestChargeable: true,
      interest: euros("3.06"),
    });
  });
});

describe("the explanation cites the clause of each step (issue #17)", () => {
  const stepsOf = (account: Account, day: string, rule: string) =>
    status(account, day).because.filter((s) => s.rule === rule);

  test("each rejected event cites its clause: a reminder 6.10, a hand-over 6.11, a suspension 6.12 and 2.15, a dissolution 6.13", () => {
    const account: Account = {
      invoices: [a1],
      customerMaySuspend: false,
      events: [
        reminder("A-1", "2026-05-10", "2026-05-24"),
        handOver("2026-05-20", "A-1"),
        dated("suspended", "2026-05-21"),
        dated("dissolved", "2026-05-22"),
      ],
    };
    const rejected = stepsOf(account, "2026-05-25", "event-rejected");
    expect(rejected.map((s) => s.inputs)).toEqual([
      { index: 0, type: "reminderSent" },
      { index: 1, type: "handedOver" },
      { index: 2, type: "suspended" },
      { index: 3, type: "dissolved" },
    ]);
    expect(rejected.map(cites)).toEqual([
      ["MDO-BV 6.10"],
      ["MDO-BV 6.11"],
      ["MDO-BV 6.12", "MDO-BV 2.15"],
      ["MDO-BV 6.13"],
    ]);
  });

  test("after a dissolution every claim is due at once, citing 6.13; after another end within the term of 6.14", () => {
    const dissolvedAccount: Account = {
      ...twoReminders,
      customerMaySuspend: false,
      events: [...twoReminders.events, dated("dissolved", "2026-06-20")],
    };
    expect(stepsOf(dissolvedAccount, "2026-06-21", "dissolution-all-due").map(cites)).toEqual([
      ["MDO-BV 6.13"],
    ]);
    expect(stepsOf(dissolvedAccount, "2026-06-21", "after-end-all-due")).toEqual([]);
    const endedAccount: Account = { invoices: [a1], events: [dated("contractEnded", "2026-06-30")] };
    const ended = stepsOf(endedAccount, "2026-07-01", "after-end-all-due");
    expect(ended.map(cites)).toEqual([["MDO-BV 6.14"]]);
    expect(ended[0]?.output).toBe("2026-07-30");
    expect(stepsOf(endedAccount, "2026-07-01", "dissolution-all-due")).toEqual([]);
    expect(stepsOf(twoReminders, "2026-06-20", "after-end-all-due")).toEqual([]);
  });

  test("an invoice in default, interest-bearing or handed over is explained with 6.9 and 6.10; a paid or not yet due one is not", () => {
    for (const [account, day] of [
      [{ invoices: [a1], events: [] }, "2026-05-16"],
      [twoReminders, "2026-06-20"],
      [{ invoices: [a1], events: [r1, r2, handOver("2026-06-20", "A-1")] }, "2026-06-20"],
    ] as const) {
      const s = stepsOf(account, day, "invoice-default");
      expect(s.map(cites)).toEqual([["MDO-BV 6.9", "MDO-BV 6.10"]]);
      expect(s[0]?.inputs).toMatchObject({ invoice: "A-1" });
    }
    expect(stepsOf({ invoices: [a1], events: [] }, "2026-05-15", "invoice-default")).toEqual([]);
    expect(
      stepsOf(
        { invoices: [a1], events: [paid("A-1", "2026-05-10", "1000.00")] },
        "2026-06-20",
        "invoice-default",
      ),
    ).toEqual([]);
  });

  test("once interest is chargeable its total is explained, without the per-period detail; before, not at all", () => {
    const rules = (day: string) => status(twoReminders, day).because.map((s) => s.rule);
    expect(rules("2026-06-20")).toContain("interest-total");
    expect(rules("2026-06-20")).not.toContain("interest-period");
    expect(rules("2026-06-19")).not.toContain("interest-total");
  });

  test("a suspension in force is explained with 6.12 and 2.15; without one there is no suspension step", () => {
    const account: Account = {
      ...twoReminders,
      events: [...twoReminders.events, notice("2026-06-01"), dated("suspended", "2026-06-20")],
    };
    const s = stepsOf(account, "2026-06-21", "suspension");
    expect(s.map(cites)).toEqual([["MDO-BV 6.12", "MDO-BV 2.15"]]);
    expect(s[0]?.output).toBe(true);
    expect(stepsOf(twoReminders, "2026-06-21", "suspension")).toEqual([]);
  });

  test("the verdicts on reminding and handing over give one reason each, citing 6.10 and 6.11", () => {
    const may = at(twoReminders, "2026-06-20").may;
    expect(may.remind.reasons.map(cites)).toEqual([["MDO-BV 6.10"]]);
    expect(may.handOver.reasons.map(cites)).toEqual([["MDO-BV 6.11"]]);
    expect(may.remind.reasons[0]?.rule).toBe("may-remind");
    expect(may.handOver.reasons[0]?.rule).toBe("may-hand-over");
  });
});

describe("amounts, later events and the inputs of each step (issue #17, second pass)", () => {
  test("an invoice of € 0,00 is accepted and a negative one refused; a payment must be above € 0,00", () => {
    const zero = { ...rawA1, amount: "0.00" };
    expect(decodeAccount(raw([], [zero]), mdoBilling).ok).toBe(true);
    expect(issuesOf(decodeAccount(raw([], [{ ...rawA1, amount: "-1.00" }]), mdoBilling))[0]).toContain(
      "$.invoices[0].amount",
    );
    for (const amount of ["0.00", "-1.00"]) {
      const r = decodeAccount(raw([{ type: "paid", on: "2026-05-20", invoice: "A-1", amount }]), mdoBilling);
      expect(r.ok).toBe(false);
    }
  });

  test("a reminder and a dissolution dated after the day asked are not looked at", () => {
    const s = at(
      {
        ...twoReminders,
        customerMaySuspend: false,
        events: [...twoReminders.events, dated("dissolved", "2026-06-25")],
      },
      "2026-05-25",
    );
    expect(s.invoices[0]?.reminders).toBe(1);
    expect(s).not.toHaveProperty("dissolved");
  });

  test("every step of the explanation is a step with a rule and citations", () => {
    const r = status(twoReminders, "2026-06-20");
    expect(r.because.length).toBeGreaterThan(0);
    for (const s of r.because) {
      expect(typeof s.rule).toBe("string");
      expect(Array.isArray(s.citations)).toBe(true);
    }
  });

  test("the hand-over step names the day and the invoices and cites 6.11; its costs are the € 1 000 minimum", () => {
    const r = status({ invoices: [a1], events: [r1, r2, handOver("2026-06-20", "A-1")] }, "2026-06-20");
    const s = r.because.filter((x) => x.rule === "hand-over");
    expect(s).toHaveLength(1);
    expect(s[0]?.inputs).toMatchObject({ on: "2026-06-20", invoices: ["A-1"] });
    expect(s[0]?.output).toBe("1000.00");
    expect(cites(s[0])).toEqual(["MDO-BV 6.11"]);
  });

  test("the suspension runs from the first accepted suspension; a later one does not move it", () => {
    const account: Account = {
      ...twoReminders,
      events: [
        ...twoReminders.events,
        notice("2026-06-01"),
        dated("suspended", "2026-06-20"),
        dated("suspended", "2026-06-24"),
      ],
    };
    const s = status(account, "2026-06-25").because.filter((x) => x.rule === "suspension");
    expect(s.map((x) => x.inputs)).toEqual([{ from: "2026-06-20" }]);
  });

  test("the end-of-agreement step names the day the agreement ended (30 Jun), not the last day for payment", () => {
    const s = status(
      { invoices: [a1], events: [dated("contractEnded", "2026-06-30")] },
      "2026-07-01",
    ).because.find((x) => x.rule === "after-end-all-due");
    expect(s?.inputs).toEqual({ ended: "2026-06-30" });
  });

  test("the verdicts name what they looked at: the invoices that may be reminded or handed over, the demands needed, the day of dissolution", () => {
    const twoInvoices: Account = { invoices: [a1, inv("A-2", "2026-04-15", "500.00")], events: [r1, r2] };
    const may = at(twoInvoices, "2026-06-20").may;
    expect(may.remind.reasons[0]?.inputs).toEqual({ invoices: ["A-2"] });
    expect(may.handOver.reasons[0]?.inputs).toEqual({ invoices: ["A-1"] });
    expect(
      at({ ...twoReminders, customerMaySuspend: false }, "2026-06-20").may.dissolve.reasons[0]?.inputs,
    ).toEqual({
      need: 2,
    });
    expect(at({ invoices: [a1], events: [r1] }, "2026-06-20").may.dissolve.reasons[0]?.inputs).toEqual({
      need: 2,
    });
    const dissolved = at(
      {
        ...twoReminders,
        customerMaySuspend: false,
        events: [...twoReminders.events, dated("dissolved", "2026-06-20")],
      },
      "2026-06-21",
    );
    expect(dissolved.may.dissolve.reasons[0]?.inputs).toEqual({ dissolved: "2026-06-20" });
  });
});
