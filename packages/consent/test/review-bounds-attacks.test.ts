// Review of the consent bounds and exact-URA commits (issue #17: fb6fe29 … 4409ebe): the attacks
// that did not find a defect, kept as regression tests. URAs at the edges of the packed keys
// (all zeros, 99999999, leading zeros, URAs whose Bloom bits collide), one organisation named in
// several choices, profiles mixing 8-digit and odd URAs (cast), answered by every path — the
// reference `decide`, scan / index / auto layouts, the profile store, the consent store, the
// consent store after a snapshot round trip — and the decoders' bounds at limit and limit + 1 in
// nested places, on real Mitz content; no BSN in their refusals.
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  compileProfile,
  createConsentStore,
  createProfileStore,
  decide,
  decodeEvent,
  decodeEventLog,
  decodeMitzNotification,
  decodeXacmlAttributes,
  foldProfile,
  loadConsentStore,
  mitzInterop,
  mitzRules,
  snapshotConsentStore,
  xacmlAttributes,
} from "../src/index.js";
import { arbConsentRequest, arbEventLog } from "../src/testing.js";
import { exampleNotificationBundle } from "./fixtures/mitz/xml.js";
import {
  categories,
  created,
  emergency,
  GPS,
  hospitalX,
  org,
  recorded,
  request,
  subscribed,
} from "./fixtures.js";
import { referenceDecide } from "./reference/decide.js";
import { concat } from "./snapshot-bytes.js";

/** URAs at the edges of the packed key: 0, the largest, leading zeros, 0 and 31 share a Bloom bit (k mod 31). */
const EDGE_URAS = ["00000000", "99999999", "00000031", "00000659", "10000000"] as const;
const POOL = ["00000001", "00000002", "00000003"];

/** An event log of the generator with its pool URAs replaced by edge URAs (as JSON, then decoded). */
const withEdgeUras = (events: ReadonlyArray<ConsentEvent>, map: ReadonlyArray<string>) => {
  const text = JSON.stringify(events.map((e) => Schema.encodeSync(ConsentEvent)(e))).replace(
    /"ura":"(0000000[123])"/g,
    (_, u: string) => `"ura":"${map[POOL.indexOf(u)]}"`,
  );
  const decoded = decodeEventLog(JSON.parse(text), mitzRules);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
  return decoded.value;
};

const snapshotRoundTrip = (store: ReturnType<typeof createConsentStore>) => {
  const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
};

/**
 * Every path's answer (value and deciding choice) to `request` over `profile`. A profile holding a
 * cast URA (`cast`) is refused by the consent store's `put` (a snapshot could not load it again),
 * so only the compiled layouts and the profile store answer for it.
 */
function answers(profile: ConsentProfile, requests: ReadonlyArray<ConsentRequest>, cast = false) {
  const layouts = (["auto", "scan", "index"] as const).map((layout) =>
    compileProfile(profile, mitzRules, { layout }),
  );
  const profileStore = createProfileStore(mitzRules);
  const handle = profileStore.add(profile);
  const store = createConsentStore(mitzRules);
  let stored = false;
  if (profile.patient !== undefined) {
    if (cast) expect(() => store.put(profile)).toThrow(TypeError);
    else stored = store.put(profile);
    expect(store.size).toBe(stored ? 1 : 0);
  }
  const loaded = stored ? snapshotRoundTrip(store) : undefined;
  return requests.map((request) => {
    const ref = referenceDecide(profile, request);
    const fast = [
      ...layouts.map((p) => decide(request, p)),
      profileStore.decide(request, handle),
      ...(stored ? [store.decide(request)] : []),
      ...(loaded === undefined ? [] : [loaded.decide(request)]),
      ...(stored && profile.patient !== undefined
        ? [decide(request, store.compiledOf(profile.patient) as never)]
        : []),
    ].map((d) => [d.value, d.choice?.id]);
    return { ref: [ref.value, ref.choice?.id], fast };
  });
}

