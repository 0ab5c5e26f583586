import { date, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeAcceptances, decodeTermsOfUse } from "../src/decode.js";
import { mitzTerms, mozaTerms, withVersions } from "../src/presets/terms-of-use.js";
import { termsStatus } from "../src/terms-of-use.js";

const accepted = (user: string, versionId: string, on: string) => ({ user, versionId, acceptedOn: date(on) });

describe("MOZA terms of use (MOZA 1.2)", () => {
  it("a user who never accepted must accept the version of 28 April 2025 before using the portal (MOZA 1.2)", () => {
    const r = termsStatus(mozaTerms, [], "u1", date("2025-05-01"));
    expect(r.value).toMatchObject({
      status: "must-accept",
      version: { id: "2025-04-28" },
      reason: "first-use",
    });
    expect(explainToText(r, "en")).toContain("MOZA art. 1.2");
  });
  it("a user who accepted the current version may continue (MOZA 1.2)", () => {
    const r = termsStatus(mozaTerms, [accepted("u1", "2025-04-28", "2025-05-02")], "u1", date("2026-01-05"));
    expect(r.value).toMatchObject({ status: "ok", version: { id: "2025-04-28" } });
  });
  const v2 = withVersions(mozaTerms, [
    { id: "2026-03-01", publishedOn: date("2026-03-01"), requiresAcceptance: false },
  ]);
  it("every new MOZA version must be accepted before the portal can be used again, whatever its flag (MOZA 1.2)", () => {
    const r = termsStatus(v2, [accepted("u1", "2025-04-28", "2025-05-02")], "u1", date("2026-03-01"));
    expect(r.value).toMatchObject({
      status: "must-accept",
      version: { id: "2026-03-01" },
      reason: "new-version",
    });
  });
  it("a version published later than the day asked about does not count yet", () => {
    const r = termsStatus(v2, [accepted("u1", "2025-04-28", "2025-05-02")], "u1", date("2026-02-28"));
    expect(r.value.status).toBe("ok");
  });
  it("another user's acceptance does not count", () => {
    expect(
      termsStatus(mozaTerms, [accepted("u2", "2025-04-28", "2025-05-02")], "u1", date("2025-06-01")).value
        .status,
    ).toBe("must-accept");
  });
  it("before any version is published there is nothing to accept", () => {
    expect(termsStatus(mozaTerms, [], "u1", date("2025-01-01")).value).toEqual({ status: "no-terms" });
  });
});

describe("MijnMitz terms of use (MITZ §1b, §9)", () => {
  const mitz = withVersions(mitzTerms, [
    { id: "v1", publishedOn: date("2024-01-01"), requiresAcceptance: true },
    { id: "v2", publishedOn: date("2024-06-01"), requiresAcceptance: false },
    { id: "v3", publishedOn: date("2025-01-01"), requiresAcceptance: true },
  ]);
  const acc = [accepted("p", "v1", "2024-02-01")];
  it("MijnMitz can only be used after accepting the terms (MITZ §1b)", () => {
    expect(termsStatus(mitz, [], "p", date("2024-02-01")).value).toMatchObject({
      status: "must-accept",
      reason: "first-use",
    });
  });
  it("a change that does not require acceptance is shown at login and the user may continue (MITZ §9)", () => {
    const r = termsStatus(mitz, acc, "p", date("2024-07-01"));
    expect(r.value).toMatchObject({ status: "ok", version: { id: "v2" }, changedSince: [{ id: "v2" }] });
    expect(explainToText(r, "en")).toContain("told at login");
  });
  it("a version that requires acceptance must be accepted before continuing (MITZ §9: 'kan het voorkomen')", () => {
    expect(termsStatus(mitz, acc, "p", date("2025-01-01")).value).toMatchObject({
      status: "must-accept",
      version: { id: "v3" },
      reason: "version-requires-acceptance",
    });
  });
});

describe("decoding terms of use", () => {
  it("version ids must be unique", () => {
    const r = decodeTermsOfUse({
      name: "x",
      policy: "every-version",
      citations: [],
      versions: [
        { id: "a", publishedOn: "2025-01-01", requiresAcceptance: true },
        { id: "a", publishedOn: "2025-02-01", requiresAcceptance: true },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe("$.versions[1].id");
  });
  it("an unknown policy and a local time instead of a date are rejected", () => {
    expect(decodeTermsOfUse({ name: "x", policy: "sometimes", versions: [], citations: [] }).ok).toBe(false);
    expect(decodeAcceptances([{ user: "u", versionId: "a", acceptedOn: "2025-01-01T10:00" }]).ok).toBe(false);
  });
});
