// Tests that kill surviving mutants of src/terms-of-use.ts (issue #17, docs/quality.md): which
// version applies and when it must be accepted (MOZA 1.2: every version; MITZ §1b, §9: first use
// and flagged versions), the decoder of versions, and what each step names.
import { date, type Explained, type Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeTermsOfUse } from "../src/decode.js";
import { mitzTerms, mozaTerms, withVersions } from "../src/presets/terms-of-use.js";
import { termsStatus } from "../src/terms-of-use.js";

const accepted = (user: string, versionId: string, on: string) => ({ user, versionId, acceptedOn: date(on) });
const steps = (e: Explained<unknown>): Array<[string, Step["inputs"]]> =>
  e.because.map((s) => [s.rule, s.inputs]);
const v = (id: string, on: string, requiresAcceptance = false) => ({
  id,
  publishedOn: date(on),
  requiresAcceptance,
});

describe("which version applies (MOZA 1.2)", () => {
  it("an empty version id is rejected", () => {
    const terms = JSON.parse(JSON.stringify(withVersions(mozaTerms, [v("", "2025-04-28")])));
    expect(decodeTermsOfUse(terms).ok).toBe(false);
  });
  it("versions listed out of date order: the latest published is the current one", () => {
    const terms = withVersions(mozaTerms, [v("2026", "2026-01-01"), v("2025", "2025-04-28")]);
    const r = termsStatus(terms, [], "u1", date("2026-06-01"));
    expect(r.value).toMatchObject({ status: "must-accept", version: { id: "2026" }, reason: "first-use" });
  });
  it("two versions published on one day: the one listed last is the current one", () => {
    const terms = withVersions(mozaTerms, [v("a", "2026-01-01"), v("b", "2026-01-01")]);
    expect(termsStatus(terms, [], "u1", date("2026-06-01")).value).toMatchObject({ version: { id: "b" } });
  });
  it("before any version is published: one step naming the day", () => {
    const r = termsStatus(mozaTerms, [], "u1", date("2020-01-01"));
    expect(r.value).toEqual({ status: "no-terms" });
    expect(steps(r)).toEqual([["no-terms-published", { at: "2020-01-01" }]]);
  });
  it("an acceptance on the day asked about counts; one the day after does not (MOZA 1.2)", () => {
    const terms = withVersions(mozaTerms, [v("2025", "2025-04-28")]);
    const on = termsStatus(terms, [accepted("u1", "2025", "2025-05-02")], "u1", date("2025-05-02"));
    expect(on.value).toMatchObject({ status: "ok", version: { id: "2025" } });
    expect("changedSince" in on.value && on.value.changedSince).toEqual([]);
    expect(steps(on)).toEqual([
      ["current-terms-version", { at: "2025-05-02", version: "2025" }],
      ["latest-version-accepted", { user: "u1", version: "2025" }],
    ]);
    const before = termsStatus(terms, [accepted("u1", "2025", "2025-05-03")], "u1", date("2025-05-02"));
    expect(before.value).toMatchObject({ status: "must-accept", reason: "first-use" });
    expect(steps(before)).toEqual([
      ["current-terms-version", { at: "2025-05-02", version: "2025" }],
      ["accept-before-first-use", { user: "u1" }],
    ]);
  });
  it("a new version must be accepted; the step names the accepted and the newer versions (MOZA 1.2)", () => {
    const terms = withVersions(mozaTerms, [v("2025", "2025-04-28"), v("2026", "2026-01-01")]);
    const r = termsStatus(terms, [accepted("u1", "2025", "2025-05-02")], "u1", date("2026-06-01"));
    expect(r.value).toMatchObject({ status: "must-accept", version: { id: "2026" }, reason: "new-version" });
    expect(steps(r).at(-1)).toEqual([
      "every-version-must-be-accepted",
      { user: "u1", lastAccepted: "2025", newer: ["2026"] },
    ]);
  });
});

describe("flagged versions (MITZ §1b, §9)", () => {
  const mitz = withVersions(mitzTerms, [
    v("v1", "2024-01-01", true),
    v("v2", "2024-06-01"),
    v("v3", "2025-01-01", true),
  ]);
  it("a flagged version: the step names the flagged version only (MITZ §9)", () => {
    const r = termsStatus(mitz, [accepted("p", "v1", "2024-02-01")], "p", date("2025-01-01"));
    expect(steps(r).at(-1)).toEqual(["flagged-version-must-be-accepted", { user: "p", flagged: ["v3"] }]);
    expect(r.because.at(-1)!.en).toContain("version(s) v3 require");
  });
  it("an unflagged change: told at login, the step names the changed version (MITZ §9)", () => {
    const r = termsStatus(mitz, [accepted("p", "v1", "2024-02-01")], "p", date("2024-07-01"));
    expect(steps(r).at(-1)).toEqual(["changed-terms-inform-at-login", { user: "p", changed: ["v2"] }]);
    expect(r.because.at(-1)!.en).toContain("changed (v2)");
  });
});
