/**
 * Review attacks on the hot path (interned certificate ids, minute windows, windows outside
 * suspensions) and on organisation isolation: each case compares the compiled `authorize` with the
 * literal reference (test/reference/authorize.ts) and states the expected answer.
 */
import { instant } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import {
  type AccessRequest,
  authorize,
  compileRoles,
  mayGrant,
  mdoRoles,
  mozaRoles,
  type RoleEvent,
  type RoleRules,
} from "../src/index.js";
import { hashId } from "../src/internal/state.js";
import {
  appointMainContact,
  ev,
  grant,
  ORG_A,
  ORG_B,
  organisation,
  portal,
  t,
  twoOrganisations,
} from "./fixtures.js";
import { referenceAuthorize } from "./reference/authorize.js";

const both = (
  events: ReadonlyArray<RoleEvent>,
  r: AccessRequest,
  at: number,
  rules: RoleRules = mozaRoles,
) => {
  const d = authorize(r, compileRoles(events, rules), at as never);
  const compiled = d.value;
  expect(referenceAuthorize(events, rules, r, at)).toEqual(compiled);
  // the explanation (the full checks, re-run) ends at the same failed check as the fast answer
  const last = d.because[d.because.length - 1];
  if (compiled.decision === "deny")
    expect([last?.rule, last?.output]).toEqual([compiled.failedCheck, "fail"]);
  else expect(last?.output).toBe("pass");
  return compiled.decision === "allow" ? "allow" : compiled.failedCheck;
};
const cert = (org: string, id: string, user: string, from: number, until: number) =>
  ({
    _tag: "CertificateIssued",
    eventId: `ci-${id.length}-${user}-${from}`,
    at: from,
    organisation: org,
    certificate: id,
    user,
    validFrom: from,
    validUntil: until,
  }) as unknown as RoleEvent;
const asUser = (user: string, org: string, certificate: string, action = "view-cost-ceiling") =>
  ({
    subject: { _tag: "User", user, certificate },
    organisation: org,
    action,
    resource: { _tag: "Account" },
    facts: { terms: { status: "ok" } },
  }) as AccessRequest;
// A: ann main contact, bob cost-ceiling.
const base = twoOrganisations;
const EDGE_OFFSETS = [-60_001, -60_000, -59_999, -1, 0, 1, 59_999, 60_000, 60_001];

