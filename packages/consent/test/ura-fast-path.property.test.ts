// The compiled and store paths compare URAs as numbers (`Number(ura)` in `scan`, `uraValue` in the
// consent store), the reference `decide` compares strings. They agree only on URAs of exactly 8
// digits: `" 00000001"`, `"1e0"` or `"0x1"` are the number 1 like `"00000001"`. These tests pin
// that every public way into a decision (`decodeRequest`, `decodeXacmlAttributes`,
// `decodeMitzClosedQuestion` → `mitzConsentRequest`) admits only such URAs, and that on what they
// admit every fast path answers like the reference. A consent-store snapshot is bytes, though
// (`loadConsentStore(bytes)`, no cast): a URA in it reaches the compiled profile as it is written,
// so the fast paths must answer like the reference for every string, not only for 8 digits.
import { bsn, instant, uraNumber } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentProfile,
  compileProfile,
  createConsentStore,
  createProfileStore,
  decide,
  decodeMitzClosedQuestion,
  decodeRequest,
  decodeXacmlAttributes,
  emptyProfile,
  foldProfile,
  loadConsentStore,
  mitzConsentRequest,
  mitzInterop,
  mitzRules,
  snapshotConsentStore,
  xacmlAttributes,
} from "../src/index.js";
import { arbConsentRequest, arbEventLog, uraPool } from "../src/testing.js";
import { exampleClosedQuestion } from "./fixtures/mitz/xml.js";
import { categories, created, GPS, HOSPITALS, org, patient, recorded, request } from "./fixtures.js";
import { referenceDecide } from "./reference/decide.js";
import { withObjectsEdited } from "./snapshot-bytes.js";

const EIGHT_DIGITS = /^\d{8}$/;

/** Strings that `Number` reads as one of the pool's URAs but that are not that URA. */
const arbNearMissUra = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      " 00000001",
      "00000001 ",
      "\t00000002\n",
      "1e0",
      "2e0",
      "0x1",
      "0b11",
      "0o2",
      "+0000001",
      "1",
      "3.0",
      "000000001",
      "0000001",
      "1.",
      ".3e1",
    ),
    fc
      .tuple(fc.constantFrom(...uraPool), fc.constantFrom(" ", "\n", "\u00a0", "\ufeff"), fc.boolean())
      .map(([ura, space, before]) => (before ? `${space}${ura}` : `${ura}${space}`)),
  );

/** A request as JSON (what a service receives), its URAs replaced by `custodian` and `requester`. */
const requestJson = (r: ReturnType<typeof toJson>, custodian: string, requester: string) => ({
  ...r,
  custodian: { ...r.custodian, ura: custodian },
  requester: { ...r.requester, ura: requester },
});
const toJson = <A>(a: A) =>
  JSON.parse(JSON.stringify(a, (k, v) => (k === "at" ? new Date(v).toISOString() : v)));

