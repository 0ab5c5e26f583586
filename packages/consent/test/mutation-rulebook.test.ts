// Tests that kill surviving mutants of src/rulebook.ts (issue #17, docs/quality.md): the validity
// of an emergency consent is written from the rulebook's figure (MITZ §2d: 72 hours), so a
// rulebook of one hour reads "1 hour", not "1 hours". Each rulebook is built inside its `it`.
import { describe, expect, it } from "vitest";
import { emergencyHoursText, mitzRules } from "../src/index.js";

describe("emergencyHoursText: the emergency consent's validity from the rulebook (MITZ §2d)", () => {
  it("72 hours in the Mitz rulebook, 1 hour (singular) and 2 hours in a team's own", () => {
    const hours = (value: number) =>
      emergencyHoursText({
        ...mitzRules,
        emergencyConsentMaxHours: { ...mitzRules.emergencyConsentMaxHours, value },
      });
    expect([emergencyHoursText(mitzRules), hours(1), hours(2)]).toEqual([
      { en: "72 hours", nl: "72 uur" },
      { en: "1 hour", nl: "1 uur" },
      { en: "2 hours", nl: "2 uur" },
    ]);
  });
});
