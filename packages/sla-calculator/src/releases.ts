/**
 * Releases and updates: the supplier's support of old major versions (MDO-SLA §11), the
 * customer's duty to stay within N-2 (MDO-BV art. 5.2), and the lead times for installing
 * subcontractors' updates (MDO-SLA §7.1).
 *
 * @module
 */
import {
  addLength,
  allowed,
  type Explained,
  explained,
  LocalDate,
  periodAfter,
  refused,
  step,
  undetermined,
  type Verdict,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CompiledSla, definitionOf } from "./compile.js";
import type { SlaDefinition } from "./sla.js";

/** A release of the service: its version label, major version number and release date. */
export const Release = Schema.Struct({
  version: Schema.String.check(Schema.isMaxLength(100)),
  major: Schema.Number.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0)),
  releasedOn: LocalDate,
});
/** A release. */
export type Release = typeof Release.Type;

/**
 * The date a major version is end-of-life: its release date + 2 years in the MDO SLA (§11), by
 * core's date rule (29 Feb + 2 years = 1 Mar).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { majorVersionEndOfLife, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * majorVersionEndOfLife(date("2026-03-01"), mdoSla2025).value; // => "2028-03-01"
 * ```
 */
export function majorVersionEndOfLife(
  releasedOn: LocalDate,
  rulebook: CompiledSla | SlaDefinition,
): Explained<LocalDate> {
  const sla: SlaDefinition = definitionOf(rulebook);
  const length = sla.releases.majorEndOfLife.value;
  const eol = addLength(releasedOn, length);
  return explained(eol, [
    step({
      rule: "major-version-end-of-life",
      inputs: { releasedOn, years: length.years ?? 0, months: length.months ?? 0 },
      output: eol,
      citations: sla.releases.majorEndOfLife.citations,
      en: `A major version released on ${releasedOn} is end-of-life on ${eol}.`,
      nl: `Een hoofdversie uitgebracht op ${releasedOn} is End-of-Life op ${eol}.`,
    }),
  ]);
}

/** Support status of one major version on a date. */
export interface MajorVersionSupport {
  readonly major: number;
  /** Release date of the major version (its first release). */
  readonly releasedOn: LocalDate;
  readonly endOfLife: LocalDate;
  readonly supported: boolean;
  readonly reason: "newest" | "supported-old-version" | "end-of-life" | "too-many-old-versions";
}

/**
 * Which major versions the supplier supports on a date (MDO-SLA §11): the newest major version,
 * plus at most one older major version that is not yet end-of-life (2 years after its release
 * date). Only versions released on or before `on` are considered. The newest major version is
 * always supported, even if it is older than 2 years (this library's reading: the end-of-life
 * rule explains the "one old version" rule and needs a successor to upgrade to).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoSla2025, supportedMajorVersions } from "@zorgkit/sla-calculator";
 *
 * const releases = [
 *   { version: "1.0", major: 1, releasedOn: date("2025-01-15") },
 *   { version: "2.0", major: 2, releasedOn: date("2026-01-15") },
 *   { version: "3.0", major: 3, releasedOn: date("2027-01-15") },
 * ];
 * const r = supportedMajorVersions(releases, mdoSla2025, date("2027-06-01"));
 * r.value.filter((v) => v.supported).map((v) => v.major); // => [3, 2]
 * ```
 */
