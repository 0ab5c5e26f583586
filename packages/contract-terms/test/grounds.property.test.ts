// Invariants of mayTerminate over generated MDO claims (MDO-BV 6, 9.6, 10, 11; ADR 0006 §3).
import { compareDates } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeTerminationClaim } from "../src/decode.js";
import { mayTerminate } from "../src/grounds.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";
import { arbTerminationClaim } from "../src/testing.js";

describe("mayTerminate (MDO-BV 10.1: the grounds of the agreement, nothing else)", () => {
  it("its reasons are among its steps; an allowed termination never ends the contract before the termination is received or before the contract started", () => {
    fc.assert(
      fc.property(arbTerminationClaim(), (claim) => {
        const v = mayTerminate(claim, mdo2025);
        for (const r of v.reasons) expect(v.because).toContain(r);
        expect(v.reasons.length).toBeGreaterThan(0);
        if (v.value === "allowed" && v.details.lastDay !== undefined) {
          expect(compareDates(v.details.lastDay, claim.receivedOn)).toBeGreaterThanOrEqual(0);
          expect(compareDates(v.details.lastDay, claim.contract.start)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
  it("a termination received before the contract exists, or by a party the ground does not name, is refused", () => {
    fc.assert(
      fc.property(arbTerminationClaim(), (claim) => {
        const v = mayTerminate(claim, mdo2025);
        const ground = mdo2025.grounds.find((g) => g.id === claim.ground)!;
        const invokable = (ground.invokedBy as ReadonlyArray<string>).includes(claim.party);
        if (compareDates(claim.receivedOn, claim.contract.start) < 0 || !invokable)
          expect(v.value).toBe("refused");
      }),
    );
  });
  it("only the supplier's force majeure ever allows a termination (MDO-BV 11.1)", () => {
    fc.assert(
      fc.property(arbTerminationClaim(), (claim) => {
        if (claim.ground === "force-majeure" && claim.forceMajeureOf === "customer") {
          expect(mayTerminate(claim, mdo2025).value).toBe("refused");
        }
      }),
    );
  });
  it("only the connection-agreement grounds are undetermined, and only when the rest allows them", () => {
    fc.assert(
      fc.property(arbTerminationClaim(), (claim) => {
        const v = mayTerminate(claim, mdo2025);
        if (v.value === "undetermined") {
          expect(["insolvency", "change-of-law", "supervisor-claim", "all-agb-codes-ended"]).toContain(
            claim.ground,
          );
        }
      }),
    );
  });
  it("every generated claim decodes from its JSON to the same verdict", () => {
    fc.assert(
      fc.property(arbTerminationClaim(), (claim) => {
        const r = decodeTerminationClaim(JSON.parse(JSON.stringify(claim)));
        expect(r.ok).toBe(true);
        if (r.ok) expect(mayTerminate(r.value, mdo2025).value).toBe(mayTerminate(claim, mdo2025).value);
      }),
      { numRuns: 60 },
    );
  });
});
