import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  compileProfile,
  createProfileStore,
  decide,
  foldProfile,
  mitzRules,
  RESULTS,
} from "../src/index.js";
import { compiled, created, GPS, hospitalX, org, recorded, request } from "./fixtures.js";

describe("the profile store answers exactly like decide(compileProfile(profile, mitzRules))", () => {
  it("a stored profile gives the same answer, deciding choice and explanation", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "x-deny", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    const store = createProfileStore(mitzRules);
    const handle = store.add(profile);
    const r = request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS });
    const a = store.decide(r, handle);
    const b = decide(r, compiled(compileProfile(profile, mitzRules)));
    expect([a.value, a.choice?.id, a.specificity]).toEqual([b.value, b.choice?.id, b.specificity]);
    expect(explainToText(a, "en")).toBe(explainToText(b, "en"));
    expect(store.compiledOf(handle).choices).toBe(profile.choices);
  });

  it("a profile too large for the packed layout is kept as a compiled object and still answers", () => {
    const events = [created("2026-01-05T09:00:00+01:00")];
    for (let i = 0; i < 40; i++) {
      const ura = String(10_000_000 + i) as typeof hospitalX;
      events.push(
        recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `c${i}`, {
          custodian: org(ura),
          dataCategory: ALL_DATA,
          decision: i % 2 === 0 ? "permit" : "deny",
        }),
      );
    }
    events.push(
      recorded("2026-01-05T11:00:00+01:00", "x", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "permit",
      }),
    );
    const profile = foldProfile(events, mitzRules);
    const store = createProfileStore(mitzRules);
    const handle = store.add(profile);
    expect(handle).toBeLessThan(0);
    const r = request("2026-02-01T10:00:00+01:00", {
      dataCategory: RESULTS,
      requester: { ura: hospitalX, category: GPS },
    });
    expect(store.decide(r, handle).value).toBe("Permit");
    expect(store.size).toBe(1);
  });
});
