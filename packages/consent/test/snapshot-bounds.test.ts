// loadConsentStore reads bytes (a file): its sizes come from the file's header, so a header that
// declares more than the file holds must be refused before anything of that size is allocated,
// and a section that is well-formed JSON of the wrong shape must be refused, not thrown on
// (issue #17; "never throws for bad bytes"). The header's checksum is integrity, not
// authenticity: these headers carry a correct one.
import { describe, expect, it } from "vitest";
import {
  createConsentStore,
  foldProfile,
  loadConsentStore,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { categories, created, GPS, hospitalX, org, recorded } from "./fixtures.js";
import { concat, HEADER, rewritten } from "./snapshot-bytes.js";

const CAPACITY = HEADER.capacity;
const ACTORS_BYTES = HEADER.actorsBytes;
/** The snapshot's chunks with header words changed and the header's checksum written anew. */
const withHeader = (chunks: ReadonlyArray<Uint8Array>, patch: Record<number, number>) =>
  rewritten(chunks, patch);

/** ArrayBuffer memory (MB) that `run` leaves allocated (typed arrays are not collected in between). */
const arrayBufferGrowth = (run: () => unknown): number => {
  const before = process.memoryUsage().arrayBuffers;
  const result = run();
  const grown = (process.memoryUsage().arrayBuffers - before) / 2 ** 20;
  expect(result).toBeDefined();
  return grown;
};

/** A store of one patient with one choice (a GP may see the hospital's treatment data). */
const oneChoice = (requesters = categories(GPS)) => {
  const store = createConsentStore(mitzRules);
  store.put(
    foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "c1", {
          custodian: org(hospitalX),
          dataCategory: "GGC002",
          requesters,
          decision: "permit",
        }),
      ],
      mitzRules,
    ),
  );
  return store;
};

/** A file as a read callback, which notes the largest buffer the loader asks it to fill. */
const fileOf = (bytes: Uint8Array) => {
  let largest = 0;
  return {
    read: (into: Uint8Array, position: number) => {
      largest = Math.max(largest, into.length);
      const part = bytes.subarray(position, position + into.length);
      into.set(part);
      return part.length;
    },
    largestAsked: () => largest,
  };
};
const sample = () => snapshotConsentStore(oneChoice());

describe("loadConsentStore: sizes from the header are checked against the bytes before anything is allocated", () => {
  it("a 96-byte header declaring a BSN table of 2^26 slots (4 GB) is refused as cut short, without allocating the table", () => {
    const header = withHeader(sample(), { [CAPACITY]: 1 << 26 })[0] as Uint8Array;
    let code: string | undefined;
    const grown = arrayBufferGrowth(() => {
      const r = loadConsentStore(header, mitzRules);
      code = r.ok ? "loaded" : r.issues[0]?.code;
      return r;
    });
    expect(code).toBe("snapshot-truncated");
    expect(grown).toBeLessThan(64);
  });

  it("the same through a read callback (a file read at a position), for the BSN table and for a JSON section of 2 GB", () => {
    const chunks = sample();
    const actorsAt = chunks.slice(0, -2).reduce((n, c) => n + c.length, 0);
    for (const bytes of [
      withHeader(chunks, { [CAPACITY]: 1 << 26 })[0] as Uint8Array,
      concat(withHeader(chunks, { [ACTORS_BYTES]: 2 ** 31 - 4 })).subarray(0, actorsAt + 8),
    ]) {
      const file = fileOf(bytes);
      const r = loadConsentStore(file.read, mitzRules);
      expect(r.ok ? "loaded" : r.issues[0]?.code).toBe("snapshot-truncated");
      // the loader allocates what it asks the file to fill: never more than the file holds
      expect(file.largestAsked()).toBeLessThanOrEqual(bytes.length);
    }
  });

  it("whole snapshots still load, one kept as an object too (the check reads nothing past the end of a whole file)", () => {
    for (const store of [oneChoice(), oneChoice(categories(GPS, GPS))]) {
      const r = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
      expect(r.ok && r.value.size).toBe(1);
    }
  });
});

describe("loadConsentStore: a section of the wrong shape is refused, never thrown on", () => {
  it.each([
    ["a choice that is null", '[{"patient":"111222333","pendingCount":0,"choices":[null]}]'],
    ["a choice without its custodian", '[{"patient":"111222333","pendingCount":0,"choices":[{"id":"c1"}]}]'],
    ["a profile that is a number", "[7]"],
  ])("profiles kept as objects: %s", (_, json) => {
    const objects = new TextEncoder().encode(json.padEnd(Math.ceil(json.length / 4) * 4, " "));
    const patched = rewritten(sample(), {}, objects);
    let r: ReturnType<typeof loadConsentStore> | undefined;
    expect(() => {
      r = loadConsentStore(concat(patched), mitzRules);
    }).not.toThrow();
    expect(r?.ok ? "loaded" : r?.issues[0]?.code).toBe("snapshot-checksum");
  });
});