describe("hash-interned certificate ids (a7766a0): a look-up matches the exact string only", () => {
  // Two ids with the same 30-bit FNV-1a hash (found by search), one per organisation.
  const [x, y] = ["c-41936", "c-133960"];
  test("the two ids collide in the hash (the attack is real)", () => {
    expect(hashId(x)).toBe(hashId(y));
  });
  const from = t("2026-01-05");
  const events = (): Array<RoleEvent> => [
    ...base(),
    cert(ORG_A, x, "bob", from, t("2030-01-01")),
    cert(ORG_B, y, "dirk", from, t("2030-01-01")),
  ];
  const at = t("2026-03-01");
  test("each holder is known by their own id only; the colliding id of the other organisation is foreign", () => {
    expect(both(events(), asUser("bob", ORG_A, x), at)).toBe("allow");
    expect(both(events(), asUser("bob", ORG_A, y), at)).toBe("certificate");
    expect(both(events(), asUser("dirk", ORG_A, y), at)).toBe("certificate");
    expect(both(events(), asUser("dirk", ORG_B, x), at)).toBe("certificate");
    expect(both(events(), asUser("dirk", ORG_B, y, "manage-authorisations"), at)).toBe("allow");
    expect(both(events(), asUser("bob", ORG_A, x, "manage-authorisations"), at)).toBe("permission");
  });
  test("an id differing in case, in Unicode normalisation, in a lone surrogate, or empty, is another id", () => {
    const nfc = "c-\u00e9";
    const nfd = "c-e\u0301";
    const long = `c-${"x".repeat(100_000)}`;
    const evs = [
      ...events(),
      cert(ORG_A, nfc, "bob", from, t("2030-01-01")),
      cert(ORG_A, long, "bob", from, t("2030-01-01")),
      cert(ORG_A, "c-\ud83d\ude00", "bob", from, t("2030-01-01")),
    ];
    expect(both(evs, asUser("bob", ORG_A, nfc), at)).toBe("allow");
    expect(both(evs, asUser("bob", ORG_A, nfd), at)).toBe("certificate");
    expect(both(evs, asUser("bob", ORG_A, long), at)).toBe("allow");
    expect(both(evs, asUser("bob", ORG_A, `${long}y`), at)).toBe("certificate");
    expect(both(evs, asUser("bob", ORG_A, long.slice(0, -1)), at)).toBe("certificate");
    expect(both(evs, asUser("bob", ORG_A, "c-\ud83d\ude00"), at)).toBe("allow");
    expect(both(evs, asUser("bob", ORG_A, "c-\ud83d"), at)).toBe("certificate");
    expect(both(evs, asUser("bob", ORG_A, "C-41936"), at)).toBe("certificate");
    expect(both(evs, asUser("bob", ORG_A, ""), at)).toBe("certificate");
  });
  test("many certificates in one table (probing past full runs) all resolve to their own holder", () => {
    const evs: Array<RoleEvent> = [...base()];
    for (let i = 0; i < 300; i++)
      evs.push(cert(ORG_A, `k${i}`, i % 2 === 0 ? "bob" : "ann", from, t("2030-01-01")));
    const roles = compileRoles(evs, mozaRoles);
    for (let i = 0; i < 300; i++) {
      const holder = i % 2 === 0 ? "bob" : "ann";
      const other = i % 2 === 0 ? "ann" : "bob";
      const action = holder === "bob" ? "view-cost-ceiling" : "manage-authorisations";
      expect(authorize(asUser(holder, ORG_A, `k${i}`, action), roles, at).value.decision).toBe("allow");
      expect(authorize(asUser(other, ORG_A, `k${i}`, action), roles, at).value).toMatchObject({
        failedCheck: "certificate",
      });
    }
  });
  test("a certificate reissued with the same id is refused; the first one's end and revocation stand", () => {
    const evs = [
      ...base(),
      ev("CertificateRevoked", "2026-02-01", { certificate: "c-bob" as never }),
      cert(ORG_A, "c-bob", "bob", t("2026-02-02"), t("2030-01-01")),
      cert(ORG_B, "c-bob", "dirk", t("2026-02-02"), t("2030-01-01")),
    ];
    expect(compileRoles(evs, mozaRoles).rejected.map((r) => r.rule)).toEqual(["certificate", "certificate"]);
    expect(both(evs, portal("bob", ORG_A, "view-cost-ceiling"), t("2026-03-01"))).toBe("certificate");
    expect(
      both(
        evs,
        portal("dirk", ORG_B, "manage-authorisations", {
          subject: { _tag: "User", user: "dirk", certificate: "c-bob" },
        } as never),
        t("2026-03-01"),
      ),
    ).toBe("certificate");
  });
});

