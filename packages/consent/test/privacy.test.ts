import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ALL_DATA, createProfileStore, decide, foldProfile, RESULTS } from "../src/index.js";
import { created, hospitalX, org, patient, recorded, request } from "./fixtures.js";

const profile = foldProfile([
  created("2026-01-05T09:00:00+01:00"),
  recorded("2026-01-05T09:10:00+01:00", "x-permit", {
    custodian: org(hospitalX),
    dataCategory: ALL_DATA,
    decision: "permit",
  }),
]);
const ask = request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS });

describe("a decision never carries the BSN unmasked (explanations and messages mask it)", () => {
  const store = createProfileStore();
  const handle = store.add(profile);
  const decisions = [
    ["decide", decide(profile, ask)],
    ["store.decide", store.decide(handle, ask)],
    ["decide, purpose denied", decide(profile, { ...ask, purpose: "HPAYMT" })],
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
