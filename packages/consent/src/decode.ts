/**
 * Decoding untrusted input (JSON) into events and requests, with readable errors that never
 * contain a BSN (core's `decode`: messages describe what was expected, `actual` is a shape).
 *
 * The rules that depend on the rulebook (known category codes, an emergency consent of at most
 * the rulebook's hours) are checks of schema factories — `ConsentEventFor(rules)`,
 * `ConsentEventLogFor(rules)`, `ConsentRequestFor(rules)` — so `Schema.is` and `decodeX` never
 * disagree (ADR 0006 §2). The options are core's `DecodeOptions`: unknown keys are rejected by
 * default (a typo such as `validUntill` must not silently turn a 2-hour emergency consent into a
 * 72-hour one); `{ unknownKeys: "ignore" }` for a stored event log written by a newer version
 * (ADR 0006 §4); `maxIssues` (default 100).
 *
 * @module
 */
import {
  BoundedArray,
  type DecodeOptions,
  type DecodeResult,
  decode,
  formatCitation,
  formatInstant,
  localDateOf,
  tryFromEpochMillis,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CodeIndex, codeIndexOf, codeListsProblem } from "./codes.js";
import { ConsentEvent } from "./events.js";
import type { Custodian, Requesters } from "./model.js";
import { ConsentRequest } from "./request.js";
import { ConsentRules, emergencyHoursText, emergencyMaxMs } from "./rulebook.js";

/** The options core's `decode` takes from {@link DecodeOptions}. */
function coreOptions(options: DecodeOptions): { unknownKeys?: "error" | "ignore"; maxIssues?: number } {
  return {
    ...(options.unknownKeys === undefined ? {} : { unknownKeys: options.unknownKeys }),
    ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
  };
}

/** A domain issue at a path below the checked value. */
type Found = { readonly path: ReadonlyArray<PropertyKey>; readonly issue: string };

function checkCustodian(
  c: Custodian,
  index: CodeIndex,
  path: ReadonlyArray<PropertyKey>,
  out: Array<Found>,
): void {
  if (c._tag === "ProviderType" && !index.requesterIndex.has(c.type))
    out.push({
      path: [...path, "type"],
      issue: `Unknown provider type code; expected one of ${index.requesterCodes.join(", ")} (${index.lists.version})`,
    });
}

function checkRequesters(
  r: Requesters,
  index: CodeIndex,
  path: ReadonlyArray<PropertyKey>,
  out: Array<Found>,
): void {
  if (r._tag !== "Categories") return;
  r.codes.forEach((code, i) => {
    if (!index.requesterIndex.has(code))
      out.push({
        path: [...path, "codes", i],
        issue: `Unknown requester category code; expected one of ${index.requesterCodes.join(", ")} (${index.lists.version})`,
      });
  });
}

function checkCategory(
  code: string,
  index: CodeIndex,
  path: ReadonlyArray<PropertyKey>,
  out: Array<Found>,
): void {
  if (!index.categoryIndex.has(code))
    out.push({
      path,
      issue: `Unknown data category code; expected one of ${index.categoryCodes.join(", ")} (${index.lists.version})`,
    });
}

/** The domain checks of one event (spec §10), by the rulebook. */
function eventIssues(e: ConsentEvent, rules: ConsentRules): Array<Found> {
  const index = codeIndexOf(rules);
  const out: Array<Found> = [];
  switch (e._tag) {
    case "ProfileCreated":
    case "BirthDateCorrected": {
      const today = localDateOf(e.at);
      if (e.birthDate > today)
        out.push({ path: ["birthDate"], issue: `The birth date lies after the day of the event (${today})` });
      break;
    }
    case "ChoiceRecorded":
      checkCustodian(e.custodian, index, ["custodian"], out);
      checkCategory(e.dataCategory, index, ["dataCategory"], out);
      checkRequesters(e.requesters, index, ["requesters"], out);
      if (e.source === "import" && e.actor._tag !== "Provider")
        out.push({
          path: ["actor"],
          issue: `An imported consent is added by the provider it was given to (${formatCitation(rules.clauses.providerImports)})`,
        });
      break;
    case "EmergencyConsentRecorded": {
      if (e.actor._tag !== "Provider")
        out.push({
          path: ["actor"],
          issue: `An emergency consent is recorded by an identified provider (URA + UZI), ${formatCitation(rules.clauses.emergency)}/${formatCitation(rules.clauses.notifications)}`,
        });
      if (e.basis === "legal-basis" && (e.legalBasis === undefined || e.legalBasis.trim() === ""))
        out.push({
          path: ["legalBasis"],
          issue: `Without the patient's agreement an emergency consent needs the legal basis that allows it (${formatCitation(rules.clauses.emergency)})`,
        });
      // Without `validUntil` it ends `emergencyMaxMs` after its recording: that end must be an
      // instant this library holds (9999-12-30T23:59:59.999Z at the latest), or reading the
      // decision's explanation, or its FHIR end, would fail.
      if (e.validUntil === undefined && tryFromEpochMillis(e.at + emergencyMaxMs(rules)) === undefined)
        out.push({
          path: ["at"],
          issue: `An emergency consent recorded at ${formatInstant(e.at)} ends ${emergencyHoursText(rules).en} later, after the last instant this library holds (9999-12-30T23:59:59.999Z): give a validUntil`,
        });
      if (e.validUntil !== undefined) {
        if (e.validUntil - e.at > emergencyMaxMs(rules))
          out.push({
            path: ["validUntil"],
            issue: `An emergency consent is valid for at most ${emergencyHoursText(rules).en} (${rules.name})`,
          });
        if (e.validUntil <= e.at)
          out.push({ path: ["validUntil"], issue: "The end of an emergency consent lies after its start" });
      }
      break;
    }
    default:
      break;
  }
  return out;
}

