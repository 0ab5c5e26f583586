// Tests that kill surviving mutants of src/catalogue.ts (issue #17, docs/quality.md): role
// catalogues as data (spec §2, MOZA 1.6, 2.1; MDO-BV 1.11) — the permissions a set of roles
// carries, the roles that carry a permission, a role's source, unique role ids. Every result is
// computed inside its `it` (perTest coverage).
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import {
  mdoMeetingRoles,
  mozaPortalRoles,
  permissionsOf,
  RoleCatalogue,
  roleSource,
  rolesWithPermission,
} from "../src/index.js";

describe("role catalogues (spec §2, MOZA 2.1, MDO-BV 1.11)", () => {
  it("a user's permissions are those of the roles the user holds, and only those, sorted (MOZA 1.6 need-to-know)", () => {
    expect(permissionsOf(mdoMeetingRoles, ["chair"])).toEqual(
      [...(mdoMeetingRoles.roles.find((r) => r.id === "chair")?.permissions ?? [])].sort(),
    );
    expect(permissionsOf(mdoMeetingRoles, [])).toEqual([]);
    const all = permissionsOf(
      mozaPortalRoles,
      mozaPortalRoles.roles.map((r) => r.id),
    );
    expect(all).toEqual([...new Set(mozaPortalRoles.roles.flatMap((r) => r.permissions))].sort());
  });
  it("a permission no role carries is carried by no role (MOZA 1.6)", () => {
    expect(rolesWithPermission(mdoMeetingRoles, "manage-authorisations")).toEqual([]);
    expect(rolesWithPermission(mdoMeetingRoles, "view-report")).toEqual(
      mdoMeetingRoles.roles.filter((r) => r.permissions.includes("view-report")).map((r) => r.id),
    );
  });
  it("a role's source is its citation; a role the catalogue lacks has none (MOZA 2.1)", () => {
    expect(roleSource(mozaPortalRoles, "digital-mail")).toMatchObject({ source: "MOZA", article: "2.1" });
    expect(roleSource(mozaPortalRoles, "chair")).toBeUndefined();
  });
  it("a catalogue with distinct role ids decodes; one repeating an id further down is refused (spec §2)", () => {
    const [a, b, c] = mdoMeetingRoles.roles;
    expect(Schema.is(RoleCatalogue)({ id: "x", roles: [a, b, c] })).toBe(true);
    expect(Schema.is(RoleCatalogue)({ id: "x", roles: [a, b, c, b] })).toBe(false);
    expect(Schema.is(RoleCatalogue)({ id: "x", roles: [] })).toBe(true);
  });
});
