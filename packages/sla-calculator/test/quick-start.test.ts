import { formatInstant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { april, why } from "./fixtures/quick-start.js";

describe("the README example", () => {
  it("explains the Whit Monday deadline and computes April's availability as the comments say", () => {
    expect(why).toContain(
      "the 2nd working day after it is 2026-05-27 (not working days: 2026-05-25 (Whit Monday))",
    );
    expect(april?.percent).toBe("99.699");
    expect(april?.targetMet).toBe(false);
    expect(april?.remainingDowntimeMinutes).toBe(-1);
    expect(april && formatInstant(april.downtime[0]?.start ?? 0)).toBe("2026-04-15T10:00:00+02:00");
  });
});
