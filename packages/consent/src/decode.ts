/**
 * Decoding untrusted input (JSON) into events and requests, with readable errors that never
 * contain a BSN (core's `decode`: messages describe what was expected, `actual` is a shape).
 * On top of the schemas, the domain checks of spec §10: unknown category codes, a birth date in
 * the future, an emergency consent longer than 72 hours, an event before the profile's creation.
 *
 * @module
 */
import {
  type DecodeIssue,
  type DecodeIssueCode,
  type DecodeResult,
  decode,
  decodeFailure,
  describeShape,
  localDateOf,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CodeIndex, defaultCodeIndex } from "./codes.js";
import { ConsentEvent } from "./events.js";
import type { Custodian, Requesters } from "./model.js";
import { emergencyConsentMaxDuration } from "./presets/emergency.js";
import { ConsentRequest } from "./request.js";

/** Options of the decoders. */
export interface DecodeOptions {
  /** Code lists the codes must come from (default: the Mitz 2026 preset). */
  readonly codeIndex?: CodeIndex;
  /**
   * Keys the schemas do not declare: `"error"` (default: a typo such as `validUntill` must not
   * silently turn a 2-hour emergency consent into a 72-hour one) or `"ignore"` (for a stored event
   * log written by a newer version, ADR 0006 §4).
   */
  readonly unknownKeys?: "error" | "ignore";
  /** At most this many issues are returned (default 100); `totalIssues` counts all. */
  readonly maxIssues?: number;
}

/** The options core's `decode` takes from {@link DecodeOptions}. */
function coreOptions(options: DecodeOptions): { unknownKeys?: "error" | "ignore"; maxIssues?: number } {
  return {
    ...(options.unknownKeys === undefined ? {} : { unknownKeys: options.unknownKeys }),
    ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
  };
}

const decodeEventSchema = decode(ConsentEvent);
const decodeArray = decode(Schema.Array(Schema.Unknown));
const decodeRequestSchema = decode(ConsentRequest);

const issue = (
  path: string,
  message: string,
  actual: string,
  code: DecodeIssueCode = "invalid",
): DecodeIssue => ({
  path,
  code,
  message,
  actual,
});

function checkCustodian(c: Custodian, index: CodeIndex, path: string, out: Array<DecodeIssue>): void {
  if (c._tag === "ProviderType" && !index.requesterIndex.has(c.type))
    out.push(
      issue(
        `${path}.type`,
        `Unknown provider type code; expected one of ${index.requesterCodes.join(", ")} (${index.lists.version})`,
        describeShape(c.type),
      ),
    );
}

function checkRequesters(r: Requesters, index: CodeIndex, path: string, out: Array<DecodeIssue>): void {
  if (r._tag !== "Categories") return;
  r.codes.forEach((code, i) => {
    if (!index.requesterIndex.has(code))
      out.push(
        issue(
          `${path}.codes[${i}]`,
          `Unknown requester category code; expected one of ${index.requesterCodes.join(", ")} (${index.lists.version})`,
          describeShape(code),
        ),
      );
  });
}

function checkCategory(code: string, index: CodeIndex, path: string, out: Array<DecodeIssue>): void {
  if (!index.categoryIndex.has(code))
    out.push(
      issue(
        path,
        `Unknown data category code; expected one of ${index.categoryCodes.join(", ")} (${index.lists.version})`,
        describeShape(code),
      ),
    );
}

function domainIssues(e: ConsentEvent, index: CodeIndex, prefix: string): Array<DecodeIssue> {
  const out: Array<DecodeIssue> = [];
  switch (e._tag) {
    case "ProfileCreated":
    case "BirthDateCorrected": {
      const today = localDateOf(e.at);
      if (e.birthDate > today)
        out.push(
          issue(
            `${prefix}.birthDate`,
            `The birth date lies after the day of the event (${today})`,
            "date in the future",
          ),
        );
      break;
    }
    case "ChoiceRecorded":
      checkCustodian(e.custodian, index, `${prefix}.custodian`, out);
      checkCategory(e.dataCategory, index, `${prefix}.dataCategory`, out);
      checkRequesters(e.requesters, index, `${prefix}.requesters`, out);
      if (e.source === "import" && e.actor._tag !== "Provider")
        out.push(
          issue(
            `${prefix}.actor`,
            "An imported consent is added by the provider it was given to (MITZ §6c)",
            e.actor._tag,
          ),
        );
      break;
    case "EmergencyConsentRecorded":
      if (e.actor._tag !== "Provider")
        out.push(
          issue(
            `${prefix}.actor`,
            "An emergency consent is recorded by an identified provider (URA + UZI), MITZ §2d/§6b",
            e.actor._tag,
          ),
        );
      if (e.basis === "legal-basis" && (e.legalBasis === undefined || e.legalBasis.trim() === ""))
        out.push(
          issue(
            `${prefix}.legalBasis`,
            "Without the patient's agreement an emergency consent needs the legal basis that allows it (MITZ §2d)",
            "missing",
          ),
        );
      if (e.validUntil !== undefined) {
        if (e.validUntil - e.at > emergencyConsentMaxDuration.ms)
          out.push(
            issue(
              `${prefix}.validUntil`,
              "An emergency consent is valid for at most 72 hours (MITZ §2d)",
              `${((e.validUntil - e.at) / 3_600_000).toFixed(2)} hours`,
            ),
          );
        if (e.validUntil <= e.at)
          out.push(
            issue(
              `${prefix}.validUntil`,
              "The end of an emergency consent lies after its start",
              "not after the start",
            ),
          );
      }
      break;
    default:
      break;
  }
  return out;
}

