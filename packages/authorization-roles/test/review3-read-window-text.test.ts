// Review (explanation sentences): inside the read-only window after a contract ended
// (MDO-BV 10.9: "Na beëindiging van de overeenkomst stellen wij gedurende [90 dagen] ... ter
// beschikking"), `explain` pushes the step "read-only-window" (authorize.ts, explain), but
// `sentence` has no case for that rule id: it falls to `default` and the step's en and nl are the
// bare id "read-only-window". The contract case's read-window sentence ("The contract has ended;
// for 90 days after its end the data stay available to read and export.") is keyed on "contract"
// and never reached. ADR 0007: every step explains itself in en and nl.
import { describe, expect, it } from "vitest";
import { authorize, compileRoles, mdoRoles, type RoleEvent } from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, organisation, t } from "./fixtures.js";

const log = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
  ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
  appointMainContact(ORG_A, "2026-01-06", "kim"),
  grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
  ev("CooperationFormed", "2026-01-08", {
    cooperation: "coop-noord" as never,
    members: [ORG_A, "02765432"] as never,
  }),
  ev("ContractEnded", "2026-06-01", { organisation: ORG_A as never, on: "2026-06-30" as never }),
];

const req = {
  subject: { _tag: "User", user: "lia", certificate: "c-lia" },
  organisation: ORG_A,
  action: "view-report",
  resource: { _tag: "Mdo", cooperation: "coop-noord", mdo: "mdo-1" },
  facts: { payment: "not-due" },
} as never;

describe("MDO-BV 10.9: the read-only-window step explains itself", () => {
  it("its sentence says the contract ended and the data stay readable for 90 days, in en and nl", () => {
    const d = authorize(req, compileRoles(log(), mdoRoles), t("2026-07-01"));
    const s = d.because.find((x) => x.rule === "read-only-window");
    expect(s).toBeDefined();
    expect(s?.en).not.toBe("read-only-window");
    expect(s?.en).toContain("90 days");
    expect(s?.nl).toContain("90 dagen");
  });
});