describe("minute windows (a7766a0): the exact millisecond of every edge", () => {
  // Edges deliberately off the minute: certificate from/until, a role's end, a revocation, a suspension, a maintenance stop.
  const odd = (iso: string) => instant(iso);
  const cFrom = odd("2026-01-09T09:00:30.123+01:00");
  const cUntil = odd("2026-06-30T23:59:59.999+02:00");
  const roleUntil = odd("2026-05-10T12:34:56.789+02:00");
  const susFrom = odd("2026-03-10T10:15:20.500+01:00");
  const susUntil = odd("2026-03-12T08:00:00.001+01:00");
  const stopFrom = odd("2026-04-01T01:00:00.999+02:00");
  const stopUntil = odd("2026-04-01T01:01:00.000+02:00");
  const revokedAt = odd("2026-06-15T00:00:00.000+02:00");
  const events = (): Array<RoleEvent> => [
    ...base(),
    cert(ORG_A, "w-bob", "bob", cFrom, cUntil),
    cert(ORG_A, "w-ann", "ann", cFrom, cUntil),
    grant(ORG_A, "2026-01-08", "ann", "bob", "digital-mail", "2026-05-10"),
    { ...grant(ORG_A, "2026-01-08", "ann", "bob", "request-status"), validUntil: roleUntil } as RoleEvent,
    {
      _tag: "AccessSuspended",
      eventId: "s1",
      at: susFrom,
      organisation: ORG_A,
      reason: "breach",
      until: susUntil,
    } as unknown as RoleEvent,
    {
      _tag: "MaintenanceStopped",
      eventId: "m1",
      at: t("2026-03-01"),
      from: stopFrom,
      until: stopUntil,
      reason: "upgrade",
    } as unknown as RoleEvent,
    {
      _tag: "CertificateRevoked",
      eventId: "r1",
      at: revokedAt,
      certificate: "w-ann",
    } as unknown as RoleEvent,
  ];
  const edges = [
    cFrom,
    cUntil,
    roleUntil,
    susFrom,
    susUntil,
    stopFrom,
    stopUntil,
    revokedAt,
    t("2026-05-10"),
  ];
  test.each(["view-cost-ceiling", "read-digital-mail", "view-request-status", "manage-authorisations"])(
    "%s: compiled and reference agree at every edge ± 0, 1 ms, a minute",
    (action) => {
      for (const user of ["bob", "ann"])
        for (const e of edges)
          for (const d of EDGE_OFFSETS) both(events(), asUser(user, ORG_A, `w-${user}`, action), e + d);
    },
  );
  test("the answers at the edges are the exact ones", () => {
    const bob = (at: number, action = "view-cost-ceiling") =>
      both(events(), asUser("bob", ORG_A, "w-bob", action), at);
    expect(bob(cFrom - 1)).toBe("certificate");
    expect(bob(cFrom)).toBe("allow");
    expect(bob(cUntil - 1)).toBe("allow");
    expect(bob(cUntil)).toBe("certificate");
    expect(bob(susFrom - 1)).toBe("allow");
    expect(bob(susFrom)).toBe("suspension");
    expect(bob(susUntil - 1)).toBe("suspension");
    expect(bob(susUntil)).toBe("allow");
    expect(bob(stopFrom - 1)).toBe("allow");
    expect(bob(stopFrom)).toBe("maintenance");
    expect(bob(stopUntil - 1)).toBe("maintenance");
    expect(bob(stopUntil)).toBe("allow");
    expect(bob(roleUntil - 1, "view-request-status")).toBe("allow");
    expect(bob(roleUntil, "view-request-status")).toBe("permission");
    const ann = (at: number) => both(events(), asUser("ann", ORG_A, "w-ann", "manage-authorisations"), at);
    expect(ann(revokedAt - 1)).toBe("allow");
    expect(ann(revokedAt)).toBe("certificate");
  });
});

describe("MOZA 4.1 — AGB end + 6 months at month ends (revoked from 00:00 Amsterdam the day after)", () => {
  const cases: Array<[string, string]> = [
    ["2026-01-31", "2026-08-01"],
    ["2026-08-31", "2027-03-01"],
    ["2027-08-29", "2028-03-01"],
    ["2027-08-31", "2028-03-01"],
    ["2026-02-28", "2026-08-29"],
    ["2027-09-30", "2028-03-31"],
    ["2026-04-30", "2026-10-31"],
  ];
  test.each(cases)("AGB code ended %s: certificates work until %s 00:00 Amsterdam", (on, revoked) => {
    const events = [
      ...base(),
      ev("AgbCodeEnded", "2026-01-10", { organisation: ORG_A as never, on: on as never }),
    ];
    const edge = instant(
      `${revoked}T00:00:00${["03", "04", "05", "06", "07", "08", "09", "10"].includes(revoked.slice(5, 7)) && !(revoked.slice(5, 7) === "03" && Number(revoked.slice(8)) < 29) && !(revoked.slice(5, 7) === "10" && Number(revoked.slice(8)) > 25) ? "+02:00" : "+01:00"}`,
    );
    const bob = (at: number) => both(events, portal("bob", ORG_A, "view-cost-ceiling"), at);
    expect(bob(edge - 1)).toBe("allow");
    expect(bob(edge)).toBe("agb-revocation");
  });
});

describe("DST and the last millisecond of a day (contract end, MDO-BV 10.9 read window)", () => {
  const events = (on: string) => [
    ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
    ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
    appointMainContact(ORG_A, "2026-01-06", "ann"),
    grant(ORG_A, "2026-01-07", "ann", "bob", "mdo-user"),
    ev("ContractEnded", "2026-01-08", { organisation: ORG_A as never, on: on as never }),
  ];
  const req = (action: string) =>
    ({ ...portal("bob", ORG_A, action), facts: { payment: "paid" } }) as AccessRequest;
  test.each([
    ["2026-03-28", "2026-03-28T23:59:59.999+01:00"],
    ["2026-03-29", "2026-03-29T23:59:59.999+02:00"],
    ["2026-10-24", "2026-10-24T23:59:59.999+02:00"],
    ["2026-10-25", "2026-10-25T23:59:59.999+01:00"],
  ])("contract ended %s: using at %s, not a millisecond later", (on, last) => {
    const at = instant(last);
    expect(both(events(on), req("use-mdo"), at, mdoRoles)).toBe("allow");
    expect(both(events(on), req("use-mdo"), at + 1, mdoRoles)).toBe("contract");
    for (const d of EDGE_OFFSETS) both(events(on), req("use-mdo"), at + 1 + d, mdoRoles);
  });
});

