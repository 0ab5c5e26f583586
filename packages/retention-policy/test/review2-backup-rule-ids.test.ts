// review2 (4b10244): a pruning's keptBy names the rules that keep a backup by id beside its own
// reasons `newest`, `after-at` and `base-of:<differential id>` (MDO-SLA §7.6; guide: "a scheme's
// rule ids are unique and none is newest or after-at"). 4b10244 refuses the two bare words; the
// variants of them and of `base-of:` are refused by the rule-name pattern (lower-case words joined
// by hyphens), so no rule id can read like a reason. Pins that, and that near names stay allowed.
import { describe, expect, it } from "vitest";
import { decodeBackupScheme, mdoSlaBackupScheme } from "../src/index.js";

const withId = (id: string) => ({ ...mdoSlaBackupScheme, rules: [{ ...mdoSlaBackupScheme.rules[0], id }] });
const idIssues = (id: string) => {
  const r = decodeBackupScheme(withId(id));
  return r.ok ? [] : r.issues.filter((i) => i.path === "$.rules[0].id");
};

describe("decodeBackupScheme: no rule id reads like a keptBy reason", () => {
  it.each([
    "newest",
    "after-at",
    "Newest",
    "NEWEST",
    " newest",
    "newest ",
    "after_at",
    "after at",
    "After-At",
    "base-of:d1",
    "base-of:",
    "newest\u0000",
  ])("%j is refused", (id) => {
    expect(decodeBackupScheme(withId(id)).ok).toBe(false);
    expect(idIssues(id).length).toBe(1);
  });
  it.each(["newest-full", "after-at-night", "base-of", "keep-newest"])("%j is a rule id", (id) => {
    expect(decodeBackupScheme(withId(id)).ok).toBe(true);
  });
  it("two rules of one id are refused once, at the second", () => {
    const rule = mdoSlaBackupScheme.rules[0];
    const r = decodeBackupScheme({ ...mdoSlaBackupScheme, rules: [rule, rule] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["$.rules[1].id"]);
  });
});
