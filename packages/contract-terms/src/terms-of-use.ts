/**
 * Versions of terms of use (gebruikersvoorwaarden) and whether a user must accept one before
 * continuing (MOZA 1.2: every new version; MITZ §1b, §9: first use, then only versions that say
 * so). The status is the input to `@zorgkit/authorization-roles` decisions.
 *
 * @module
 */
import {
  BoundedArray,
  Citations,
  compareDates,
  type Explained,
  explained,
  LocalDate,
  type Step,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { ShortText } from "./contract.js";

/** One version of the terms, identified by an id (often its date), with the day it is published. */
export const TermsVersion = Schema.Struct({
  id: Schema.String.check(
    Schema.isMaxLength(200),
    Schema.makeFilter((s: string) => s.length > 0 || "a version id cannot be empty"),
  ),
  publishedOn: LocalDate,
  /** Whether users must accept this version again before continuing (used by the `flagged-versions` policy). */
  requiresAcceptance: Schema.Boolean,
});
/** One version of the terms. */
export type TermsVersion = typeof TermsVersion.Type;

/**
 * When users must accept: `every-version` (MOZA 1.2 — every new version must be accepted before
 * the portal can be used again; accepted terms apply at once) or `flagged-versions` (MITZ §9 —
 * users are told of a change at login, and only some versions must be accepted again). Both
 * require acceptance before first use (MOZA 1.2, MITZ §1b).
 */
export const AcceptancePolicy = Schema.Literals(["every-version", "flagged-versions"]);
/** When users must accept. */
export type AcceptancePolicy = typeof AcceptancePolicy.Type;

/** Terms of use: the policy and the versions. Version ids must be unique. */
export const TermsOfUse = Schema.Struct({
  name: ShortText,
  policy: AcceptancePolicy,
  versions: BoundedArray(TermsVersion, 10_000),
  citations: Citations,
}).check(
  Schema.makeFilter((t) => {
    const seen = new Set<string>();
    for (const [i, v] of t.versions.entries()) {
      if (seen.has(v.id)) return { path: ["versions", i, "id"], issue: `version id "${v.id}" appears twice` };
      seen.add(v.id);
    }
    return undefined;
  }),
);
/** Terms of use. */
export type TermsOfUse = typeof TermsOfUse.Type;

/** A user's acceptance of a version. */
export const Acceptance = Schema.Struct({
  user: ShortText,
  versionId: ShortText,
  acceptedOn: LocalDate,
});
/** A user's acceptance of a version. */
export type Acceptance = typeof Acceptance.Type;

/** The outcome of {@link termsStatus}. */
export type TermsStatus =
  /** The user may continue under `version`; `changedSince` lists newer versions the user must be told of. */
  | {
      readonly status: "ok";
      readonly version: TermsVersion;
      readonly changedSince: ReadonlyArray<TermsVersion>;
    }
  /** The user must accept `version` before continuing. */
  | {
      readonly status: "must-accept";
      readonly version: TermsVersion;
      readonly reason: "first-use" | "new-version" | "version-requires-acceptance";
    }
  /** No version is published yet on that day. */
  | { readonly status: "no-terms" };

function byPublication(versions: ReadonlyArray<TermsVersion>): ReadonlyArray<TermsVersion> {
  return versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => compareDates(a.v.publishedOn, b.v.publishedOn) || a.i - b.i)
    .map((x) => x.v);
}

/**
 * Whether `user` may continue on day `at` or must first accept a version of the terms.
 * MOZA (`every-version`): the latest published version must have been accepted. MITZ
 * (`flagged-versions`): a first acceptance is needed; after that only versions published since the
 * user's last acceptance that require acceptance force a new one (the latest version is then the
 * one to accept); other changes are reported in `changedSince` so the user is told at login.
 * Acceptances after `at` or of unknown versions are ignored.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mozaTerms, termsStatus } from "@zorgkit/contract-terms";
 * const r = termsStatus(mozaTerms, [{ user: "u1", versionId: "2025-04-28", acceptedOn: date("2025-05-02") }], "u1", date("2026-01-05")).value;
 * r.status; // => "ok"
 * ```
 */
