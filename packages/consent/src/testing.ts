/**
 * `@zorgkit/consent/testing`: fast-check arbitraries of consent events, event logs, profiles and
 * consent-check requests — valid ones and near-misses — for property tests of your own services.
 * Requires `fast-check` (optional peer dependency).
 *
 * Identifiers come from small pools so that generated choices and requests collide often (the
 * interesting cases: the same custodian, category and requester).
 *
 * @module
 */
import {
  type Bsn,
  fromEpochMillis,
  type Instant,
  type LocalDate,
  type UraNumber,
  type UziNumber,
} from "@zorgkit/core";
import { arbBsn } from "@zorgkit/core/testing";
import fc from "fast-check";
import type { ConsentEvent } from "./events.js";
import type { FhirChoice } from "./fhir.js";
import type { Actor, Custodian, Requesters } from "./model.js";
import { mitzCodeLists2026 } from "./presets/mitz-codes-2026.js";
import type { ConsentRequest } from "./request.js";

/** URA numbers of the generated custodians and requesters. */
export const uraPool: ReadonlyArray<UraNumber> = ["00000001", "00000002", "00000003"] as Array<UraNumber>;
/** UZI numbers of the generated professionals. */
export const uziPool: ReadonlyArray<UziNumber> = ["000000011", "000000022"] as Array<UziNumber>;
const requesterCodes = mitzCodeLists2026.requesterCategories.map((r) => r.code);
const categoryCodes = mitzCodeLists2026.dataCategories.map((c) => c.code);

/** The default start of generated logs: 1 January 2026, 00:00 UTC. */
export const generatedLogStart: Instant = fromEpochMillis(Date.UTC(2026, 0, 1));
const MINUTE = 60_000;

/**
 * A URA from the pool the other arbitraries draw custodians and requesters from.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbUraFromPool(), (ura) => Schema.is(UraNumber)(ura)));
 * ```
 */
export const arbUraFromPool = (): fc.Arbitrary<UraNumber> => fc.constantFrom(...uraPool);
/**
 * A requester category code (Mitz RPZAC), also used as provider type.
 *
 * @example
 * ```ts
 * fc.sample(arbRequesterCategory(), 1); // e.g. ["RPZAC001"]
 * ```
 */
export const arbRequesterCategory = (): fc.Arbitrary<string> =>
  fc.constantFrom(...requesterCodes.slice(0, 3));
/**
 * A data category code of the Mitz 2026 preset.
 *
 * @example
 * ```ts
 * fc.sample(arbDataCategory(), 1); // e.g. ["GGC013"]
 * ```
 */
export const arbDataCategory = (): fc.Arbitrary<string> => fc.constantFrom(...categoryCodes);

/** A custodian choices can name: an organisation or a provider type.
 *
 * @example
 * ```ts
 * fc.sample(arbCustodian(), 1); // [{ _tag: "Organisation", ura: "00000002" }]
 * ```
 */
export function arbCustodian(): fc.Arbitrary<Custodian> {
  return fc.oneof(
    arbUraFromPool().map((ura): Custodian => ({ _tag: "Organisation", ura })),
    arbRequesterCategory().map((type): Custodian => ({ _tag: "ProviderType", type })),
  );
}

/** Requesters a patient names: all, or a non-empty set of categories.
 *
 * @example
 * ```ts
 * fc.sample(arbRequesters(), 1);
 * ```
 */
export function arbRequesters(): fc.Arbitrary<Requesters> {
  return fc.oneof(
    fc.constant<Requesters>({ _tag: "AllRequesters" }),
    fc
      .uniqueArray(fc.constantFrom(...requesterCodes.slice(0, 3)), { minLength: 1, maxLength: 2 })
      .map((codes): Requesters => ({ _tag: "Categories", codes: codes as [string, ...Array<string>] })),
  );
}

/** An identified provider actor.
 *
 * @example
 * ```ts
 * fc.sample(arbProviderActor(), 1); // [{ _tag: "Provider", ura, uzi, role }]
 * ```
 */
