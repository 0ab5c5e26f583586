// Tests that kill surviving mutants of src/decode.ts (issue #17, docs/quality.md): each domain
// check of the decoders (spec consent §10) reports its own issue at its own path, under the
// rulebook's code lists (MITZ §2c), the emergency rules (MITZ §2d, §6a-b), imports (MITZ §6c) and
// the log's rules (one patient, nothing before the profile's creation, MITZ §4); the options of
// core's decode reach it (ADR 0006 §4). Every result is computed inside its `it`. Where the mutant
// sits in a rulebook's schema filter (built once per rulebook, WeakMap), the test decodes under a
// fresh copy of the rulebook so that the filter is built with the mutant active.
import { describe, expect, it } from "vitest";
import {
  ConsentEventFor,
  ConsentEventLogFor,
  ConsentRequestFor,
  decodeConsentRules,
  decodeEvent,
  decodeEventLog,
  decodeRequest,
  mitzRules,
} from "../src/index.js";
import { GPS, gpPractice, HOSPITALS, hospitalX, patient, uzi } from "./fixtures.js";

const provider = { _tag: "Provider", ura: gpPractice, uzi, role: "01.015" };
const createdAt = (eventId: string, at: string) => ({
  _tag: "ProfileCreated",
  eventId,
  at,
  patient,
  actor: { _tag: "Patient" },
  birthDate: "1980-05-17",
});
const choice = (extra: Record<string, unknown> = {}) => ({
  _tag: "ChoiceRecorded",
  eventId: "e1",
  at: "2026-03-01T10:00:00+01:00",
  patient,
  actor: { _tag: "Patient" },
  choiceId: "c1",
  custodian: { _tag: "Organisation", ura: hospitalX },
  dataCategory: "GGC002",
  requesters: { _tag: "Categories", codes: [GPS] },
  decision: "permit",
  ...extra,
});
const emergencyAt = (at: string, extra: Record<string, unknown> = {}) => ({
  _tag: "EmergencyConsentRecorded",
  eventId: "e2",
  at,
  patient,
  actor: provider,
  choiceId: "n1",
  basis: "patient-agreed",
  treatmentRelationship: true,
  ...extra,
});
/** An emergency consent recorded on 1 Mar 2026 10:00 (+01:00), valid until the instant given, decoded. */
const decodedUntil = (validUntil: string) =>
  decodeEvent(emergencyAt("2026-03-01T10:00:00+01:00", { validUntil }), mitzRules);
const requestJson = (extra: Record<string, unknown> = {}) => ({
  patient,
  custodian: { ura: hospitalX, type: HOSPITALS },
  dataCategory: "GGC013",
  requester: { ura: gpPractice, category: GPS, professional: { uzi, role: "01.015" } },
  purpose: "TREAT",
  treatmentRelationship: true,
  at: "2026-03-01T10:00:00+01:00",
  ...extra,
});

type Result = { ok: true } | { ok: false; issues: ReadonlyArray<{ path: string; message: string }> };
/** `[path, message]` of each issue; `[]` for a decoded value. */
const found = (r: Result) => (r.ok ? [] : r.issues.map((i) => [i.path, i.message]));
/** A fresh copy of the Mitz rulebook: its schemas are built anew (the cache is per object). */
const freshRules = () => ({ ...mitzRules });

describe("the decoders' options reach core's decode (ADR 0006 §4)", () => {
  it('an unknown key is refused by default and dropped with { unknownKeys: "ignore" } (a stored log of a newer version)', () => {
    const input = choice({ addedLater: true });
    const strict = decodeEvent(input, mitzRules);
    const lenient = decodeEvent(input, mitzRules, { unknownKeys: "ignore" });
    const logLenient = decodeEventLog([createdAt("e0", "2026-02-01T10:00:00+01:00"), input], mitzRules, {
      unknownKeys: "ignore",
    });
    expect([strict.ok, lenient.ok, logLenient.ok]).toEqual([false, true, true]);
  });

  it("{ maxIssues: 1 } returns one issue of the three found, totalIssues counting all (unknown provider type, data category and requester code, MITZ §2c)", () => {
    const input = choice({
      custodian: { _tag: "ProviderType", type: "RPZAC999" },
      dataCategory: "GGC999",
      requesters: { _tag: "Categories", codes: ["RPZAC998"] },
    });
    const all = decodeEvent(input, mitzRules);
    const one = decodeEvent(input, mitzRules, { maxIssues: 1 });
    expect([
      all.ok ? -1 : all.issues.length,
      one.ok ? -1 : one.issues.length,
      one.ok ? -1 : one.totalIssues,
    ]).toEqual([3, 1, 3]);
  });
});