describe("windows outside suspensions (90ad344): every stretch, not only the longest", () => {
  const at = (iso: string) => instant(iso);
  const events = (): Array<RoleEvent> => [
    ...base(),
    {
      _tag: "AccessSuspended",
      eventId: "s1",
      at: at("2026-03-10T10:15:20.500+01:00"),
      organisation: ORG_A,
      reason: "breach",
      until: at("2026-03-12T08:00:00.001+01:00"),
    } as unknown as RoleEvent,
    {
      _tag: "AccessSuspended",
      eventId: "s2",
      at: at("2026-04-01T10:00:30.000+02:00"),
      organisation: ORG_A,
      reason: "breach",
    } as unknown as RoleEvent,
    {
      _tag: "SuspensionLifted",
      eventId: "s3",
      at: at("2026-04-01T10:07:00.250+02:00"),
      organisation: ORG_A,
    } as unknown as RoleEvent,
    {
      _tag: "AccessSuspended",
      eventId: "s4",
      at: at("2026-04-01T10:05:00.000+02:00"),
      organisation: ORG_A,
      reason: "overlap",
      until: at("2026-04-01T10:06:00.000+02:00"),
    } as unknown as RoleEvent,
  ];
  const edges = [
    "2026-03-10T10:15:20.500+01:00",
    "2026-03-12T08:00:00.001+01:00",
    "2026-04-01T10:00:30.000+02:00",
    "2026-04-01T10:05:00.000+02:00",
    "2026-04-01T10:06:00.000+02:00",
    "2026-04-01T10:07:00.250+02:00",
  ].map(at);
  test("compiled and reference agree around every suspension edge, and the answers are exact", () => {
    for (const e of edges)
      for (const d of EDGE_OFFSETS) both(events(), portal("bob", ORG_A, "view-cost-ceiling"), e + d);
    const bob = (x: number) => both(events(), portal("bob", ORG_A, "view-cost-ceiling"), x);
    expect(bob(t("2026-02-01"))).toBe("allow");
    expect(bob(at("2026-03-11T00:00:00+01:00"))).toBe("suspension");
    expect(bob(at("2026-03-20T00:00:00+01:00"))).toBe("allow");
    expect(bob(at("2026-04-01T10:07:00.249+02:00"))).toBe("suspension");
    expect(bob(at("2026-04-01T10:07:00.250+02:00"))).toBe("allow");
    expect(bob(t("2026-06-01"))).toBe("allow");
  });
});

describe("MDO-BV 7.10 b — a suspension only after a written warning", () => {
  const mdoOrg = (): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
    ...organisation(ORG_B, "2026-01-05", ["dirk"]),
    ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
    appointMainContact(ORG_A, "2026-01-06", "ann"),
    grant(ORG_A, "2026-01-07", "ann", "bob", "mdo-user"),
  ];
  const req = { ...portal("bob", ORG_A, "use-mdo"), facts: { payment: "paid" } } as AccessRequest;
  const suspend = (on: string) =>
    ev("AccessSuspended", on, { organisation: ORG_A as never, reason: "suspected breach" as never });
  const warn = (org: string, on: string) =>
    ev("SuspensionWarned", on, { organisation: org as never, reason: "suspected breach" as never });
  test("without a warning, with a warning to another organisation, or one at the same instant: not applied", () => {
    for (const events of [
      [...mdoOrg(), suspend("2026-03-01")],
      [...mdoOrg(), warn(ORG_B, "2026-02-20"), suspend("2026-03-01")],
      [...mdoOrg(), warn(ORG_A, "2026-03-01"), suspend("2026-03-01")],
      [...mdoOrg(), suspend("2026-03-01"), warn(ORG_A, "2026-03-02")],
    ]) {
      expect(compileRoles(events, mdoRoles).rejected.map((r) => r.rule)).toEqual(["suspension-warning"]);
      expect(both(events, req, t("2026-03-05"), mdoRoles)).toBe("allow");
    }
  });
  test("after a warning it applies, mid-minute, on the fast path as in the reference", () => {
    const from = instant("2026-03-01T09:00:00.001+01:00");
    const events = [
      ...mdoOrg(),
      warn(ORG_A, "2026-02-20"),
      {
        _tag: "AccessSuspended",
        eventId: "s9",
        at: from,
        organisation: ORG_A,
        reason: "suspected breach",
      } as unknown as RoleEvent,
    ];
    expect(both(events, req, from - 1, mdoRoles)).toBe("allow");
    expect(both(events, req, from, mdoRoles)).toBe("suspension");
    expect(both(events, req, t("2026-09-01"), mdoRoles)).toBe("suspension");
  });
});

