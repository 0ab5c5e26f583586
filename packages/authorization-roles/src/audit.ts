/**
 * Audit records of access decisions, with the fields NEN 7513 asks of a log entry: who (user,
 * certificate, or the insurer employee and the view-as consent, or the intermediary), on behalf of
 * which organisation, which action on which resource, when (UTC and Amsterdam local time), and the
 * outcome with the deciding rule. No BSN: subjects are pseudonymous ids and a prior-authorisation
 * request is named by its id only.
 *
 * @module
 */
import { formatInstant, type Instant } from "@zorgkit/core";
import type { AccessOutcome } from "./outcome.js";
import type { AccessRequest } from "./request.js";

/** One audit-log record of an access decision. */
export interface AccessAuditRecord {
  readonly type: "access-check";
  /** When the access was asked about. */
  readonly at: Instant;
  /** The same instant in Europe/Amsterdam local time with its offset. */
  readonly atLocal: string;
  /** Who acted: kind and pseudonymous id. */
  readonly actor: {
    readonly kind: "user" | "acting-for-patient" | "insurer-employee" | "intermediary";
    readonly id: string;
    readonly certificate?: string;
  };
  /** A view-as session (MOZA-style looking along): the consent it ran under. */
  readonly viewAs?: { readonly consent: string };
  /** A mandate the user acted under. */
  readonly mandate?: string;
  /** The organisation (AGB code) the action was for. */
  readonly organisation: string;
  readonly action: string;
  /** The resource: `account`, `mdo:<cooperation>/<mdo>`, `prior-authorisation:<id>`. */
  readonly resource: string;
  readonly decision: "allow" | "deny";
  readonly failedCheck?: string;
  readonly grantingRoles: ReadonlyArray<string>;
}

function resourceText(r: AccessRequest): string {
  const res = r.resource;
  switch (res._tag) {
    case "Account":
      return "account";
    case "Mdo":
      return `mdo:${res.cooperation}/${res.mdo}`;
    case "PriorAuthorisation":
      return `prior-authorisation:${res.request}`;
  }
}

/** Build the audit record of a decision. @internal */
export function auditRecordOf(r: AccessRequest, at: Instant, outcome: AccessOutcome): AccessAuditRecord {
  const sub = r.subject;
  const base = {
    type: "access-check" as const,
    at,
    atLocal: formatInstant(at),
    organisation: r.organisation,
    action: r.action,
    resource: resourceText(r),
    decision: outcome.decision,
    grantingRoles: outcome.grantingRoles,
    ...(outcome.failedCheck === undefined ? {} : { failedCheck: outcome.failedCheck }),
  };
  switch (sub._tag) {
    case "User":
      return { ...base, actor: { kind: "user", id: sub.user, certificate: sub.certificate } };
    case "ActingForPatient":
      return {
        ...base,
        actor: { kind: "acting-for-patient", id: sub.user, certificate: sub.certificate },
        mandate: sub.mandate,
      };
    case "InsurerEmployee":
      return {
        ...base,
        actor: { kind: "insurer-employee", id: sub.employee },
        viewAs: { consent: sub.consent },
      };
    case "Intermediary":
      return { ...base, actor: { kind: "intermediary", id: sub.intermediary } };
  }
}