export function arbProviderActor(): fc.Arbitrary<Extract<Actor, { _tag: "Provider" }>> {
  return fc.record({
    _tag: fc.constant("Provider" as const),
    ura: arbUraFromPool(),
    uzi: fc.constantFrom(...uziPool),
    role: fc.constantFrom("01.015", "17.000"),
  });
}

/** Options of {@link arbEventLog}. */
export interface EventLogOptions {
  readonly patient?: Bsn;
  /** Age of the patient at the start of the log, in whole years (default: 16–80). */
  readonly ages?: { readonly min: number; readonly max: number };
  readonly minEvents?: number;
  readonly maxEvents?: number;
  /** Span of the log in minutes (default 10 000 ≈ 7 days, so 72-hour expiries happen). */
  readonly spanMinutes?: number;
  /** Leave out profile deletions and all-withdrawals (default false). */
  readonly noDeletions?: boolean;
}

/**
 * A well-formed event log of one patient: `ProfileCreated` first, then choices, withdrawals,
 * emergency consents and confirmations, parent confirmations and subscriptions, at **distinct**
 * instants, in chronological order. Some events are not allowed (a withdrawal of an unknown
 * choice, a parent of an adult); the fold rejects those, which is part of what is tested.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { mitzRules, replay } from "@zorgkit/consent";
 * import { arbEventLog } from "@zorgkit/consent/testing";
 *
 * fc.assert(fc.property(arbEventLog({ noDeletions: true }), (events) => replay(events, mitzRules).profile.createdAt !== undefined), { numRuns: 20 });
 * ```
 */
export function arbEventLog(options: EventLogOptions = {}): fc.Arbitrary<ReadonlyArray<ConsentEvent>> {
  const minEvents = options.minEvents ?? 0;
  const maxEvents = options.maxEvents ?? 12;
  const span = options.spanMinutes ?? 10_000;
  const ages = options.ages ?? { min: 16, max: 80 };
  return fc
    .record({
      patient: options.patient === undefined ? arbBsn() : fc.constant(options.patient),
      age: fc.integer({ min: ages.min, max: ages.max }),
      birthDayOffset: fc.integer({ min: 0, max: 364 }),
      offsets: fc.uniqueArray(fc.integer({ min: 1, max: span }), {
        minLength: minEvents,
        maxLength: maxEvents,
      }),
      kinds: fc.array(fc.nat(), { minLength: maxEvents, maxLength: maxEvents }),
      bodies: fc.array(
        fc.record({
          custodian: arbCustodian(),
          dataCategory: arbDataCategory(),
          requesters: arbRequesters(),
          decision: fc.constantFrom("permit" as const, "deny" as const),
          provider: arbProviderActor(),
          ref: fc.nat({ max: 15 }),
          actorKind: fc.nat({ max: 9 }),
          shortEmergency: fc.option(fc.integer({ min: 1, max: 72 * 60 }), { nil: undefined }),
        }),
        { minLength: maxEvents, maxLength: maxEvents },
      ),
    })
    .map(({ patient, age, birthDayOffset, offsets, kinds, bodies }) => {
      const start = generatedLogStart;
      const birth = new Date(Date.UTC(2025 - age, 0, 1) + birthDayOffset * 86_400_000);
      const birthDate = birth.toISOString().slice(0, 10) as LocalDate;
      const events: Array<ConsentEvent> = [
        { _tag: "ProfileCreated", eventId: "e0", at: start, patient, actor: { _tag: "Patient" }, birthDate },
      ];
      const sorted = [...offsets].sort((a, b) => a - b);
      const minor = age < 16;
      sorted.forEach((offset, i) => {
        const at = fromEpochMillis(start + offset * MINUTE);
        const b = bodies[i] as (typeof bodies)[number];
        const base = { eventId: `e${i + 1}`, at, patient };
        const actor: Actor =
          b.actorKind < 6
            ? { _tag: "Patient" }
            : b.actorKind < 8
              ? b.provider
              : b.actorKind < 9
                ? { _tag: "Parent", relation: minor ? "parent" : "legal-representative" }
                : { _tag: "AuthorisedRepresentative" };
        const providerFlags =
          actor._tag === "Provider" ? { onPatientRequest: true, treatmentRelationship: true } : {};
        const ref = `c${b.ref % Math.max(1, i + 1)}`;
        const kind = (kinds[i] as number) % (options.noDeletions === true ? 26 : 28);
        if (kind < 15) {
          events.push({
            _tag: "ChoiceRecorded",
            ...base,
            actor,
            choiceId: `c${i}`,
            custodian: b.custodian,
            dataCategory: b.dataCategory,
            requesters: b.requesters,
            decision: b.decision,
            ...providerFlags,
          });
        } else if (kind < 18) {
          events.push({ _tag: "ChoiceWithdrawn", ...base, actor, choiceId: ref, ...providerFlags });
        } else if (kind < 20) {
          events.push({
            _tag: "EmergencyConsentRecorded",
            ...base,
            actor: b.provider,
            choiceId: `c${i}`,
            basis: "patient-agreed",
            treatmentRelationship: true,
            ...(b.shortEmergency === undefined
              ? {}
              : { validUntil: fromEpochMillis(at + b.shortEmergency * MINUTE) }),
          });
        } else if (kind < 22) {
          events.push({
            _tag: "EmergencyConsentConfirmed",
            ...base,
            actor: { _tag: "Patient" },
            choiceId: ref,
          });
        } else if (kind < 24) {
          events.push({
            _tag: "RepresentativeConfirmed",
            ...base,
            actor: { _tag: "Parent", relation: "parent" },
            choiceId: ref,
          });
        } else if (kind < 25) {
          events.push({
            _tag: "NotificationsSubscribed",
            ...base,
            actor: { _tag: "Patient" },
            email: "patient@example.org",
          });
        } else if (kind < 26) {
          events.push({ _tag: "NotificationsUnsubscribed", ...base, actor: { _tag: "Patient" } });
        } else if (kind < 27) {
          events.push({ _tag: "AllChoicesWithdrawn", ...base, actor: { _tag: "Patient" } });
        } else {
          events.push({ _tag: "ProfileDeleted", ...base, actor: { _tag: "Patient" } });
        }
      });
      return events;
    });
}

