// Tests that kill surviving mutants of src/internal/decode.ts (issue #17, docs/quality.md): the
// error policy of ADR 0006 §4 behind every decoder of this package (spec §6) — never throw, a
// stable code per kind of problem, the shape found but never the value (no BSN: spec §3), a named
// tag for tagged unions, at most `maxIssues` issues (default 100) with the total counted. Every
// result is computed inside its `it` (perTest coverage).
import { describe, expect, it } from "vitest";
import {
  decodeAccessRequest,
  decodeRoleEvent,
  decodeRoleEventLog,
  decodeRoleRules,
  mozaRoles,
} from "../src/index.js";
import { ORG_A } from "./fixtures.js";

const at = "2026-01-05T09:00:00+01:00";
const reg = { _tag: "OrganisationRegistered", eventId: "e0", at, organisation: ORG_A, provider: true };
type Issue = { path: string; code: string; message: string; actual: string };
const issuesOf = (r: { ok: boolean; issues?: ReadonlyArray<Issue> }): ReadonlyArray<Issue> =>
  r.ok ? [] : (r.issues ?? []);
const codes = (r: { ok: boolean; issues?: ReadonlyArray<Issue> }) =>
  issuesOf(r).map((i) => `${i.path} ${i.code}`);
const request = (fields: Record<string, unknown>) => ({
  subject: { _tag: "User", user: "ann", certificate: "c-ann" },
  organisation: ORG_A,
  action: "view-cost-ceiling",
  resource: { _tag: "Account" },
  ...fields,
});
const tags =
  "OrganisationRegistered, AgbCodeEnded, SignatoryRegistered, SignatoryRemoved, CertificateIssued, CertificateRevoked";

describe("a stable code per kind of problem, and the shape found (ADR 0006 §4, spec §6)", () => {
  it("a missing key is `missing` with actual `missing`", () => {
    const { provider: _, ...noProvider } = reg;
    expect(issuesOf(decodeRoleEvent(noProvider, mozaRoles)).map((i) => [i.path, i.code, i.actual])).toEqual([
      ["$.provider", "missing", "missing"],
    ]);
  });
  it("an unknown key is `unexpected-key`", () => {
    expect(codes(decodeRoleEvent({ ...reg, note: "x" }, mozaRoles))).toEqual(["$.note unexpected-key"]);
  });
  it("a value of the wrong type is `wrong-type`, with the type found: a number for a string, a string for a boolean, for an array, for an object", () => {
    expect(
      issuesOf(decodeRoleEvent({ ...reg, eventId: 1123456 }, mozaRoles)).map((i) => [
        i.path,
        i.code,
        i.actual,
      ]),
    ).toEqual([["$.eventId", "wrong-type", "number"]]);
    expect(
      issuesOf(decodeRoleEvent({ ...reg, provider: "yes" }, mozaRoles)).map((i) => [
        i.path,
        i.code,
        i.actual,
      ]),
    ).toEqual([["$.provider", "wrong-type", "string of 3 characters"]]);
    const formed = { _tag: "CooperationFormed", eventId: "e1", at, cooperation: "c", members: "01123456" };
    expect(codes(decodeRoleEvent(formed, mozaRoles))).toEqual(["$.members wrong-type"]);
    expect(codes(decodeAccessRequest(request({ facts: "none" })))).toEqual(["$.facts wrong-type"]);
  });
  it("a string past its bound is `too-long`: an id of 65 characters, an instant of 65 characters", () => {
    expect(codes(decodeRoleEvent({ ...reg, eventId: "e".repeat(65) }, mozaRoles))).toContain(
      "$.eventId too-long",
    );
    expect(codes(decodeRoleEvent({ ...reg, at: `${at}${" ".repeat(40)}` }, mozaRoles))).toEqual([
      "$.at too-long",
    ]);
  });
  it("a list past its bound is `too-many` (resource bounds, issue #17)", () => {
    const r = JSON.parse(JSON.stringify(mozaRoles));
    r.readOnlyPermissions = new Array(201).fill("x");
    expect(codes(decodeRoleRules(r))).toEqual(["$.readOnlyPermissions too-many"]);
  });
  it("a value of the right type that breaks a rule is `invalid` (a malformed AGB code)", () => {
    expect(codes(decodeRoleEvent({ ...reg, organisation: "0112345" }, mozaRoles))).toEqual([
      "$.organisation invalid",
    ]);
  });
});