export function supportedMajorVersions(
  releases: ReadonlyArray<Release>,
  rulebook: CompiledSla | SlaDefinition,
  on: LocalDate,
): Explained<ReadonlyArray<MajorVersionSupport>> {
  const sla: SlaDefinition = definitionOf(rulebook);
  const firstRelease = new Map<number, LocalDate>();
  for (const r of releases) {
    if (r.releasedOn > on) continue;
    const seen = firstRelease.get(r.major);
    if (seen === undefined || r.releasedOn < seen) firstRelease.set(r.major, r.releasedOn);
  }
  const majors = [...firstRelease.entries()].sort((a, b) => b[0] - a[0]);
  const oldAllowed = sla.releases.supportedOldMajorVersions.value;
  let oldSupported = 0;
  const out: Array<MajorVersionSupport> = majors.map(([major, releasedOn], index) => {
    const endOfLife = addLength(releasedOn, sla.releases.majorEndOfLife.value);
    if (index === 0) return { major, releasedOn, endOfLife, supported: true, reason: "newest" };
    if (on >= endOfLife) return { major, releasedOn, endOfLife, supported: false, reason: "end-of-life" };
    if (oldSupported >= oldAllowed) {
      return { major, releasedOn, endOfLife, supported: false, reason: "too-many-old-versions" };
    }
    oldSupported++;
    return { major, releasedOn, endOfLife, supported: true, reason: "supported-old-version" };
  });
  const supported = out.filter((v) => v.supported).map((v) => v.major);
  return explained(out, [
    step({
      rule: "supported-major-versions",
      inputs: { on, majors: majors.map(([m]) => m) },
      output: supported,
      citations: [
        ...sla.releases.supportedOldMajorVersions.citations,
        ...sla.releases.majorEndOfLife.citations,
      ],
      en: `On ${on} the supported major versions are ${supported.join(", ") || "none"} (the newest and at most ${oldAllowed} older one that is not end-of-life).`,
      nl: `Op ${on} worden de hoofdversies ${supported.join(", ") || "geen"} ondersteund (de nieuwste en maximaal ${oldAllowed} oude die niet End-of-Life is).`,
    }),
  ]);
}

/** Details of {@link mayUseRelease}: how far behind the release in use is, and the newest release. */
export interface ReleaseInUse {
  /** How many releases the release in use is behind the newest (absent when it is not among the releases). */
  readonly releasesBehind?: number;
  /** The newest release on the day (absent when none was released yet). */
  readonly newest?: string;
}

/**
 * May the customer use this release on `on` (MDO-BV art. 5.2)? Not more than two releases older
 * than the newest release (N-2). Releases are ordered by release date (then by their order in
 * the list); only releases released on or before `on` count. The BV's main text ranks above the
 * SLA (MDO-MS §3.1), so N-2 is the customer's duty even where the SLA's "one old major version"
 * support rule is narrower. A verdict: `allowed`, `refused`, or `undetermined` when the release in
 * use is not among the releases given. (Replaces `releaseInUseOk`.)
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mayUseRelease, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const releases = ["2026.1", "2026.2", "2027.1", "2027.2"].map((version, k) => ({
 *   version,
 *   major: 1,
 *   releasedOn: date(["2026-01-10", "2026-07-10", "2027-01-10", "2027-07-10"][k] ?? "2026-01-10"),
 * }));
 * mayUseRelease({ releases, inUse: "2026.2" }, mdoSla2025, date("2027-09-01")).value; // => "allowed"
 * mayUseRelease({ releases, inUse: "2026.1" }, mdoSla2025, date("2027-09-01")).value; // => "refused"
 * ```
 */
export function mayUseRelease(
  subject: { readonly releases: ReadonlyArray<Release>; readonly inUse: string },
  rulebook: CompiledSla | SlaDefinition,
  on: LocalDate,
): Verdict<ReleaseInUse> {
  const sla: SlaDefinition = definitionOf(rulebook);
  const { releases, inUse } = subject;
  const available = releases
    .map((r, index) => ({ r, index }))
    .filter((x) => x.r.releasedOn <= on)
    .sort((a, b) =>
      a.r.releasedOn < b.r.releasedOn ? -1 : a.r.releasedOn > b.r.releasedOn ? 1 : a.index - b.index,
    )
    .map((x) => x.r);
  const max = sla.releases.maxReleasesBehind.value;
  const position = available.findIndex((r) => r.version === inUse);
  const newest = available[available.length - 1]?.version;
  const behind = position < 0 ? undefined : available.length - 1 - position;
  const outcome = behind === undefined ? "undetermined" : behind <= max ? "allowed" : "refused";
  const s = step({
    rule: "release-n-minus-2",
    inputs: { inUse, newest: newest ?? null, releasesBehind: behind ?? null },
    output: outcome,
    citations: sla.releases.maxReleasesBehind.citations,
    en:
      behind === undefined
        ? `Release ${inUse} is not among the releases available on ${on}: whether it may be used is not settled by the facts given.`
        : `Release ${inUse} is ${behind} release(s) behind the newest (${newest}); at most ${max} is allowed.`,
    nl:
      behind === undefined
        ? `Release ${inUse} hoort niet bij de releases die op ${on} beschikbaar zijn: niet vast te stellen.`
        : `Release ${inUse} loopt ${behind} release(s) achter op de nieuwste (${newest}); maximaal ${max} is toegestaan.`,
  });
  const details: ReleaseInUse = {
    ...(behind === undefined ? {} : { releasesBehind: behind }),
    ...(newest === undefined ? {} : { newest }),
  };
  if (outcome === "allowed") return allowed({ reasons: [s], details });
  if (outcome === "refused") return refused({ reasons: [s], details });
  return undetermined({ reasons: [s], details });
}

