// Range audit: arbEventLog draws every log from 2026-01-01 (generatedLogStart, plus ≈ 7 days) and
// arbConsentRequest asks within 12 000 minutes of it, while the event decoder accepts instants up
// to 9999-12-30. The store packs `from` bounds in 32-bit seconds (b8ff536: a wrong permit after
// 2106-02-07) and instants as two 32-bit words; those were checked on hand-made examples only.
// Here whole generated logs and requests are moved (by whole days, birth dates too) to start
// around 2038-01-19, just before 2106-02-07T06:28:16Z (2^32 s), in 2150, 5000 and December 9999,
// and the store (slot, record and object paths, and a loaded snapshot) must answer as decide on
// the compiled profile and as the reference.
import { addDays, explainToText, fromEpochMillis } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import {
  type ConsentDecision,
  type ConsentEvent,
  type ConsentRequest,
  compileProfile,
  createConsentStore,
  decide,
  foldProfile,
  loadConsentStore,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { arbConsentRequest, arbEventLog, generatedLogStart } from "../src/testing.js";
import { referenceDecide } from "./reference/decide.js";
import { concat } from "./snapshot-bytes.js";

const DAY = 86_400_000;
const TWO_32_S = 2 ** 32 * 1000;
const starts: ReadonlyArray<[string, number]> = [
  ["2038-01-16", Date.UTC(2038, 0, 16)],
  ["2106-02-04 (the log crosses 2^32 s)", Math.floor((TWO_32_S - 3 * DAY) / DAY) * DAY],
  ["2150-03-01", Date.UTC(2150, 2, 1)],
  ["5000-06-01", Date.UTC(5000, 5, 1)],
  ["9999-12-01", Date.UTC(9999, 11, 1)],
];

function moveEvent(e: ConsentEvent, days: number): ConsentEvent {
  const ms = days * DAY;
  const out: Record<string, unknown> = { ...e, at: fromEpochMillis(e.at + ms) };
  if ("validUntil" in e && e.validUntil !== undefined) out.validUntil = fromEpochMillis(e.validUntil + ms);
  if ("birthDate" in e && e.birthDate !== undefined) out.birthDate = addDays(e.birthDate, days);
  return out as unknown as ConsentEvent;
}

const same = (fast: ConsentDecision, slow: ConsentDecision): void => {
  expect([fast.value, fast.reason]).toEqual([slow.value, slow.reason]);
  expect(fast.choice).toEqual(slow.choice);
  expect(explainToText(fast, "en")).toBe(explainToText(slow, "en"));
};

describe.each(starts)("range audit: logs moved to start %s (Mitz store vs decide)", (_name, start) => {
  const days = Math.round((start - generatedLogStart) / DAY);
  it("the store, a loaded snapshot of it, decide and the reference give the same answers", () => {
    let permits = 0;
    fc.assert(
      fc.property(
        fc.array(arbEventLog({ ages: { min: 8, max: 80 } }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), arbConsentRequest()), { minLength: 1, maxLength: 16 }),
        (logs, asks) => {
          const store = createConsentStore(mitzRules);
          const profiles = logs.map((events) =>
            foldProfile(
              events.map((e) => moveEvent(e, days)),
              mitzRules,
            ),
          );
          for (const p of profiles) store.put(p);
          const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
          expect(loaded.ok).toBe(true);
          for (const [k, r] of asks) {
            const profile = profiles[k % profiles.length]!;
            if (profile.patient === undefined) continue;
            const latest = profiles.findLast((p) => p.patient === profile.patient)!;
            const request: ConsentRequest = {
              ...r,
              patient: profile.patient,
              at: fromEpochMillis(r.at + days * DAY),
            };
            const slow = decide(request, compileProfile(latest, mitzRules));
            same(store.decide(request), slow);
            if (loaded.ok) same(loaded.value.decide(request), slow);
            expect(slow.value).toBe(referenceDecide(latest, request, {}).value);
            if (slow.value === "Permit") permits++;
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(permits).toBeGreaterThanOrEqual(scaledAtLeast(15));
  });
});