describe("isolation (c7a0a85, d615eec): order at one instant, replaced main contacts, other organisations", () => {
  const revoke = (by: string, user: string, role: string, at: string, org = ORG_A) =>
    ev("RoleRevoked", at, {
      organisation: org as never,
      by: by as never,
      user: user as never,
      role: role as never,
    });
  test("a grant and a revocation at the same instant apply in the order given (grant then revoke: no role)", () => {
    const g = grant(ORG_A, "2026-02-01", "ann", "bob", "digital-mail");
    const r = revoke("ann", "bob", "digital-mail", "2026-02-01");
    const req = portal("bob", ORG_A, "read-digital-mail");
    expect(both([...base(), g, r], req, t("2026-02-02"))).toBe("permission");
    expect(both([...base(), r, g], req, t("2026-02-02"))).toBe("allow");
    // the log's own sort order does not matter, only the order of equal instants
    expect(both([g, r, ...base()].reverse().reverse(), req, t("2026-02-02"))).toBe("permission");
  });
  test("a replaced main contact's later revocation is refused and the role stays; the new one's works", () => {
    const events = [
      ...base(),
      ...organisation(ORG_A, "2026-01-20", ["carl"]).slice(3),
      appointMainContact(ORG_A, "2026-02-01", "carl"),
      revoke("ann", "bob", "cost-ceiling", "2026-02-02"),
    ];
    expect(compileRoles(events, mozaRoles).rejected.map((r) => [r.tag, r.rule])).toEqual([
      ["RoleRevoked", "grant-by-main-contact"],
    ]);
    expect(both(events, portal("bob", ORG_A, "view-cost-ceiling"), t("2026-02-03"))).toBe("allow");
    expect(both(events, portal("ann", ORG_A, "manage-authorisations"), t("2026-02-03"))).toBe("permission");
    const later = [...events, revoke("carl", "bob", "cost-ceiling", "2026-02-04")];
    expect(both(later, portal("bob", ORG_A, "view-cost-ceiling"), t("2026-02-05"))).toBe("permission");
    // the signatory revoking the old main contact's (already ended) role changes nothing either way
    const sig = [...events, revoke(`sig-${ORG_A}`, "ann", "main-contact", "2026-02-04")];
    expect(both(sig, portal("carl", ORG_A, "manage-authorisations"), t("2026-02-05"))).toBe("allow");
  });
  test("a signatory acts for their own organisation only", () => {
    const events = [
      ...base(),
      ev("RoleGranted", "2026-02-01", {
        organisation: ORG_A as never,
        by: `sig-${ORG_B}` as never,
        user: "bob" as never,
        role: "main-contact" as never,
      }),
      revoke(`sig-${ORG_B}`, "ann", "main-contact", "2026-02-01"),
      ev("ViewAsWithdrawn", "2026-02-01", {
        organisation: ORG_A as never,
        by: `sig-${ORG_B}` as never,
        consent: "va-1" as never,
      }),
      ev("IntermediaryEngaged", "2026-02-01", {
        organisation: ORG_A as never,
        by: `sig-${ORG_B}` as never,
        intermediary: "int-1" as never,
      }),
    ];
    expect(compileRoles(events, mozaRoles).rejected.map((r) => r.tag)).toEqual([
      "RoleGranted",
      "RoleRevoked",
      "ViewAsWithdrawn",
      "IntermediaryEngaged",
    ]);
    expect(both(events, portal("ann", ORG_A, "manage-authorisations"), t("2026-02-02"))).toBe("allow");
    expect(both(events, portal("bob", ORG_A, "manage-authorisations"), t("2026-02-02"))).toBe("permission");
    expect(
      both(
        events,
        {
          subject: { _tag: "Intermediary", intermediary: "int-1" },
          organisation: ORG_A,
          action: "use-connection",
          resource: { _tag: "Account" },
        } as AccessRequest,
        t("2026-02-02"),
      ),
    ).toBe("intermediary-engaged");
  });
});

