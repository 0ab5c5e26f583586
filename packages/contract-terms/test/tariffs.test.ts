import { date, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeTariffNoticeInput } from "../src/decoders.js";
import { tariffNotice } from "../src/tariffs.js";

describe("tariffNotice (MDO-BV 6.6–6.8)", () => {
  it("for an increase effective 1 Jan 2027 the notice must be dated on or before 6 Dec 2026 (25 days ahead, MDO-BV 6.8)", () => {
    expect(tariffNotice(date("2026-12-06"), date("2027-01-01"), "indexation-increase").value).toMatchObject({
      timely: true,
      latestTimelyNoticeDate: "2026-12-06",
    });
    expect(tariffNotice(date("2026-12-07"), date("2027-01-01"), "indexation-increase").value.timely).toBe(
      false,
    );
  });
  it("after a notification dated 1 Dec 2026 the customer's registered letter must be received by 26 Dec 2026, a Saturday after Christmas, without a holiday shift (MDO-BV 6.8)", () => {
    expect(tariffNotice(date("2026-12-01"), date("2027-01-01"), "indexation-increase").value).toMatchObject({
      customerMayTerminate: true,
      letterDeadline: "2026-12-26",
      lastDay: "2026-12-31",
      form: "registered-letter",
    });
  });
  it("a yearly decrease must also be announced 25 days ahead but gives no termination right (MDO-BV 6.8)", () => {
    const r = tariffNotice(date("2026-11-01"), date("2027-01-01"), "indexation-decrease").value;
    expect(r).toMatchObject({ timely: true, customerMayTerminate: false });
    expect(r.letterDeadline).toBeUndefined();
  });
  it("an interim increase (6.7) gives no 25-day rule and no termination right under 6.8", () => {
    const r = tariffNotice(date("2026-12-20"), date("2027-01-01"), "interim-increase");
    expect(r.value).toMatchObject({ timely: "not-required", customerMayTerminate: false });
    expect(explainToText(r, "en")).toContain("MDO-BV art. 6.7");
  });
  it("a late notice is reported, and the explanation says the source is silent on its effect", () => {
    const r = tariffNotice(date("2026-12-20"), date("2027-01-01"), "indexation-increase");
    expect(r.value.timely).toBe(false);
    expect(explainToText(r, "en")).toContain("does not say");
  });
  it("the decoder rejects an effective date before the notice date", () => {
    const r = decodeTariffNoticeInput({
      noticeDate: "2026-12-01",
      effectiveDate: "2026-11-30",
      change: "indexation-increase",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: "$.effectiveDate" });
  });
  it("the decoder rejects an unknown kind of change", () => {
    const r = decodeTariffNoticeInput({
      noticeDate: "2026-12-01",
      effectiveDate: "2027-01-01",
      change: "surprise",
    });
    expect(r.ok).toBe(false);
  });
});
