/** Builders for readable worked examples. */
import {
  type Bsn,
  bsn,
  date,
  type Instant,
  instant,
  type LocalDate,
  type Step,
  type UraNumber,
  type UziNumber,
  uraNumber,
  uziNumber,
} from "@zorgkit/core";
import {
  type Actor,
  ALL_DATA,
  type CompiledProfile,
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  type Custodian,
  compileProfile,
  foldProfile,
  type MayRecordDetails,
  type MayRecordOptions,
  mayRecord,
  mitzRules,
  type Requesters,
} from "../src/index.js";

export const patient: Bsn = bsn("111222333");
export const hospitalX: UraNumber = uraNumber("00001111");
export const hospitalY: UraNumber = uraNumber("00002222");
export const gpPractice: UraNumber = uraNumber("00003333");
export const uzi: UziNumber = uziNumber("000000011");
export const HOSPITALS = "RPZAC104";
export const GPS = "RPZAC001";
export const PHARMACIES = "RPZAC005";

export const self: Actor = { _tag: "Patient" };
export const parent: Actor = { _tag: "Parent", relation: "parent" };
export const gpActor: Actor = { _tag: "Provider", ura: gpPractice, uzi, role: "01.015" };

let n = 0;
const nextId = () => `e${++n}`;

export function created(at: string, birthDate = "1980-05-17", who: Actor = self): ConsentEvent {
  return {
    _tag: "ProfileCreated",
    eventId: nextId(),
    at: instant(at),
    patient,
    actor: who,
    birthDate: date(birthDate),
  };
}

export const org = (ura: UraNumber): Custodian => ({ _tag: "Organisation", ura });
export const type = (code: string): Custodian => ({ _tag: "ProviderType", type: code });
export const allRequesters: Requesters = { _tag: "AllRequesters" };
export const categories = (...codes: [string, ...Array<string>]): Requesters => ({
  _tag: "Categories",
  codes,
});

export function recorded(
  at: string,
  choiceId: string,
  c: { custodian: Custodian; dataCategory: string; requesters?: Requesters; decision: "permit" | "deny" },
  who: Actor = self,
  extra: { onPatientRequest?: boolean; treatmentRelationship?: boolean; source?: "portal" | "import" } = {},
): ConsentEvent {
  return {
    _tag: "ChoiceRecorded",
    eventId: nextId(),
    at: instant(at),
    patient,
    actor: who,
    choiceId,
    custodian: c.custodian,
    dataCategory: c.dataCategory,
    requesters: c.requesters ?? allRequesters,
    decision: c.decision,
    ...extra,
  };
}

export function withdrawn(at: string, choiceId: string, who: Actor = self): ConsentEvent {
  return { _tag: "ChoiceWithdrawn", eventId: nextId(), at: instant(at), patient, actor: who, choiceId };
}

export function confirmedByParent(at: string, choiceId: string): ConsentEvent {
  return {
    _tag: "RepresentativeConfirmed",
    eventId: nextId(),
    at: instant(at),
    patient,
    actor: parent,
    choiceId,
  };
}

export function emergency(
  at: string,
  choiceId: string,
  who: Actor = gpActor,
  validUntil?: string,
  extra: { agreedBy?: Actor; basis?: "patient-agreed" | "legal-basis"; legalBasis?: string } = {},
): ConsentEvent {
  return {
    _tag: "EmergencyConsentRecorded",
    eventId: nextId(),
    at: instant(at),
    patient,
    actor: who,
    choiceId,
    basis: "patient-agreed",
    treatmentRelationship: true,
    ...(validUntil === undefined ? {} : { validUntil: instant(validUntil) }),
    ...extra,
  };
}

export function emergencyConfirmed(at: string, choiceId: string): ConsentEvent {
  return {
    _tag: "EmergencyConsentConfirmed",
    eventId: nextId(),
    at: instant(at),
    patient,
    actor: self,
    choiceId,
  };
}

export function subscribed(at: string): ConsentEvent {
  return {
    _tag: "NotificationsSubscribed",
    eventId: nextId(),
    at: instant(at),
    patient,
    actor: self,
    email: "p@example.org",
  };
}

export function request(
  at: string | Instant,
  r: {
    custodian?: { ura: UraNumber; type: string };
    dataCategory: string;
    requester?: { ura: UraNumber; category: string };
    purpose?: string;
    treatmentRelationship?: boolean;
  },
): ConsentRequest {
  const req = r.requester ?? { ura: gpPractice, category: GPS };
  return {
    patient,
    custodian: r.custodian ?? { ura: hospitalX, type: HOSPITALS },
    dataCategory: r.dataCategory,
    requester: { ...req, professional: { uzi, role: "01.015" } },
    purpose: r.purpose ?? "TREAT",
    treatmentRelationship: r.treatmentRelationship ?? true,
    at: typeof at === "string" ? instant(at) : at,
  };
}

/** A profile compiled against the Mitz rulebook (a compiled profile passes through). */
export function compiled(p: ConsentProfile | CompiledProfile): CompiledProfile {
  return (p as CompiledProfile)._tag === "CompiledProfile"
    ? (p as CompiledProfile)
    : compileProfile(p as ConsentProfile, mitzRules);
}

/**
 * `mayRecord` under the Mitz rulebook, as the readable pair the worked examples check:
 * `value.allowed` (the verdict is `allowed`) next to the verdict's details.
 */
export function may(
  actor: Actor,
  patient: { readonly birthDate: LocalDate },
  at: Instant,
  options: MayRecordOptions = {},
): {
  readonly value: { readonly allowed: boolean } & MayRecordDetails;
  readonly because: ReadonlyArray<Step>;
} {
  const v = mayRecord({ ...options, actor, birthDate: patient.birthDate }, mitzRules, at);
  return { value: { allowed: v.value === "allowed", ...v.details }, because: v.because };
}

/**
 * A profile of 41 choices: 40 for the custodians 10000000–10000039 (decision `decisionOf(i)`), then a
 * permit for hospital X — more than a packed record holds, so the store keeps it as an object.
 */
export function manyChoiceProfile(decisionOf: (i: number) => "permit" | "deny"): ConsentProfile {
  const events = [created("2026-01-05T09:00:00+01:00")];
  for (let i = 0; i < 40; i++)
    events.push(
      recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `c${i}`, {
        custodian: org(String(10_000_000 + i) as UraNumber),
        dataCategory: ALL_DATA,
        decision: decisionOf(i),
      }),
    );
  events.push(
    recorded("2026-01-05T11:00:00+01:00", "x", {
      custodian: org(hospitalX),
      dataCategory: ALL_DATA,
      decision: "permit",
    }),
  );
  return foldProfile(events, mitzRules);
}