describe("a URA the fast paths would read as another URA never gets past a decoder", () => {
  it("every near miss reads as a pool URA under Number (the case the reference and the fast paths would disagree on)", () => {
    fc.assert(
      fc.property(arbNearMissUra(), (s) => {
        expect(EIGHT_DIGITS.test(s)).toBe(false);
        expect(uraPool.map(Number)).toContain(Number(s));
      }),
      { numRuns: 200 },
    );
  });

  it("decodeRequest, decodeXacmlAttributes and the Mitz closed question refuse it, as custodian or as requester", () => {
    fc.assert(
      fc.property(arbConsentRequest(), arbNearMissUra(), fc.boolean(), (r, bad, asCustodian) => {
        const good = toJson(r);
        const json = asCustodian
          ? requestJson(good, bad, good.requester.ura)
          : requestJson(good, good.custodian.ura, bad);
        expect(decodeRequest(json, mitzRules).ok).toBe(false);
        const attributes = xacmlAttributes(r).map((a) =>
          a.value === (asCustodian ? r.custodian.ura : r.requester.ura) ? { ...a, value: bad } : a,
        );
        expect(decodeXacmlAttributes(attributes, mitzRules).ok).toBe(false);
        // The real example question (custodian 00000659, requester 00000666), one URA replaced.
        const example = exampleClosedQuestion();
        expect(decodeMitzClosedQuestion(example, mitzInterop).ok).toBe(true);
        const xml = example.map((a) => {
          const v = a.value as { extension?: string };
          return v.extension === (asCustodian ? "00000659" : "00000666")
            ? { ...a, value: { ...v, extension: bad } }
            : a;
        });
        expect(decodeMitzClosedQuestion(xml, mitzInterop).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("on decoded requests, every fast path answers like the reference decide", () => {
  it("scan, index, profile store and consent store agree with the reference for requests decoded from JSON (near-miss URAs refused)", () => {
    const profileStore = createProfileStore(mitzRules);
    fc.assert(
      fc.property(
        arbEventLog(),
        fc.array(
          fc.tuple(
            arbConsentRequest({ includeNonTreatment: false }),
            fc.option(arbNearMissUra(), { nil: undefined }),
            fc.option(arbNearMissUra(), { nil: undefined }),
            fc.nat(),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        (events, asks) => {
          const profile = foldProfile(events, mitzRules);
          const patient = events[0]?.patient ?? bsn("111222333");
          const compiled = [
            compileProfile(profile, mitzRules, { layout: "scan" }),
            compileProfile(profile, mitzRules, { layout: "index" }),
          ];
          const handle = profileStore.add(profile);
          const consentStore = createConsentStore(mitzRules);
          if (profile.patient !== undefined) consentStore.put(profile);
          for (const [r, badCustodian, badRequester, pick] of asks) {
            // Aim at a recorded choice's URAs half of the time, so that Permits and Denies occur.
            const c = profile.choices[pick % Math.max(1, profile.choices.length)];
            const custodian =
              badCustodian ?? (c?.custodian._tag === "Organisation" ? c.custodian.ura : r.custodian.ura);
            const requester =
              badRequester ?? (c?.requesters._tag === "Organisation" ? c.requesters.ura : r.requester.ura);
            const json = requestJson(
              toJson({ ...r, patient, dataCategory: c?.dataCategory ?? r.dataCategory }),
              custodian,
              requester,
            );
            const decoded = decodeRequest(json, mitzRules);
            expect(decoded.ok).toBe(EIGHT_DIGITS.test(custodian) && EIGHT_DIGITS.test(requester));
            if (!decoded.ok) continue;
            const request = decoded.value;
            const ref = referenceDecide(profile, request);
            for (const fast of [
              ...compiled.map((p) => decide(request, p)),
              profileStore.decide(request, handle),
              ...(profile.patient === undefined ? [] : [consentStore.decide(request)]),
            ]) {
              expect(fast.value).toBe(ref.value);
              expect(fast.choice?.id).toBe(ref.choice?.id);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a decoded request naming a recorded organisation custodian is answered from that choice by every path", () => {
    // A fixed case next to the property: the permit for 00000001 applies to "00000001" only.
    const at = instant("2026-03-01T10:00:00+01:00");
    const events = [
      created("2026-01-01T10:00:00+01:00"),
      recorded("2026-01-02T10:00:00+01:00", "c1", {
        custodian: org(uraNumber("00000001")),
        dataCategory: "GGC002",
        decision: "permit",
      }),
    ];
    const profile = foldProfile(events, mitzRules);
    const base = {
      patient: "111222333",
      custodian: { ura: "00000001", type: "RPZAC104" },
      dataCategory: "GGC012",
      requester: {
        ura: "00000002",
        category: "RPZAC001",
        professional: { uzi: "000000011", role: "01.015" },
      },
      purpose: "TREAT",
      treatmentRelationship: true,
      at: new Date(at).toISOString(),
    };
    const ok = decodeRequest(base, mitzRules);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(referenceDecide(profile, ok.value).value).toBe("Permit");
    expect(decide(ok.value, compileProfile(profile, mitzRules, { layout: "scan" })).value).toBe("Permit");
    for (const bad of ["1e0", " 00000001", "0x1", "1"]) {
      const r = decodeRequest({ ...base, custodian: { ...base.custodian, ura: bad } }, mitzRules);
      expect([bad, r.ok]).toEqual([bad, false]);
    }
    const q = mitzConsentRequest(
      {
        patient: bsn("111222333"),
        custodian: { ura: uraPool[0]!, organisationType: "Z3" },
        dataCategory: "GGC002",
        requester: {
          ura: uraPool[1]!,
          organisationType: "A1",
          professional: ok.value.requester.professional,
        },
        purpose: "TREAT",
      },
      mitzInterop,
      at,
    );
    expect(q.ok && decide(q.value, compileProfile(profile, mitzRules)).value).toBe("Permit");
  });
});

describe("a URA the packed layouts would read as another URA is answered like the reference, whatever its string", () => {
  it("a snapshot edited so that a profile kept as an object (a choice naming a requester category twice) has the custodian URA '1e0     ' is refused", () => {
    const events = [
      created("2026-01-01T10:00:00+01:00"),
      recorded("2026-01-02T10:00:00+01:00", "c1", {
        custodian: org(uraNumber("00000001")),
        dataCategory: "GGC002",
        // decodeEvent admits a code listed twice; the store's packing does not, so it keeps the profile as an object
        requesters: categories(GPS, GPS),
        decision: "permit",
      }),
    ];
    const store = createConsentStore(mitzRules);
    store.put(foldProfile(events, mitzRules));
    const asked = request("2026-03-01T10:00:00+01:00", {
      custodian: { ura: uraNumber("00000001"), type: HOSPITALS },
      dataCategory: "GGC012",
    });
    // Unedited, the snapshot loads and the choice permits.
    const whole = loadConsentStore(
      withObjectsEdited(snapshotConsentStore(store), '"ura":"00000001"', '"ura":"00000001"'),
      mitzRules,
    );
    expect(whole.ok && whole.value.decide(asked).value).toBe("Permit");
    // Edited, it is refused: the profiles kept as objects are checked like decoded events (it used
    // to load, and the consent store then permitted 00000001 where the reference says NotApplicable).
    const loaded = loadConsentStore(
      withObjectsEdited(snapshotConsentStore(store), '"ura":"00000001"', '"ura":"1e0     "'),
      mitzRules,
    );
    expect(loaded.ok ? "loaded" : loaded.issues.map((i) => [i.code, i.message])).toEqual([
      [
        "snapshot-checksum",
        "The snapshot's profiles kept as objects do not match their checksum: the file is corrupted",
      ],
    ]);
    // And the same choice given without types (a cast) is answered like the reference by every layout.
    const choices = compileProfile(foldProfile(events, mitzRules), mitzRules).choices.map((c) => ({
      ...c,
      custodian: { _tag: "Organisation" as const, ura: "1e0     " as never },
    }));
    const profile: ConsentProfile = { ...emptyProfile, patient, choices };
    expect(referenceDecide(profile, asked).value).toBe("NotApplicable");
    for (const layout of ["scan", "index"] as const)
      expect([layout, decide(asked, compileProfile(profile, mitzRules, { layout })).value]).toEqual([
        layout,
        "NotApplicable",
      ]);
  });

  it("for any strings as the choices' and the request's URAs (cast: a caller without types), scan, index and both stores answer like the reference", () => {
    const anyUra = fc.oneof(fc.constantFrom(...uraPool), arbNearMissUra(), fc.string({ maxLength: 10 }));
    fc.assert(
      fc.property(
        arbEventLog(),
        fc.array(anyUra, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(arbConsentRequest({ includeNonTreatment: false }), anyUra, anyUra, fc.nat()), {
          minLength: 1,
          maxLength: 8,
        }),
        (events, uras, asks) => {
          // The generated choices' organisation URAs replaced by arbitrary strings.
          const base = foldProfile(events, mitzRules);
          let k = 0;
          const next = () => uras[k++ % uras.length] as never;
          const choices = base.choices.map((c) => ({
            ...c,
            custodian: c.custodian._tag === "Organisation" ? { ...c.custodian, ura: next() } : c.custodian,
            requesters:
              c.requesters._tag === "Organisation" ? { ...c.requesters, ura: next() } : c.requesters,
          }));
          const profile: ConsentProfile = { ...base, choices };
          const layouts = (["scan", "index"] as const).map((layout) =>
            compileProfile(profile, mitzRules, { layout }),
          );
          const profileStore = createProfileStore(mitzRules);
          const handle = profileStore.add(profile);
          // The consent store refuses a profile with a URA that is not 8 digits (its snapshot
          // could not be loaded again); it keeps, and must answer like the reference on, the others.
          const consentStore = createConsentStore(mitzRules);
          const odd = choices.some(
            (c) =>
              (c.custodian._tag === "Organisation" && !EIGHT_DIGITS.test(c.custodian.ura)) ||
              (c.requesters._tag === "Organisation" && !EIGHT_DIGITS.test(c.requesters.ura)),
          );
          let stored = false;
          if (profile.patient !== undefined) {
            if (odd) expect(() => consentStore.put(profile)).toThrow(TypeError);
            else stored = consentStore.put(profile);
            expect(consentStore.size).toBe(stored ? 1 : 0);
          }
          for (const [r, custodianUra, requesterUra, pick] of asks) {
            const c = choices[pick % Math.max(1, choices.length)];
            const aimed = pick % 2 === 0 && c !== undefined;
            const request = {
              ...r,
              patient: profile.patient ?? r.patient,
              dataCategory: aimed ? c.dataCategory : r.dataCategory,
              custodian: {
                ...r.custodian,
                ura: (aimed && c.custodian._tag === "Organisation" ? c.custodian.ura : custodianUra) as never,
              },
              requester: {
                ...r.requester,
                ura: (aimed && c.requesters._tag === "Organisation"
                  ? c.requesters.ura
                  : requesterUra) as never,
              },
            };
            const ref = referenceDecide(profile, request);
            for (const fast of [
              ...layouts.map((p) => decide(request, p)),
              profileStore.decide(request, handle),
              ...(stored ? [consentStore.decide(request)] : []),
            ]) {
              expect(fast.value).toBe(ref.value);
              expect(fast.choice?.id).toBe(ref.choice?.id);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
