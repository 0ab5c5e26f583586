// Tests that kill surviving mutants of src/grant.ts (issue #17, docs/quality.md): what `mayGrant`
// answers (allowed / refused), the one reason it gives — the rule that decided, its inputs, pass
// or fail, the rulebook's citations of that rule — and its details (spec §2, MOZA 1.5–1.7,
// MDO-BV 2.2, 3.2). The citations come from the rulebook only (ADR 0007 §1). Every result is
// computed inside its `it` (perTest coverage).
import { formatCitation } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { compileRoles, mayGrant, mdoRoles, mozaRoles, type RoleEvent, type RoleRules } from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, ORG_B, organisation, t } from "./fixtures.js";

/** A: signatory sig-A, main contact ann (certificate until 2031), employees bob and cas. */
const base = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob", "cas"]),
  ...organisation(ORG_B, "2026-01-05", ["dirk"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
];
const scopeA = { _tag: "Organisation", organisation: ORG_A } as const;
const ask = (
  rules: RoleRules,
  events: ReadonlyArray<RoleEvent>,
  grantor: string,
  grantee: string,
  role: string,
) =>
  mayGrant({ grantor, grantee, role, scope: scopeA } as never, compileRoles(events, rules), t("2026-02-01"));
const cited = (rules: RoleRules, rule: keyof RoleRules["rules"]) =>
  (rules.rules[rule] ?? []).map((c) => formatCitation(c));

describe("mayGrant: the answer and its one reason (spec §2)", () => {
  it("the signatory appoints the main contact: allowed, rule grant-main-contact-by-signatory passes, citing MOZA 1.6 and 1.7", () => {
    const v = ask(mozaRoles, base(), `sig-${ORG_A}`, "bob", "main-contact");
    expect(v.value).toBe("allowed");
    expect(v.details).toEqual({ role: "main-contact", rule: "grant-main-contact-by-signatory" });
    expect(v.reasons).toHaveLength(1);
    const [r] = v.reasons;
    expect(r?.rule).toBe("grant-main-contact-by-signatory");
    expect(r?.output).toBe("pass");
    expect(r?.inputs).toEqual({
      grantor: `sig-${ORG_A}`,
      grantee: "bob",
      role: "main-contact",
      scope: "Organisation",
    });
    expect(r?.citations.map((c) => formatCitation(c))).toEqual(["MOZA art. 1.6", "MOZA art. 1.7"]);
    expect(r?.citations.map((c) => formatCitation(c))).toEqual(
      cited(mozaRoles, "grant-main-contact-by-signatory"),
    );
    expect(r?.en).toBe("The signatory appoints the main contact.");
  });
  it("the main contact may not change the main-contact role: refused, the same rule fails, naming the signatory (MOZA 1.7)", () => {
    const v = ask(mozaRoles, base(), "ann", "bob", "main-contact");
    expect(v.value).toBe("refused");
    expect(v.details).toEqual({ role: "main-contact", rule: "grant-main-contact-by-signatory" });
    const [r] = v.reasons;
    expect(r?.output).toBe("fail");
    expect(r?.inputs).toEqual({
      grantor: "ann",
      grantee: "bob",
      role: "main-contact",
      scope: "Organisation",
    });
    expect(r?.citations.map((c) => formatCitation(c))).toEqual(["MOZA art. 1.6", "MOZA art. 1.7"]);
    expect(r?.en).toBe("The main contact may not change the main-contact role; only the signatory may.");
  });
  it("the main contact grants a functional role to an employee: allowed under grant-by-main-contact, citing MOZA 1.5 and 1.6", () => {
    const v = ask(mozaRoles, base(), "ann", "cas", "digital-mail");
    expect(v.value).toBe("allowed");
    expect(v.details).toEqual({ role: "digital-mail", rule: "grant-by-main-contact" });
    const [r] = v.reasons;
    expect(r?.output).toBe("pass");
    expect(r?.citations.map((c) => formatCitation(c))).toEqual(["MOZA art. 1.5", "MOZA art. 1.6"]);
  });
  it("an employee who is not the main contact grants nothing: refused under grant-by-main-contact (MOZA 1.6)", () => {
    const v = ask(mozaRoles, base(), "bob", "cas", "digital-mail");
    expect([v.value, v.details.rule, v.reasons[0]?.output]).toEqual([
      "refused",
      "grant-by-main-contact",
      "fail",
    ]);
  });
  it("a role for a user of another organisation is refused under grant-same-organisation (MOZA 1.6)", () => {
    const v = ask(mozaRoles, base(), "ann", "dirk", "digital-mail");
    expect([v.value, v.details.rule, v.reasons[0]?.output]).toEqual([
      "refused",
      "grant-same-organisation",
      "fail",
    ]);
    expect(v.reasons[0]?.citations.map((c) => formatCitation(c))).toEqual(["MOZA art. 1.6"]);
  });
});

describe("mayGrant: a main contact without a valid certificate of the organisation grants nothing (MOZA 1.3, 1.6; MDO-BV 2.2)", () => {
  const lapsed = (): Array<RoleEvent> => [
    ...base(),
    ev("CertificateRevoked", "2026-01-20", { certificate: "c-ann" as never }),
  ];
  it("MOZA: refused under grant-by-main-contact, citing the rulebook's clauses of that rule", () => {
    const v = ask(mozaRoles, lapsed(), "ann", "cas", "digital-mail");
    expect([v.value, v.details.rule]).toEqual(["refused", "grant-by-main-contact"]);
    expect(v.reasons[0]?.citations.map((c) => formatCitation(c))).toEqual(
      cited(mozaRoles, "grant-by-main-contact"),
    );
  });
  it("MDO: the explanation names no MOZA clause — every clause it cites is the MDO rulebook's (ADR 0007 §1, MDO-BV 2.2)", () => {
    const v = ask(mdoRoles, lapsed(), "ann", "cas", "mdo-user");
    expect([v.value, v.details.rule]).toEqual(["refused", "grant-by-main-contact"]);
    const [r] = v.reasons;
    expect(r?.citations).toEqual([
      { source: "MDO-BV", article: "2.2" },
      { source: "MDO-SLA", article: "10.1" },
    ]);
    expect(`${r?.en} ${r?.nl}`).not.toContain("MOZA");
    expect(r?.en).toContain(
      "The main contact holds no valid certificate of this organisation at that instant",
    );
  });
  it("the same grant before the revocation is allowed (the certificate is checked at the instant asked about)", () => {
    const v = mayGrant(
      { grantor: "ann", grantee: "cas", role: "mdo-user", scope: scopeA } as never,
      compileRoles(lapsed(), mdoRoles),
      t("2026-01-19"),
    );
    expect(v.value).toBe("allowed");
  });
});

describe("mayGrant: a grant that would be applied by the fold is exactly one mayGrant allows (spec §2)", () => {
  it("a grant mayGrant refuses is rejected by the fold with the same rule; one it allows is applied (MOZA 1.6, 1.7)", () => {
    const events = base();
    for (const [grantor, grantee, role] of [
      ["ann", "bob", "main-contact"],
      ["ann", "bob", "cost-ceiling"],
      ["bob", "cas", "cost-ceiling"],
    ] as const) {
      const v = ask(mozaRoles, events, grantor, grantee, role);
      const folded = compileRoles([...events, grant(ORG_A, "2026-02-01", grantor, grantee, role)], mozaRoles);
      expect(folded.rejected.map((n) => n.rule)).toEqual(v.value === "allowed" ? [] : [v.details.rule]);
    }
  });
});
