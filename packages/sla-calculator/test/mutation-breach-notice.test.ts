// Tests that kill surviving mutants of src/breach-notice.ts (issue #17, docs/quality.md): the notice
// of a security incident or data breach to the controller, "zo mogelijk binnen 24 uur nadat wij
// hiervan kennis hebben genomen" (MDO-SLA §9.1) — the decoder's order check, the status at and
// around the 24-hour mark, and what the step records. Every result is computed inside its `it`.
import { describe, expect, it } from "vitest";
import { breachNoticeDue, breachNoticeStatus } from "../src/breach-notice.js";
import { decodeBreachNotice } from "../src/decode.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at } from "./helpers.js";

const aware = at("2026-03-06T18:00:00+01:00");
const due = at("2026-03-07T18:00:00+01:00");

describe("decodeBreachNotice: the notice is at or after the awareness (MDO-SLA §9.1)", () => {
  it("§9.1: a notice before the supplier became aware is refused", () => {
    expect(
      decodeBreachNotice({ awareAt: "2026-03-06T18:00:00+01:00", notifiedAt: "2026-03-06T17:59:59+01:00" }),
    ).toMatchObject({ ok: false, issues: [{ path: "$", message: "notifiedAt is before awareAt" }] });
  });

  it("§9.1: a notice at the moment of awareness, one later, and none yet are accepted", () => {
    expect(
      decodeBreachNotice({ awareAt: "2026-03-06T18:00:00+01:00", notifiedAt: "2026-03-06T18:00:00+01:00" })
        .ok,
    ).toBe(true);
    expect(
      decodeBreachNotice({ awareAt: "2026-03-06T18:00:00+01:00", notifiedAt: "2026-03-07T09:00:00+01:00" }),
    ).toMatchObject({ ok: true, value: { awareAt: aware, notifiedAt: at("2026-03-07T09:00:00+01:00") } });
    expect(decodeBreachNotice({ awareAt: "2026-03-06T18:00:00+01:00" })).toMatchObject({
      ok: true,
      value: { awareAt: aware },
    });
  });
});

describe("breachNoticeStatus: within 24 hours of awareness, a best-effort target (MDO-SLA §9.1)", () => {
  it("§9.1: notified after 15 hours is in time", () => {
    expect(
      breachNoticeStatus({ awareAt: aware, notifiedAt: at("2026-03-07T09:00:00+01:00") }, mdoSla2025, due)
        .value,
    ).toBe("in-time");
  });

  it("§9.1: notified exactly 24 hours after awareness is still within the 24 hours", () => {
    expect(breachNoticeStatus({ awareAt: aware, notifiedAt: due }, mdoSla2025, due).value).toBe("in-time");
  });

  it("§9.1: not yet notified 23 hours after awareness is open; exactly at 24 hours still open", () => {
    expect(breachNoticeStatus({ awareAt: aware }, mdoSla2025, at("2026-03-07T17:00:00+01:00")).value).toBe(
      "open",
    );
    expect(breachNoticeStatus({ awareAt: aware }, mdoSla2025, due).value).toBe("open");
  });

  it("§9.1: not yet notified one second after the 24 hours is open with the target missed", () => {
    expect(breachNoticeStatus({ awareAt: aware }, mdoSla2025, at("2026-03-07T18:00:01+01:00")).value).toBe(
      "open-target-missed",
    );
  });

  it("§9.1: the breach-notice-due step records the awareness and the 24 hours, outputs the due instant, and cites §9.1", () => {
    const r = breachNoticeDue({ awareAt: aware }, mdoSla2025);
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("breach-notice-due");
    expect(s?.inputs).toEqual({ awareAt: "2026-03-06T18:00:00+01:00", hours: 24 });
    expect(s?.output).toBe("2026-03-07T18:00:00+01:00");
    expect(s?.citations.map((c) => `${c.source} ${c.article}`)).toEqual(["MDO-SLA 9.1"]);
  });
});
