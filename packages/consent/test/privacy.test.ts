import { inspect } from "node:util";
import { date, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  auditRecord,
  createProfileStore,
  decide,
  decodeFhirConsent,
  decodeRequest,
  decodeXacmlAttributes,
  foldProfile,
  mitzRules,
  RESULTS,
  replay,
  retentionFacts,
  xacmlAttributes,
} from "../src/index.js";
import {
  compiled,
  confirmedByParent,
  created,
  emergency,
  gpActor,
  hospitalX,
  may,
  org,
  parent,
  patient,
  recorded,
  request,
  subscribed,
  withdrawn,
} from "./fixtures.js";

const profile = foldProfile(
  [
    created("2026-01-05T09:00:00+01:00"),
    recorded("2026-01-05T09:10:00+01:00", "x-permit", {
      custodian: org(hospitalX),
      dataCategory: ALL_DATA,
      decision: "permit",
    }),
  ],
  mitzRules,
);
const ask = request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS });

describe("a decision never carries the BSN unmasked (explanations and messages mask it)", () => {
  const store = createProfileStore(mitzRules);
  const handle = store.add(profile);
  const decisions = [
    ["decide", decide(ask, compiled(profile))],
    ["store.decide", store.decide(ask, handle)],
    ["decide, purpose denied", decide({ ...ask, purpose: "HPAYMT" }, compiled(profile))],
  ] as const;

  it.each(decisions)("%s: spreading, logging or serialising the decision shows no BSN", (_, d) => {
    expect(d.value).not.toBe("Indeterminate");
    const shown = [
      JSON.stringify({ ...d }),
      JSON.stringify(d),
      inspect(d, { depth: 6 }),
      inspect({ ...d }, { depth: 6 }),
      Object.values(d)
        .map((v) => inspect(v, { depth: 6 }))
        .join("\n"),
    ].join("\n");
    expect(shown).not.toContain(patient);
    expect(shown).not.toContain(String(Number(patient)));
  });
});

describe("where the BSN may appear unmasked: only in the fields documented for it", () => {
  const events = [
    created("2026-01-05T09:00:00+01:00", "2012-01-01"),
    subscribed("2026-01-05T09:05:00+01:00"),
    recorded("2026-01-05T09:10:00+01:00", "c1", {
      custodian: org(hospitalX),
      dataCategory: ALL_DATA,
      decision: "permit",
    }),
    confirmedByParent("2026-01-05T09:12:00+01:00", "c1"),
    recorded(
      "2026-01-05T09:11:00+01:00",
      "c2",
      { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" },
      gpActor,
    ),
    withdrawn("2026-01-06T09:10:00+01:00", "c1", parent),
    emergency("2026-01-07T09:10:00+01:00", "em"),
    confirmedByParent("2026-01-07T09:10:00+01:00", "unknown"),
  ];

  it("effects carry it only in `patient` (the adapter's key for the index and the subscription)", () => {
    const { profile, effects } = replay(events, mitzRules);
    expect(effects.length).toBeGreaterThan(5);
    for (const { effect } of effects) {
      expect(effect.patient).toBe(patient);
      const { patient: _, ...rest } = effect;
      expect(JSON.stringify(rest)).not.toContain(patient);
    }
    expect(profile.rejected.length).toBeGreaterThan(0);
    expect(JSON.stringify(profile.rejected)).not.toContain(patient);
  });

  it("explanations, mayRecord, retention facts and decoder errors never show it; the audit record does", () => {
    const { profile } = replay(events, mitzRules);
    const r = request("2026-01-07T10:00:00+01:00", { dataCategory: RESULTS });
    const d = decide(r, compiled(profile));
    const permission = may(parent, { birthDate: date("2012-01-01") }, r.at, { action: "withdraw" });
    const shown = [
      explainToText(d, "en"),
      explainToText(d, "nl"),
      JSON.stringify(d),
      JSON.stringify(permission),
      explainToText(permission, "nl"),
      JSON.stringify(retentionFacts(events, mitzRules)),
      JSON.stringify(decodeRequest({ ...r, at: "2026-01-07T10:00:00", patient: "111222334" }, mitzRules)),
      JSON.stringify(
        decodeFhirConsent(
          { resourceType: "Consent", patient: { identifier: { value: patient } } },
          mitzRules,
        ),
      ),
      JSON.stringify(decodeXacmlAttributes(xacmlAttributes({ ...r, dataCategory: "nope" }), mitzRules)),
    ].join("\n");
    expect(shown).not.toContain(patient);
    expect(shown).not.toContain("111222334");
    expect(auditRecord(r, d, mitzRules).patient).toBe(patient);
  });
});
