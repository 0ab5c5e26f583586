// Resource bounds (issue #17, docs/guide/limits.md): every list a consent decoder reads has a
// maximum length, checked before any item is decoded, so a hostile list is refused with one
// `too-many` issue (naming the limit, the actual size in `actual`) instead of being decoded item
// by item; every free-text string has a maximum length checked before its pattern. Outcomes
// only: the timings are in tools/bench/resource-bounds.mjs.
import { type DecodeIssue, instant } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import {
  type BoundCase,
  type BoundedResult,
  itChecksListBounds,
  junk,
} from "../../../tools/testkit/limits.js";
import {
  ConsentEvent,
  type ConsentRules,
  decodeConsentRules,
  decodeEvent,
  decodeEventLog,
  decodeFhirConsent,
  decodeMitzClosedQuestion,
  decodeMitzNotification,
  decodeXacmlAttributes,
  encodeFhirConsent,
  MAX_LOG_EVENTS,
  mitzInterop,
  mitzRules,
  xacmlAttributes,
} from "../src/index.js";
import { exampleClosedQuestion } from "./fixtures/mitz/xml.js";
import {
  categories,
  emergency,
  GPS,
  gpActor,
  hospitalX,
  org,
  patient,
  recorded,
  request,
  subscribed,
} from "./fixtures.js";

const json = <A>(a: A): A => JSON.parse(JSON.stringify(a));
const PATIENT = "111222333";

/** Events as JSON (what a service stores), encoded from the test fixtures. */
const encodeEvent = Schema.encodeSync(ConsentEvent);
const at = "2026-03-01T10:00:00+01:00";
const choiceJson = encodeEvent(
  recorded(at, "c1", {
    custodian: org(hospitalX),
    dataCategory: "GGC002",
    requesters: categories(GPS),
    decision: "permit",
  }),
);
const emergencyJson = encodeEvent(
  emergency(at, "c2", gpActor, undefined, { basis: "legal-basis", legalBasis: "WGBO art. 7:457 lid 3" }),
);
const subscribedJson = encodeEvent(subscribed(at));

/** A valid FHIR Consent as the encoder writes it. */
const consent = json(
  encodeFhirConsent(
    {
      id: "c-1",
      custodian: org(hospitalX),
      dataCategory: "GGC012",
      requesters: categories(GPS),
      decision: "permit",
      from: instant(at),
    },
    patient,
  ),
) as unknown as Record<string, unknown> & {
  category: Array<unknown>;
  extension: Array<unknown>;
  provision: Record<string, unknown> & {
    actor: Array<{ role: { coding: Array<unknown> } }>;
    purpose: Array<unknown>;
  };
};
const withProvision = (patch: Record<string, unknown>) => ({
  ...consent,
  provision: { ...consent.provision, ...patch },
});
const otherCoding = { system: "urn:example:other", code: "x" };

const consentRequest = request("2026-12-01T10:00:00+01:00", { dataCategory: "GGC012" });
/** `n` attributes no decoder knows (XACML: ignored). */
const unknownAttributes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    category: "urn:example",
    attributeId: `urn:example:unknown-${i}`,
    dataType: "http://www.w3.org/2001/XMLSchema#string",
    value: "x",
  }));

/** A rulebook (as JSON) with `n` requester categories and `m` data categories (a root and its children). */
function rulesWith(n: number, m: number): ConsentRules {
  const base = json(mitzRules);
  const entry = (code: string) => ({ code, en: code, nl: code, citations: [] });
  return {
    ...base,
    codeLists: {
      version: "test",
      requesterCategories: Array.from({ length: n }, (_, i) => entry(`R${i}`)),
      dataCategories: [
        entry("root"),
        ...Array.from({ length: m - 1 }, (_, i) => ({ ...entry(`D${i}`), parent: "root" })),
      ],
    },
  } as ConsentRules;
}