describe("tagged unions name the tag found and the tags accepted (ADR 0006 §4)", () => {
  it("an unknown event tag of plain letters is named; the list of accepted tags is the package's", () => {
    const [i] = issuesOf(decodeRoleEvent({ ...reg, _tag: "RoleGrantd" }, mozaRoles));
    expect([i?.path, i?.code, i?.actual]).toEqual(["$._tag", "wrong-tag", "string of 10 characters"]);
    expect(i?.message).toContain(`Unknown _tag "RoleGrantd"; expected one of ${tags}`);
  });
  it("a tag of 40 letters is named, of 41 letters or with digits it is not (a tag could carry a BSN: spec §3)", () => {
    const message = (tag: string) =>
      issuesOf(decodeRoleEvent({ ...reg, _tag: tag }, mozaRoles))[0]?.message ?? "";
    expect(message("A".repeat(40))).toContain(`Unknown _tag "${"A".repeat(40)}"`);
    expect(message("A".repeat(41))).toContain("Unknown _tag an unknown tag;");
    expect(message("Role123456782")).toContain("Unknown _tag an unknown tag;");
    expect(message("123456782Role")).toContain("Unknown _tag an unknown tag;");
    expect(message("123456782Role")).not.toMatch(/\d{9}/);
  });
  it("an unknown tag inside a request (the subject) is wrong-tag at its _tag, naming the tag or its shape", () => {
    const subject = (tag: unknown) => issuesOf(decodeAccessRequest(request({ subject: { _tag: tag } })));
    expect(subject("Robot").map((i) => [i.path, i.code])).toEqual([["$.subject._tag", "wrong-tag"]]);
    expect(subject("Robot")[0]?.message).toBe(
      'Unknown _tag "Robot"; expected one of User, ActingForPatient, InsurerEmployee, Intermediary',
    );
    expect(subject("R2D2")[0]?.message).toBe(
      "Unknown _tag string of 4 characters; expected one of User, ActingForPatient, InsurerEmployee, Intermediary",
    );
    expect(subject("R".repeat(41))[0]?.message).toContain("Unknown _tag string of 41 characters;");
    expect(subject("R".repeat(40))[0]?.message).toContain(`Unknown _tag "${"R".repeat(40)}";`);
    expect(subject("2Robot")[0]?.message).toContain("Unknown _tag string of 6 characters;");
    expect(subject(7)[0]?.message).toContain("Unknown _tag number;");
    expect(subject(7)[0]?.actual).toBe("number");
    const untagged = issuesOf(decodeAccessRequest(request({ subject: {} })));
    expect(untagged.map((i) => [i.path, i.code, i.actual])).toEqual([
      ["$.subject._tag", "wrong-tag", "undefined"],
    ]);
  });
  it("a subject that is not an object is wrong-type at the subject, not wrong-tag", () => {
    expect(codes(decodeAccessRequest(request({ subject: "User" })))).toEqual(["$.subject wrong-type"]);
    expect(codes(decodeAccessRequest(request({ subject: null })))).toEqual(["$.subject wrong-type"]);
  });
  it("an event that is null, an array, or has a tag that is not a string is refused without throwing, at $", () => {
    expect(
      codes(decodeRoleEvent(null, mozaRoles)).every((c) => c.startsWith("$") && !c.includes("undecodable")),
    ).toBe(true);
    expect(codes(decodeRoleEvent(null, mozaRoles))).not.toEqual([]);
    expect(codes(decodeRoleEvent(undefined, mozaRoles)).some((c) => c.includes("undecodable"))).toBe(false);
    expect(codes(decodeRoleEvent(undefined, mozaRoles))).not.toEqual([]);
    expect(codes(decodeRoleEvent({ ...reg, _tag: 5 }, mozaRoles))).toEqual(["$._tag wrong-tag"]);
  });
});

