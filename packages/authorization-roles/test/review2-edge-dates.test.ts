// review2 (d5cad0b): startOfDay/dayAfter map a day the instants do not reach to 0 (before 1970)
// or never (past 9999). Pins that the clamp never turns a revocation into "never" for an early day
// (a wrong permit, MOZA 4.1) and that a ContractEnded the instants cannot place ends no contract.
import { describe, expect, it } from "vitest";
import { authorize, compileRoles, mdoRoles, mozaRoles, type RoleEvent } from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, organisation, portal, t } from "./fixtures.js";

/** `base()` with bob's certificate valid to the last instant (9999-12-30T23:59:59.999Z). */
const toTheEnd = (): Array<RoleEvent> =>
  base().map((e) =>
    e._tag === "CertificateIssued" ? ({ ...e, validUntil: t("9999-12-30T23:59:59.999Z") } as RoleEvent) : e,
  );

const base = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
];
const agbEnded = (on: string) =>
  ev("AgbCodeEnded", "2026-01-08", { organisation: ORG_A as never, on: on as never });
const ask = (events: ReadonlyArray<RoleEvent>, at: string) =>
  authorize(portal("bob", ORG_A, "view-cost-ceiling"), compileRoles(events, mozaRoles), t(at)).value;

describe("MOZA 4.1 at the calendar's edges: an early AGB end revokes before every request", () => {
  it("without an AgbCodeEnded bob is allowed (the log grants)", () => {
    expect(ask(base(), "2026-02-01")).toMatchObject({ decision: "allow" });
  });
  it.each(["0001-01-01", "1969-06-30", "1969-07-01", "1969-12-31", "1970-01-01"])(
    "AGB code ended on %s: denied at every request after the event (the certificates run to 2031)",
    (on) => {
      const events = [...base(), agbEnded(on)];
      for (const at of ["2026-01-08T12:00:00+01:00", "2026-02-01", "2030-12-31T23:59:59+01:00"])
        expect(ask(events, at)).toMatchObject({ decision: "deny", failedCheck: "agb-revocation" });
    },
  );
  it("the earliest AgbCodeEnded counts: a later one past 9999 does not lift an early one", () => {
    const events = [...base(), agbEnded("1969-01-01"), agbEnded("9999-12-31")];
    expect(ask(events, "2026-02-01")).toMatchObject({ decision: "deny", failedCheck: "agb-revocation" });
  });
  it("an AGB end whose six months pass 9999 does not revoke within the instants (2026 allowed)", () => {
    expect(ask([...base(), agbEnded("9999-07-01")], "2026-02-01")).toMatchObject({ decision: "allow" });
  });
});

describe("MOZA 4.1 at the last day: the revocation falls on the first instant of the day after the six months", () => {
  it("AGB code ended on 9999-06-30: allowed through 9999-12-30 (Amsterdam), denied from 9999-12-31T00:00+01:00", () => {
    const events = [...toTheEnd(), agbEnded("9999-06-30")];
    expect(ask(events, "9999-12-30T23:59:59.999+01:00")).toMatchObject({ decision: "allow" });
    expect(ask(events, "9999-12-31T00:00:00+01:00")).toMatchObject({
      decision: "deny",
      failedCheck: "agb-revocation",
    });
  });
  it("AGB code ended on 9999-07-01: the six months end after the last instant, allowed to the end of the certificate (its validUntil is exclusive)", () => {
    const events = [...toTheEnd(), agbEnded("9999-07-01")];
    expect(ask(events, "9999-12-30T23:59:59.998Z")).toMatchObject({ decision: "allow" });
  });
});

describe("ContractEnded on a day the instants do not reach (mdoRoles)", () => {
  const contract = (on: string): Array<RoleEvent> => [
    ...base(),
    ev("ContractStarted", "2026-01-06", { organisation: ORG_A as never }),
    ev("ContractEnded", "2026-01-09", { organisation: ORG_A as never, on: on as never }),
  ];
  it.each(["1969-06-30", "1969-12-31", "9999-12-31"])(
    "on %s is rejected: it ends no running contract",
    (on) => {
      const roles = compileRoles(contract(on), mdoRoles);
      expect(roles.rejected.map((r) => r.rule)).toContain("contract");
    },
  );
});
