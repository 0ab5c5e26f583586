import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  decodeAccessRequest,
  decodeGrantRequest,
  decodeRoleEvent,
  decodeRoleEventLog,
  decodeRoleRules,
  MAX_CATALOGUE_ITEMS,
  mdoRoles,
  mozaRoles,
  RoleEventFor,
  RoleRules,
} from "../src/index.js";

const at = "2026-01-05T09:00:00+01:00";
const reg = { _tag: "OrganisationRegistered", eventId: "e0", at, organisation: "01123456", provider: true };
const codes = (r: { ok: boolean; issues?: ReadonlyArray<{ path: string; code: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.path} ${i.code}`);

describe("spec §6 — bad input is rejected at decoding with readable errors", () => {
  test("a malformed AGB code", () => {
    const r = decodeRoleEvent({ ...reg, organisation: "0112345" }, mozaRoles);
    expect(codes(r)).toEqual(["$.organisation invalid"]);
    expect(r.ok ? "" : r.issues[0]?.message).toContain("AGB code");
  });
  test("a role not in the catalogue", () => {
    const r = decodeRoleEvent(
      {
        _tag: "RoleGranted",
        eventId: "e1",
        at,
        organisation: "01123456",
        by: "ann",
        user: "bob",
        role: "root",
      },
      mozaRoles,
    );
    expect(codes(r)).toEqual(["$.role unknown-role"]);
    expect(r.ok ? "" : r.issues[0]?.message).toContain("digital-mail");
  });
  test("a grant with an end before its start", () => {
    const r = decodeRoleEvent(
      {
        _tag: "RoleGranted",
        eventId: "e1",
        at,
        organisation: "01123456",
        by: "ann",
        user: "bob",
        role: "digital-mail",
        validUntil: "2026-01-04T09:00:00+01:00",
      },
      mozaRoles,
    );
    expect(codes(r)).toEqual(["$.validUntil end-before-start"]);
  });
  test("an event for an unknown organisation (in a log)", () => {
    const r = decodeRoleEventLog(
      [reg, { _tag: "SignatoryRegistered", eventId: "e1", at, organisation: "02765432", user: "sig" }],
      mozaRoles,
    );
    expect(codes(r)).toEqual(["$[1].organisation unknown-organisation"]);
  });
  test("an event before its organisation's registration", () => {
    const r = decodeRoleEventLog(
      [
        { ...reg, at: "2026-02-01T00:00:00Z" },
        { _tag: "SignatoryRegistered", eventId: "e1", at, organisation: "01123456", user: "sig" },
      ],
      mozaRoles,
    );
    expect(codes(r)).toEqual(["$[1].organisation unknown-organisation"]);
  });
  test("a meeting role outside the catalogue", () => {
    const r = decodeRoleEvent(
      {
        _tag: "CooperationRoleGranted",
        eventId: "e1",
        at,
        cooperation: "c1",
        mdo: "m1",
        by: "kim",
        user: "lia",
        organisation: "01123456",
        role: "secretary",
      },
      mdoRoles,
    );
    expect(codes(r)).toEqual(["$.role unknown-role"]);
    expect(r.ok ? "" : r.issues[0]?.message).toContain("chair, minute-taker, participant");
  });
  test("an unknown key is rejected (a typo like validUntill must not silently drop the end)", () => {
    const r = decodeRoleEvent(
      {
        _tag: "RoleGranted",
        eventId: "e1",
        at,
        organisation: "01123456",
        by: "ann",
        user: "bob",
        role: "digital-mail",
        validUntill: at,
      },
      mozaRoles,
    );
    expect(codes(r)).toEqual(["$.validUntill unexpected-key"]);
    expect(decodeRoleEvent({ ...reg, extra: 1 }, mozaRoles, { unknownKeys: "ignore" }).ok).toBe(true);
  });
  test("an unknown event tag names the tag found and the tags accepted", () => {
    const r = decodeRoleEvent({ ...reg, _tag: "RoleGrantd" }, mozaRoles);
    expect(codes(r)).toEqual(["$._tag wrong-tag"]);
    expect(r.ok ? "" : r.issues[0]?.message).toContain('"RoleGrantd"');
    expect(r.ok ? "" : r.issues[0]?.message).toContain("RoleGranted");
  });
  test("a local time without offset is refused", () => {
    expect(codes(decodeRoleEvent({ ...reg, at: "2026-01-05T09:00:00" }, mozaRoles))).toEqual([
      "$.at invalid",
    ]);
  });
  test("a user id that could be a BSN is refused, and the message does not repeat it", () => {
    const r = decodeRoleEvent(
      { _tag: "SignatoryRegistered", eventId: "e1", at, organisation: "01123456", user: "123456782" },
      mozaRoles,
    );
    expect(codes(r)).toEqual(["$.user invalid"]);
    expect(JSON.stringify(r)).not.toContain("123456782");
  });
  test("cooperation events need a rulebook with cooperations; a cooperation needs two providers", () => {
    expect(
      codes(
        decodeRoleEvent(
          {
            _tag: "CooperationFormed",
            eventId: "e1",
            at,
            cooperation: "c",
            members: ["01123456", "02765432"],
          },
          mozaRoles,
        ),
      ),
    ).toEqual(["$._tag not-in-rulebook"]);
    expect(
      codes(
        decodeRoleEvent(
          { _tag: "CooperationFormed", eventId: "e1", at, cooperation: "c", members: ["01123456"] },
          mdoRoles,
        ),
      ),
    ).toEqual(["$.members invalid"]);
  });
  test("duplicate event ids in a log", () => {
    expect(codes(decodeRoleEventLog([reg, reg], mozaRoles))).toEqual(["$[1].eventId duplicate-id"]);
  });
  test("at most maxIssues issues are returned; totalIssues counts all", () => {
    const bad = Array.from({ length: 30 }, () => ({ _tag: "RoleGranted" }));
    const r = decodeRoleEventLog(bad, mozaRoles, { maxIssues: 5 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(5);
      expect(r.totalIssues).toBeGreaterThan(30);
    }
  });
  test("requests: an unknown subject kind, a malformed AGB code, an unknown key", () => {
    expect(
      codes(
        decodeAccessRequest({
          subject: { _tag: "Robot" },
          organisation: "01123456",
          action: "x",
          resource: { _tag: "Account" },
        }),
      ),
    ).toEqual(["$.subject._tag wrong-tag"]);
    const r = decodeAccessRequest({
      subject: { _tag: "Robot" },
      organisation: "0112345",
      action: "x",
      resource: { _tag: "Account" },
    });
    expect(r.ok ? "" : r.issues.map((i) => i.message).join("|")).toContain(
      'Unknown _tag "Robot"; expected one of User, ActingForPatient, InsurerEmployee, Intermediary',
    );
    expect(codes(r)).toContain("$.organisation invalid");
    expect(
      codes(
        decodeGrantRequest({
          grantor: "a",
          grantee: "b",
          role: "x",
          scope: { _tag: "Organisation", organisation: "01123456" },
          extra: 1,
        }),
      ),
    ).toEqual(["$.extra unexpected-key"]);
  });
  test("both presets decode from their JSON and are valid rulebooks", () => {
    expect(decodeRoleRules(JSON.parse(JSON.stringify(mozaRoles))).ok).toBe(true);
    expect(decodeRoleRules(JSON.parse(JSON.stringify(mdoRoles))).ok).toBe(true);
    expect(Schema.is(RoleRules)(mozaRoles) && Schema.is(RoleRules)(mdoRoles)).toBe(true);
  });
  test("a rulebook's lists and ids are bounded before their items are decoded (resource bounds, issue #17)", () => {
    const json = () => JSON.parse(JSON.stringify(mozaRoles));
    const role = mozaRoles.organisationRoles.roles[0];
    const tooManyRoles = json();
    tooManyRoles.organisationRoles.roles = new Array(MAX_CATALOGUE_ITEMS + 1).fill({ not: "a role" });
    expect(codes(decodeRoleRules(tooManyRoles))).toEqual(["$.organisationRoles.roles too-many"]);
    const tooManyPermissions = json();
    tooManyPermissions.mainContactRole.permissions = new Array(MAX_CATALOGUE_ITEMS + 1).fill(0);
    expect(codes(decodeRoleRules(tooManyPermissions))).toEqual(["$.mainContactRole.permissions too-many"]);
    const manyReadOnly = json();
    manyReadOnly.readOnlyPermissions = new Array(201).fill(0);
    expect(codes(decodeRoleRules(manyReadOnly))).toEqual(["$.readOnlyPermissions too-many"]);
    const longId = json();
    longId.organisationRoles.id = "a".repeat(10_000_000);
    expect(codes(decodeRoleRules(longId))).toEqual(["$.organisationRoles.id too-long"]);
    const longPermission = json();
    longPermission.mainContactRole.permissions = ["a".repeat(10_000_000)];
    expect(codes(decodeRoleRules(longPermission))).toEqual(["$.mainContactRole.permissions[0] too-long"]);
    // At the bound a catalogue still decodes (the bound is not off by one).
    const atBound = json();
    atBound.organisationRoles.roles = Array.from({ length: MAX_CATALOGUE_ITEMS }, (_, i) => ({
      ...JSON.parse(JSON.stringify(role)),
      id: `role-${i}`,
    }));
    expect(decodeRoleRules(atBound).ok).toBe(true);
  });
  test("a rulebook whose organisation catalogue contains the main-contact role is refused (escalation by data)", () => {
    const bad = {
      ...mozaRoles,
      organisationRoles: {
        ...mozaRoles.organisationRoles,
        roles: [...mozaRoles.organisationRoles.roles, mozaRoles.mainContactRole],
      },
    };
    const r = decodeRoleRules(JSON.parse(JSON.stringify(bad)));
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toContain("main-contact role must not be in the organisation catalogue");
  });
  test("RoleEventFor(rules) agrees with decodeRoleEvent on decoded events", () => {
    const good = decodeRoleEvent(
      {
        _tag: "RoleGranted",
        eventId: "e1",
        at,
        organisation: "01123456",
        by: "ann",
        user: "bob",
        role: "digital-mail",
      },
      mozaRoles,
    );
    expect(good.ok && Schema.is(RoleEventFor(mozaRoles))(good.value)).toBe(true);
    expect(good.ok && Schema.is(RoleEventFor(mdoRoles))(good.value)).toBe(false);
  });
});

describe("decoders never throw (fc.anything)", () => {
  const decoders: Array<[string, (u: unknown) => { ok: boolean }]> = [
    ["decodeRoleEvent", (u) => decodeRoleEvent(u, mdoRoles)],
    ["decodeRoleEventLog", (u) => decodeRoleEventLog(u, mozaRoles)],
    ["decodeAccessRequest", (u) => decodeAccessRequest(u)],
    ["decodeGrantRequest", (u) => decodeGrantRequest(u)],
    ["decodeRoleRules", (u) => decodeRoleRules(u)],
  ];
  for (const [name, d] of decoders)
    test(`${name} returns a result for any input`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.anything(),
            fc.array(fc.anything()),
            fc.record({ _tag: fc.constantFrom("RoleGranted", "CooperationFormed", "User"), at: fc.string() }),
          ),
          (u) => {
            const r = d(u);
            return typeof r.ok === "boolean";
          },
        ),
      );
    });
  test("a throwing getter does not make a decoder throw", () => {
    const evil = Object.defineProperty({}, "_tag", {
      get: () => {
        throw new Error("boom");
      },
      enumerable: true,
    });
    expect(decodeRoleEvent(evil, mozaRoles).ok).toBe(false);
    expect(decodeRoleEventLog([evil], mozaRoles).ok).toBe(false);
  });
});
