import { instant } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { evaluate } from "../src/evaluate.js";
import { mdoB1Retention } from "../src/presets/mdo-b1.js";
import { statutoryRetention } from "../src/presets/statutory.js";
import { vjzRetention } from "../src/presets/vjz.js";
import { judge, on, rec } from "./helpers.js";

// Month and year bounds use core's periodAfter: the day with the event's day number in the
// target month, or that month's last day (HR 1 September 2017, ECLI:NL:HR:2017:2225).
describe("periods after events on month ends (core's month rule, HR 2017:2225)", () => {
  const ipLog = (written: string) => rec("ip-log", { written });
  test.each([
    ["2027-02-28", "2027-08-28"], // not 31 Aug
    ["2028-02-29", "2028-08-29"],
    ["2026-04-30", "2026-10-30"], // not 31 Oct
    ["2026-08-31", "2027-02-28"],
    ["2027-08-31", "2028-02-29"],
    ["2026-01-31", "2026-07-31"],
    ["2026-09-30", "2027-03-30"],
  ])("an IP log written %s may exist through %s (VJZ row 5, 6 months)", (written, last) => {
    expect(judge(ipLog(written), vjzRetention, on(written)).deleteBy).toBe(last);
  });

  test("28 Feb + 6 months: must-delete from 29 Aug 00:00 Amsterdam (CEST), not from 1 Sep", () => {
    expect(judge(ipLog("2027-02-28"), vjzRetention, instant("2027-08-28T23:59:59+02:00")).status).toBe(
      "may-delete",
    );
    expect(judge(ipLog("2027-02-28"), vjzRetention, instant("2027-08-29T00:00:00+02:00")).status).toBe(
      "must-delete",
    );
    expect(evaluate(ipLog("2027-02-28"), vjzRetention, on("2027-03-01")).value.deleteFrom).toBe(
      instant("2027-08-29T00:00:00+02:00"),
    );
  });

  test("must-delete starts at 00:00 Amsterdam on the night the clocks go forward (29 Mar 2026)", () => {
    const log = ipLog("2025-09-28");
    expect(evaluate(log, vjzRetention, on("2026-01-01")).value.deleteFrom).toBe(
      instant("2026-03-29T00:00:00+01:00"),
    );
    expect(judge(log, vjzRetention, instant("2026-03-28T23:59:59+01:00")).status).toBe("may-delete");
    expect(judge(log, vjzRetention, instant("2026-03-28T23:00:00Z")).status).toBe("must-delete");
  });

  test("an NEN 7513 log written on 29 Feb 2024 is kept through 28 Feb 2029 and deleted from 1 Mar (MDO-B1, min = max)", () => {
    const log = rec("audit-log", { written: "2024-02-29" });
    expect(judge(log, mdoB1Retention, on("2029-02-28"))).toEqual({
      status: "keep",
      keepUntil: "2029-02-28",
      deleteBy: "2029-02-28",
    });
    expect(judge(log, mdoB1Retention, on("2029-03-01", "00:00")).status).toBe("must-delete");
  });

  test("a medical record last changed on 31 Aug 2006 is kept through 31 Aug 2026 (WGBO, 20 years)", () => {
    const dossier = rec("medical-record", { created: "2001-01-01", "last-changed": "2006-08-31" });
    expect(judge(dossier, statutoryRetention, on("2026-08-31"))).toEqual({
      status: "keep",
      keepUntil: "2026-08-31",
      deleteBy: undefined,
    });
    expect(judge(dossier, statutoryRetention, on("2026-09-01")).status).toBe("may-delete");
  });

  test("radiology images received on 31 Jan are kept at most through 14 Feb (days are whole days)", () => {
    expect(
      judge(rec("radiology-images", { received: "2026-01-31" }), mdoB1Retention, on("2026-02-01")).deleteBy,
    ).toBe("2026-02-14");
  });
});
