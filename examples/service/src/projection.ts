/**
 * The in-memory read side: one compiled consent profile per stream (a patient's event log),
 * indexed by the patient's BSN (kept only in memory, never logged). Decisions read it; appends
 * refresh the stream they touched (and, with several instances, a NOTIFY from another instance does).
 *
 * @module
 */
import {
  type CompiledRoles,
  compileRoles,
  decodeRoleEventLog,
  mozaRoles,
} from "@zorgkit/authorization-roles";
import {
  type CompiledProfile,
  compileProfile,
  decodeEventLog,
  emptyProfile,
  foldProfile,
  mitzRules,
} from "@zorgkit/consent";

interface StreamState {
  readonly version: number;
  readonly patient: string | undefined;
  readonly profile: CompiledProfile;
}

export interface Projection {
  /** Rebuild a stream's profile from its stored payloads (ignored if not newer than what is held). */
  apply(stream: string, rows: ReadonlyArray<{ version: number; payload: unknown }>): void;
  /** The compiled profile for a patient; an empty profile when none is recorded. */
  profileFor(patient: string): CompiledProfile;
  versionOf(stream: string): number;
  /** The stream holding a patient's events, if any (the BSN stays in memory). */
  streamOf(patient: string): string | undefined;
  readonly size: number;
}

export function createProjection(): Projection {
  const streams = new Map<string, StreamState>();
  const byPatient = new Map<string, string>();
  const empty = compileProfile(emptyProfile, mitzRules);
  return {
    apply(stream, rows) {
      const version = rows.length === 0 ? 0 : (rows[rows.length - 1]?.version ?? 0);
      const held = streams.get(stream);
      if (held !== undefined && held.version >= version) return;
      const log = decodeEventLog(
        rows.map((r) => r.payload),
        mitzRules,
        { unknownKeys: "ignore" },
      );
      // Stored events were validated on append; a log that no longer decodes (other rules) is skipped.
      if (!log.ok) return;
      const folded = foldProfile(log.value, mitzRules);
      const patient = log.value[0]?.patient;
      const state: StreamState = { version, patient, profile: compileProfile(folded, mitzRules) };
      streams.set(stream, state);
      if (patient !== undefined) byPatient.set(patient, stream);
    },
    profileFor(patient) {
      const s = byPatient.get(patient);
      return (s === undefined ? undefined : streams.get(s)?.profile) ?? empty;
    },
    versionOf(stream) {
      return streams.get(stream)?.version ?? 0;
    },
    streamOf(patient) {
      return byPatient.get(patient);
    },
    get size() {
      return streams.size;
    },
  };
}

/**
 * The role read side: one compiled role state (`compileRoles` with the MOZA portal rulebook) per
 * organisation stream, indexed by the organisation's AGB code. An append refreshes its stream.
 */
export interface RoleProjection {
  apply(stream: string, rows: ReadonlyArray<{ version: number; payload: unknown }>): void;
  /** The compiled roles of an organisation; an empty state (every request denied) when none is recorded. */
  rolesOf(organisation: string): CompiledRoles;
  versionOf(stream: string): number;
  readonly size: number;
}

export function createRoleProjection(): RoleProjection {
  const streams = new Map<string, { version: number; roles: CompiledRoles }>();
  const byOrganisation = new Map<string, string>();
  const empty = compileRoles([], mozaRoles);
  return {
    apply(stream, rows) {
      const version = rows.length === 0 ? 0 : (rows[rows.length - 1]?.version ?? 0);
      const held = streams.get(stream);
      if (held !== undefined && held.version >= version) return;
      const log = decodeRoleEventLog(
        rows.map((r) => r.payload),
        mozaRoles,
        { unknownKeys: "ignore" },
      );
      if (!log.ok) return;
      const first = log.value[0];
      streams.set(stream, { version, roles: compileRoles(log.value, mozaRoles) });
      if (first !== undefined && "organisation" in first) byOrganisation.set(first.organisation, stream);
    },
    rolesOf(organisation) {
      const s = byOrganisation.get(organisation);
      return (s === undefined ? undefined : streams.get(s)?.roles) ?? empty;
    },
    versionOf(stream) {
      return streams.get(stream)?.version ?? 0;
    },
    get size() {
      return streams.size;
    },
  };
}
