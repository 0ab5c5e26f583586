import { date } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeContract, decodeParty } from "../src/decode.js";
import { mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";

const valid = {
  start: "2026-03-01",
  duration: {
    name: "funded MDO",
    initialTerm: { _tag: "UntilDate", end: "2026-12-31", citations: [{ source: "MDO-BV", article: "10.2" }] },
    renewal: { _tag: "CalendarYear", citations: [] },
    notice: {
      customer: { value: { months: 2 }, citations: [] },
      supplier: { value: { months: 24 }, citations: [] },
    },
    noticeForm: { value: "any", citations: [] },
  },
  switches: [],
};

describe("decodeContract (spec §7)", () => {
  it("decodes a contract given as JSON", () => {
    expect(decodeContract(valid).ok).toBe(true);
  });
  it("the MDO presets are valid contracts", () => {
    const c = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-08-31"));
    expect(decodeContract(JSON.parse(JSON.stringify(c))).ok).toBe(true);
  });
  it("rejects 31 April as not a calendar date", () => {
    const r = decodeContract({ ...valid, start: "2026-04-31" });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ path: "$.start", message: "day 31 does not exist in 2026-04" }],
    });
  });
  it("rejects a term ending before it starts", () => {
    const r = decodeContract({ ...valid, start: "2027-01-01" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toBe("$.duration.initialTerm.end");
      expect(r.issues[0]?.message).toContain("before it starts");
    }
  });
  it("rejects a zero notice period: immediate termination is a ground, not a notice period", () => {
    const r = decodeContract({
      ...valid,
      duration: {
        ...valid.duration,
        notice: { ...valid.duration.notice, customer: { value: { months: 0 }, citations: [] } },
      },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toBe("$.duration.notice.customer.value");
      expect(r.issues[0]?.message).toContain("must be positive");
    }
  });
  it("rejects a negative or fractional notice period", () => {
    for (const months of [-2, 1.5]) {
      const r = decodeContract({
        ...valid,
        duration: {
          ...valid.duration,
          notice: { ...valid.duration.notice, customer: { value: { months }, citations: [] } },
        },
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.path).toBe("$.duration.notice.customer.value.months");
    }
  });
  it("rejects an unknown party in the notice periods", () => {
    const r = decodeContract({
      ...valid,
      duration: {
        ...valid.duration,
        notice: { client: valid.duration.notice.customer, supplier: valid.duration.notice.supplier },
      },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.path === "$.duration.notice.customer")).toBe(true);
  });
  it("rejects a switch before the start", () => {
    const r = decodeContract({ ...valid, switches: [{ on: "2026-02-01", duration: valid.duration }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe("$.switches[0].on");
  });
  it("rejects a switch after a non-renewing contract has already ended", () => {
    const once = { ...valid.duration, renewal: { _tag: "None", citations: [] } };
    const r = decodeContract({
      ...valid,
      duration: once,
      switches: [{ on: "2027-02-01", duration: valid.duration }],
    });
    expect(r.ok).toBe(false);
  });
  it("an unknown renewal rule is rejected with the known rules named", () => {
    const r = decodeContract({
      ...valid,
      duration: { ...valid.duration, renewal: { _tag: "Weekly", citations: [] } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toMatch(/^\$\.duration\.renewal/);
      expect(r.issues[0]?.message).toContain('"CalendarYear"');
    }
  });
  it("an unknown party is rejected with the known ones named", () => {
    const r = decodeParty("vecozo");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toContain("customer");
  });
});
