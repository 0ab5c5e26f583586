import { date, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeTariffNotice } from "../src/decode.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";
import { tariffNotice } from "../src/tariffs.js";

describe("tariffNotice (MDO-BV 6.6–6.8)", () => {
  it("for an increase effective 1 Jan 2027 the notice must be dated on or before 6 Dec 2026 (25 days ahead, MDO-BV 6.8)", () => {
    expect(
      tariffNotice(
        { noticeDate: date("2026-12-06"), effectiveDate: date("2027-01-01"), change: "indexation-increase" },
        mdo2025,
      ).value,
    ).toMatchObject({
      timely: true,
      latestTimelyNoticeDate: "2026-12-06",
    });
    expect(
      tariffNotice(
        { noticeDate: date("2026-12-07"), effectiveDate: date("2027-01-01"), change: "indexation-increase" },
        mdo2025,
      ).value.timely,
    ).toBe(false);
  });
  it("after a notification dated 1 Dec 2026 the customer's registered letter must be received by 26 Dec 2026, a Saturday after Christmas, without a holiday shift (MDO-BV 6.8)", () => {
    expect(
      tariffNotice(
        { noticeDate: date("2026-12-01"), effectiveDate: date("2027-01-01"), change: "indexation-increase" },
        mdo2025,
      ).value,
    ).toMatchObject({
      customerMayTerminate: true,
      letterDeadline: "2026-12-26",
      lastDay: "2026-12-31",
      form: "registered-letter",
    });
  });
  it("a yearly decrease must also be announced 25 days ahead but gives no termination right (MDO-BV 6.8)", () => {
    const r = tariffNotice(
      { noticeDate: date("2026-11-01"), effectiveDate: date("2027-01-01"), change: "indexation-decrease" },
      mdo2025,
    ).value;
    expect(r).toMatchObject({ timely: true, customerMayTerminate: false });
    expect(r.letterDeadline).toBeUndefined();
  });
  it("an interim increase (6.7) gives no 25-day rule and no termination right under 6.8", () => {
    const r = tariffNotice(
      { noticeDate: date("2026-12-20"), effectiveDate: date("2027-01-01"), change: "interim-increase" },
      mdo2025,
    );
    expect(r.value).toMatchObject({ timely: "not-required", customerMayTerminate: false });
    expect(explainToText(r, "en")).toContain("MDO-BV art. 6.7");
  });
  it("a late notice is reported, and the explanation says the source is silent on its effect", () => {
    const r = tariffNotice(
      { noticeDate: date("2026-12-20"), effectiveDate: date("2027-01-01"), change: "indexation-increase" },
      mdo2025,
    );
    expect(r.value.timely).toBe(false);
    expect(explainToText(r, "en")).toContain("does not say");
  });
  it("the decoder rejects an effective date before the notice date", () => {
    const r = decodeTariffNotice({
      noticeDate: "2026-12-01",
      effectiveDate: "2026-11-30",
      change: "indexation-increase",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: "$.effectiveDate" });
  });
  it("the decoder rejects an unknown kind of change", () => {
    const r = decodeTariffNotice({
      noticeDate: "2026-12-01",
      effectiveDate: "2027-01-01",
      change: "surprise",
    });
    expect(r.ok).toBe(false);
  });
});
