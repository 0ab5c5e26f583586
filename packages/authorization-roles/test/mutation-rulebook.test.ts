// Tests that kill surviving mutants of src/rulebook.ts (issue #17, docs/quality.md): what makes a
// rulebook valid (ADR 0007 §1: figures present exactly when a check needs them; MOZA 1.3, 1.6,
// 1.7, 4.1; MDO-BV 10.9, 3.2) and where an explanation step gets its citations. Each rulebook is
// a fresh JSON copy of a preset (no cache can mask a mutant). Every result is computed inside its
// `it` (perTest coverage).
import { describe, expect, it } from "vitest";
import { decodeRoleRules, mdoRoles, mozaRoles, type RoleRules, ruleCitations } from "../src/index.js";

type Json = Record<string, unknown> & { checks: Array<string>; rules: Record<string, unknown> };
const json = (rules: RoleRules): Json => JSON.parse(JSON.stringify(rules)) as Json;
const refusal = (input: unknown) => {
  const r = decodeRoleRules(input);
  return r.ok ? "ok" : r.issues.map((i) => i.message).join(" | ");
};

describe("decodeRoleRules: the rule ids a rulebook cites (ADR 0007 §1)", () => {
  it("a rulebook citing a rule id this package does not know is refused, naming at most three of them", () => {
    const r = json(mozaRoles);
    r.rules = { ...r.rules, "no-such-rule": [], "another-one": [], "third-one": [], "fourth-one": [] };
    const message = refusal(r);
    expect(message).toContain("unknown rule id(s): no-such-rule, another-one, third-one; expected one of");
    expect(message).not.toContain("fourth-one");
  });
  it("a rulebook citing only known rule ids decodes, and one citing none decodes too", () => {
    expect(refusal(json(mozaRoles))).toBe("ok");
    expect(refusal({ ...json(mozaRoles), rules: {} })).toBe("ok");
  });
});

describe("decodeRoleRules: the checks a rulebook runs (spec §1, MOZA 1.3)", () => {
  it("a check listed twice is refused", () => {
    const r = json(mozaRoles);
    r.checks = [...r.checks, "suspension"];
    expect(refusal(r)).toContain("a check appears twice");
  });
  it("the checks start with organisation-known and include certificate: each half is required on its own (MOZA 1.3)", () => {
    const noCertificate = json(mozaRoles);
    noCertificate.checks = noCertificate.checks.filter((c) => c !== "certificate");
    expect(refusal(noCertificate)).toContain(
      "the checks start with organisation-known and include certificate",
    );
    const certificateFirst = json(mozaRoles);
    certificateFirst.checks = ["certificate", "organisation-known", "provider-only"];
    expect(refusal(certificateFirst)).toContain(
      "the checks start with organisation-known and include certificate",
    );
    const minimal = json(mozaRoles);
    minimal.checks = ["organisation-known", "certificate"];
    expect(refusal(minimal)).toBe("ok");
  });
});

describe("decodeRoleRules: a figure is present exactly when a check needs it (ADR 0007 §1)", () => {
  it("the agb-revocation check without agbRevocationDelay is refused; the figure without the check decodes (MOZA 4.1)", () => {
    const r = json(mozaRoles);
    delete r.agbRevocationDelay;
    expect(refusal(r)).toContain("the agb-revocation check needs the figure agbRevocationDelay");
    const figureOnly = json(mdoRoles);
    figureOnly.agbRevocationDelay = { value: { months: 6 }, citations: [] };
    expect(refusal(figureOnly)).toBe("ok");
  });
  it("the contract check without readWindowAfterContract is refused (MDO-BV 10.9)", () => {
    const r = json(mdoRoles);
    delete r.readWindowAfterContract;
    expect(refusal(r)).toContain("the contract check needs the figure readWindowAfterContract");
  });
  it("the cooperation-member check without the cooperations section is refused (MDO-BV 3.2)", () => {
    const r = json(mdoRoles);
    delete r.cooperations;
    expect(refusal(r)).toContain("the cooperation-member check needs the cooperations section");
    r.checks = r.checks.filter((c) => c !== "cooperation-member");
    expect(refusal(r)).toBe("ok");
  });
  it("the main-contact role in the organisation catalogue is refused: only the signatory grants it (MOZA 1.7)", () => {
    const r = json(mozaRoles) as Json & { organisationRoles: { roles: Array<{ id: string }> } };
    r.organisationRoles.roles[0] = { ...r.organisationRoles.roles[0], id: "main-contact" } as never;
    expect(refusal(r)).toContain("the main-contact role must not be in the organisation catalogue");
  });
});

describe("ruleCitations: an explanation step cites the rulebook's clauses of its rule (ADR 0007 §1)", () => {
  it("the citations of a rule the rulebook cites, and none for a rule it does not cite", () => {
    expect(ruleCitations(mozaRoles, "agb-revocation")).toEqual([{ source: "MOZA", article: "4.1" }]);
    expect(ruleCitations(mozaRoles, "cooperation-size")).toEqual([]);
    expect(ruleCitations(mdoRoles, "cooperation-size")).toEqual([{ source: "MDO-BV", article: "1.17" }]);
  });
});