/** The rules of an event log (one patient, unique event ids, nothing before the profile's creation). */
function logIssues(events: ReadonlyArray<ConsentEvent>): Array<Found> {
  const out: Array<Found> = [];
  const patients = new Set(events.map((e) => e.patient));
  if (patients.size > 1)
    out.push({ path: [], issue: "An event log belongs to one patient; found events of several BSNs" });
  const ids = new Set<string>();
  events.forEach((e, i) => {
    if (ids.has(e.eventId)) out.push({ path: [i, "eventId"], issue: "Event ids must be unique in a log" });
    ids.add(e.eventId);
  });
  if (events.length > 0) {
    // A loop, not `Math.min(...)`: a log at MAX_LOG_EVENTS would come close to the engine's limit
    // on the number of arguments (a spread of 130 000 overflows the stack).
    let created = Number.POSITIVE_INFINITY;
    for (const e of events) if (e._tag === "ProfileCreated" && e.at < created) created = e.at;
    if (created === Number.POSITIVE_INFINITY)
      out.push({ path: [], issue: "An event log starts with the creation of the profile (ProfileCreated)" });
    else {
      events.forEach((e, i) => {
        if (e.at < created)
          out.push({ path: [i, "at"], issue: "The event lies before the profile's creation" });
      });
    }
  }
  return out;
}

/** The domain checks of a request: known codes. */
function requestIssues(r: ConsentRequest, rules: ConsentRules): Array<Found> {
  const index = codeIndexOf(rules);
  const out: Array<Found> = [];
  checkCategory(r.dataCategory, index, ["dataCategory"], out);
  if (!index.requesterIndex.has(r.custodian.type))
    out.push({ path: ["custodian", "type"], issue: `Unknown provider type code (${index.lists.version})` });
  if (!index.requesterIndex.has(r.requester.category))
    out.push({
      path: ["requester", "category"],
      issue: `Unknown requester category code (${index.lists.version})`,
    });
  return out;
}

function memo<S>(make: (rules: ConsentRules) => S): (rules: ConsentRules) => S {
  const cache = new WeakMap<ConsentRules, S>();
  return (rules) => {
    let s = cache.get(rules);
    if (s === undefined) {
      s = make(rules);
      cache.set(rules, s);
    }
    return s;
  };
}

/**
 * The schema of a valid consent event under a rulebook: the event's shape plus the domain checks
 * (known codes, birth date not after the event, an emergency consent of at most the rulebook's
 * hours, recorded by a provider and, without the patient's agreement, on a named legal basis).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { ConsentEventFor, mitzRules } from "@zorgkit/consent";
 *
 * Schema.is(ConsentEventFor(mitzRules))({}); // => false
 * ```
 */
export const ConsentEventFor = memo((rules: ConsentRules) =>
  ConsentEvent.check(Schema.makeFilter((e: ConsentEvent) => eventIssues(e, rules))),
);

/**
 * The most events one patient's log may hold in one call of {@link decodeEventLog}: the length is
 * checked before any event is decoded (issue code `too-many`), so a hostile list of a million
 * items costs a comparison, not a decode. A patient records a handful of choices a year; a log
 * near this bound is an error upstream, not a patient.
 */
export const MAX_LOG_EVENTS = 100_000;

