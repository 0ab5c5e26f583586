import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  mdoMeetingRoles,
  mozaPortalRoles,
  permissionsOf,
  RoleCatalogue,
  roleSource,
  rolesWithPermission,
} from "../src/index.js";
import { arbRoleCatalogue } from "../src/testing.js";

describe("role catalogues", () => {
  test("the portal preset has one role per portal function named in MOZA 2.1, and one for prior-authorisation requests (VGZ-GBZ)", () => {
    expect(mozaPortalRoles.roles.map((r) => r.id)).toEqual([
      "digital-mail",
      "request-status",
      "cost-ceiling",
      "deliver-information",
      "prior-authorisation",
    ]);
    expect(roleSource(mozaPortalRoles, "cost-ceiling")).toMatchObject({ source: "MOZA", article: "2.1" });
  });

  test("the MDO meeting roles are the examples of MDO-BV 1.11: chair, minute-taker, participant", () => {
    expect(mdoMeetingRoles.roles.map((r) => r.nameNl)).toEqual(["Voorzitter", "Notulist", "Deelnemer"]);
    expect(mdoMeetingRoles.roles.every((r) => r.source.note?.includes("preset"))).toBe(true);
  });

  test("a user holding several roles has the union of their permissions", () => {
    expect(permissionsOf(mdoMeetingRoles, ["participant", "minute-taker"])).toEqual([
      "comment",
      "edit-report",
      "view-case",
      "view-report",
      "write-report",
    ]);
    expect(permissionsOf(mdoMeetingRoles, ["no-such-role"])).toEqual([]);
  });

  test("only the chair and the minute-taker may edit the MDO report", () => {
    expect(rolesWithPermission(mdoMeetingRoles, "edit-report")).toEqual(["chair", "minute-taker"]);
  });

  test("both presets decode with the catalogue schema", () => {
    expect(Schema.is(RoleCatalogue)(mozaPortalRoles)).toBe(true);
    expect(Schema.is(RoleCatalogue)(mdoMeetingRoles)).toBe(true);
  });

  test("a catalogue with a role id twice is rejected with a readable message", () => {
    const role = mdoMeetingRoles.roles[0]!;
    const r = Schema.decodeUnknownResult(RoleCatalogue)({ id: "x", roles: [role, role] }, { errors: "all" });
    expect(r._tag).toBe("Failure");
    expect(String(r._tag === "Failure" ? r.failure.message : "")).toContain('role id "chair" appears twice');
  });

  test("generated catalogues are valid and every role's permissions are found back by rolesWithPermission", () => {
    fc.assert(
      fc.property(arbRoleCatalogue(), (c) => {
        expect(Schema.is(RoleCatalogue)(c)).toBe(true);
        for (const role of c.roles) {
          for (const p of role.permissions) expect(rolesWithPermission(c, p)).toContain(role.id);
        }
      }),
    );
  });

  test("decoding arbitrary input never throws", () => {
    const decode = Schema.decodeUnknownResult(RoleCatalogue);
    fc.assert(fc.property(fc.anything(), (u) => decode(u, { errors: "all" })._tag === "Failure"));
  });
});
