// Second review of d5cad0b: an AgbCodeEnded dated before 1970 (the event decoder takes any date from
// 0001-01-01) now compiles, its revocation clamped to instant 0. The decision is right (denied),
// but the explanation states the clamp as the revocation day: "the certificates were revoked
// automatically on 1970-01-01, 6 months later" for an AGB code that ended on 1969-01-01 — MOZA 4.1
// ("automatisch na 6 maanden ingetrokken") gives 1969-07-02 (the day after the six months).
import { describe, expect, it } from "vitest";
import { authorize, compileRoles, mozaRoles, type RoleEvent } from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, organisation, portal, t } from "./fixtures.js";

const log = (on: string): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
  ev("AgbCodeEnded", "2026-01-08", { organisation: ORG_A as never, on: on as never }),
];

describe("MOZA 4.1: an AGB code that ended before 1970", () => {
  it("the explanation names the day six months later, not the 1970 clamp", () => {
    const d = authorize(
      portal("bob", ORG_A, "view-cost-ceiling"),
      compileRoles(log("1969-01-01"), mozaRoles),
      t("2026-02-01"),
    );
    expect(d.value).toMatchObject({ decision: "deny", failedCheck: "agb-revocation" });
    const last = d.because.at(-1);
    expect(last?.en).toContain("1969-07-02");
    expect(last?.en).not.toContain("1970-01-01");
  });
});