const arbEdgeMap = fc.shuffledSubarray([...EDGE_URAS, ...POOL], { minLength: 3, maxLength: 3 });

describe("review: URAs at the edges of the packed key are answered like the reference by every path", () => {
  it("all zeros, 99999999, leading zeros and Bloom-colliding URAs, as custodian and requester, in every layout, both stores and a loaded snapshot", () => {
    fc.assert(
      fc.property(
        arbEventLog(),
        arbEdgeMap,
        fc.array(fc.tuple(arbConsentRequest({ includeNonTreatment: false }), fc.nat(), fc.nat(), fc.nat()), {
          minLength: 1,
          maxLength: 8,
        }),
        (events, map, asks) => {
          const log = withEdgeUras(events, map);
          const profile = foldProfile(log, mitzRules);
          const uras = [...EDGE_URAS, ...POOL];
          const requests = asks.map(([r, pick, cu, rq]) => {
            const c = profile.choices[pick % Math.max(1, profile.choices.length)];
            return {
              ...r,
              patient: profile.patient ?? r.patient,
              dataCategory: pick % 3 === 0 || c === undefined ? r.dataCategory : c.dataCategory,
              custodian: {
                ...r.custodian,
                ura: (c?.custodian._tag === "Organisation" && cu % 2 === 0
                  ? c.custodian.ura
                  : uras[cu % uras.length]) as never,
              },
              requester: {
                ...r.requester,
                ura: (c?.requesters._tag === "Organisation" && rq % 2 === 0
                  ? c.requesters.ura
                  : uras[rq % uras.length]) as never,
              },
            };
          });
          for (const { ref, fast } of answers(profile, requests))
            for (const f of fast) expect(f).toEqual(ref);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a profile mixing 8-digit and odd URAs (cast) answers every request like the reference; adding the odd choice changes no answer about the others", () => {
    const odd = ["0000000", "000000000", " 0000000", "0x000000", "1e000000", "-0000000", "", "00000000\n"];
    fc.assert(
      fc.property(
        arbEventLog(),
        arbEdgeMap,
        fc.constantFrom(...odd),
        fc.boolean(),
        fc.array(fc.tuple(arbConsentRequest({ includeNonTreatment: false }), fc.nat(), fc.nat()), {
          minLength: 1,
          maxLength: 6,
        }),
        (events, map, bad, asCustodian, asks) => {
          const base = foldProfile(withEdgeUras(events, map), mitzRules);
          const template = base.choices[0];
          if (template === undefined) return;
          // One more choice, naming the odd URA: a deny towards everyone, the most specific custodian.
          const oddChoice = {
            ...template,
            id: "odd",
            decision: "deny" as const,
            custodian: asCustodian
              ? { _tag: "Organisation" as const, ura: bad as never }
              : template.custodian,
            requesters: asCustodian
              ? ({ _tag: "AllRequesters" } as const)
              : { _tag: "Organisation" as const, ura: bad as never },
          };
          const mixed: ConsentProfile = { ...base, choices: [...base.choices, oddChoice] };
          const uras = [...EDGE_URAS, ...POOL, bad];
          const requests = asks.map(([r, cu, rq]) => ({
            ...r,
            patient: base.patient ?? r.patient,
            dataCategory: cu % 2 === 0 ? template.dataCategory : r.dataCategory,
            custodian: { ...r.custodian, ura: uras[cu % uras.length] as never },
            requester: { ...r.requester, ura: uras[rq % uras.length] as never },
          }));
          for (const { ref, fast } of answers(mixed, requests, true))
            for (const f of fast) expect(f).toEqual(ref);
          // The consent store refuses it at `put` (it stored it, and then its snapshot was refused
          // on loading — the URA is checked like a decoded one — so the next restart failed): the
          // store stays as it was, and its snapshot loads.
          const store = createConsentStore(mitzRules);
          if (base.patient !== undefined) store.put(base);
          const before = store.size;
          if (mixed.patient !== undefined) expect(() => store.put(mixed)).toThrow(TypeError);
          expect(store.size).toBe(before);
          const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
          expect(loaded.ok).toBe(true);
          if (loaded.ok && base.patient !== undefined)
            for (const r of requests.filter(
              (q) => /^\d{8}$/.test(q.custodian.ura) && /^\d{8}$/.test(q.requester.ura),
            ))
              expect(loaded.value.decide(r).value).toBe(referenceDecide(base, r).value);
          // Requests with 8-digit URAs never match the odd choice: mixed and base agree on them.
          const valid = requests.filter(
            (r) => /^\d{8}$/.test(r.custodian.ura) && /^\d{8}$/.test(r.requester.ura),
          );
          const a = answers(mixed, valid, true).map((x) => x.ref);
          const b = answers(base, valid).map((x) => x.ref);
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 50 },
    );
  });
});

/** Objects and arrays as the modifier-extension walk counts them (element-name keys, each once). */
function elements(u: unknown, seen = new Set<object>()): number {
  if (typeof u !== "object" || u === null || seen.has(u)) return 0;
  seen.add(u);
  let n = 1;
  if (Array.isArray(u)) for (const x of u) n += elements(x, seen);
  else
    for (const [k, v] of Object.entries(u))
      if (/^[a-z][A-Za-z]{0,63}$/.test(k) && k !== "modifierExtension") n += elements(v, seen);
  return n;
}

type Json = Record<string, unknown>;
const encode = Schema.encodeSync(ConsentEvent);
const BSN = "999998456";

describe("review: the decoders' bounds on real content, at the limit and one past it", () => {
  it("the real Mitz notification with one Consent padded to exactly 10 000 elements (meta.tag codings) decodes; 10 001 is refused at that Consent", () => {
    const bundle = exampleNotificationBundle() as Json & { entry: Array<Json & { resource: Json }> };
    expect(decodeMitzNotification(bundle, mitzInterop).ok).toBe(true);
    const at = bundle.entry.findIndex((e) => e.resource.resourceType === "Consent");
    const consent = bundle.entry[at]?.resource as Json & { meta: Json };
    const withTags = (total: number) => {
      const tags = total - elements(consent) - 1; // + the tag array itself (meta is there)
      const padded = {
        ...consent,
        meta: {
          ...consent.meta,
          tag: Array.from({ length: tags }, (_, k) => ({ system: "urn:example:tag", code: `t${k}` })),
        },
      };
      expect(elements(padded)).toBe(total);
      return { ...bundle, entry: bundle.entry.map((e, j) => (j === at ? { ...e, resource: padded } : e)) };
    };
    const atLimit = decodeMitzNotification(withTags(10_000), mitzInterop);
    expect(atLimit.ok && atLimit.value.consents.length).toBe(
      (() => {
        const r = decodeMitzNotification(bundle, mitzInterop);
        return r.ok && r.value.consents.length;
      })(),
    );
    const over = decodeMitzNotification(withTags(10_001), mitzInterop);
    expect(over.ok ? [] : over.issues.map((i) => [i.path, i.code])).toEqual([
      [`$.entry[${at}].resource`, "too-many"],
    ]);
  });

  it("a choice naming GPs 1000 times decodes, is kept by the store as an object, and its snapshot loads and permits; 1001 are refused", () => {
    const log = [
      created("2026-01-01T10:00:00+01:00"),
      recorded("2026-01-02T10:00:00+01:00", "c1", {
        custodian: org(hospitalX),
        dataCategory: "GGC002",
        requesters: categories(GPS),
        decision: "permit",
      }),
    ].map((e) => JSON.parse(JSON.stringify(encode(e))) as Json);
    const named = (n: number) => [
      log[0],
      { ...log[1], requesters: { _tag: "Categories", codes: Array(n).fill(GPS) } },
    ];
    const decoded = decodeEventLog(named(1000), mitzRules);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const store = createConsentStore(mitzRules);
    store.put(foldProfile(decoded.value, mitzRules));
    expect(store.stats().objectProfiles).toBe(1);
    const asked = request("2026-03-01T10:00:00+01:00", { dataCategory: "GGC012" });
    expect(snapshotRoundTrip(store).decide(asked).value).toBe("Permit");
    const refused = decodeEventLog(named(1001), mitzRules);
    expect(refused.ok ? [] : refused.issues.map((i) => [i.path, i.code])).toEqual([
      ["$[1].requesters.codes", "too-many"],
    ]);
  });

  it("no refusal of a bound repeats the value: a BSN in a too-long legal basis or e-mail, in 101 XACML attributes or 1001 codes is not in the result", () => {
    const em = encode(
      emergency("2026-03-01T10:00:00+01:00", "c2", undefined, undefined, {
        basis: "legal-basis",
        legalBasis: "x",
      }),
    );
    const sub = encode(subscribed("2026-03-01T10:00:00+01:00"));
    const choice = encode(
      recorded("2026-03-01T10:00:00+01:00", "c1", {
        custodian: org(hospitalX),
        dataCategory: "GGC002",
        decision: "permit",
      }),
    );
    const results = [
      decodeEvent({ ...em, legalBasis: `BSN ${BSN} `.repeat(100) }, mitzRules),
      decodeEvent({ ...sub, email: `${BSN}@${"e".repeat(300)}.nl` }, mitzRules),
      decodeEvent({ ...sub, email: `${BSN}@x` }, mitzRules),
      decodeEvent({ ...choice, requesters: { _tag: "Categories", codes: Array(1001).fill(BSN) } }, mitzRules),
      decodeEvent({ ...choice, requesters: { _tag: "Categories", codes: Array(1000).fill(BSN) } }, mitzRules),
      decodeXacmlAttributes(
        Array.from({ length: 101 }, () => ({ category: "x", attributeId: "y", dataType: "z", value: BSN })),
        mitzRules,
      ),
    ];
    for (const r of results) {
      expect(r.ok).toBe(false);
      expect(JSON.stringify(r)).not.toContain(BSN);
    }
  });

  it("a stored log with a legal basis of 1001 characters or an e-mail of 255 no longer replays (the bound is new: logs written before it must be migrated)", () => {
    const log = [
      created("2026-01-01T10:00:00+01:00"),
      emergency("2026-01-02T10:00:00+01:00", "c2", undefined, undefined, {
        basis: "legal-basis",
        legalBasis: "x",
      }),
      subscribed("2026-01-03T10:00:00+01:00"),
    ].map((e) => JSON.parse(JSON.stringify(encode(e))) as Json);
    const edited = (legalBasis: string, email: string) => [
      log[0],
      { ...log[1], legalBasis },
      { ...log[2], email },
    ];
    expect(decodeEventLog(edited("x".repeat(1000), `p@${"e".repeat(248)}.org`), mitzRules).ok).toBe(true);
    const r = decodeEventLog(edited("x".repeat(1001), `p@${"e".repeat(249)}.org`), mitzRules);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ["$[1].legalBasis", "too-long"],
      ["$[2].email", "too-long"],
    ]);
  });

  it("XACML: the attributes a request is built from plus unknown ones up to 100 decode; 101 are refused before any is read", () => {
    const r = request("2026-03-01T10:00:00+01:00", { dataCategory: "GGC012" });
    const known = xacmlAttributes(r);
    const unknown = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        category: "urn:x",
        attributeId: `urn:x:${i}`,
        dataType: "s",
        value: "v",
      }));
    expect(decodeXacmlAttributes([...known, ...unknown(100 - known.length)], mitzRules).ok).toBe(true);
    const over = decodeXacmlAttributes([...known, ...unknown(101 - known.length)], mitzRules);
    expect(over.ok ? [] : over.issues.map((i) => [i.path, i.code, i.actual])).toEqual([
      ["$", "too-many", "array of 101"],
    ]);
  });
});