/** `mitzRules` as JSON with one of its code lists replaced. */
const mitzRulesWith = (list: "requesterCategories" | "dataCategories", entries: ReadonlyArray<unknown>) => ({
  ...json(mitzRules),
  codeLists: { ...json(mitzRules.codeLists), [list]: entries },
});

const issuesOf = (r: BoundedResult): ReadonlyArray<DecodeIssue> => (r.ok ? [] : (r.issues ?? []));

/** The one too-many issue of a list refused by its length: the limit in the message, the size in `actual`. */
function expectRefusedList(r: BoundedResult, path: string, max: number): void {
  expect(r.ok).toBe(false);
  const mine = issuesOf(r).filter((i) => i.path.startsWith(path));
  expect(mine).toEqual([expect.objectContaining({ path, code: "too-many" })]);
  expect(mine[0]?.message).toContain(String(max));
  expect(mine[0]?.actual).toBe(`array of ${max + 1}`);
  expect(JSON.stringify(r)).not.toContain(PATIENT);
}

describe("every list a consent decoder reads is refused by its length, before its items (issue #17)", () => {
  const cases: ReadonlyArray<BoundCase> = [
    ["decodeEventLog", MAX_LOG_EVENTS, (n) => decodeEventLog(junk(n), mitzRules), "$"],
    [
      "decodeEvent (a choice's requester categories)",
      1000,
      (n) => decodeEvent({ ...choiceJson, requesters: { _tag: "Categories", codes: junk(n) } }, mitzRules),
      "$.requesters.codes",
    ],
    ...(["requesterCategories", "dataCategories"] as const).map(
      (list): BoundCase => [
        `decodeConsentRules (${list})`,
        1000,
        (n) => decodeConsentRules(mitzRulesWith(list, junk(n))),
        `$.codeLists.${list}`,
      ],
    ),
    [
      "decodeFhirConsent (category)",
      100,
      (n) => decodeFhirConsent({ ...consent, category: junk(n) }, mitzRules),
      "$.category",
    ],
    [
      "decodeFhirConsent (a category's codings)",
      100,
      (n) => decodeFhirConsent({ ...consent, category: [{ coding: junk(n) }] }, mitzRules),
      "$.category[0].coding",
    ],
    [
      "decodeFhirConsent (extension)",
      100,
      (n) => decodeFhirConsent({ ...consent, extension: junk(n) }, mitzRules),
      "$.extension",
    ],
    [
      "decodeFhirConsent (provision.actor)",
      100,
      (n) => decodeFhirConsent(withProvision({ actor: junk(n) }), mitzRules),
      "$.provision.actor",
    ],
    [
      "decodeFhirConsent (an actor's role codings)",
      100,
      (n) =>
        decodeFhirConsent(
          withProvision({ actor: [{ ...consent.provision.actor[0], role: { coding: junk(n) } }] }),
          mitzRules,
        ),
      "$.provision.actor[0].role.coding",
    ],
    [
      "decodeFhirConsent (provision.purpose)",
      100,
      (n) => decodeFhirConsent(withProvision({ purpose: junk(n) }), mitzRules),
      "$.provision.purpose",
    ],
    ["decodeXacmlAttributes", 100, (n) => decodeXacmlAttributes(junk(n), mitzRules), "$"],
    [
      "decodeMitzNotification (entries)",
      1000,
      (n) =>
        decodeMitzNotification({ resourceType: "Bundle", type: "transaction", entry: junk(n) }, mitzInterop),
      "$.entry",
    ],
  ];
  itChecksListBounds(cases);

  it.each(cases)(
    "%s: the refusal names the limit (%d) and the list's size, and shows no BSN",
    (_, max, call, path) => {
      expectRefusedList(call(max + 1), path, max);
    },
  );

  it("a list of a million items is refused by its length alone (one issue, not a million)", () => {
    const million = junk(1_000_000);
    for (const r of [
      decodeFhirConsent({ ...consent, category: million }, mitzRules),
      decodeFhirConsent(withProvision({ actor: million }), mitzRules),
      decodeConsentRules(mitzRulesWith("dataCategories", million)),
      decodeEvent({ ...choiceJson, requesters: { _tag: "Categories", codes: million } }, mitzRules),
      decodeXacmlAttributes(million, mitzRules),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.totalIssues).toBe(1);
        expect(r.issues[0]).toMatchObject({ code: "too-many", actual: "array of 1000000" });
      }
    }
  });
});