/** Options of {@link arbConsentRequest}. */
export interface RequestOptions {
  readonly patient?: Bsn;
  /** Range of `at`, in minutes after {@link generatedLogStart} (default 0–12 000). */
  readonly minutes?: { readonly min: number; readonly max: number };
  /** Probability-ish weight of purposes other than TREAT and of missing treatment relationships (default true). */
  readonly includeNonTreatment?: boolean;
}

/**
 * A consent-check request about the generated pools (custodian, category, requester), at an
 * instant in the generated span.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { compileProfile, decide, foldProfile, mitzRules } from "@zorgkit/consent";
 * import { arbConsentRequest, arbEventLog } from "@zorgkit/consent/testing";
 *
 * fc.assert(
 *   fc.property(arbEventLog(), arbConsentRequest(), (events, req) =>
 *     ["Permit", "Deny", "NotApplicable", "Indeterminate"].includes(decide(req, compileProfile(foldProfile(events, mitzRules), mitzRules)).value),
 *   ),
 *   { numRuns: 20 },
 * );
 * ```
 */
export function arbConsentRequest(options: RequestOptions = {}): fc.Arbitrary<ConsentRequest> {
  const minutes = options.minutes ?? { min: 0, max: 12_000 };
  const nonTreatment = options.includeNonTreatment ?? true;
  return fc
    .record({
      patient: options.patient === undefined ? arbBsn() : fc.constant(options.patient),
      custodianUra: arbUraFromPool(),
      custodianType: arbRequesterCategory(),
      dataCategory: arbDataCategory(),
      requesterUra: arbUraFromPool(),
      requesterCategory: arbRequesterCategory(),
      uzi: fc.constantFrom(...uziPool),
      purpose: nonTreatment
        ? fc.oneof(
            { weight: 8, arbitrary: fc.constant("TREAT") },
            { weight: 1, arbitrary: fc.constantFrom("COC", "HPAYMT") },
          )
        : fc.constant("TREAT"),
      treatmentRelationship: nonTreatment
        ? fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })
        : fc.constant(true),
      minute: fc.integer(minutes),
    })
    .map(
      (r): ConsentRequest => ({
        patient: r.patient,
        custodian: { ura: r.custodianUra, type: r.custodianType },
        dataCategory: r.dataCategory,
        requester: {
          ura: r.requesterUra,
          category: r.requesterCategory,
          professional: { uzi: r.uzi, role: "01.015" },
        },
        purpose: r.purpose,
        treatmentRelationship: r.treatmentRelationship,
        at: fromEpochMillis(generatedLogStart + r.minute * MINUTE),
      }),
    );
}

