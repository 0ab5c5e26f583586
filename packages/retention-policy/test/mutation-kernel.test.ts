// Kills the surviving mutants of internal/kernel.ts through the public API (issue #17): a
// minimum waiting for its event whose earliest end equals the maximum (also as columns with
// NO_DATE), a processed consent form no longer running, and the first and last calendar days in
// event columns. (The conflict on the minimum's last day is in mutation-batch.test.ts.)
import { cite, date, type LocalDate, toEpochDay } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { NO_DATE, type RetentionColumns, schedule, sweep } from "../src/batch.js";
import { evaluate } from "../src/evaluate.js";
import { vjzRetention } from "../src/presets/vjz.js";
import type { RetentionPolicy } from "../src/rulebook.js";
import { on, rec } from "./helpers.js";

const day = (d: string) => toEpochDay(date(d) as LocalDate);
const range = (from: string, to: string) => ({ from: date(from), to: date(to) });

describe("a minimum waiting for its event against a maximum", () => {
  // at most 2 years after creation; at least 1 year after the end, which has not happened yet
  const policy: RetentionPolicy = {
    id: "waiting",
    classes: { contract: { description: "a contract", requiredEvents: ["created"], laterEvents: ["ended"] } },
    rules: [
      {
        id: "contract-max-2-years",
        recordClass: "contract",
        rule: { _tag: "AfterEvent", event: "created", duration: { years: 2 }, bound: "max" },
        citations: [cite("MDO-B1", "Bewaartermijnen", "test maximum")],
      },
      {
        id: "contract-min-1-year-after-end",
        recordClass: "contract",
        rule: { _tag: "AfterEvent", event: "ended", duration: { years: 1 }, bound: "min" },
        citations: [cite("MDO-B1", "Bewaartermijnen", "test minimum")],
      },
    ],
  };
  const c = rec("contract", { created: "2026-01-01" });

  test("on 31 Dec 2026 an end tomorrow would keep it through 1 Jan 2028, the maximum's last day: equal bounds, no conflict yet", () => {
    const v = evaluate(c, policy, on("2026-12-31")).value;
    expect(v.deleteBy).toBe("2028-01-01");
    expect(v.status).toBe("keep");
  });
  test("from 1 Jan 2027 an end tomorrow would outlast the maximum: conflict", () => {
    expect(evaluate(c, policy, on("2027-01-01")).value.status).toBe("conflict");
  });

  test("a contract whose end is NO_DATE never falls due: after its 2-year maximum the waiting minimum makes it a conflict", () => {
    const c: RetentionColumns = {
      id: ["k"],
      recordClass: ["contract"],
      events: { created: Int32Array.from([day("2026-01-01")]), ended: Int32Array.from([NO_DATE]) },
      held: [0],
    };
    const s = schedule(c, policy, range("2026-12-31", "2028-01-31")).value;
    expect(s).toEqual({ days: [], overdue: [], conflict: [], incomplete: [], held: [] });
  });
});

describe("a consent form processed is no longer running (VJZ §2 table row 2, §2: destroyed once processed)", () => {
  test("submitted 1 Mar, processed 3 Mar: must be deleted after 3 Mar, nothing running", () => {
    const v = evaluate(
      rec("consent-form-digid", { submitted: "2026-03-01", processed: "2026-03-03" }),
      vjzRetention,
      on("2026-03-10"),
    ).value;
    expect(v.status).toBe("must-delete");
    expect(v.deleteBy).toBe("2026-03-03");
    expect(v.running).toEqual([]);
  });
  test("submitted 1 Mar, not processed: the form is kept while handled and its rule is running", () => {
    const v = evaluate(
      rec("consent-form-digid", { submitted: "2026-03-01" }),
      vjzRetention,
      on("2026-03-10"),
    ).value;
    expect(v.status).toBe("keep");
    expect(v.running).toEqual(["consent-form-until-processed"]);
  });
});

describe("columns: the first and the last calendar day are days (VJZ §2 item 3)", () => {
  test("a recording dated 0001-01-01 is must-delete, one dated 9999-12-31 is may-delete: neither is a bad date", () => {
    const c: RetentionColumns = {
      id: ["first", "last"],
      recordClass: ["phone-recording", "phone-recording"],
      events: { recorded: [-719162, 2932896] }, // 0001-01-01 and 9999-12-31
      held: [0, 0],
    };
    // evaluated on the last day, so that neither event is in the future (a future event has not happened)
    const s = sweep(c, vjzRetention, on("9999-12-31")).value;
    expect(s.incomplete).toEqual([]);
    expect(s.delete).toEqual(["first"]);
    expect(s.counts["may-delete"]).toBe(1);
  });
});

describe("columns: a number outside the calendar is not a day (nothing is defaulted)", () => {
  test("event days before 0001-01-01 or after 9999-12-31 make the record incomplete", () => {
    const c: RetentionColumns = {
      id: ["before", "after"],
      recordClass: ["phone-recording", "phone-recording"],
      events: { recorded: [-719163, 2932897] },
      held: [0, 0],
    };
    expect(sweep(c, vjzRetention, on("2026-03-10")).value.incomplete).toEqual(["before", "after"]);
  });
});

describe("columns: a later event outside the calendar is a bad date, not an event still to come", () => {
  test("a contact form whose answered column holds a day after 9999-12-31 is incomplete (VJZ §2 table row 1)", () => {
    const c: RetentionColumns = {
      id: ["form"],
      recordClass: ["contact-form"],
      events: { received: [20514], answered: [2932897] }, // 2026-03-02, and one day after 9999-12-31
      held: [0],
    };
    expect(sweep(c, vjzRetention, on("2026-03-10")).value.incomplete).toEqual(["form"]);
  });
});