/**
 * Decode one event from untrusted input: the schema, then the domain checks (known codes,
 * birth date not in the future, emergency consent ≤ 72 h with a provider and, without the
 * patient's agreement, a legal basis). Never throws.
 *
 * @example
 * ```ts
 * const r = decodeEvent(JSON.parse(body));
 * if (!r.ok) console.log(formatIssues(r.issues));
 * ```
 */
export function decodeEvent(input: unknown, options: DecodeOptions = {}): DecodeResult<ConsentEvent> {
  const r = decodeEventSchema(input, coreOptions(options));
  if (!r.ok) return r;
  const issues = domainIssues(r.value, options.codeIndex ?? defaultCodeIndex, "$");
  return issues.length === 0 ? r : decodeFailure(issues);
}

/**
 * Decode an event log (an array of events of one patient): every event, then the log's own
 * rules — one patient, unique event ids, no event before the profile's creation (the first
 * `ProfileCreated`). Never throws.
 *
 * @example
 * ```ts
 * const r = decodeEventLog(rows);
 * if (r.ok) replay(r.value);
 * ```
 */
export function decodeEventLog(
  input: unknown,
  options: DecodeOptions = {},
): DecodeResult<ReadonlyArray<ConsentEvent>> {
  // Read the array once, through core's decode (which never throws — not even for an array or
  // a proxy whose getters throw); every element is then decoded the same way.
  const rows = decodeArray(input);
  if (!rows.ok)
    return decodeFailure([
      issue("$", "Expected an array of consent events", describeShape(input), "wrong-type"),
    ]);
  const index = options.codeIndex ?? defaultCodeIndex;
  const issues: Array<DecodeIssue> = [];
  const events: Array<ConsentEvent> = [];
  rows.value.forEach((raw: unknown, i: number) => {
    const r = decodeEventSchema(raw, coreOptions(options));
    if (!r.ok) {
      for (const x of r.issues) issues.push({ ...x, path: x.path.replace(/^\$/, `$[${i}]`) });
      return;
    }
    issues.push(...domainIssues(r.value, index, `$[${i}]`));
    events.push(r.value);
  });
  if (issues.length > 0) return decodeFailure(issues);
  const patients = new Set(events.map((e) => e.patient));
  if (patients.size > 1)
    issues.push(
      issue(
        "$",
        "An event log belongs to one patient; found events of several BSNs",
        `${patients.size} patients`,
      ),
    );
  const ids = new Set<string>();
  events.forEach((e, i) => {
    if (ids.has(e.eventId))
      issues.push(issue(`$[${i}].eventId`, "Event ids must be unique in a log", "duplicate id"));
    ids.add(e.eventId);
  });
  const creations = events.filter((e) => e._tag === "ProfileCreated").map((e) => e.at);
  if (events.length > 0) {
    if (creations.length === 0)
      issues.push(
        issue(
          "$",
          "An event log starts with the creation of the profile (ProfileCreated)",
          "no ProfileCreated",
        ),
      );
    else {
      const created = Math.min(...creations);
      events.forEach((e, i) => {
        if (e.at < created)
          issues.push(
            issue(
              `$[${i}].at`,
              "The event lies before the profile's creation",
              "instant before ProfileCreated",
            ),
          );
      });
    }
  }
  return issues.length === 0 ? { ok: true, value: events } : decodeFailure(issues);
}

/**
 * Decode a consent-check request from untrusted input (known codes included). Never throws.
 *
 * @example
 * ```ts
 * const r = decodeRequest(json);
 * if (r.ok) decide(compiled, r.value);
 * ```
 */
export function decodeRequest(input: unknown, options: DecodeOptions = {}): DecodeResult<ConsentRequest> {
  const r = decodeRequestSchema(input, coreOptions(options));
  if (!r.ok) return r;
  const index = options.codeIndex ?? defaultCodeIndex;
  const issues: Array<DecodeIssue> = [];
  checkCategory(r.value.dataCategory, index, "$.dataCategory", issues);
  if (!index.requesterIndex.has(r.value.custodian.type))
    issues.push(
      issue(
        "$.custodian.type",
        `Unknown provider type code (${index.lists.version})`,
        describeShape(r.value.custodian.type),
      ),
    );
  if (!index.requesterIndex.has(r.value.requester.category))
    issues.push(
      issue(
        "$.requester.category",
        `Unknown requester category code (${index.lists.version})`,
        describeShape(r.value.requester.category),
      ),
    );
  return issues.length === 0 ? r : decodeFailure(issues);
}