/** A choice as a FHIR `Consent` carries it (for round-trip tests).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { bsn } from "@zorgkit/core";
 * import { decodeFhirConsent, encodeFhirConsent, mitzRules } from "@zorgkit/consent";
 * import { arbFhirChoice } from "@zorgkit/consent/testing";
 *
 * fc.assert(fc.property(arbFhirChoice(), (c) => decodeFhirConsent(encodeFhirConsent(c, bsn("111222333")), mitzRules).ok), { numRuns: 20 });
 * ```
 */
export function arbFhirChoice(): fc.Arbitrary<FhirChoice> {
  return fc
    .record({
      id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/),
      custodian: fc.oneof(arbCustodian(), fc.constant<Custodian>({ _tag: "AllCustodians" })),
      dataCategory: arbDataCategory(),
      requesters: fc.oneof(
        arbRequesters(),
        arbUraFromPool().map((ura): Requesters => ({ _tag: "Organisation", ura })),
      ),
      decision: fc.constantFrom("permit" as const, "deny" as const),
      from: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
      hours: fc.option(fc.integer({ min: 1, max: 72 }), { nil: undefined }),
    })
    .map(
      ({ hours, from, ...rest }): FhirChoice => ({
        ...rest,
        from: fromEpochMillis(from),
        ...(hours === undefined ? {} : { until: fromEpochMillis(from + hours * 3_600_000) }),
      }),
    );
}

/** Near-miss event inputs (JSON): a bad BSN, a short URA, an unknown code, an offset-less time, a 73-hour emergency consent.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { decodeEvent, mitzRules } from "@zorgkit/consent";
 * import { arbInvalidEventInput } from "@zorgkit/consent/testing";
 *
 * fc.assert(fc.property(arbInvalidEventInput(), (u) => !decodeEvent(u, mitzRules).ok), { numRuns: 20 });
 * ```
 */
export function arbInvalidEventInput(): fc.Arbitrary<unknown> {
  const valid = {
    _tag: "ChoiceRecorded",
    eventId: "e1",
    at: "2026-03-01T10:00:00+01:00",
    patient: "111222333",
    actor: { _tag: "Patient" },
    choiceId: "c1",
    custodian: { _tag: "Organisation", ura: "00000001" },
    dataCategory: "GGC002",
    requesters: { _tag: "AllRequesters" },
    decision: "permit",
  };
  return fc.constantFrom<unknown>(
    { ...valid, patient: "123456789" },
    { ...valid, custodian: { _tag: "Organisation", ura: "1234567" } },
    { ...valid, dataCategory: "GGC999" },
    { ...valid, at: "2026-03-01T10:00:00" },
    { ...valid, actor: { _tag: "Provider", ura: "00000001" } },
    {
      _tag: "EmergencyConsentRecorded",
      eventId: "e2",
      at: "2026-03-01T10:00:00+01:00",
      patient: "111222333",
      actor: { _tag: "Provider", ura: "00000001", uzi: "000000011", role: "01.015" },
      choiceId: "c2",
      basis: "patient-agreed",
      treatmentRelationship: true,
      validUntil: "2026-03-04T11:00:00+01:00",
    },
  );
}
