/**
 * Adversarial review (2026-12): each test names the rule it checks and probes a boundary where a
 * wrong permit could slip through (exact instants at 00:00 Amsterdam, DST nights, equal instants,
 * escalation chains, cross-organisation use). The fast path and the full checks are both exercised:
 * a user with a role on the account takes the fast path; the same request with a fact missing or an
 * MDO resource takes the full checks.
 */
import { instant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  authorize,
  compileRoles,
  decodeAccessRequest,
  mayGrant,
  mdoRoles,
  mozaRoles,
  type RoleEvent,
} from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, ORG_B, organisation, portal, t } from "./fixtures.js";
import { referenceAuthorize } from "./reference/authorize.js";

const base = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob", "cas"]),
  ...organisation(ORG_B, "2026-01-05", ["dirk"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
];
const scopeA = { _tag: "Organisation", organisation: ORG_A } as const;
const at = (iso: string) => instant(iso);
const decideAt = (events: ReadonlyArray<RoleEvent>, req: unknown, iso: string) =>
  authorize(req as never, compileRoles(events, mozaRoles), at(iso)).value;

describe("MOZA 4.1 — AGB end + 6 months (Hoge Raad month rule) at exactly 00:00 Amsterdam, DST nights", () => {
  // Ended 24 Apr 2026 → certificates work through 24 Oct 2026; denied from 25 Oct 00:00 CEST (the
  // night clocks go back). Ended 27 Sep 2026 → through 27 Mar 2027; denied from 28 Mar 00:00 CET
  // (the night clocks go forward).
  const cases = [
    { on: "2026-04-24", lastMs: "2026-10-24T21:59:59.999Z", firstDenied: "2026-10-24T22:00:00.000Z" },
    { on: "2026-09-27", lastMs: "2027-03-27T22:59:59.999Z", firstDenied: "2027-03-27T23:00:00.000Z" },
    { on: "2026-08-31", lastMs: "2027-02-28T22:59:59.999Z", firstDenied: "2027-02-28T23:00:00.000Z" },
  ];
  for (const c of cases)
    test(`AGB code ended ${c.on}: allowed at ${c.lastMs}, denied from ${c.firstDenied} (fast and full path)`, () => {
      const events = [
        ...base(),
        ev("AgbCodeEnded", "2026-09-28", { organisation: ORG_A as never, on: c.on as never }),
      ];
      const ok = portal("bob", ORG_A, "view-cost-ceiling");
      const noTerms = { ...ok, facts: {} };
      expect(decideAt(events, ok, c.lastMs)).toMatchObject({ decision: "allow" });
      expect(decideAt(events, ok, c.firstDenied)).toMatchObject({ failedCheck: "agb-revocation" });
      expect(decideAt(events, noTerms, c.firstDenied)).toMatchObject({ failedCheck: "agb-revocation" });
      // Main contact (another role set), long after.
      expect(
        decideAt(events, portal("ann", ORG_A, "manage-authorisations"), "2028-01-01T00:00:00Z"),
      ).toMatchObject({
        failedCheck: "agb-revocation",
      });
    });
  test("a second, later AGB end does not postpone the revocation", () => {
    const events = [
      ...base(),
      ev("AgbCodeEnded", "2026-05-01", { organisation: ORG_A as never, on: "2026-04-30" as never }),
      ev("AgbCodeEnded", "2026-09-01", { organisation: ORG_A as never, on: "2026-08-31" as never }),
    ];
    expect(decideAt(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-11-01T12:00:00Z")).toMatchObject(
      {
        failedCheck: "agb-revocation",
      },
    );
  });
});

describe("MOZA 1.3 — a certificate works only inside [validFrom, validUntil) and before its revocation", () => {
  const until = "2026-10-25T01:30:00.000Z"; // during the DST-end night
  const events = (): Array<RoleEvent> => [
    ...base(),
    ev("CertificateIssued", "2026-01-05", {
      certificate: "c-bob-2" as never,
      user: "bob" as never,
      organisation: ORG_A as never,
      validFrom: t("2026-01-05"),
      validUntil: at(until),
    }),
  ];
  const req = {
    ...portal("bob", ORG_A, "view-cost-ceiling"),
    subject: { _tag: "User", user: "bob", certificate: "c-bob-2" },
  };
  test("expired at exactly validUntil, on the fast and the full path", () => {
    expect(decideAt(events(), req, "2026-10-25T01:29:59.999Z")).toMatchObject({ decision: "allow" });
    expect(decideAt(events(), req, until)).toMatchObject({ failedCheck: "certificate" });
    expect(decideAt(events(), { ...req, facts: {} }, until)).toMatchObject({ failedCheck: "certificate" });
  });
  test("revoked at T: denied at T and after, even for the main contact", () => {
    const ev2 = [...base(), ev("CertificateRevoked", "2026-03-01", { certificate: "c-ann" as never })];
    expect(
      decideAt(ev2, portal("ann", ORG_A, "manage-authorisations"), "2026-03-01T08:00:00Z"),
    ).toMatchObject({
      failedCheck: "certificate",
    });
    expect(
      decideAt(ev2, portal("ann", ORG_A, "manage-authorisations"), "2026-03-01T07:59:59.999Z"),
    ).toMatchObject({
      decision: "allow",
    });
  });
  test("a revoked main contact cannot grant with it (mayGrant and the fold)", () => {
    const ev2 = [
      ...base(),
      ev("CertificateRevoked", "2026-03-01", { certificate: "c-ann" as never }),
      grant(ORG_A, "2026-03-02", "ann", "cas", "digital-mail"),
    ];
    // Roles are managed in the portal, which needs a valid personal certificate (MOZA 1.3, 1.6).
    const roles = compileRoles(ev2, mozaRoles);
    expect(roles.rejected.map((r) => r.rule)).toEqual(["grant-by-main-contact"]);
    expect(authorize(portal("cas", ORG_A, "read-digital-mail"), roles, t("2026-03-03")).value).toMatchObject({
      failedCheck: "permission",
    });
    const v = mayGrant(
      { grantor: "ann", grantee: "cas", role: "digital-mail", scope: scopeA } as never,
      roles,
      t("2026-03-03"),
    );
    expect(v.value).toBe("refused");
  });
  test("a main contact whose certificate was revoked cannot consent to view-as (MOZA 3.3 with 1.3)", () => {
    const ev2 = [
      ...base(),
      ev("CertificateRevoked", "2026-03-01", { certificate: "c-ann" as never }),
      ev("MedicalDataAuthorisation", "2026-02-01", { employee: "vgz-7" as never, authorised: true }),
      ev("ViewAsConsented", "2026-03-02", {
        organisation: ORG_A as never,
        by: "ann" as never,
        consent: "va-1" as never,
        employee: "vgz-7" as never,
        purpose: "solve-incident" as never,
        until: t("2026-04-01"),
      }),
    ];
    const roles = compileRoles(ev2, mozaRoles);
    expect(roles.rejected.map((r) => r.rule)).toEqual(["view-as-consent-by-administrator"]);
    const look = {
      subject: { _tag: "InsurerEmployee", employee: "vgz-7", consent: "va-1" },
      organisation: ORG_A,
      action: "view-cost-ceiling",
      resource: { _tag: "Account" },
    };
    expect(authorize(look as never, roles, t("2026-03-03")).value).toMatchObject({
      failedCheck: "view-as-consent",
    });
  });
  test("a main contact whose certificate was revoked cannot engage an intermediary (MDO-BV 8.4 with MOZA 1.3)", () => {
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim"]),
      ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
      appointMainContact(ORG_A, "2026-01-06", "kim"),
      ev("CertificateRevoked", "2026-03-01", { certificate: "c-kim" as never }),
      ev("IntermediaryEngaged", "2026-03-02", {
        organisation: ORG_A as never,
        by: "kim" as never,
        intermediary: "koppel-bv" as never,
      }),
    ];
    const roles = compileRoles(events, mdoRoles);
    expect(roles.rejected.map((r) => r.rule)).toEqual(["intermediary-engaged"]);
    const req = {
      subject: { _tag: "Intermediary", intermediary: "koppel-bv" },
      organisation: ORG_A,
      action: "use-connection",
      resource: { _tag: "Account" },
      facts: { payment: "not-due" },
    };
    expect(authorize(req as never, roles, t("2026-03-03")).value).toMatchObject({
      failedCheck: "intermediary-engaged",
    });
  });
  test("a certificate of organisation A does not open B even when the user holds a role in B", () => {
    const events2 = [
      ...base(),
      ev("CertificateIssued", "2026-01-05", {
        certificate: "c-bob-b" as never,
        user: "bob" as never,
        organisation: ORG_B as never,
        validFrom: t("2026-01-05"),
        validUntil: t("2031-01-01"),
      }),
      appointMainContact(ORG_B, "2026-01-06", "dirk"),
      grant(ORG_B, "2026-01-07", "dirk", "bob", "digital-mail"),
    ];
    const aCertForB = {
      ...portal("bob", ORG_B, "read-digital-mail"),
      subject: { _tag: "User", user: "bob", certificate: "c-bob" },
    };
    expect(decideAt(events2, aCertForB, "2026-02-01T09:00:00Z")).toMatchObject({
      failedCheck: "certificate",
    });
    const bCertForA = {
      ...portal("bob", ORG_A, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-bob-b" },
    };
    expect(decideAt(events2, bCertForA, "2026-02-01T09:00:00Z")).toMatchObject({
      failedCheck: "certificate",
    });
    // With B's own certificate B's role works, A's role does not.
    const own = {
      ...portal("bob", ORG_B, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-bob-b" },
    };
    expect(decideAt(events2, own, "2026-02-01T09:00:00Z")).toMatchObject({ failedCheck: "permission" });
  });
});

describe("MOZA 1.7 — no escalation to the main-contact role", () => {
  test("a main contact cannot appoint themselves or anyone main contact, nor through a second organisation", () => {
    const events = [
      ...base(),
      grant(ORG_A, "2026-02-01", "ann", "ann", "main-contact"),
      grant(ORG_A, "2026-02-01", "ann", "bob", "main-contact"),
      // ann is main contact of A; she is also given a certificate of B and tries to act there.
      ev("CertificateIssued", "2026-01-05", {
        certificate: "c-ann-b" as never,
        user: "ann" as never,
        organisation: ORG_B as never,
        validFrom: t("2026-01-05"),
        validUntil: t("2031-01-01"),
      }),
      grant(ORG_B, "2026-02-02", "ann", "ann", "main-contact"),
      grant(ORG_B, "2026-02-02", "ann", "dirk", "digital-mail"),
    ];
    const roles = compileRoles(events, mozaRoles);
    expect(roles.rejected.length).toBe(4);
    const inB = {
      ...portal("ann", ORG_B, "manage-authorisations"),
      subject: { _tag: "User", user: "ann", certificate: "c-ann-b" },
    };
    expect(authorize(inB as never, roles, t("2026-03-01")).value).toMatchObject({
      failedCheck: "permission",
    });
    expect(
      authorize(portal("bob", ORG_A, "manage-authorisations"), roles, t("2026-03-01")).value,
    ).toMatchObject({
      failedCheck: "permission",
    });
    expect(authorize(portal("dirk", ORG_B, "read-digital-mail"), roles, t("2026-03-01")).value).toMatchObject(
      {
        failedCheck: "permission",
      },
    );
  });
  test("a signatory removed at an instant cannot appoint a main contact at that same instant", () => {
    const events = [
      ...base(),
      ev("SignatoryRemoved", "2026-02-01", { organisation: ORG_A as never, user: `sig-${ORG_A}` as never }),
      appointMainContact(ORG_A, "2026-02-01", "cas"),
    ];
    expect(
      decideAt(events, portal("cas", ORG_A, "manage-authorisations"), "2026-02-02T09:00:00Z"),
    ).toMatchObject({
      failedCheck: "permission",
    });
  });
  test("a replaced main contact's later grants are refused", () => {
    const events = [
      ...base(),
      appointMainContact(ORG_A, "2026-02-01", "cas"),
      grant(ORG_A, "2026-02-02", "ann", "ann", "digital-mail"),
    ];
    expect(decideAt(events, portal("ann", ORG_A, "read-digital-mail"), "2026-02-03T09:00:00Z")).toMatchObject(
      {
        failedCheck: "permission",
      },
    );
    expect(
      decideAt(events, portal("ann", ORG_A, "manage-authorisations"), "2026-02-03T09:00:00Z"),
    ).toMatchObject({
      failedCheck: "permission",
    });
  });
  test("mayGrant refuses the main-contact role to a main contact for themselves", () => {
    const v = mayGrant(
      { grantor: "ann", grantee: "ann", role: "main-contact", scope: scopeA } as never,
      compileRoles(base(), mozaRoles),
      t("2026-02-01"),
    );
    expect(v.value).toBe("refused");
  });
});

describe("MOZA 1.5 — a grant with an end stops granting at exactly its end", () => {
  test("validUntil 00:00 Amsterdam on the DST-start night", () => {
    const events = [
      ...base(),
      grant(ORG_A, "2026-01-07", "ann", "cas", "digital-mail", "2026-03-29T00:00:00+01:00"),
    ];
    expect(
      decideAt(events, portal("cas", ORG_A, "read-digital-mail"), "2026-03-28T22:59:59.999Z"),
    ).toMatchObject({ decision: "allow" });
    expect(
      decideAt(events, portal("cas", ORG_A, "read-digital-mail"), "2026-03-28T23:00:00.000Z"),
    ).toMatchObject({ failedCheck: "permission" });
    expect(
      decideAt(
        events,
        { ...portal("cas", ORG_A, "read-digital-mail"), facts: {} },
        "2026-03-28T23:00:00.000Z",
      ),
    ).toMatchObject({
      failedCheck: "terms-of-use",
    });
  });
  test("a revoked grant re-granted later works only from the new grant", () => {
    const events = [
      ...base(),
      ev("RoleRevoked", "2026-02-01", {
        organisation: ORG_A as never,
        by: "ann" as never,
        user: "bob" as never,
        role: "cost-ceiling" as never,
      }),
      grant(ORG_A, "2026-03-01", "ann", "bob", "cost-ceiling"),
    ];
    expect(decideAt(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-02-15T09:00:00Z")).toMatchObject(
      { failedCheck: "permission" },
    );
    expect(decideAt(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-01T09:00:00Z")).toMatchObject(
      { decision: "allow" },
    );
  });
  test("equal instants: a grant and its revocation at the same instant leave no access in either order", () => {
    const g = grant(ORG_A, "2026-02-01", "ann", "cas", "digital-mail");
    const r = ev("RoleRevoked", "2026-02-01", {
      organisation: ORG_A as never,
      by: "ann" as never,
      user: "cas" as never,
      role: "digital-mail" as never,
    });
    expect(
      decideAt([...base(), g, r], portal("cas", ORG_A, "read-digital-mail"), "2026-02-02T09:00:00Z"),
    ).toMatchObject({ failedCheck: "permission" });
  });
});

describe("MOZA 4.2 — suspension stops access exactly for its interval", () => {
  test("suspension with an end: denied from its start to its end, allowed at the end (fast and full path)", () => {
    const events = [
      ...base(),
      ev("AccessSuspended", "2026-03-01", {
        organisation: ORG_A as never,
        reason: "breach",
        until: at("2026-03-29T00:00:00+01:00"),
      }),
    ];
    const req = portal("bob", ORG_A, "view-cost-ceiling");
    expect(decideAt(events, req, "2026-03-01T07:59:59.999Z")).toMatchObject({ decision: "allow" });
    expect(decideAt(events, req, "2026-03-01T08:00:00Z")).toMatchObject({ failedCheck: "suspension" });
    expect(decideAt(events, req, "2026-03-28T22:59:59.999Z")).toMatchObject({ failedCheck: "suspension" });
    expect(decideAt(events, req, "2026-03-28T23:00:00Z")).toMatchObject({ decision: "allow" });
  });
  test("a lift recorded before the suspension does not cancel a later suspension", () => {
    const events = [
      ...base(),
      ev("SuspensionLifted", "2026-02-20", { organisation: ORG_A as never }),
      ev("AccessSuspended", "2026-03-01", { organisation: ORG_A as never, reason: "breach" }),
    ];
    expect(decideAt(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-04-01T09:00:00Z")).toMatchObject(
      { failedCheck: "suspension" },
    );
  });
  test("a suspension of B does not touch A", () => {
    const events = [
      ...base(),
      ev("AccessSuspended", "2026-03-01", { organisation: ORG_B as never, reason: "breach" }),
    ];
    expect(decideAt(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-04-01T09:00:00Z")).toMatchObject(
      { decision: "allow" },
    );
  });
});

describe("MOZA 3.3 — view-as is read-only and ends with its consent", () => {
  const events = (): Array<RoleEvent> => [
    ...base(),
    ev("MedicalDataAuthorisation", "2026-02-01", { employee: "vgz-7" as never, authorised: true }),
    ev("ViewAsConsented", "2026-02-01", {
      organisation: ORG_A as never,
      by: "ann" as never,
      consent: "va-1" as never,
      employee: "vgz-7" as never,
      purpose: "solve-incident" as never,
      until: at("2026-03-29T00:00:00+01:00"),
    }),
  ];
  const req = (action: string, org = ORG_A, resource: unknown = { _tag: "Account" }) => ({
    subject: { _tag: "InsurerEmployee", employee: "vgz-7", consent: "va-1" },
    organisation: org,
    action,
    resource,
  });
  test("denied at exactly the consent's end (DST-start night)", () => {
    expect(decideAt(events(), req("view-cost-ceiling"), "2026-03-28T22:59:59.999Z")).toMatchObject({
      decision: "allow",
    });
    expect(decideAt(events(), req("view-cost-ceiling"), "2026-03-28T23:00:00Z")).toMatchObject({
      failedCheck: "view-as-consent",
    });
  });
  test("no write through view-as, whatever the action or resource", () => {
    const writes = [
      "deliver-information",
      "manage-authorisations",
      "send-digital-mail",
      "file-prior-authorisation",
    ];
    for (const w of writes) expect(decideAt(events(), req(w), "2026-02-02T09:00:00Z").decision).toBe("deny");
    expect(
      decideAt(
        events(),
        req("view-cost-ceiling", ORG_A, { _tag: "PriorAuthorisation", request: "pa-1" }),
        "2026-02-02T09:00:00Z",
      ).decision,
    ).toBe("deny");
  });
  test("A's consent does not open B", () => {
    expect(decideAt(events(), req("view-cost-ceiling", ORG_B), "2026-02-02T09:00:00Z")).toMatchObject({
      failedCheck: "view-as-consent",
    });
  });
  test("a consent given by the replaced main contact is not applied", () => {
    const e2 = [...base(), appointMainContact(ORG_A, "2026-01-20", "cas"), ...events().slice(base().length)];
    expect(decideAt(e2, req("view-cost-ceiling"), "2026-02-02T09:00:00Z")).toMatchObject({
      failedCheck: "view-as-consent",
    });
  });
});

describe("MDO-BV 10.9 — the 90-day window after the contract's end, to the day", () => {
  const mdoEvents = (on: string): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
    ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
    appointMainContact(ORG_A, "2026-01-06", "kim"),
    grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
    ev("ContractEnded", "2026-06-01", { organisation: ORG_A as never, on: on as never }),
  ];
  const req = (action: string, user = action === "export-data" ? "lia" : "kim") => ({
    subject: { _tag: "User", user, certificate: `c-${user}` },
    organisation: ORG_A,
    action,
    resource: { _tag: "Account" },
    facts: { payment: "not-due" },
  });
  const decideMdo = (events: ReadonlyArray<RoleEvent>, r: unknown, iso: string) =>
    authorize(r as never, compileRoles(events, mdoRoles), at(iso)).value;
  test("ended 27 Jul 2026: day 90 is 25 Oct (DST-end night); 26 Oct 00:00 CET denied", () => {
    const read = "export-data";
    expect(decideMdo(mdoEvents("2026-07-27"), req(read), "2026-10-25T22:59:59.999Z")).toMatchObject({
      decision: "allow",
    });
    expect(decideMdo(mdoEvents("2026-07-27"), req(read), "2026-10-25T23:00:00Z")).toMatchObject({
      failedCheck: "contract",
    });
  });
  test("writing stops at 00:00 after the last contract day", () => {
    const write = "manage-authorisations";
    expect(decideMdo(mdoEvents("2026-06-30"), req(write), "2026-06-30T21:59:59.999Z")).toMatchObject({
      decision: "allow",
    });
    expect(decideMdo(mdoEvents("2026-06-30"), req(write), "2026-06-30T22:00:00Z")).toMatchObject({
      failedCheck: "contract",
    });
  });
});

describe("VGZ-GBZ machtiging — a mandate never widens access", () => {
  test("an ended mandate, another organisation's mandate, or the main contact's role without the function", () => {
    const events = [
      ...base(),
      grant(ORG_A, "2026-02-01", "ann", "cas", "prior-authorisation"),
      ev("MandateRecorded", "2026-02-01", {
        organisation: ORG_A as never,
        mandate: "m-1" as never,
        request: "pa-77" as never,
        until: at("2026-03-01T00:00:00+01:00"),
      }),
      ev("MandateRecorded", "2026-02-01", {
        organisation: ORG_B as never,
        mandate: "m-2" as never,
        request: "pa-78" as never,
      }),
    ];
    const req = (
      mandate: string,
      request: string,
      org = ORG_A,
      user = "cas",
      action = "file-prior-authorisation",
    ) => ({
      subject: { _tag: "ActingForPatient", user, certificate: `c-${user}`, mandate },
      organisation: org,
      action,
      resource: { _tag: "PriorAuthorisation", request },
      facts: { terms: { status: "ok" } },
    });
    expect(decideAt(events, req("m-1", "pa-77"), "2026-02-28T22:59:59.999Z")).toMatchObject({
      decision: "allow",
    });
    expect(decideAt(events, req("m-1", "pa-77"), "2026-02-28T23:00:00Z")).toMatchObject({
      failedCheck: "mandate",
    });
    expect(decideAt(events, req("m-2", "pa-78"), "2026-02-02T09:00:00Z")).toMatchObject({
      failedCheck: "mandate",
    });
    expect(decideAt(events, req("m-2", "pa-78", ORG_B), "2026-02-02T09:00:00Z")).toMatchObject({
      failedCheck: "certificate",
    });
    // A user acting for a patient may not use the account's functions under the mandate.
    expect(
      decideAt(
        events,
        { ...req("m-1", "pa-77"), resource: { _tag: "Account" }, action: "view-cost-ceiling" },
        "2026-02-02T09:00:00Z",
      ).decision,
    ).toBe("deny");
  });
});

describe("Order independence — distinct instants in any order give the same decision", () => {
  test("shuffled logs decide alike at the boundaries", () => {
    const tail = [
      grant(ORG_A, "2026-02-01", "ann", "cas", "digital-mail", "2026-04-01"),
      ev("AccessSuspended", "2026-02-10", {
        organisation: ORG_A as never,
        reason: "breach",
        until: t("2026-02-20"),
      }),
      ev("AgbCodeEnded", "2026-03-01", { organisation: ORG_A as never, on: "2026-02-27" as never }),
      ev("CertificateRevoked", "2026-03-15", { certificate: "c-bob" as never }),
    ];
    // Events with equal instants keep their order (base() has several at one instant): only the
    // tail, all at distinct instants, is reordered, and put before the rest.
    const events = [...base(), ...tail];
    const reversed = [...[...tail].reverse(), ...base()];
    const probes = [
      "2026-02-01",
      "2026-02-09",
      "2026-02-10",
      "2026-02-20",
      "2026-03-15",
      "2026-03-31",
      "2026-04-01",
      "2026-08-27",
      "2026-08-28",
    ];
    for (const user of ["ann", "bob", "cas"])
      for (const action of ["read-digital-mail", "view-cost-ceiling", "manage-authorisations"])
        for (const p of probes) {
          const a = authorize(portal(user, ORG_A, action), compileRoles(events, mozaRoles), t(p)).value;
          const b = authorize(portal(user, ORG_A, action), compileRoles(reversed, mozaRoles), t(p)).value;
          expect(b).toEqual(a);
        }
  });
});

describe("No BSN in audit records or explanations", () => {
  test("a nine-digit employee, mandate or request id (a BSN's shape) is refused by the request decoder", () => {
    const bsn = "123456782";
    const view = decodeAccessRequest({
      subject: { _tag: "InsurerEmployee", employee: bsn, consent: "va-1" },
      organisation: ORG_A,
      action: "view-cost-ceiling",
      resource: { _tag: "Account" },
    });
    expect(view.ok).toBe(false);
    const mandate = decodeAccessRequest({
      subject: { _tag: "ActingForPatient", user: "cas", certificate: "c-cas", mandate: bsn },
      organisation: ORG_A,
      action: "file-prior-authorisation",
      resource: { _tag: "PriorAuthorisation", request: "pa-1" },
    });
    expect(mandate.ok).toBe(false);
    const request = decodeAccessRequest({
      subject: { _tag: "ActingForPatient", user: "cas", certificate: "c-cas", mandate: "m-1" },
      organisation: ORG_A,
      action: "file-prior-authorisation",
      resource: { _tag: "PriorAuthorisation", request: bsn },
    });
    expect(request.ok).toBe(false);
  });
});

describe("the compiled fast path keeps whole-minute windows inside the exact ones: every millisecond agrees with the reference", () => {
  test("certificate validity and revocation, grant start and end at arbitrary milliseconds", () => {
    const T = t("2026-03-02");
    const off = fc.integer({ min: -120_000, max: 120_000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 59_999 }),
        fc.integer({ min: 60_000, max: 30 * 86_400_000 }),
        fc.integer({ min: 1, max: 10 * 86_400_000 }),
        fc.option(fc.integer({ min: 1, max: 10 * 86_400_000 }), { nil: undefined }),
        fc.boolean(),
        fc.array(off, { minLength: 1, maxLength: 12 }),
        (from, len, grantAfter, grantLen, revoke, offsets) => {
          const validFrom = T + from;
          const validUntil = validFrom + len;
          const grantAt = validFrom + grantAfter;
          const events: Array<RoleEvent> = [
            ...base(),
            ev("CertificateIssued", "2026-01-05", {
              certificate: "c-eve" as never,
              user: "eve" as never,
              organisation: ORG_A as never,
              validFrom: validFrom as never,
              validUntil: validUntil as never,
            }),
            {
              _tag: "RoleGranted",
              eventId: "g-eve",
              at: grantAt,
              organisation: ORG_A,
              by: "ann",
              user: "eve",
              role: "cost-ceiling",
              ...(grantLen === undefined ? {} : { validUntil: grantAt + grantLen }),
            } as unknown as RoleEvent,
            ...(revoke
              ? [
                  {
                    _tag: "CertificateRevoked",
                    eventId: "r-eve",
                    at: validUntil - 7,
                    certificate: "c-eve",
                  } as unknown as RoleEvent,
                ]
              : []),
          ];
          const roles = compileRoles(events, mozaRoles);
          const req = {
            ...portal("eve", ORG_A, "view-cost-ceiling"),
            subject: { _tag: "User", user: "eve", certificate: "c-eve" },
          } as never;
          const edges = [validFrom, validUntil, validUntil - 7, grantAt, grantAt + (grantLen ?? 0)];
          for (const e of edges)
            for (const o of [...offsets, -1, 0, 1]) {
              const when = e + o;
              expect(authorize(req, roles, when as never).value, new Date(when).toISOString()).toEqual(
                referenceAuthorize(events, mozaRoles, req, when),
              );
            }
        },
      ),
      { numRuns: 150 },
    );
  });
});
