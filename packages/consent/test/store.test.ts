import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { ALL_DATA, compile, createProfileStore, decide, foldProfile, RESULTS } from "../src/index.js";
import { created, GPS, hospitalX, org, recorded, request } from "./fixtures.js";

describe("the profile store answers exactly like decide(compile(profile))", () => {
  it("a stored profile gives the same answer, deciding choice and explanation", () => {
    const profile = foldProfile([
      created("2026-01-05T09:00:00+01:00"),
      recorded("2026-01-05T09:10:00+01:00", "x-deny", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
    ]);
    const store = createProfileStore();
    const handle = store.add(profile);
    const r = request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS });
    const a = store.decide(handle, r);
    const b = decide(compile(profile), r);
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
    const profile = foldProfile(events);
    const store = createProfileStore();
    const handle = store.add(profile);
    expect(handle).toBeLessThan(0);
    const r = request("2026-02-01T10:00:00+01:00", {
      dataCategory: RESULTS,
      requester: { ura: hospitalX, category: GPS },
    });
    expect(store.decide(handle, r).value).toBe("Permit");
    expect(store.size).toBe(1);
  });
});
