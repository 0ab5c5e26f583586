// Typed inputs far beyond the decoders' bounds (issue #17, tools/bench/resource-bounds.mjs):
// resolveConflict of 10⁶ provisions threw "RangeError: Maximum call stack size exceeded"
// (Math.min over a spread of the ranks); it is handled like any other list now.
import { describe, expect, it } from "vitest";
import { mdo2025, resolveConflict } from "../src/index.js";

describe("large typed inputs are handled, not a stack overflow", () => {
  it("resolveConflict of 10⁶ provisions of one document: a tie at that document's rank", () => {
    const provisions = new Array(1_000_000).fill({ document: "mdo-special-terms", clause: "13.1" });
    const r = resolveConflict(provisions, mdo2025).value;
    expect(r._tag).toBe("Tie");
    expect(r._tag === "Tie" ? [r.rank, r.provisions.length] : []).toEqual([2, 1_000_000]);
  });
  it("resolveConflict of 10⁶ provisions with one better-ranked: it wins", () => {
    const provisions = new Array(1_000_000).fill({ document: "connection-agreement", clause: "8.2" });
    provisions[777_777] = { document: "mdo-special-terms", clause: "13.1" };
    const r = resolveConflict(provisions, mdo2025).value;
    expect(r).toEqual({
      _tag: "Winner",
      provision: { document: "mdo-special-terms", clause: "13.1" },
      rank: 2,
    });
  });
});
