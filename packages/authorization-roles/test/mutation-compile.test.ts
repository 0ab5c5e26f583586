// Tests that kill surviving mutants of src/compile.ts (issue #17, docs/quality.md): the compiled
// role state is an opaque, frozen value that names its rulebook, counts the events folded and lists
// the events it did not apply with the rule and the rulebook's citations (spec §2, §7; ADR 0006
// §5). Every result is computed inside its `it` (perTest coverage).
import { describe, expect, it } from "vitest";
import { type CompiledRoles, compileRoles, mayGrant, mozaRoles, type RoleEvent } from "../src/index.js";
import { grant, ORG_A, organisation, t } from "./fixtures.js";

const events = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
];

describe("compileRoles (spec §2, §7)", () => {
  it("names its rulebook, counts every event folded, and lists the rejected grant with its rule and citations (MOZA 1.5, 1.6)", () => {
    const e = events();
    const roles = compileRoles(e, mozaRoles);
    expect(roles.definition).toBe(mozaRoles);
    expect(roles.eventCount).toBe(e.length);
    expect(roles.rejected).toEqual([
      {
        eventId: e[e.length - 1]?.eventId,
        tag: "RoleGranted",
        rule: "grant-by-main-contact",
        en: expect.any(String),
        citations: [
          { source: "MOZA", article: "1.5" },
          { source: "MOZA", article: "1.6" },
        ],
      },
    ]);
  });
  it("is frozen and opaque: its state is not enumerable, so JSON shows only the public fields (ADR 0006 §5)", () => {
    const roles = compileRoles(events(), mozaRoles);
    expect(Object.isFrozen(roles)).toBe(true);
    expect(Object.keys(roles).sort()).toEqual(["definition", "eventCount", "rejected"]);
  });
  it("a value not built by compileRoles is refused with a TypeError naming compileRoles", () => {
    const fake = { definition: mozaRoles, eventCount: 0, rejected: [] } as unknown as CompiledRoles;
    const scope = { _tag: "Organisation", organisation: ORG_A } as const;
    expect(() =>
      mayGrant({ grantor: "a", grantee: "b", role: "cost-ceiling", scope } as never, fake, t("2026-02-01")),
    ).toThrow(new TypeError("Not a CompiledRoles value: build it with compileRoles(events, rules)"));
  });
});
