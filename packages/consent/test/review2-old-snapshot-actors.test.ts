// Review of f876818: ActorTable.indexOf refuses a provider the Actor schema refuses, and
// loadConsentStore rebuilds the snapshot's actor table through indexOf. Before f876818 the packed
// path interned any provider of three strings (a cast role, URA or UZI), so a snapshot written by
// that code can hold one; it was then refused as corrupted ("actors") although its checksums
// match. It is refused as written by an earlier version, saying to rebuild from the event logs
// (changeset consent-put-refuses-cast.md).
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  createConsentStore,
  foldProfile,
  loadConsentStore,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import { created, hospitalX, org, recorded } from "./fixtures.js";
import { concat } from "./snapshot-bytes.js";

describe("a snapshot written before f876818 with a provider actor the schema refuses", () => {
  it("is refused as snapshot-version with a reason other than a checksum mismatch", () => {
    const store = createConsentStore(mitzRules);
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T10:00:00+01:00", "c1", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    expect(store.put(profile)).toBe(true);
    // What the old packed path did for a cast provider (role "" fails the Actor schema): intern it.
    const { actors } = consentStoreParts(store);
    const cast = { _tag: "Provider", ura: "00003333", uzi: "000000011", role: "" } as const;
    actors.providers.set(
      `${cast.ura}\u0000${cast.uzi}\u0000${cast.role}`,
      actors.actors.push(cast as never) - 1,
    );
    const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
    expect(loaded.ok).toBe(false);
    const text = JSON.stringify(loaded);
    expect(text).not.toMatch(/checksum|corrupted/);
    expect(text).toMatch(/"snapshot-version".*rebuild the store from the event logs/);
  });
});
