// Tests that kill the surviving mutants of src/internal/limits.ts (issue #17, docs/quality.md):
// "at most € 1 000 000 000 000,00" (docs/guide/limits.md) includes the bound itself, whether the
// sum reaches it at the start or after the last item. Every result is computed inside its test.
import { describe, expect, test } from "vitest";
import { decodeInterestClaim } from "../src/index.js";

const claim = { defaultFrom: "2026-01-01", through: "2026-12-31" };

describe("the sum bound of an interest claim (MDO-BV 6.10, docs/guide/limits.md)", () => {
  test("a principal of exactly € 1 000 000 000 000,00 with no costs is accepted, a cent more is not", () => {
    expect(decodeInterestClaim({ ...claim, principal: "1000000000000.00" }).ok).toBe(true);
    expect(decodeInterestClaim({ ...claim, principal: "1000000000000.01" }).ok).toBe(false);
  });

  test("a principal plus costs of exactly € 1 000 000 000 000,00 is accepted, a cent more is refused at principal", () => {
    const costs = (amount: string) => [{ on: "2026-02-01", amount }];
    expect(decodeInterestClaim({ ...claim, principal: "999999999999.00", costs: costs("1.00") }).ok).toBe(
      true,
    );
    const over = decodeInterestClaim({ ...claim, principal: "999999999999.00", costs: costs("1.01") });
    expect(over.ok ? [] : over.issues.map((i) => i.path)).toEqual(["$.principal"]);
  });
});