describe("MOZA 3.3 — view-as after its time bound, trying to write, outside the account", () => {
  const consentUntil = instant("2026-02-08T12:00:00.001+01:00");
  const events = (): Array<RoleEvent> => [
    ...base(),
    ev("MedicalDataAuthorisation", "2026-01-01", { employee: "vgz-7" as never, authorised: true as never }),
    {
      _tag: "ViewAsConsented",
      eventId: "va",
      at: t("2026-02-01"),
      organisation: ORG_A,
      by: "ann",
      consent: "va-1",
      employee: "vgz-7",
      purpose: "solve-incident",
      until: consentUntil,
    } as unknown as RoleEvent,
  ];
  const req = (action: string, extra: Partial<AccessRequest> = {}) =>
    ({
      subject: { _tag: "InsurerEmployee", employee: "vgz-7", consent: "va-1" },
      organisation: ORG_A,
      action,
      resource: { _tag: "Account" },
      ...extra,
    }) as AccessRequest;
  test("reads until the last millisecond of the consent, then not", () => {
    expect(both(events(), req("view-cost-ceiling"), consentUntil - 1)).toBe("allow");
    expect(both(events(), req("view-cost-ceiling"), consentUntil)).toBe("view-as-consent");
  });
  test("never writes, never manages roles, never acts in another organisation or on a request", () => {
    for (const action of ["deliver-information", "manage-authorisations", "file-prior-authorisation"])
      expect(both(events(), req(action), t("2026-02-02"))).toBe("view-as-read-only");
    expect(both(events(), req("view-cost-ceiling", { organisation: ORG_B as never }), t("2026-02-02"))).toBe(
      "view-as-consent",
    );
    expect(
      both(
        events(),
        req("view-request-status", { resource: { _tag: "PriorAuthorisation", request: "r-1" } as never }),
        t("2026-02-02"),
      ),
    ).toBe("permission");
  });
  test("a withdrawal by another organisation's main contact is refused; by the signatory it ends the consent", () => {
    const w = (by: string) =>
      ev("ViewAsWithdrawn", "2026-02-03", {
        organisation: ORG_A as never,
        by: by as never,
        consent: "va-1" as never,
      });
    expect(both([...events(), w("dirk")], req("view-cost-ceiling"), t("2026-02-04"))).toBe("allow");
    expect(both([...events(), w(`sig-${ORG_A}`)], req("view-cost-ceiling"), t("2026-02-04"))).toBe(
      "view-as-consent",
    );
  });
});

