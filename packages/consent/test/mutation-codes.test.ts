// Tests that kill surviving mutants of src/codes.ts (issue #17, docs/quality.md): the data
// categories a patient chooses per provider (MITZ §2c) form one tree with a single root "all
// data" (spec consent §1), so a code list with a repeated code, no or two roots, an unknown parent
// or a cycle is refused with its reason, and `indexCodeLists` throws for it; a choice for a
// category covers its descendants, unknown codes cover nothing. Each test builds its own code
// lists (the index is cached per code-lists object) and computes its result inside its `it`.
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type CodeLists,
  codeListsProblem,
  covers,
  indexCodeLists,
  MEDICATION,
  mitzCodeLists2026,
  mitzRules,
  RESULTS,
  TREATMENT_DATA,
} from "../src/index.js";

const entry = (code: string, parent?: string) => ({ code, en: code, nl: code, citations: [], parent });
const lists = (
  dataCategories: CodeLists["dataCategories"],
  requesterCategories: CodeLists["requesterCategories"] = mitzCodeLists2026.requesterCategories,
): CodeLists => ({ version: "test", requesterCategories, dataCategories });
const tree = [entry("all"), entry("treat", "all"), entry("med", "treat")];

describe("codeListsProblem: the data categories are one tree, the requester categories listed once (MITZ §2c, spec consent §1)", () => {
  it("a data category listed twice is refused with its code", () => {
    expect(codeListsProblem(lists([...tree, entry("med", "all")]))).toBe("data category med is listed twice");
  });
  it("two roots are refused, counting both", () => {
    expect(codeListsProblem(lists([...tree, entry("other")]))).toBe(
      "the data categories need exactly one root, found 2",
    );
  });
  it("a parent that is not in the list is refused", () => {
    expect(codeListsProblem(lists([...tree, entry("lab", "results")]))).toBe(
      "data category lab has unknown parent results",
    );
  });
  it("two categories that are each other's parent are refused as a cycle, beside a valid root", () => {
    expect(codeListsProblem(lists([...tree, entry("a", "b"), entry("b", "a")]))).toBe(
      "data category a is in a cycle",
    );
  });
  it("a requester category listed twice is refused with its code", () => {
    const gp = mitzCodeLists2026.requesterCategories[0];
    if (gp === undefined) throw new Error("no requester categories");
    expect(codeListsProblem(lists(tree, [...mitzCodeLists2026.requesterCategories, gp]))).toBe(
      `requester category ${gp.code} is listed twice`,
    );
  });
  it("a valid tree of depth 2 and the Mitz code lists have no problem", () => {
    expect([codeListsProblem(lists(tree)), codeListsProblem(mitzCodeLists2026)]).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe("indexCodeLists: the compiled look-ups of the code lists", () => {
  it("throws a RangeError naming the version and the problem for unusable code lists", () => {
    expect(() => indexCodeLists(lists([...tree, entry("other")]))).toThrow(
      new RangeError("Unusable code lists test: the data categories need exactly one root, found 2"),
    );
  });
  it("the Mitz data categories are two levels deep: all data > treatment data > results, medication", () => {
    const index = indexCodeLists({ ...mitzCodeLists2026 });
    expect([index.maxDepth, index.depth]).toEqual([2, [0, 1, 2, 2]]);
  });
  it("31 categories get an ancestor bit mask (itself and its ancestors), 32 do not", () => {
    const chain = (n: number) =>
      lists(Array.from({ length: n }, (_, i) => entry(`c${i}`, i === 0 ? undefined : `c${i - 1}`)));
    const mask31 = indexCodeLists(chain(31)).ancestorMask;
    expect([mask31?.length, mask31?.[0], mask31?.[2], mask31?.[30]]).toEqual([31, 1, 0b111, 0x7fffffff]);
    expect(indexCodeLists(chain(32)).ancestorMask).toBeUndefined();
  });
});

describe("covers: a choice for a category covers its descendants, unknown codes nothing (spec consent §1)", () => {
  it("all data covers medication, treatment data covers results, medication covers itself", () => {
    expect([
      covers(ALL_DATA, MEDICATION, mitzRules),
      covers(TREATMENT_DATA, RESULTS, mitzRules),
      covers(MEDICATION, MEDICATION, mitzRules),
    ]).toEqual([true, true, true]);
  });
  it("medication does not cover treatment data nor results", () => {
    expect([covers(MEDICATION, TREATMENT_DATA, mitzRules), covers(MEDICATION, RESULTS, mitzRules)]).toEqual([
      false,
      false,
    ]);
  });
  it("an unknown choice category, an unknown requested category, or both, cover nothing", () => {
    expect([
      covers("GGC999", MEDICATION, mitzRules),
      covers(ALL_DATA, "GGC999", mitzRules),
      covers("GGC998", "GGC999", mitzRules),
    ]).toEqual([false, false, false]);
  });
});
