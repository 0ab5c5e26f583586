// Tests that kill surviving mutants of src/decode.ts (issue #17, docs/quality.md): the checks a
// decoder runs on top of the schemas (spec §6) — a role outside the catalogue, an end at or before
// its start, a section the rulebook lacks, a cooperation of too few distinct providers (MDO-BV
// 1.17), the log's unique ids and registered organisations — each at its boundary, and the issue
// cap of ADR 0006 §4 on every decoder. Every result is computed inside its `it` (perTest coverage).
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import {
  decodeAccessRequest,
  decodeGrantRequest,
  decodeRoleEvent,
  decodeRoleEventLog,
  decodeRoleRules,
  mdoRoles,
  mozaRoles,
  RoleEventFor,
  type RoleRules,
} from "../src/index.js";
import { ORG_A, ORG_B } from "./fixtures.js";

const at = "2026-01-05T09:00:00+01:00";
const later = "2026-01-05T09:00:01+01:00";
const earlier = "2026-01-05T08:59:59+01:00";
const codes = (r: { ok: boolean; issues?: ReadonlyArray<{ path: string; code: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.path} ${i.code}`);
const messages = (r: { ok: boolean; issues?: ReadonlyArray<{ message: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.message);
const granted = (fields: Record<string, unknown>) => ({
  _tag: "RoleGranted",
  eventId: "e1",
  at,
  organisation: ORG_A,
  by: "ann",
  user: "bob",
  role: "digital-mail",
  ...fields,
});
const coopRole = (
  tag: "CooperationRoleGranted" | "CooperationRoleRevoked",
  fields: Record<string, unknown>,
) => ({
  _tag: tag,
  eventId: "e1",
  at,
  cooperation: "c1",
  by: "kim",
  user: "lia",
  organisation: ORG_A,
  ...fields,
});
let regCount = 0;
const registered = (organisation: string, when: string, eventId = `reg-${++regCount}`) => ({
  _tag: "OrganisationRegistered",
  eventId,
  at: when,
  organisation,
  provider: true,
});
/** A fresh copy of a preset (decoders read the rulebook; no cache can mask a mutant). */
const fresh = (rules: RoleRules): RoleRules => JSON.parse(JSON.stringify(rules)) as RoleRules;

describe("decodeRoleEvent: the certificate's validity period [validFrom, validUntil) (MOZA 1.3)", () => {
  it("a certificate valid until the instant it starts is refused at $.validUntil; one second later it decodes (MOZA 1.3)", () => {
    const cert = (validUntil: string) => ({
      _tag: "CertificateIssued",
      eventId: "e1",
      at,
      certificate: "c1",
      user: "ann",
      organisation: ORG_A,
      validFrom: at,
      validUntil,
    });
    expect(codes(decodeRoleEvent(cert(at), mozaRoles))).toEqual(["$.validUntil end-before-start"]);
    expect(codes(decodeRoleEvent(cert(earlier), mozaRoles))).toEqual(["$.validUntil end-before-start"]);
    expect(decodeRoleEvent(cert(later), mozaRoles).ok).toBe(true);
    expect(messages(decodeRoleEvent(cert(at), mozaRoles))).toEqual([
      "The certificate ends before (or when) it starts",
    ]);
  });
});

describe("decodeRoleEvent: roles granted and revoked are in the rulebook's catalogue (spec §6, MOZA 1.5–1.7)", () => {
  it("the main-contact role and each functional role of the catalogue decode; any other role is unknown-role (MOZA 1.5, 1.6)", () => {
    expect(decodeRoleEvent(granted({ role: "main-contact" }), mozaRoles).ok).toBe(true);
    for (const role of mozaRoles.organisationRoles.roles)
      expect(decodeRoleEvent(granted({ role: role.id }), mozaRoles).ok).toBe(true);
    expect(codes(decodeRoleEvent(granted({ role: "mdo-user" }), mozaRoles))).toEqual(["$.role unknown-role"]);
    expect(decodeRoleEvent(granted({ role: "mdo-user" }), mdoRoles).ok).toBe(true);
  });
  it("a revocation of a role outside the catalogue is unknown-role too; of a catalogue role it decodes (MOZA 1.7)", () => {
    const revoked = (role: string) => ({
      _tag: "RoleRevoked",
      eventId: "e1",
      at,
      organisation: ORG_A,
      by: "ann",
      user: "bob",
      role,
    });
    expect(codes(decodeRoleEvent(revoked("root"), mozaRoles))).toEqual(["$.role unknown-role"]);
    expect(decodeRoleEvent(revoked("main-contact"), mozaRoles).ok).toBe(true);
    expect(decodeRoleEvent(revoked("cost-ceiling"), mozaRoles).ok).toBe(true);
  });
  it("the unknown-role message lists the main-contact role first, then the catalogue, and names the rulebook (MOZA 1.6)", () => {
    expect(messages(decodeRoleEvent(granted({ role: "root" }), mozaRoles))).toEqual([
      "Unknown role; expected one of main-contact, digital-mail, request-status, cost-ceiling, deliver-information, prior-authorisation (moza)",
    ]);
  });
});

describe("decodeRoleEvent: a time-bounded grant ends after it starts, and starts no earlier than it is recorded (spec §2, §6)", () => {
  it("validUntil at or before the recording instant is refused when validFrom is absent (spec §6)", () => {
    expect(codes(decodeRoleEvent(granted({ validUntil: at }), mozaRoles))).toEqual([
      "$.validUntil end-before-start",
    ]);
    expect(codes(decodeRoleEvent(granted({ validUntil: earlier }), mozaRoles))).toEqual([
      "$.validUntil end-before-start",
    ]);
    expect(decodeRoleEvent(granted({ validUntil: later }), mozaRoles).ok).toBe(true);
  });
  it("with a later validFrom the end is compared with validFrom, not with the recording instant (spec §2)", () => {
    const from = "2026-02-01T09:00:00+01:00";
    expect(codes(decodeRoleEvent(granted({ validFrom: from, validUntil: later }), mozaRoles))).toEqual([
      "$.validUntil end-before-start",
    ]);
    expect(codes(decodeRoleEvent(granted({ validFrom: from, validUntil: from }), mozaRoles))).toEqual([
      "$.validUntil end-before-start",
    ]);
    expect(
      decodeRoleEvent(granted({ validFrom: from, validUntil: "2026-02-01T09:00:01+01:00" }), mozaRoles).ok,
    ).toBe(true);
    expect(messages(decodeRoleEvent(granted({ validFrom: from, validUntil: from }), mozaRoles))).toEqual([
      "The grant ends before (or when) it starts",
    ]);
  });
  it("a grant that starts before it is recorded is refused (no backdating); one starting when recorded decodes (spec §2)", () => {
    expect(codes(decodeRoleEvent(granted({ validFrom: earlier }), mozaRoles))).toEqual([
      "$.validFrom invalid",
    ]);
    expect(decodeRoleEvent(granted({ validFrom: at }), mozaRoles).ok).toBe(true);
    expect(decodeRoleEvent(granted({ validFrom: later }), mozaRoles).ok).toBe(true);
    expect(codes(decodeRoleEvent(granted({ validFrom: earlier, validUntil: earlier }), mozaRoles))).toEqual([
      "$.validUntil end-before-start",
      "$.validFrom invalid",
    ]);
  });
  it("the role, end and backdating checks report together, in that order (spec §6)", () => {
    expect(
      codes(decodeRoleEvent(granted({ role: "root", validFrom: earlier, validUntil: earlier }), mozaRoles)),
    ).toEqual(["$.role unknown-role", "$.validUntil end-before-start", "$.validFrom invalid"]);
  });
});

describe("decodeRoleEvent: suspensions, maintenance stops, mandates end after they start (MOZA 4.2, 5.2; VGZ-GBZ machtiging)", () => {
  it("a suspension until its own instant is refused; an open or later-ending one decodes (MOZA 4.2)", () => {
    const suspended = (until?: string) => ({
      _tag: "AccessSuspended",
      eventId: "e1",
      at,
      organisation: ORG_A,
      reason: "misuse",
      ...(until === undefined ? {} : { until }),
    });
    expect(codes(decodeRoleEvent(suspended(at), mozaRoles))).toEqual(["$.until end-before-start"]);
    expect(codes(decodeRoleEvent(suspended(earlier), mozaRoles))).toEqual(["$.until end-before-start"]);
    expect(decodeRoleEvent(suspended(later), mozaRoles).ok).toBe(true);
    expect(decodeRoleEvent(suspended(), mozaRoles).ok).toBe(true);
    expect(messages(decodeRoleEvent(suspended(at), mozaRoles))).toEqual([
      "The suspension ends before (or when) it starts",
    ]);
  });
  it("a maintenance stop [from, until) with until = from is refused; compared with from, not with the recording instant (MOZA 5.2)", () => {
    const stop = (from: string, until: string) => ({
      _tag: "MaintenanceStopped",
      eventId: "e1",
      at,
      from,
      until,
      reason: "upgrade",
    });
    const from = "2026-03-01T22:00:00+01:00";
    expect(codes(decodeRoleEvent(stop(from, from), mozaRoles))).toEqual(["$.until end-before-start"]);
    expect(codes(decodeRoleEvent(stop(from, later), mozaRoles))).toEqual(["$.until end-before-start"]);
    expect(decodeRoleEvent(stop(from, "2026-03-01T22:00:01+01:00"), mozaRoles).ok).toBe(true);
    expect(decodeRoleEvent(stop(earlier, at), mozaRoles).ok).toBe(true);
  });
  it("a mandate until its own instant is refused; an open one decodes; a rulebook without mandates refuses it (VGZ-GBZ machtiging)", () => {
    const mandate = (until?: string) => ({
      _tag: "MandateRecorded",
      eventId: "e1",
      at,
      organisation: ORG_A,
      mandate: "m-1",
      request: "pa-1",
      ...(until === undefined ? {} : { until }),
    });
    expect(codes(decodeRoleEvent(mandate(at), mozaRoles))).toEqual(["$.until end-before-start"]);
    expect(decodeRoleEvent(mandate(later), mozaRoles).ok).toBe(true);
    expect(decodeRoleEvent(mandate(), mozaRoles).ok).toBe(true);
    expect(codes(decodeRoleEvent(mandate(), mdoRoles))).toEqual(["$._tag not-in-rulebook"]);
    expect(codes(decodeRoleEvent(mandate(at), mdoRoles))).toEqual([
      "$.until end-before-start",
      "$._tag not-in-rulebook",
    ]);
  });
});

describe("decodeRoleEvent: view-as consents (MOZA 3.3)", () => {
  const consent = (fields: Record<string, unknown> = {}) => ({
    _tag: "ViewAsConsented",
    eventId: "e1",
    at,
    organisation: ORG_A,
    by: "ann",
    consent: "va-1",
    employee: "vgz-7",
    purpose: "solve-incident",
    until: later,
    ...fields,
  });
  it("a consent for each purpose of the rulebook decodes; another purpose is $.purpose invalid (MOZA 3.3)", () => {
    expect(decodeRoleEvent(consent(), mozaRoles).ok).toBe(true);
    expect(decodeRoleEvent(consent({ purpose: "test-functions" }), mozaRoles).ok).toBe(true);
    expect(codes(decodeRoleEvent(consent({ purpose: "audit" }), mozaRoles))).toEqual(["$.purpose invalid"]);
    expect(messages(decodeRoleEvent(consent({ purpose: "audit" }), mozaRoles))).toEqual([
      "Unknown view-as purpose; expected one of test-functions, solve-incident",
    ]);
  });
  it("a consent that lasts until its own instant is refused, one second later decodes (MOZA 3.3: only while the consent lasts)", () => {
    expect(codes(decodeRoleEvent(consent({ until: at }), mozaRoles))).toEqual(["$.until end-before-start"]);
    expect(codes(decodeRoleEvent(consent({ until: earlier }), mozaRoles))).toEqual([
      "$.until end-before-start",
    ]);
  });
  it("a rulebook without view-as refuses the event at $._tag and does not look at the purpose (MOZA 3.3)", () => {
    expect(codes(decodeRoleEvent(consent({ purpose: "audit" }), mdoRoles))).toEqual([
      "$._tag not-in-rulebook",
    ]);
    expect(codes(decodeRoleEvent(consent({ until: at }), mdoRoles))).toEqual([
      "$.until end-before-start",
      "$._tag not-in-rulebook",
    ]);
    expect(messages(decodeRoleEvent(consent(), mdoRoles))).toEqual(["The rulebook mdo has no view-as"]);
  });
});

describe("decodeRoleEvent: an intermediary only where the rulebook has intermediaries (MDO-BV 8.4, 2.6)", () => {
  it("an engagement decodes for the MDO rulebook and is not-in-rulebook for MOZA (MDO-BV 8.4)", () => {
    const engaged = {
      _tag: "IntermediaryEngaged",
      eventId: "e1",
      at,
      organisation: ORG_A,
      by: "ann",
      intermediary: "int-1",
    };
    expect(decodeRoleEvent(engaged, mdoRoles).ok).toBe(true);
    expect(codes(decodeRoleEvent(engaged, mozaRoles))).toEqual(["$._tag not-in-rulebook"]);
    expect(messages(decodeRoleEvent(engaged, mozaRoles))).toEqual([
      "The rulebook moza has no intermediaries",
    ]);
    expect(decodeRoleEvent({ ...engaged, _tag: "IntermediaryReleased" }, mozaRoles).ok).toBe(true);
  });
});

describe("decodeRoleEvent: cooperations (MDO-BV 1.17, 3.2, 1.11)", () => {
  const coopEvents: ReadonlyArray<Record<string, unknown>> = [
    { _tag: "CooperationFormed", eventId: "e1", at, cooperation: "c1", members: [ORG_A, ORG_B] },
    {
      _tag: "CooperationContactAppointed",
      eventId: "e1",
      at,
      cooperation: "c1",
      user: "kim",
      organisation: ORG_A,
    },
    { _tag: "CooperationContactRemoved", eventId: "e1", at, cooperation: "c1", user: "kim" },
    {
      _tag: "MemberAuthorisationRequested",
      eventId: "e1",
      at,
      cooperation: "c1",
      by: "kim",
      organisation: ORG_A,
    },
    {
      _tag: "MemberRevocationRequested",
      eventId: "e1",
      at,
      cooperation: "c1",
      by: "kim",
      organisation: ORG_A,
    },
    coopRole("CooperationRoleGranted", { role: "mdo-manager" }),
    coopRole("CooperationRoleRevoked", { role: "mdo-manager" }),
  ];
  it("each cooperation event decodes for the MDO rulebook and is not-in-rulebook for one without cooperations (MDO-BV 3.2)", () => {
    for (const e of coopEvents) {
      expect(decodeRoleEvent(e, mdoRoles).ok).toBe(true);
      expect(codes(decodeRoleEvent(e, mozaRoles))).toEqual(["$._tag not-in-rulebook"]);
    }
    expect(messages(decodeRoleEvent(coopEvents[0], mozaRoles))).toEqual([
      "The rulebook moza has no cooperations",
    ]);
  });
  it("a cooperation of one provider, or of one provider listed twice, is refused; two distinct providers decode (MDO-BV 1.17)", () => {
    const formed = (members: ReadonlyArray<string>) => ({
      _tag: "CooperationFormed",
      eventId: "e1",
      at,
      cooperation: "c1",
      members,
    });
    expect(codes(decodeRoleEvent(formed([ORG_A, ORG_A]), mdoRoles))).toEqual(["$.members invalid"]);
    expect(codes(decodeRoleEvent(formed([]), mdoRoles))).toEqual(["$.members invalid"]);
    expect(decodeRoleEvent(formed([ORG_A, ORG_B]), mdoRoles).ok).toBe(true);
    expect(decodeRoleEvent(formed([ORG_A, ORG_B, ORG_A]), mdoRoles).ok).toBe(true);
    const r = decodeRoleEvent(formed([ORG_A, ORG_A]), mdoRoles);
    expect(r.ok ? [] : r.issues.map((i) => [i.message, i.actual])).toEqual([
      ["A cooperation has at least 2 distinct providers", "1 distinct"],
    ]);
  });
  it("the least number of members is the rulebook's figure: with minMembers 3 two providers are refused (MDO-BV 1.17)", () => {
    const rules = fresh(mdoRoles);
    const three = {
      ...rules,
      cooperations: { ...rules.cooperations!, minMembers: { value: 3, citations: [] } },
    };
    const formed = {
      _tag: "CooperationFormed",
      eventId: "e1",
      at,
      cooperation: "c1",
      members: [ORG_A, ORG_B],
    };
    expect(codes(decodeRoleEvent(formed, three as RoleRules))).toEqual(["$.members invalid"]);
  });
  it("without an mdo only the manager role is granted or revoked; a meeting role then is unknown-role (MDO-BV 3.2)", () => {
    for (const tag of ["CooperationRoleGranted", "CooperationRoleRevoked"] as const) {
      expect(decodeRoleEvent(coopRole(tag, { role: "mdo-manager" }), mdoRoles).ok).toBe(true);
      expect(codes(decodeRoleEvent(coopRole(tag, { role: "chair" }), mdoRoles))).toEqual([
        "$.role unknown-role",
      ]);
      expect(messages(decodeRoleEvent(coopRole(tag, { role: "chair" }), mdoRoles))).toEqual([
        "Without an mdo, the role is the manager role mdo-manager",
      ]);
    }
  });
  it("in an mdo only a meeting role of the catalogue is granted or revoked; the manager role there is unknown-role (MDO-BV 1.11)", () => {
    for (const tag of ["CooperationRoleGranted", "CooperationRoleRevoked"] as const) {
      for (const role of ["chair", "minute-taker", "participant"])
        expect(decodeRoleEvent(coopRole(tag, { mdo: "m1", role }), mdoRoles).ok).toBe(true);
      expect(codes(decodeRoleEvent(coopRole(tag, { mdo: "m1", role: "mdo-manager" }), mdoRoles))).toEqual([
        "$.role unknown-role",
      ]);
    }
    expect(
      messages(decodeRoleEvent(coopRole("CooperationRoleGranted", { mdo: "m1", role: "x" }), mdoRoles)),
    ).toEqual(["Unknown meeting role; expected one of chair, minute-taker, participant (mdo-meeting)"]);
  });
  it("a cooperation grant until its own instant is refused, one second later it decodes (MDO-BV 1.11)", () => {
    const g = (validUntil: string, mdo?: string) =>
      coopRole("CooperationRoleGranted", {
        role: mdo === undefined ? "mdo-manager" : "chair",
        validUntil,
        ...(mdo === undefined ? {} : { mdo }),
      });
    expect(codes(decodeRoleEvent(g(at), mdoRoles))).toEqual(["$.validUntil end-before-start"]);
    expect(codes(decodeRoleEvent(g(earlier, "m1"), mdoRoles))).toEqual(["$.validUntil end-before-start"]);
    expect(decodeRoleEvent(g(later), mdoRoles).ok).toBe(true);
    expect(decodeRoleEvent(g(later, "m1"), mdoRoles).ok).toBe(true);
    expect(
      codes(decodeRoleEvent(coopRole("CooperationRoleGranted", { role: "chair", validUntil: at }), mdoRoles)),
    ).toEqual(["$.role unknown-role", "$.validUntil end-before-start"]);
  });
});

describe("decodeRoleEventLog: the log's own rules (spec §6)", () => {
  it("a value that is not an array is wrong-type at $ (ADR 0006 §4)", () => {
    const r = decodeRoleEventLog({ length: 1 }, mozaRoles);
    expect(codes(r)).toEqual(["$ wrong-type"]);
    expect(r.ok ? undefined : r.totalIssues).toBe(1);
  });
  it("more than 1 000 000 events are refused at $ before any is decoded (resource bounds, issue #17)", () => {
    const r = decodeRoleEventLog(new Array(1_000_001), mozaRoles);
    expect(codes(r)).toEqual(["$ too-many"]);
    expect(messages(r)).toEqual(["An event log holds at most 1000000 events; decode it in parts"]);
  });
  it("an event at the instant of its organisation's registration is accepted; one second earlier it is unknown-organisation (spec §6)", () => {
    const sig = (when: string) => ({
      _tag: "SignatoryRegistered",
      eventId: `s-${++regCount}`,
      at: when,
      organisation: ORG_A,
      user: "sig",
    });
    expect(decodeRoleEventLog([registered(ORG_A, at), sig(at)], mozaRoles).ok).toBe(true);
    expect(decodeRoleEventLog([sig(at), registered(ORG_A, at)], mozaRoles).ok).toBe(true);
    expect(codes(decodeRoleEventLog([registered(ORG_A, at), sig(earlier)], mozaRoles))).toEqual([
      "$[1].organisation unknown-organisation",
    ]);
  });
  it("an organisation registered twice counts from its earliest registration, whatever the order listed (spec §6)", () => {
    const sig = { _tag: "SignatoryRegistered", eventId: "s1", at: later, organisation: ORG_A, user: "sig" };
    const late = registered(ORG_A, "2026-02-01T09:00:00+01:00");
    expect(decodeRoleEventLog([late, registered(ORG_A, at), sig], mozaRoles).ok).toBe(true);
    expect(decodeRoleEventLog([registered(ORG_A, at), late, sig], mozaRoles).ok).toBe(true);
  });
  it("a registration of another organisation does not register this one (spec §6)", () => {
    const sig = { _tag: "SignatoryRegistered", eventId: "s1", at, organisation: ORG_A, user: "sig" };
    expect(codes(decodeRoleEventLog([registered(ORG_B, at), sig], mozaRoles))).toEqual([
      "$[1].organisation unknown-organisation",
    ]);
  });
  it("every member of a cooperation must be registered, named by its index (MDO-BV 1.17, spec §6)", () => {
    const formed = {
      _tag: "CooperationFormed",
      eventId: "c",
      at,
      cooperation: "c1",
      members: [ORG_A, ORG_B, "03111111"],
    };
    expect(codes(decodeRoleEventLog([registered(ORG_A, at), formed], mdoRoles))).toEqual([
      "$[1].members[1] unknown-organisation",
      "$[1].members[2] unknown-organisation",
    ]);
    expect(
      decodeRoleEventLog(
        [registered(ORG_A, at), registered(ORG_B, at), { ...formed, members: [ORG_A, ORG_B] }],
        mdoRoles,
      ).ok,
    ).toBe(true);
  });
  it("events that name no organisation need no registration (spec §6)", () => {
    const log = [
      { _tag: "MaintenanceStopped", eventId: "m", at, from: at, until: later, reason: "upgrade" },
      { _tag: "MedicalDataAuthorisation", eventId: "d", at, employee: "vgz-7", authorised: true },
      { _tag: "CertificateRevoked", eventId: "r", at, certificate: "c-1" },
      registered(ORG_B, at, "o"),
    ];
    expect(decodeRoleEventLog(log, mozaRoles).ok).toBe(true);
    expect(
      decodeRoleEventLog(
        [{ _tag: "CooperationContactRemoved", eventId: "x", at, cooperation: "c1", user: "kim" }],
        mdoRoles,
      ).ok,
    ).toBe(true);
  });
  it("every other event names its organisation: an unregistered one is refused for each kind (spec §6)", () => {
    const log = [
      { _tag: "AgbCodeEnded", eventId: "a", at, organisation: ORG_A, on: "2026-08-31" },
      { _tag: "ContractStarted", eventId: "b", at, organisation: ORG_A },
      granted({ eventId: "c" }),
    ];
    expect(codes(decodeRoleEventLog(log, mozaRoles))).toEqual([
      "$[0].organisation unknown-organisation",
      "$[1].organisation unknown-organisation",
      "$[2].organisation unknown-organisation",
    ]);
  });
  it("the decoded log keeps every event, in the order given (spec §6)", () => {
    const log = [registered(ORG_A, later, "o2"), registered(ORG_A, at, "o1")];
    const r = decodeRoleEventLog(log, mozaRoles);
    expect(r.ok ? r.value.map((e) => e.eventId) : []).toEqual(["o2", "o1"]);
  });
  it("a repeated id is refused at each repetition, wherever it is (spec §6)", () => {
    const r = decodeRoleEventLog(
      [
        registered(ORG_A, at, "x"),
        registered(ORG_B, at, "y"),
        registered(ORG_B, later, "x"),
        registered(ORG_A, later, "x"),
      ],
      mozaRoles,
    );
    expect(codes(r)).toEqual(["$[2].eventId duplicate-id", "$[3].eventId duplicate-id"]);
  });
  it("an event that fails its schema is reported and skipped; the rulebook checks of the others are reported under their index (spec §6)", () => {
    const r = decodeRoleEventLog(
      [
        registered(ORG_A, at),
        { ...registered(ORG_A, at, "bad"), organisation: "0112345" },
        granted({ eventId: "g", role: "root" }),
      ],
      mozaRoles,
    );
    expect(codes(r)).toEqual(["$[1].organisation invalid", "$[2].role unknown-role"]);
  });
  it("the issues of a log are capped at maxIssues, totalIssues counts all (ADR 0006 §4)", () => {
    const sig = (i: number) => ({
      _tag: "SignatoryRegistered",
      eventId: `s${i}`,
      at,
      organisation: ORG_A,
      user: "sig",
    });
    const r = decodeRoleEventLog(
      Array.from({ length: 5 }, (_, i) => sig(i)),
      mozaRoles,
      { maxIssues: 2 },
    );
    expect(r.ok ? undefined : [r.issues.length, r.totalIssues]).toEqual([2, 5]);
  });
});

describe("decoders cap their issues at maxIssues and count them all (ADR 0006 §4)", () => {
  it("decodeRoleEvent: schema issues and rulebook issues are capped alike", () => {
    const schema = decodeRoleEvent({ _tag: "RoleGranted", eventId: "e1" }, mozaRoles, { maxIssues: 1 });
    expect(schema.ok ? undefined : [schema.issues.length, schema.totalIssues > 1]).toEqual([1, true]);
    const domain = decodeRoleEvent(granted({ role: "root", validUntil: earlier }), mozaRoles, {
      maxIssues: 1,
    });
    expect(domain.ok ? undefined : [codes(domain), domain.totalIssues]).toEqual([["$.role unknown-role"], 2]);
  });
  it("decodeAccessRequest, decodeGrantRequest and decodeRoleRules return a capped failure with totalIssues", () => {
    const access = decodeAccessRequest(
      { subject: 1, organisation: 2, action: 3, resource: 4 },
      { maxIssues: 1 },
    );
    expect(access.ok ? undefined : [access.issues.length, access.totalIssues]).toEqual([1, 4]);
    const grantR = decodeGrantRequest({ grantor: 1, grantee: 2, role: 3, scope: 4 }, { maxIssues: 2 });
    expect(grantR.ok ? undefined : [grantR.issues.length, grantR.totalIssues]).toEqual([2, 4]);
    const rules = decodeRoleRules({}, { maxIssues: 1 });
    expect(rules.ok ? undefined : [rules.issues.length, rules.totalIssues > 1]).toEqual([1, true]);
  });
  it("valid requests and rulebooks decode to their value", () => {
    const req = {
      subject: { _tag: "User", user: "ann", certificate: "c-ann" },
      organisation: ORG_A,
      action: "view-cost-ceiling",
      resource: { _tag: "Account" },
    };
    expect(decodeAccessRequest(req)).toEqual({ ok: true, value: req });
    const g = {
      grantor: "ann",
      grantee: "bob",
      role: "cost-ceiling",
      scope: { _tag: "Organisation", organisation: ORG_A },
    };
    expect(decodeGrantRequest(g)).toEqual({ ok: true, value: g });
    expect(decodeRoleRules(fresh(mdoRoles))).toEqual({ ok: true, value: mdoRoles });
  });
});

describe("RoleEventFor(rules): the schema of an event valid for a rulebook (spec §6)", () => {
  it("refuses an event with a rulebook issue and says which, accepts a valid one (MOZA 1.5)", () => {
    const mdoGrant = decodeRoleEvent(granted({ role: "mdo-user" }), mdoRoles);
    expect(mdoGrant.ok).toBe(true);
    expect(mdoGrant.ok && Schema.is(RoleEventFor(mdoRoles))(mdoGrant.value)).toBe(true);
    expect(mdoGrant.ok && Schema.is(RoleEventFor(mozaRoles))(mdoGrant.value)).toBe(false);
    const r = Schema.decodeUnknownResult(RoleEventFor(mozaRoles))(
      granted({ role: "root", validUntil: earlier }),
      {
        errors: "all",
      },
    );
    const message = r._tag === "Failure" ? String(r.failure.message) : "";
    expect(message).toContain("$.role: Unknown role; expected one of main-contact");
    expect(message).toContain("; $.validUntil: The grant ends before (or when) it starts");
  });
});