describe("a list at its limit is accepted (valid items)", () => {
  it("a rulebook of 1000 requester categories and 1000 data categories decodes; 1001 of either is refused", () => {
    const r = decodeConsentRules(rulesWith(1000, 1000));
    expect(r.ok).toBe(true);
    expectRefusedList(decodeConsentRules(rulesWith(1001, 2)), "$.codeLists.requesterCategories", 1000);
    expectRefusedList(decodeConsentRules(rulesWith(2, 1001)), "$.codeLists.dataCategories", 1000);
  });

  it("a choice naming 1000 requester categories decodes under a rulebook that has them; 1001 are refused", () => {
    const rules = rulesWith(1001, 2);
    // the rulebook itself is over its bound; a typed rulebook is not checked, so it can test the event's
    const codes = (n: number) => Array.from({ length: n }, (_, i) => `R${i}`);
    const event = (n: number) => ({
      ...choiceJson,
      dataCategory: "root",
      requesters: { _tag: "Categories", codes: codes(n) },
    });
    expect(decodeEvent(event(1000), rules).ok).toBe(true);
    expectRefusedList(decodeEvent(event(1001), rules), "$.requesters.codes", 1000);
  });

  it("a FHIR Consent with 100 categories, codings, extensions, role codings and purposes decodes; 101 are refused", () => {
    const others = (n: number) => new Array(n).fill({ coding: [otherCoding] });
    const otherExtensions = (n: number) =>
      new Array(n).fill({ url: "urn:example:extension", valueString: "x" });
    const actor = consent.provision.actor[0] as { role: { coding: Array<unknown> } };
    const cases: ReadonlyArray<[string, (n: number) => unknown]> = [
      ["$.category", (n) => ({ ...consent, category: [consent.category[0], ...others(n - 1)] })],
      [
        "$.category[0].coding",
        (n) => ({
          ...consent,
          category: [
            {
              coding: [
                ...(consent.category[0] as { coding: Array<unknown> }).coding,
                ...new Array(n - 1).fill(otherCoding),
              ],
            },
          ],
        }),
      ],
      ["$.extension", (n) => ({ ...consent, extension: [...consent.extension, ...otherExtensions(n - 1)] })],
      [
        "$.provision.actor[0].role.coding",
        (n) =>
          withProvision({
            actor: [
              { ...actor, role: { coding: [...actor.role.coding, ...new Array(n - 1).fill(otherCoding)] } },
            ],
          }),
      ],
      [
        "$.provision.purpose",
        (n) =>
          withProvision({ purpose: [...consent.provision.purpose, ...new Array(n - 1).fill(otherCoding)] }),
      ],
    ];
    for (const [path, make] of cases) {
      expect([path, decodeFhirConsent(make(100), mitzRules).ok]).toEqual([path, true]);
      expectRefusedList(decodeFhirConsent(make(101), mitzRules), path, 100);
    }
  });

  it("100 XACML attributes decode (the request's and unknown ones, which XACML ignores); 101 are refused", () => {
    const own = xacmlAttributes(consentRequest);
    expect(decodeXacmlAttributes([...own, ...unknownAttributes(100 - own.length)], mitzRules).ok).toBe(true);
    expectRefusedList(
      decodeXacmlAttributes([...own, ...unknownAttributes(101 - own.length)], mitzRules),
      "$",
      100,
    );
  });

  it("a Mitz closed question of 100 attributes decodes; 101 are refused", () => {
    const own = exampleClosedQuestion();
    expect(decodeMitzClosedQuestion([...own, ...unknownAttributes(100 - own.length)], mitzInterop).ok).toBe(
      true,
    );
    expectRefusedList(
      decodeMitzClosedQuestion([...own, ...unknownAttributes(101 - own.length)], mitzInterop),
      "$",
      100,
    );
  });
});

