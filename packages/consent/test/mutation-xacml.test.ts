// Tests that kill surviving mutants of src/xacml.ts (issue #17, docs/quality.md): decoding XACML
// request attributes (spec consent §3) never throws and names each bad attribute (ADR 0006: a
// decoder returns issues, never throws; an attribute given twice is refused rather than one value
// silently chosen); the treatment relationship (MITZ §2f) is read from "true"/"false" only, a
// missing one fails decoding instead of being taken as either. Every result inside its `it`.
import { describe, expect, it } from "vitest";
import { decodeXacmlAttributes, defaultXacmlAttributeIds, mitzRules, xacmlAttributes } from "../src/index.js";
import { RESULTS } from "../src/presets/mitz-codes-2026.js";
import { request } from "./fixtures.js";

const attrs = (treatmentRelationship = true) =>
  xacmlAttributes(request("2026-12-01T10:00:00+01:00", { dataCategory: RESULTS, treatmentRelationship }));
const issuesOf = (input: unknown) => {
  const r = decodeXacmlAttributes(input, mitzRules);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code, i.message, i.actual]);
};

describe("decodeXacmlAttributes names each bad attribute and never throws (ADR 0006, spec consent §3)", () => {
  it("a null among valid attributes is refused as wrong-type at its index", () => {
    expect(issuesOf([...attrs(), null])).toEqual([
      ["$[11]", "wrong-type", "Expected an attribute object", "null"],
    ]);
  });
  it("an attribute whose id is not a string is refused at its attributeId", () => {
    expect(issuesOf([{ attributeId: 7, value: "x" }, ...attrs()])).toEqual([
      ["$[0].attributeId", "wrong-type", "Expected a string", "number"],
    ]);
  });
  it("an attribute given twice is refused, even with the same value", () => {
    const all = attrs();
    expect(issuesOf([...all, all[0]])).toEqual([
      ["$[11].attributeId", "invalid", "Attribute given twice", "duplicate"],
    ]);
  });
});

describe("the treatment relationship of an XACML request (MITZ §2f)", () => {
  it('"false" decodes as no treatment relationship, "true" as one', () => {
    const no = decodeXacmlAttributes(attrs(false), mitzRules);
    const yes = decodeXacmlAttributes(attrs(true), mitzRules);
    expect([
      no.ok,
      no.ok && no.value.treatmentRelationship,
      yes.ok,
      yes.ok && yes.value.treatmentRelationship,
    ]).toEqual([true, false, true, true]);
  });
  it("a request without the treatment-relationship attribute fails decoding at treatmentRelationship", () => {
    const r = decodeXacmlAttributes(
      attrs().filter((a) => a.attributeId !== defaultXacmlAttributeIds.treatmentRelationship),
      mitzRules,
    );
    expect([r.ok, r.ok ? [] : r.issues.map((i) => i.path)]).toEqual([false, ["$.treatmentRelationship"]]);
  });
});
