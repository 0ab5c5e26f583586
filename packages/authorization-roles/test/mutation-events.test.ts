// Tests that kill surviving mutants of src/events.ts (issue #17, docs/quality.md): a person's id
// and the ids that end up in audit records are never nine digits on their own — a BSN could not be
// told apart (spec §3 audit records, issue #17 BSN sweep) — while other ids of digits decode.
// Every result is computed inside its `it` (perTest coverage).
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { decodeRoleEvent, mozaRoles, UserId } from "../src/index.js";
import { ORG_A } from "./fixtures.js";

const at = "2026-01-05T09:00:00+01:00";
const signatory = (user: string) => ({
  _tag: "SignatoryRegistered",
  eventId: "e1",
  at,
  organisation: ORG_A,
  user,
});
const medical = (employee: string) => ({
  _tag: "MedicalDataAuthorisation",
  eventId: "e1",
  at,
  employee,
  authorised: true,
});
const codes = (r: { ok: boolean; issues?: ReadonlyArray<{ path: string; code: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.path} ${i.code}`);

describe("user ids are pseudonymous: nine digits on their own are refused (no BSN in logs, spec §3)", () => {
  it("nine digits are refused; eight or ten digits, or nine digits with a letter before or after, decode", () => {
    expect(Schema.is(UserId)("123456782")).toBe(false);
    for (const ok of ["12345678", "1234567890", "u123456782", "123456782u", "ann"])
      expect([ok, Schema.is(UserId)(ok)]).toEqual([ok, true]);
  });
  it("the refusal is an issue at the user's path with the reason, never the digits (spec §3)", () => {
    const r = decodeRoleEvent(signatory("123456782"), mozaRoles);
    expect(codes(r)).toEqual(["$.user invalid"]);
    expect(r.ok ? "" : r.issues[0]?.message).toContain("a user id must not be nine digits");
    expect(decodeRoleEvent(signatory("1234567890"), mozaRoles).ok).toBe(true);
  });
});

describe("ids that reach audit records (insurer employee, mandate, request) refuse nine digits too (spec §3, VGZ-GBZ)", () => {
  it("an insurer employee id of nine digits is refused; of ten digits or with a letter it decodes (MOZA 3.3)", () => {
    const r = decodeRoleEvent(medical("123456782"), mozaRoles);
    expect(codes(r)).toEqual(["$.employee invalid"]);
    expect(r.ok ? "" : r.issues[0]?.message).toContain("an id must not be nine digits");
    for (const ok of ["1234567890", "12345678", "vgz-123456782", "123456782x"])
      expect([ok, decodeRoleEvent(medical(ok), mozaRoles).ok]).toEqual([ok, true]);
  });
});
