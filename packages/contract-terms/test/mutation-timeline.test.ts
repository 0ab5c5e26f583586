// Tests that kill surviving mutants of src/timeline.ts (issue #17, docs/quality.md): the range
// `[from, to]` is inclusive at both ends, for events and for the terms listed, and each term end
// cites the clause of its own term (MDO-BV 10.2: the funded term until 31 Dec 2026, then renewal
// per calendar year).
import { date } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { mdoContract } from "../src/presets/mdo-2025.js";
import { timeline } from "../src/timeline.js";

const c = mdoContract({ signedOn: date("2026-03-01") });
const at = (from: string, to = from) => timeline({ contract: c, from: date(from), to: date(to) });

describe("the range of a timeline is inclusive", () => {
  it("a range of the start day alone shows the contract start; a range after it does not", () => {
    expect(at("2026-03-01").events.map((e) => e.kind)).toContain("contract-start");
    expect(at("2026-03-02", "2026-06-30").events.map((e) => e.kind)).not.toContain("contract-start");
  });
  it("a contract without start citations: the start event cites nothing", () => {
    const { startCitations: _, ...bare } = c;
    const e = timeline({ contract: bare, from: date("2026-03-01"), to: date("2026-03-01") }).events[0];
    expect(e?.kind).toBe("contract-start");
    expect(e?.citations).toEqual([]);
  });
  it("a range of 31 Dec 2026 alone lists the funded term and its end, citing the funded term's clause (MDO-BV 10.2)", () => {
    const t = at("2026-12-31");
    expect(t.terms.map((x) => [x.start, x.end])).toEqual([["2026-03-01", "2026-12-31"]]);
    const end = t.events.find((e) => e.kind === "term-end");
    expect(end?.date).toBe("2026-12-31");
    expect(end?.citations).toEqual(c.duration.initialTerm.citations);
  });
  it("a range of 1 Jan 2027 alone lists only the first renewal term", () => {
    const t = at("2027-01-01");
    expect(t.terms.map((x) => [x.start, x.end])).toEqual([["2027-01-01", "2027-12-31"]]);
    expect(t.events.map((e) => e.kind)).toEqual(["renewal"]);
  });
  it("the end of a renewal term cites the renewal clause (MDO-BV 10.2)", () => {
    const end = at("2027-12-31").events.find((e) => e.kind === "term-end");
    expect(end?.citations).toEqual(c.duration.renewal.citations);
  });
});