describe("MDO-BV 3.2 — cooperation contacts and organisations that left", () => {
  const ORG_C = "03222222";
  const COOP = "coop-noord";
  const coopEv = <T extends RoleEvent["_tag"]>(tag: T, at: string, fields: Record<string, string>) =>
    ev(tag, at, { cooperation: COOP, ...fields } as never);
  const base3 = (): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
    ...organisation(ORG_B, "2026-01-05", ["noa", "ole"]),
    ...organisation(ORG_C, "2026-01-05", ["oli"]),
    ...[ORG_A, ORG_B, ORG_C].map((o) => ev("ContractStarted", "2026-01-05", { organisation: o as never })),
    ev("CooperationFormed", "2026-01-08", {
      cooperation: COOP as never,
      members: [ORG_A, ORG_B, ORG_C] as never,
    }),
    coopEv("CooperationContactAppointed", "2026-01-08", { user: "kim", organisation: ORG_A }),
    coopEv("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_A }),
    coopEv("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_B }),
    coopEv("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_C }),
    // B leaves: its authorisation is revoked on the contact's request
    coopEv("MemberRevocationRequested", "2026-02-01", { by: "kim", organisation: ORG_B }),
  ];
  /** Noa (of B) assigns C's Oli the MDO-manager role. */
  const noaAssignsManager = () =>
    coopEv("CooperationRoleGranted", "2026-02-03", {
      by: "noa",
      user: "oli",
      organisation: ORG_C,
      role: "mdo-manager",
    });
  const tags = (events: ReadonlyArray<RoleEvent>) =>
    compileRoles(events, mdoRoles).rejected.map((r) => [r.tag, r.rule]);
  test("a founder that left the cooperation is no longer one of its members: no contact of it is appointed", () => {
    const events = [
      ...base3(),
      coopEv("CooperationContactAppointed", "2026-02-02", { user: "noa", organisation: ORG_B }),
    ];
    expect(tags(events)).toEqual([["CooperationContactAppointed", "cooperation-member"]]);
    // and so that user cannot act as a contact: no manager role is assigned on their word
    const act = [...events, noaAssignsManager()];
    expect(tags(act)).toEqual([
      ["CooperationContactAppointed", "cooperation-member"],
      ["CooperationRoleGranted", "grant-manager-by-contact"],
    ]);
  });
  test("a founder not yet authorised still gets its first contact (the bootstrap), also after the cooperation formed", () => {
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim"]),
      ...organisation(ORG_B, "2026-01-05", ["noa"]),
      ev("CooperationFormed", "2026-01-08", { cooperation: COOP as never, members: [ORG_A, ORG_B] as never }),
      coopEv("CooperationContactAppointed", "2026-01-20", { user: "noa", organisation: ORG_B }),
    ];
    expect(tags(events)).toEqual([]);
  });
  test("this library's reading: a contact appointed while their organisation was a member keeps acting after it left, until removed", () => {
    const events = [
      ...base3(),
      coopEv("CooperationContactAppointed", "2026-01-20", { user: "noa", organisation: ORG_B }),
    ].sort((a, b) => a.at - b.at);
    const act = [...events, noaAssignsManager()];
    expect(tags(act)).toEqual([]);
    const removed = [
      ...events,
      coopEv("CooperationContactRemoved", "2026-02-02", { user: "noa" }),
      noaAssignsManager(),
    ];
    expect(tags(removed)).toEqual([["CooperationRoleGranted", "grant-manager-by-contact"]]);
    // the contact's own organisation's users are out of the MDOs all the same
    const req = {
      subject: { _tag: "User", user: "ole", certificate: "c-ole" },
      organisation: ORG_B,
      action: "use-mdo",
      resource: { _tag: "Mdo", cooperation: COOP, mdo: "mdo-1" },
      facts: { payment: "paid" },
    } as AccessRequest;
    expect(both(act, req, t("2026-02-04"), mdoRoles)).toBe("cooperation-member");
  });
});

describe("MOZA 4.1 with 1.3 — certificates revoked 6 months after the AGB end grant nothing", () => {
  // The AGB code ended on 2026-01-31: the certificates are revoked from 2026-08-01 00:00 Amsterdam.
  const ended = (): Array<RoleEvent> => [
    ...base(),
    ev("AgbCodeEnded", "2026-02-01", { organisation: ORG_A as never, on: "2026-01-31" as never }),
  ];
  const revokedFrom = instant("2026-08-01T00:00:00+02:00");
  const scopeA = { _tag: "Organisation", organisation: ORG_A } as const;
  const annGrants = { grantor: "ann", grantee: "bob", role: "digital-mail", scope: scopeA } as never;
  test("the main contact may grant until the revocation, not from it (mayGrant)", () => {
    const roles = compileRoles(ended(), mozaRoles);
    expect(mayGrant(annGrants, roles, (revokedFrom - 1) as never).value).toBe("allowed");
    expect(mayGrant(annGrants, roles, revokedFrom as never).value).toBe("refused");
  });
  test("a grant, a consent to view-as, an engagement by the main contact after it are rejected", () => {
    const after = "2026-08-03";
    const events = [
      ...ended(),
      grant(ORG_A, after, "ann", "bob", "digital-mail"),
      ev("ViewAsConsented", after, {
        organisation: ORG_A as never,
        by: "ann" as never,
        consent: "va-9" as never,
        employee: "vgz-7" as never,
        purpose: "solve-incident" as never,
        until: t("2026-08-10"),
      }),
      ev("IntermediaryEngaged", after, {
        organisation: ORG_A as never,
        by: "ann" as never,
        intermediary: "int-9" as never,
      }),
    ];
    expect(compileRoles(events, mozaRoles).rejected.map((r) => [r.tag, r.rule])).toEqual([
      ["RoleGranted", "grant-by-main-contact"],
      ["ViewAsConsented", "view-as-consent-by-administrator"],
      ["IntermediaryEngaged", "intermediary-engaged"],
    ]);
    expect(both(events, portal("bob", ORG_A, "read-digital-mail"), t("2026-08-04"))).toBe("agb-revocation");
  });
});
