import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEvent, decodeEventLog, decodeRequest, MAX_LOG_EVENTS, mitzRules } from "../src/index.js";
import { arbInvalidEventInput } from "../src/testing.js";

const valid = {
  _tag: "ChoiceRecorded",
  eventId: "e1",
  at: "2026-03-01T10:00:00+01:00",
  patient: "111222333",
  actor: { _tag: "Patient" },
  choiceId: "c1",
  custodian: { _tag: "Organisation", ura: "00001111" },
  dataCategory: "GGC002",
  requesters: { _tag: "Categories", codes: ["RPZAC001"] },
  decision: "permit",
};
const createdJson = {
  _tag: "ProfileCreated",
  eventId: "e0",
  at: "2026-02-01T10:00:00+01:00",
  patient: "111222333",
  actor: { _tag: "Patient" },
  birthDate: "1980-01-01",
};
const requestJson = {
  patient: "111222333",
  custodian: { ura: "00001111", type: "RPZAC104" },
  dataCategory: "GGC013",
  requester: { ura: "00003333", category: "RPZAC001", professional: { uzi: "000000011", role: "01.015" } },
  purpose: "TREAT",
  treatmentRelationship: true,
  at: "2026-03-01T10:00:00+01:00",
};

const messages = (r: ReturnType<typeof decodeEvent>) =>
  r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);

describe("bad input is rejected at decoding with a readable message (spec §10)", () => {
  it("a valid choice decodes", () => {
    expect(decodeEvent(valid, mitzRules).ok).toBe(true);
  });

  it("a BSN that fails the 11-check is rejected and the number is not echoed", () => {
    const r = decodeEvent({ ...valid, patient: "123456789" }, mitzRules);
    expect(messages(r).join()).toMatch(/\$\.patient: .*11-check/);
    expect(JSON.stringify(r)).not.toContain("123456789");
  });

  it("a URA number of 7 digits and a UZI number of 10 digits are rejected", () => {
    expect(
      messages(
        decodeEvent({ ...valid, custodian: { _tag: "Organisation", ura: "1234567" } }, mitzRules),
      ).join(),
    ).toMatch(/URA/);
    const provider = { _tag: "Provider", ura: "00003333", uzi: "0000000111", role: "01.015" };
    expect(messages(decodeEvent({ ...valid, actor: provider }, mitzRules)).join()).toMatch(/UZI/);
  });

  it("an unknown data category code and an unknown requester category are rejected, naming the code list version", () => {
    expect(messages(decodeEvent({ ...valid, dataCategory: "GGC999" }, mitzRules)).join()).toMatch(
      /Unknown data category.*mitz-2026-12/,
    );
    expect(
      messages(
        decodeEvent({ ...valid, requesters: { _tag: "Categories", codes: ["RPZAC999"] } }, mitzRules),
      ).join(),
    ).toMatch(/requesters\.codes\[0\]: Unknown requester category/);
  });

  it("a birth date after the day of the profile's creation is rejected", () => {
    expect(messages(decodeEvent({ ...createdJson, birthDate: "2026-02-02" }, mitzRules)).join()).toMatch(
      /birth date/,
    );
    expect(decodeEvent({ ...createdJson, birthDate: "2026-02-01" }, mitzRules).ok).toBe(true);
  });

  it("a choice recorded by a provider without identification (no UZI number) is rejected", () => {
    expect(decodeEvent({ ...valid, actor: { _tag: "Provider", ura: "00003333" } }, mitzRules).ok).toBe(false);
  });

  it("a local time without an offset is rejected (ambiguous across DST)", () => {
    expect(messages(decodeEvent({ ...valid, at: "2026-03-29T02:30:00" }, mitzRules)).join()).toMatch(
      /offset/,
    );
  });

  it("an event before the profile's creation is rejected in an event log", () => {
    const r = decodeEventLog([createdJson, { ...valid, at: "2026-01-01T10:00:00+01:00" }], mitzRules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain("$[1].at");
  });

  it("an event log with duplicate event ids is rejected", () => {
    const r = decodeEventLog([createdJson, { ...valid, eventId: "e0" }], mitzRules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["$[1].eventId"]);
  });

  it("an event log of two patients is rejected, and neither BSN is echoed", () => {
    // 123456782 passes the 11-check: only the log rule can reject it
    const r = decodeEventLog([createdJson, { ...valid, patient: "123456782" }], mitzRules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join()).toMatch(/one patient/);
    expect(JSON.stringify(r)).not.toMatch(/111222333|123456782/);
  });

  it("a well-formed event log decodes", () => {
    expect(decodeEventLog([createdJson, valid], mitzRules).ok).toBe(true);
  });

  it("near-miss inputs from the testing arbitraries are all rejected", () => {
    fc.assert(
      fc.property(arbInvalidEventInput(), (u) => {
        expect(decodeEvent(u, mitzRules).ok).toBe(false);
      }),
    );
  });

  it("a request with an unknown category or requester category is rejected; a valid one decodes", () => {
    expect(decodeRequest(requestJson, mitzRules).ok).toBe(true);
    expect(decodeRequest({ ...requestJson, dataCategory: "x" }, mitzRules).ok).toBe(false);
    expect(
      decodeRequest(
        { ...requestJson, requester: { ...requestJson.requester, category: "RPZAC999" } },
        mitzRules,
      ).ok,
    ).toBe(false);
  });
});

describe("decoders never throw (fc.anything fuzzing)", () => {
  it("decodeEvent, decodeEventLog and decodeRequest return a result for any value", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(() => decodeEvent(u, mitzRules)).not.toThrow();
        expect(() => decodeEventLog(u, mitzRules)).not.toThrow();
        expect(() => decodeEventLog([u, u], mitzRules)).not.toThrow();
        expect(() => decodeRequest(u, mitzRules)).not.toThrow();
      }),
    );
  });

  it("structurally close garbage (valid events with one field replaced by anything) never throws", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(valid)), fc.anything(), (key, junk) => {
        expect(() => decodeEvent({ ...valid, [key]: junk }, mitzRules)).not.toThrow();
        expect(() => decodeRequest({ ...requestJson, [key]: junk }, mitzRules)).not.toThrow();
      }),
    );
  });
});

describe("decodeEventLog: a bounded log (resource bounds, issue #17)", () => {
  it("a list longer than MAX_LOG_EVENTS is refused as too-many before any event is decoded", () => {
    // Items that would each fail to decode: refused by length alone, so one issue, not 10⁵ + 1.
    const hostile = new Array(MAX_LOG_EVENTS + 1).fill({ _tag: "NotAnEvent" });
    const r = decodeEventLog(hostile, mitzRules);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual(["too-many"]);
      expect(r.totalIssues).toBe(1);
    }
  });

  it("a log of exactly MAX_LOG_EVENTS is decoded item by item (the bound is not off by one)", () => {
    const atBound = new Array(MAX_LOG_EVENTS).fill({ _tag: "NotAnEvent" });
    const r = decodeEventLog(atBound, mitzRules, { maxIssues: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).not.toBe("too-many");
  });
});