describe("the tag pre-check runs only for tagged unions and only on objects (ADR 0006 §4)", () => {
  it("a request or rulebook that is undefined is wrong-type at $, not undecodable", () => {
    expect(codes(decodeAccessRequest(undefined))).toEqual(["$ wrong-type"]);
    expect(codes(decodeRoleRules(undefined))).toEqual(["$ wrong-type"]);
  });
  it("a request with a _tag key of its own has an unexpected key, not an unknown tag", () => {
    expect(codes(decodeAccessRequest(request({ _tag: "User" })))).toEqual(["$._tag unexpected-key"]);
  });
  it("an event tag that is not a string is named by its shape (a number), not as an unknown tag", () => {
    const [i] = issuesOf(decodeRoleEvent({ ...reg, _tag: 5 }, mozaRoles));
    expect([i?.path, i?.code, i?.actual]).toEqual(["$._tag", "wrong-tag", "number"]);
    expect(i?.message).toContain("Unknown _tag number;");
  });
});

describe("never throws; messages carry no input value (ADR 0006 §4, spec §3)", () => {
  it("a getter that throws makes the event undecodable, with the error's kind and not its text", () => {
    const throwing = (thrown: unknown) =>
      Object.defineProperty({ ...reg }, "organisation", {
        get: () => {
          throw thrown;
        },
        enumerable: true,
      });
    const [i] = issuesOf(decodeRoleEvent(throwing(new RangeError("secret 123456782")), mozaRoles));
    expect([i?.path, i?.code, i?.actual]).toEqual(["$", "undecodable", "object"]);
    expect(i?.message).toMatch(/^The input could not be decoded \([A-Za-z]+\)$/);
    expect(issuesOf(decodeRoleEvent(throwing("boom 123456782"), mozaRoles))[0]?.message).toMatch(
      /^The input could not be decoded \([A-Za-z]+\)$/,
    );
    expect(
      issuesOf(decodeRoleEventLog([reg, throwing(new Error("x"))], mozaRoles)).map(
        (x) => `${x.path} ${x.code}`,
      ),
    ).toEqual(["$[1] undecodable"]);
  });
  it("a run of nine or more digits in a message (here a rulebook id) is masked to its last four (no BSN, spec §3)", () => {
    const rules = { ...JSON.parse(JSON.stringify(mozaRoles)), id: "portal-1234567890" };
    const granted = {
      _tag: "RoleGranted",
      eventId: "e1",
      at,
      organisation: ORG_A,
      by: "ann",
      user: "bob",
      role: "root",
    };
    const [i] = issuesOf(decodeRoleEvent(granted, rules));
    expect(i?.message).toMatch(/\(portal-\*{6}7890\)$/);
  });
  it("a message without input digits is unchanged by the masking (ADR 0006 §4)", () => {
    const r = decodeRoleEvent({ ...reg, eventId: "1234567890123".padEnd(70, "x") }, mozaRoles);
    const text = issuesOf(r)
      .map((i) => i.message)
      .join(" ");
    expect(text).not.toMatch(/\d{9}/);
  });
});

describe("at most maxIssues issues, default 100, with the total counted (ADR 0006 §4)", () => {
  it("150 bad events give 100 issues by default and count all of them", () => {
    const r = decodeRoleEventLog(
      Array.from({ length: 150 }, (_, i) => ({ ...reg, eventId: `e${i}`, organisation: "0112345" })),
      mozaRoles,
    );
    expect(r.ok ? undefined : [r.issues.length, r.totalIssues]).toEqual([100, 150]);
  });
  it("maxIssues 0 returns no issue but still fails and counts", () => {
    const r = decodeRoleEvent({ ...reg, organisation: "0112345" }, mozaRoles, { maxIssues: 0 });
    expect(r.ok ? undefined : [r.issues.length, r.totalIssues]).toEqual([0, 1]);
  });
});