describe("a choice names codes of the rulebook's code lists (MITZ §2c, spec consent §10)", () => {
  it("a choice for an unknown provider type is refused at custodian.type; a known provider type decodes", () => {
    const unknown = decodeEvent(choice({ custodian: { _tag: "ProviderType", type: "RPZAC999" } }), mitzRules);
    const known = decodeEvent(choice({ custodian: { _tag: "ProviderType", type: HOSPITALS } }), mitzRules);
    expect(found(unknown).map(([path]) => path)).toEqual(["$.custodian.type"]);
    expect(found(unknown)[0]?.[1]).toMatch(
      /^Unknown provider type code; expected one of RPZAC001, .*\(mitz-2026-12/,
    );
    expect(known.ok).toBe(true);
  });

  it("an unknown data category is refused at dataCategory", () => {
    const r = decodeEvent(choice({ dataCategory: "GGC999" }), mitzRules);
    expect(found(r).map(([path]) => path)).toEqual(["$.dataCategory"]);
    expect(found(r)[0]?.[1]).toMatch(/^Unknown data category code/);
  });
});

describe("an imported consent is added by the provider it was given to (MITZ §6c)", () => {
  it("an import recorded by the patient is refused at actor, citing MITZ §6c", () => {
    const r = decodeEvent(choice({ source: "import" }), mitzRules);
    expect(found(r).map(([path]) => path)).toEqual(["$.actor"]);
    expect(found(r)[0]?.[1]).toMatch(/imported consent .*MITZ §6c/);
  });

  it("an import recorded by an identified provider decodes, and so does the patient's own choice in the portal", () => {
    const imported = decodeEvent(choice({ source: "import", actor: provider }), mitzRules);
    const portal = decodeEvent(choice({ source: "portal" }), mitzRules);
    expect([imported.ok, portal.ok]).toEqual([true, true]);
  });
});

describe("an emergency consent (MITZ §2d, §6a-b)", () => {
  it("recorded by the patient instead of an identified provider: refused at actor, citing MITZ §2d and §6b", () => {
    const r = decodeEvent(
      emergencyAt("2026-03-01T10:00:00+01:00", { actor: { _tag: "Patient" } }),
      mitzRules,
    );
    expect(found(r).map(([path]) => path)).toEqual(["$.actor"]);
    expect(found(r)[0]?.[1]).toMatch(/identified provider .*MITZ §2d.*MITZ §6b/);
  });

  it('without the patient\'s agreement ("legal-basis") and no legal basis named: refused at legalBasis', () => {
    const r = decodeEvent(emergencyAt("2026-03-01T10:00:00+01:00", { basis: "legal-basis" }), mitzRules);
    expect(found(r).map(([path]) => path)).toEqual(["$.legalBasis"]);
    expect(found(r)[0]?.[1]).toMatch(/needs the legal basis .*MITZ §2d/);
  });

  it("a legal basis of only spaces names none: refused at legalBasis; a named one decodes", () => {
    const blank = decodeEvent(
      emergencyAt("2026-03-01T10:00:00+01:00", { basis: "legal-basis", legalBasis: "   " }),
      mitzRules,
    );
    const named = decodeEvent(
      emergencyAt("2026-03-01T10:00:00+01:00", { basis: "legal-basis", legalBasis: "WGBO art. 7:457 lid 3" }),
      mitzRules,
    );
    expect(found(blank).map(([path]) => path)).toEqual(["$.legalBasis"]);
    expect(named.ok).toBe(true);
  });

  it("recorded on 9999-12-29 without validUntil: its 72-hour end lies past the last instant held, refused at at", () => {
    const r = decodeEvent(emergencyAt("9999-12-29T00:00:00Z"), mitzRules);
    expect(found(r).map(([path]) => path)).toEqual(["$.at"]);
    expect(found(r)[0]?.[1]).toMatch(/ends 72 hours later, after the last instant/);
  });

  it("valid until 72 hours and 1 ms after its recording: refused at validUntil (at most 72 hours); exactly 72 hours decodes", () => {
    const over = decodedUntil("2026-03-04T10:00:00.001+01:00");
    const exact = decodedUntil("2026-03-04T10:00:00+01:00");
    expect(found(over)).toEqual([
      ["$.validUntil", `An emergency consent is valid for at most 72 hours (${mitzRules.name})`],
    ]);
    expect(exact.ok).toBe(true);
  });

  it("valid until the instant of its recording (an empty period [at, at)): refused at validUntil; 1 ms later decodes", () => {
    const empty = decodedUntil("2026-03-01T10:00:00+01:00");
    const oneMs = decodedUntil("2026-03-01T10:00:00.001+01:00");
    expect(found(empty)).toEqual([["$.validUntil", "The end of an emergency consent lies after its start"]]);
    expect(oneMs.ok).toBe(true);
  });
});

describe("a birth date in the future is refused at birthDate (MITZ §4, spec consent §10)", () => {
  it("a profile created on 1 Feb 2026 with a birth date of 2 Feb 2026", () => {
    const r = decodeEvent(
      { ...createdAt("e0", "2026-02-01T10:00:00+01:00"), birthDate: "2026-02-02" },
      mitzRules,
    );
    expect(found(r).map(([path]) => path)).toEqual(["$.birthDate"]);
  });
});

describe("an event log: one patient, starting with the profile's creation (spec consent §10, MITZ §4)", () => {
  it("an empty log decodes (no events, nothing before a creation)", () => {
    expect(found(decodeEventLog([], mitzRules))).toEqual([]);
  });

  it("a log of two patients is refused as a whole (path $), naming no BSN", () => {
    const r = decodeEventLog(
      [createdAt("e0", "2026-02-01T10:00:00+01:00"), choice({ patient: "123456782" })],
      mitzRules,
    );
    expect(found(r)).toEqual([["$", "An event log belongs to one patient; found events of several BSNs"]]);
  });

  it("a log without ProfileCreated is refused as a whole (path $), not event by event", () => {
    const r = decodeEventLog([choice(), choice({ eventId: "e3", choiceId: "c3" })], mitzRules);
    expect(found(r)).toEqual([
      ["$", "An event log starts with the creation of the profile (ProfileCreated)"],
    ]);
  });

  it("a profile deleted and created again (MITZ §4): the events after the first creation are not before the creation", () => {
    const log = [
      createdAt("e0", "2026-02-01T10:00:00+01:00"),
      choice(),
      {
        _tag: "ProfileDeleted",
        eventId: "e4",
        at: "2026-04-01T10:00:00+02:00",
        patient,
        actor: { _tag: "Patient" },
      },
      createdAt("e5", "2026-05-01T10:00:00+02:00"),
    ];
    const r = decodeEventLog(log, mitzRules);
    const early = decodeEventLog(
      [...log, choice({ eventId: "e6", at: "2026-01-31T10:00:00+01:00" })],
      mitzRules,
    );
    expect(found(r)).toEqual([]);
    expect(found(early)).toEqual([["$[4].at", "The event lies before the profile's creation"]]);
  });
});

describe("a consent-check request names codes of the rulebook's code lists (MITZ §2c, spec consent §10)", () => {
  it("a valid request decodes under a fresh copy of the rulebook", () => {
    expect(found(decodeRequest(requestJson(), freshRules()))).toEqual([]);
  });

  it("an unknown data category is refused at dataCategory (fresh rulebook: the request schema's filter is built anew)", () => {
    const r = decodeRequest(requestJson({ dataCategory: "GGC999" }), freshRules());
    expect(found(r).map(([path]) => path)).toEqual(["$.dataCategory"]);
  });

  it("an unknown custodian provider type is refused at custodian.type, naming the code list version", () => {
    const r = decodeRequest(requestJson({ custodian: { ura: hospitalX, type: "RPZAC999" } }), freshRules());
    expect(found(r)).toEqual([["$.custodian.type", "Unknown provider type code (mitz-2026-12)"]]);
  });

  it("an unknown requester category is refused at requester.category, naming the code list version", () => {
    const r = decodeRequest(
      requestJson({
        requester: { ura: gpPractice, category: "RPZAC999", professional: { uzi, role: "01.015" } },
      }),
      freshRules(),
    );
    expect(found(r)).toEqual([["$.requester.category", "Unknown requester category code (mitz-2026-12)"]]);
  });
});

describe("rulebook-dependent schemas are built once per rulebook (ADR 0006 §2 schema factories)", () => {
  it("the same rulebook object gives the same event, log and request schema on each call", () => {
    const rules = freshRules();
    const first = [ConsentEventFor(rules), ConsentEventLogFor(rules), ConsentRequestFor(rules)];
    const second = [ConsentEventFor(rules), ConsentEventLogFor(rules), ConsentRequestFor(rules)];
    expect(second.map((s, i) => s === first[i])).toEqual([true, true, true]);
  });
});

describe("a rulebook's code lists must form a tree (ADR 0007)", () => {
  it("data categories with two roots are refused at codeLists, saying how many roots were found", () => {
    const lists = mitzRules.codeLists;
    const root = lists.dataCategories.find((c) => c.parent === undefined);
    const input = JSON.parse(
      JSON.stringify({
        ...mitzRules,
        codeLists: { ...lists, dataCategories: [...lists.dataCategories, { ...root, code: "GGC900" }] },
      }),
    );
    const r = decodeConsentRules(input);
    expect(found(r)).toEqual([["$.codeLists", "the data categories need exactly one root, found 2"]]);
  });
});
