import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeProvisions } from "../src/decode.js";
import { rankOf, resolveConflict } from "../src/precedence.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";

describe("precedence of the MDO documents (MDO-MS §3.1, MDO-BV 13.3)", () => {
  it("the processing agreement (Annex 4 to the connection agreement) beats the MDO special terms", () => {
    const r = resolveConflict(
      [
        { document: "mdo-special-terms", clause: "7.3" },
        { document: "processing-agreement", clause: "5" },
      ],
      mdo2025,
    );
    expect(r.value).toEqual({
      _tag: "Winner",
      provision: { document: "processing-agreement", clause: "5" },
      rank: 1,
    });
    expect(explainToText(r, "en")).toContain("MDO-MS §3.1; MDO-BV art. 13.3");
  });
  it("the main text of the special terms beats their annexes, e.g. the SLA (rank 2 over 3)", () => {
    const r = resolveConflict([{ document: "mdo-annex-2-sla" }, { document: "mdo-special-terms" }], mdo2025);
    expect(r.value).toMatchObject({ _tag: "Winner", provision: { document: "mdo-special-terms" }, rank: 2 });
  });
  it("the annexes of the special terms beat the connection agreement (rank 3 over 4)", () => {
    const r = resolveConflict(
      [{ document: "connection-agreement", clause: "8.2" }, { document: "mdo-annex-1-processing" }],
      mdo2025,
    );
    expect(r.value).toMatchObject({ _tag: "Winner", provision: { document: "mdo-annex-1-processing" } });
  });
  it("Annex 4 of the connection agreement ranks first although the connection agreement ranks last", () => {
    expect(rankOf("processing-agreement", mdo2025)).toBe(1);
    expect(rankOf("connection-agreement-annex-3", mdo2025)).toBe(4);
  });
  it("Annex 1 and Annex 2 of the special terms share rank 3: the ranking does not decide (a tie)", () => {
    const r = resolveConflict(
      [{ document: "mdo-annex-1-processing" }, { document: "mdo-annex-2-sla" }],
      mdo2025,
    );
    expect(r.value).toMatchObject({ _tag: "Tie", rank: 3 });
  });
  it("an unknown document is an error, not a silent last place", () => {
    const r = resolveConflict([{ document: "mdo-special-terms" }, { document: "email-from-sales" }], mdo2025);
    expect(r.value).toEqual({ _tag: "UnknownDocument", documents: ["email-from-sales"] });
  });
  it("the decoder needs at least one provision with a document", () => {
    expect(decodeProvisions([]).ok).toBe(false);
    expect(decodeProvisions([{ clause: "1" }]).ok).toBe(false);
    expect(decodeProvisions([{ document: "mdo-special-terms" }]).ok).toBe(true);
  });
  it("an empty list of provisions is rejected with a message that says at least one is needed", () => {
    const r = decodeProvisions([]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.message).join(" ")).toMatch(/at least one provision/);
      expect(r.issues.map((i) => i.message).join(" ")).not.toMatch(/Missing key/);
    }
  });
});