/** A subcontractor's update: when it became available, whether it is critical, when it was installed. */
export const VendorUpdate = Schema.Struct({
  availableOn: LocalDate,
  critical: Schema.Boolean,
  installedOn: Schema.optionalKey(LocalDate),
}).check(
  Schema.makeFilter(
    (u) =>
      u.installedOn !== undefined && u.installedOn < u.availableOn
        ? "installedOn is before availableOn"
        : true,
    { expected: "an update installed after it became available" },
  ),
);
/** A subcontractor's update. */
export type VendorUpdate = typeof VendorUpdate.Type;

/** Result of {@link vendorUpdateDue}. */
export interface VendorUpdateDue {
  /** The last day on which the update is in time. */
  readonly lastDay: LocalDate;
  /** Whether the update was installed in time (absent while not installed). */
  readonly inTime?: boolean;
}

/**
 * The lead time for installing a subcontractor's update (MDO-SLA §7.1): critical updates as soon
 * as possible and within 3 months, others within 6 months of their availability. The period
 * is counted as the Hoge Raad counts month periods (core's `periodAfter`, HR 1 September 2017,
 * ECLI:NL:HR:2017:2225): the last day has the availability date's day number in the target month,
 * or is that month's last day when it has none (available 28 Feb 2027, non-critical → 28 Aug
 * 2027; available 31 Aug 2026, critical → 30 Nov 2026).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoSla2025, vendorUpdateDue } from "@zorgkit/sla-calculator";
 *
 * vendorUpdateDue({ availableOn: date("2026-08-31"), critical: true }, mdoSla2025).value.lastDay; // => "2026-11-30"
 * ```
 */
export function vendorUpdateDue(
  update: VendorUpdate,
  rulebook: CompiledSla | SlaDefinition,
): Explained<VendorUpdateDue> {
  const sla: SlaDefinition = definitionOf(rulebook);
  const length = update.critical ? sla.vendorUpdates.value.critical : sla.vendorUpdates.value.nonCritical;
  const { lastDay } = periodAfter(update.availableOn, length);
  const inTime = update.installedOn === undefined ? undefined : update.installedOn <= lastDay;
  return explained(inTime === undefined ? { lastDay } : { lastDay, inTime }, [
    step({
      rule: "vendor-update-lead-time",
      inputs: {
        availableOn: update.availableOn,
        critical: update.critical,
        installedOn: update.installedOn ?? null,
      },
      output: lastDay,
      citations: sla.vendorUpdates.citations,
      en: `A ${update.critical ? "critical" : "non-critical"} update available on ${update.availableOn} must be installed by ${lastDay}${inTime === undefined ? "" : inTime ? "; it was in time" : "; it was late"}.`,
      nl: `Een ${update.critical ? "kritische" : "niet-kritische"} update, beschikbaar op ${update.availableOn}, moet uiterlijk ${lastDay} zijn doorgevoerd${inTime === undefined ? "" : inTime ? "; dat was tijdig" : "; dat was te laat"}.`,
    }),
  ]);
}
