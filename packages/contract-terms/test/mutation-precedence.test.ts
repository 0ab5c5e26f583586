// Tests that kill surviving mutants of src/precedence.ts (issue #17, docs/quality.md): the ranking
// of MDO-MS §3.1 and MDO-BV 13.3 (the earlier-named document prevails) and what each step names.
import type { Citation, Explained, Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { resolveConflict } from "../src/precedence.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";

const only = (e: Explained<unknown>): Step => {
  expect(e.because).toHaveLength(1);
  return e.because[0]!;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);

describe("resolving a conflict by the ranking (MDO-MS §3.1, MDO-BV 13.3)", () => {
  it("no provisions resolve nothing: an unknown-document result naming no document", () => {
    const r = resolveConflict([], mdo2025);
    expect(r.value).toEqual({ _tag: "UnknownDocument", documents: [] });
    expect(only(r).inputs).toEqual({ documents: [] });
  });
  it("an unknown document named twice is reported once, in the value and the step, citing the ranking", () => {
    const r = resolveConflict(
      [{ document: "email-from-sales" }, { document: "mdo-special-terms" }, { document: "email-from-sales" }],
      mdo2025,
    );
    expect(r.value).toEqual({ _tag: "UnknownDocument", documents: ["email-from-sales"] });
    const s = only(r);
    expect(s.rule).toBe("unknown-document");
    expect(s.inputs).toEqual({ documents: ["email-from-sales"] });
    expect(articles(s.citations)).toEqual(["MDO-MS 3.1", "MDO-BV 13.3"]);
  });
  it("the special terms (rank 2) beat the connection agreement (rank 4): the step lists each provision's rank and names the winning clause", () => {
    const r = resolveConflict(
      [
        { document: "connection-agreement", clause: "8.2" },
        { document: "mdo-special-terms", clause: "13.1" },
      ],
      mdo2025,
    );
    expect(r.value).toEqual({
      _tag: "Winner",
      provision: { document: "mdo-special-terms", clause: "13.1" },
      rank: 2,
    });
    const s = only(r);
    expect(s.inputs).toEqual({
      provisions: [
        { document: "connection-agreement", rank: 4 },
        { document: "mdo-special-terms", rank: 2 },
      ],
    });
    expect(s.output).toBe("mdo-special-terms");
    expect(s.en).toContain("mdo-special-terms 13.1 (rank 2");
    expect(s.en).toContain(mdo2025.precedence.ranks[1]!.en);
  });
  it("a document without a clause is named by the document alone", () => {
    const s = only(
      resolveConflict([{ document: "mdo-annex-2-sla" }, { document: "connection-agreement" }], mdo2025),
    );
    expect(s.en).toContain("mdo-annex-2-sla (rank 3");
  });
  it("Annex 1 and Annex 2 share rank 3: a tie whose step lists both with their rank (MDO-BV 13.3 (3))", () => {
    const r = resolveConflict(
      [{ document: "mdo-annex-1-processing", clause: "2" }, { document: "mdo-annex-2-sla" }],
      mdo2025,
    );
    expect(r.value).toMatchObject({ _tag: "Tie", rank: 3 });
    const s = only(r);
    expect(s.rule).toBe("precedence-tie");
    expect(s.inputs).toEqual({
      provisions: [
        { document: "mdo-annex-1-processing", rank: 3 },
        { document: "mdo-annex-2-sla", rank: 3 },
      ],
    });
    expect(s.en).toContain("mdo-annex-1-processing 2 and mdo-annex-2-sla share rank 3");
  });
});