/**
 * The schema of a valid event log (the events of one patient) under a rulebook: at most
 * {@link MAX_LOG_EVENTS} events (checked first), every event, then the log's own rules — one
 * patient, unique event ids (effects are keyed by them), no event before the profile's creation.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { ConsentEventLogFor, mitzRules } from "@zorgkit/consent";
 *
 * Schema.is(ConsentEventLogFor(mitzRules))([]); // => true
 * ```
 */
export const ConsentEventLogFor = memo((rules: ConsentRules) =>
  BoundedArray(ConsentEventFor(rules), MAX_LOG_EVENTS).check(
    Schema.makeFilter((events: ReadonlyArray<ConsentEvent>) => logIssues(events)),
  ),
);

/**
 * The schema of a valid consent-check request under a rulebook (known codes).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { ConsentRequestFor, mitzRules } from "@zorgkit/consent";
 *
 * Schema.is(ConsentRequestFor(mitzRules))({ purpose: "TREAT" }); // => false
 * ```
 */
export const ConsentRequestFor = memo((rules: ConsentRules) =>
  ConsentRequest.check(Schema.makeFilter((r: ConsentRequest) => requestIssues(r, rules))),
);

const eventDecoder = memo((rules: ConsentRules) => decode(ConsentEventFor(rules)));
const logDecoder = memo((rules: ConsentRules) => decode(ConsentEventLogFor(rules)));
const requestDecoder = memo((rules: ConsentRules) => decode(ConsentRequestFor(rules)));

/**
 * Decode one event from untrusted input ({@link ConsentEventFor}). Never throws. Bounds (issue
 * #17): a choice names at most 1000 requester categories (`too-many`, checked before the codes
 * are read); an e-mail address has at most 254 characters, a legal basis 1000, ids 128, codes 64
 * (`too-long`, checked before any pattern).
 *
 * @example
 * ```ts
 * import { decodeEvent, mitzRules } from "@zorgkit/consent";
 *
 * const r = decodeEvent({ _tag: "ProfileDeleted" }, mitzRules);
 * r.ok; // => false
 * ```
 */
export function decodeEvent(
  input: unknown,
  rules: ConsentRules,
  options: DecodeOptions = {},
): DecodeResult<ConsentEvent> {
  return eventDecoder(rules)(input, coreOptions(options));
}

/**
 * Decode an event log (an array of events of one patient, {@link ConsentEventLogFor}). Never
 * throws — not even for an array or an object whose getters throw. Pass
 * `{ unknownKeys: "ignore" }` for a stored log written by a newer version.
 *
 * @example
 * ```ts
 * import { decodeEventLog, mitzRules } from "@zorgkit/consent";
 *
 * decodeEventLog([], mitzRules).ok; // => true
 * decodeEventLog("not a log", mitzRules).ok; // => false
 * ```
 */
export function decodeEventLog(
  input: unknown,
  rules: ConsentRules,
  options: DecodeOptions = {},
): DecodeResult<ReadonlyArray<ConsentEvent>> {
  return logDecoder(rules)(input, coreOptions(options));
}

/**
 * Decode a consent-check request from untrusted input ({@link ConsentRequestFor}). Never throws.
 *
 * @example
 * ```ts
 * import { decodeRequest, mitzRules } from "@zorgkit/consent";
 *
 * decodeRequest({ purpose: "TREAT" }, mitzRules).ok; // => false
 * ```
 */
export function decodeRequest(
  input: unknown,
  rules: ConsentRules,
  options: DecodeOptions = {},
): DecodeResult<ConsentRequest> {
  return requestDecoder(rules)(input, coreOptions(options));
}

const rulesDecoder = decode(
  ConsentRules.check(
    Schema.makeFilter((r: typeof ConsentRules.Type) => {
      const problem = codeListsProblem(r.codeLists);
      return problem === undefined ? undefined : { path: ["codeLists"], issue: problem };
    }),
  ),
);

/**
 * Decode a consent rulebook (a team's own code lists and figures, e.g. from a JSON file; ADR 0007).
 * The code lists must form a tree with one root. At most 1000 requester categories and 1000 data
 * categories, each list refused by its length before any entry is decoded (issue code
 * `too-many`); codes of at most 64 characters, names 200, 100 citations per figure. Never throws.
 *
 * @example
 * ```ts
 * import { decodeConsentRules, mitzRules } from "@zorgkit/consent";
 *
 * decodeConsentRules(JSON.parse(JSON.stringify(mitzRules))).ok; // => true
 * decodeConsentRules({ name: "mine" }).ok; // => false
 * ```
 */
export function decodeConsentRules(input: unknown, options: DecodeOptions = {}): DecodeResult<ConsentRules> {
  return rulesDecoder(input, coreOptions(options));
}