/** How many objects and arrays a JSON value holds (itself included). */
function elements(u: unknown): number {
  if (typeof u !== "object" || u === null) return 0;
  return 1 + Object.values(u).reduce((n: number, v) => n + elements(v), 0);
}

describe("a FHIR Consent holds at most 10 000 elements (objects and arrays), counted before the walk for modifier extensions", () => {
  const padded = (total: number) => {
    const own = elements(consent) + 2; // + the `text` object and its `div` array
    return { ...consent, text: { div: Array.from({ length: total - own }, () => ({})) } };
  };

  it("a Consent of exactly 10 000 elements decodes (unused elements are ignored, FHIR)", () => {
    expect(elements(padded(10_000))).toBe(10_000);
    expect(decodeFhirConsent(padded(10_000), mitzRules).ok).toBe(true);
  });

  it("one element more is refused with one too-many issue naming the limit, whatever is nested or repeated", () => {
    const r = decodeFhirConsent(padded(10_001), mitzRules);
    expect(r.ok).toBe(false);
    expect(issuesOf(r)).toEqual([expect.objectContaining({ path: "$", code: "too-many" })]);
    expect(issuesOf(r)[0]?.message).toContain("10000");
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { text: deep };
    const nested = decodeFhirConsent({ ...consent, text: deep }, mitzRules);
    expect(issuesOf(nested).map((i) => i.code)).toEqual(["too-many"]);
  });

  it("the same object many times, or a cycle, is counted once and ends", () => {
    const shared = { a: 1 };
    expect(
      decodeFhirConsent({ ...consent, text: { div: new Array(1_000_000).fill(shared) } }, mitzRules).ok,
    ).toBe(true);
    const cyclic: Record<string, unknown> = { ...consent };
    cyclic.text = cyclic;
    expect(decodeFhirConsent(cyclic, mitzRules).ok).toBe(true);
  });
});

describe("every free-text string of an event has a maximum length, checked before its pattern", () => {
  it("an e-mail address of 254 characters decodes, one of 255 is refused as too-long", () => {
    const email = (n: number) => `p@${"e".repeat(n - 6)}.org`;
    expect(email(254)).toHaveLength(254);
    expect(decodeEvent({ ...subscribedJson, email: email(254) }, mitzRules).ok).toBe(true);
    const r = decodeEvent({ ...subscribedJson, email: email(255) }, mitzRules);
    expect(issuesOf(r)).toEqual([expect.objectContaining({ path: "$.email", code: "too-long" })]);
    expect(issuesOf(r)[0]?.message).toContain("254");
  });

  it("an e-mail address built to make the pattern backtrack is refused by its length, before the pattern", () => {
    // 20 001 characters: the pattern takes time quadratic in the length on it (10⁷ would not end)
    const hostile = `a@${"a.".repeat(10_000)} `;
    const r = decodeEvent({ ...subscribedJson, email: hostile }, mitzRules);
    expect(issuesOf(r).map((i) => [i.path, i.code])).toEqual([["$.email", "too-long"]]);
  });

  it("a legal basis of 1000 characters decodes, one of 1001 is refused as too-long", () => {
    expect(decodeEvent({ ...emergencyJson, legalBasis: "x".repeat(1000) }, mitzRules).ok).toBe(true);
    const r = decodeEvent({ ...emergencyJson, legalBasis: "x".repeat(1001) }, mitzRules);
    expect(issuesOf(r)).toEqual([expect.objectContaining({ path: "$.legalBasis", code: "too-long" })]);
    expect(decodeEvent({ ...emergencyJson, legalBasis: " ".repeat(10_000_000) }, mitzRules).ok).toBe(false);
  });
});
