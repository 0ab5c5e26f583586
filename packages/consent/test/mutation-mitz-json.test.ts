// Tests that kill surviving mutants of src/mitz/json.ts (issue #17, docs/quality.md): reading
// untrusted FHIR JSON by hand in the Mitz adapters. A modifier extension anywhere in a Consent is
// refused (ADR 0010 §1), only keys of FHIR's element-name form are followed (so no input value, a
// BSN used as a key, reaches an issue path: ADR 0006 §4, spec consent §8 "BSNs masked"), null and
// unknown elements are ignored as FHIR says, decoding never throws (ADR 0006 §4), and the issues
// come in path order whatever the key order of the input. Every result is computed inside its `it`.
import { describe, expect, it } from "vitest";
import { decodeMitzNotification, mitzInterop } from "../src/index.js";
import { exampleNotificationBundle } from "./fixtures/mitz/xml.js";

// biome-ignore lint/suspicious/noExplicitAny: FHIR JSON edited by path in a test
type J = any;

/** The real example Bundle; entry[0] is a permit Consent for pharmacies. */
const example = (): J => exampleNotificationBundle();
const decode = (b: unknown) => decodeMitzNotification(b, mitzInterop);
const issuesOf = (b: unknown) => {
  const r = decode(b);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
};
const consentIds = (b: unknown) => {
  const r = decode(b);
  return r.ok ? r.value.consents.map((c) => c.choice.id) : r.issues.map((i) => [i.path, i.code]);
};
const EXAMPLE_IDS = ["27b7bc07-7a6a-4545-a813-0f0bba89b09c", "99d561ea-caaa-442f-88dc-e6d753d79c73"];
const MODIFIER = [{ url: "http://example.org/fhir/StructureDefinition/not-understood", valueBoolean: true }];

describe("unknown elements of a Consent are ignored, whatever they hold (FHIR; ADR 0010 §1)", () => {
  it("an unknown element that is null is ignored: the Bundle decodes, the decoder does not fail on it (FHIR; ADR 0006 §4)", () => {
    const b = example();
    b.entry[0].resource.zzNote = null;
    expect(consentIds(b)).toEqual(EXAMPLE_IDS);
  });

  it("an unknown element that is a list holding null is ignored (FHIR; ADR 0006 §4)", () => {
    const b = example();
    b.entry[0].resource.zzNotes = [null, "text", 7];
    expect(consentIds(b)).toEqual(EXAMPLE_IDS);
  });

  it("a key that is not a FHIR element name is not followed: a modifier extension under it is not read, and a BSN used as a key reaches no issue path (ADR 0006 §4)", () => {
    const b = example();
    b.entry[0].resource["900186021"] = { modifierExtension: MODIFIER };
    b.entry[0].resource["X-local"] = { modifierExtension: MODIFIER };
    expect(consentIds(b)).toEqual(EXAMPLE_IDS);
  });
});

describe("modifier extensions anywhere in a Consent are refused, in path order whatever the key order (ADR 0010 §1)", () => {
  /** Entry 0's Consent with modifier extensions on itself, its first extension, its provision and the provision's actor; keys in `order`. */
  const withModifiers = (order: "as-sent" | "reversed"): J => {
    const b = example();
    const c = b.entry[0].resource;
    c.modifierExtension = MODIFIER;
    c.extension[0].modifierExtension = MODIFIER;
    c.provision.modifierExtension = MODIFIER;
    c.provision.actor[0].modifierExtension = MODIFIER;
    if (order === "reversed") {
      const reverse = (o: J) => Object.fromEntries(Object.entries(o).reverse());
      c.provision = reverse(c.provision);
      b.entry[0].resource = reverse(c);
    }
    return b;
  };
  const at = (p: string) => [`$.entry[0].resource${p}`, "unknown-modifier"];
  const sorted = [
    at(".extension[0].modifierExtension"),
    at(".modifierExtension"),
    at(".provision.actor[0].modifierExtension"),
    at(".provision.modifierExtension"),
  ];

  it("the four modifier extensions are each refused, sorted by path (ADR 0010 §1)", () => {
    expect(issuesOf(withModifiers("as-sent"))).toEqual(sorted);
  });

  it("the same four issues in the same order when the Consent's keys come in reverse order (ADR 0010 §1)", () => {
    expect(issuesOf(withModifiers("reversed"))).toEqual(sorted);
  });
});

describe("a requesters extension read by hand: the issue describes the codings found (ADR 0006 §4 actual is the shape)", () => {
  it("a valueCodeableConcept without coding list is refused with actual 'empty array' (the shape of the codings found: none) (ADR 0006 §4)", () => {
    const b = example();
    b.entry[0].resource.extension[0].valueCodeableConcept = { text: "Apotheken" };
    const r = decode(b);
    const issue = r.ok ? undefined : r.issues.find((i) => i.path === "$.entry[0].resource.extension[0]");
    expect(issue?.code).toBe("invalid");
    expect(issue?.actual).toBe("empty array");
  });
});