export function termsStatus(
  terms: TermsOfUse,
  acceptances: ReadonlyArray<Acceptance>,
  user: string,
  at: LocalDate,
): Explained<TermsStatus> {
  const published = byPublication(terms.versions).filter((v) => compareDates(v.publishedOn, at) <= 0);
  const citations = terms.citations;
  const current = published.at(-1);
  if (current === undefined) {
    return explained<TermsStatus>({ status: "no-terms" }, [
      step({
        rule: "no-terms-published",
        inputs: { at },
        citations,
        en: `On ${at} no version of the ${terms.name} terms is published.`,
        nl: `Op ${at} is er geen versie van de voorwaarden van ${terms.name} gepubliceerd.`,
      }),
    ]);
  }
  const accepted = new Set(
    acceptances.filter((a) => a.user === user && compareDates(a.acceptedOn, at) <= 0).map((a) => a.versionId),
  );
  const lastAcceptedIndex = published.reduce((last, v, i) => (accepted.has(v.id) ? i : last), -1);
  const steps: Array<Step> = [
    step({
      rule: "current-terms-version",
      inputs: { at, version: current.id },
      output: current.id,
      citations,
      en: `On ${at} the latest version of the ${terms.name} terms is ${current.id} (published ${current.publishedOn}).`,
      nl: `Op ${at} is de laatste versie van de voorwaarden van ${terms.name} ${current.id} (gepubliceerd ${current.publishedOn}).`,
    }),
  ];
  if (lastAcceptedIndex < 0) {
    steps.push(
      step({
        rule: "accept-before-first-use",
        inputs: { user },
        citations,
        en: "The user has not accepted any version: the terms must be accepted before use.",
        nl: "De gebruiker heeft nog geen versie geaccepteerd: de voorwaarden moeten vóór gebruik worden geaccepteerd.",
      }),
    );
    return explained<TermsStatus>({ status: "must-accept", version: current, reason: "first-use" }, steps);
  }
  const lastAccepted = published[lastAcceptedIndex]!;
  const newer = published.slice(lastAcceptedIndex + 1);
  if (newer.length === 0) {
    steps.push(
      step({
        rule: "latest-version-accepted",
        inputs: { user, version: lastAccepted.id },
        citations,
        en: `The user has accepted version ${lastAccepted.id}; it applies.`,
        nl: `De gebruiker heeft versie ${lastAccepted.id} geaccepteerd; die is van toepassing.`,
      }),
    );
    return explained<TermsStatus>({ status: "ok", version: lastAccepted, changedSince: [] }, steps);
  }
  if (terms.policy === "every-version") {
    steps.push(
      step({
        rule: "every-version-must-be-accepted",
        inputs: { user, lastAccepted: lastAccepted.id, newer: newer.map((v) => v.id) },
        citations,
        en: `Every new version must be accepted before the portal can be used again; version ${lastAccepted.id} stays the accepted one until then.`,
        nl: `Elke nieuwe versie moet worden geaccepteerd voordat de omgeving weer kan worden gebruikt; tot dan blijft versie ${lastAccepted.id} de geaccepteerde.`,
      }),
    );
    return explained<TermsStatus>({ status: "must-accept", version: current, reason: "new-version" }, steps);
  }
  const flagged = newer.filter((v) => v.requiresAcceptance);
  if (flagged.length > 0) {
    steps.push(
      step({
        rule: "flagged-version-must-be-accepted",
        inputs: { user, flagged: flagged.map((v) => v.id) },
        citations,
        en: `Since the user's last acceptance, version(s) ${flagged.map((v) => v.id).join(", ")} require acceptance again: the latest version must be accepted before continuing.`,
        nl: `Sinds de laatste acceptatie vragen versie(s) ${flagged.map((v) => v.id).join(", ")} opnieuw akkoord: de laatste versie moet worden geaccepteerd voordat de gebruiker verder kan.`,
      }),
    );
    return explained<TermsStatus>(
      { status: "must-accept", version: current, reason: "version-requires-acceptance" },
      steps,
    );
  }
  steps.push(
    step({
      rule: "changed-terms-inform-at-login",
      inputs: { user, changed: newer.map((v) => v.id) },
      citations,
      en: `The terms changed (${newer.map((v) => v.id).join(", ")}) without a new acceptance being required: the user is told at login and may continue.`,
      nl: `De voorwaarden zijn gewijzigd (${newer.map((v) => v.id).join(", ")}) zonder dat opnieuw akkoord nodig is: de gebruiker wordt bij het inloggen geïnformeerd en kan verder.`,
    }),
  );
  return explained<TermsStatus>({ status: "ok", version: current, changedSince: newer }, steps);
}
