/**
 * Consent read endpoints over the stored streams: the profile as it stood at an instant
 * (`profileAt`, time travel over the patient's stored events) and its FHIR export as a Mitz
 * notification Bundle (`encodeMitzNotification` under `mitzInterop`). The patient's BSN is in the
 * request body, never in a path (routes are logged by pattern, and URLs end up in proxy logs).
 *
 * @module
 */
import {
  type Choice,
  type ConsentProfile,
  decodeEventLog,
  encodeMitzNotification,
  mitzInterop,
  mitzRules,
  profileAt,
} from "@zorgkit/consent";
import { Bsn, decode, formatInstant, type Instant } from "@zorgkit/core";
import type { Context, Hono } from "hono";
import type { Env, RouteContext } from "./app.js";
import type { Db } from "./db.js";
import { decodeFields, type FieldDecoder, instantField } from "./fields.js";
import type { Projection } from "./projection.js";
import { readStream } from "./store.js";

const decodeBsn = decode(Bsn);
const bsnField: FieldDecoder<Bsn> = (u) => decodeBsn(u);

/** A patient's profile at `at` from the stored stream (an empty profile when none is recorded). */
export async function storedProfileAt(
  db: Db,
  projection: Projection,
  patient: string,
  at: Instant,
): Promise<ConsentProfile> {
  const stream = projection.streamOf(patient);
  const rows = stream === undefined ? [] : await readStream(db, stream);
  const log = decodeEventLog(
    rows.map((r) => r.payload),
    mitzRules,
    { unknownKeys: "ignore" },
  );
  // Stored events were validated on append; a log that no longer decodes counts as none.
  return profileAt(log.ok ? log.value : [], mitzRules, at);
}

const when = (i: Instant | undefined) => (i === undefined ? undefined : formatInstant(i));

/** A choice as JSON: instants with their offset; who recorded it by kind only (no personal data). */
export const choiceJson = (c: Choice) => ({
  id: c.id,
  custodian: c.custodian,
  dataCategory: c.dataCategory,
  requesters: c.requesters,
  decision: c.decision,
  from: formatInstant(c.from),
  until: when(c.until),
  recordedAt: formatInstant(c.recordedAt),
  recordedBy: c.recordedBy._tag,
  origin: c.origin,
});

/** The profile without the BSN and the e-mail address (the caller knows whom it asked about). */
export const profileJson = (p: ConsentProfile) => ({
  exists: p.createdAt !== undefined,
  createdAt: when(p.createdAt),
  asOf: when(p.asOf),
  birthDateSource: p.birthDateSource,
  choices: p.choices.map(choiceJson),
  pending: p.pending.map((x) => ({ choiceId: x.choice.id, needs: x.needs })),
  subscribed: p.subscription !== undefined,
  rejected: p.rejected.map((r) => ({ eventId: r.eventId, at: formatInstant(r.at), reason: r.reason })),
  lastChangeAt: when(p.lastChangeAt),
});

/** The Mitz notification of a profile's choices: each choice with its recording instant. */
export function profileNotification(patient: Bsn, p: ConsentProfile) {
  return encodeMitzNotification(
    {
      patient,
      consents: p.choices.map((choice) => ({
        choice,
        recordedAt: choice.recordedAt,
        custodianOrganisationType: undefined,
      })),
    },
    mitzInterop,
  );
}

const decodeAsk = (input: unknown) => decodeFields(input, { patient: bsnField, at: instantField });

export function registerConsent(app: Hono<Env>, ctx: RouteContext, db: Db, projection: Projection): void {
  const { need, jsonBody, badRequest } = ctx;
  const read = async (c: Context<Env>) => {
    const body = await jsonBody(c);
    if (!body.ok) return { ok: false, response: body.response } as const;
    const r = decodeAsk(body.value);
    if (!r.ok) return { ok: false, response: badRequest(c, r.issues, r.totalIssues) } as const;
    const profile = await storedProfileAt(db, projection, r.value.patient, r.value.at);
    return { ok: true, patient: r.value.patient, profile } as const;
  };

  // The profile as it stood at `at` (MITZ: "what had the patient agreed to when this was fetched?").
  app.post("/consent/profiles", need("decisions:read"), async (c) => {
    const r = await read(c);
    return r.ok ? c.json(profileJson(r.profile)) : r.response;
  });

  // The profile at `at` as a Mitz notification Bundle; a choice Mitz cannot express is a 422.
  app.post("/consent/fhir", need("decisions:read"), async (c) => {
    const r = await read(c);
    if (!r.ok) return r.response;
    const bundle = profileNotification(r.patient, r.profile);
    if (!bundle.ok)
      return c.json(
        { error: "not-expressible", issues: bundle.issues, totalIssues: bundle.totalIssues },
        422,
      );
    return c.json(bundle.value, 200, { "content-type": "application/fhir+json" });
  });
}
