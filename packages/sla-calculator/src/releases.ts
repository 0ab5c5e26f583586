/**
 * Releases and updates: the supplier's support of old major versions (MDO-SLA §11), the
 * customer's duty to stay within N-2 (MDO-BV art. 5.2), and the lead times for installing
 * subcontractors' updates (MDO-SLA §7.1).
 *
 * @module
 */
import { addLength, type Explained, explained, LocalDate, periodAfter, step } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { citationsOf, type SlaDefinition } from "./sla.js";

/** A release of the service: its version label, major version number and release date. */
export const Release = Schema.Struct({
  version: Schema.String,
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
 * majorVersionEndOfLife(date("2026-03-01"), mdoSla2025).value; // "2028-03-01"
 * ```
 */
export function majorVersionEndOfLife(releasedOn: LocalDate, sla: SlaDefinition): Explained<LocalDate> {
  const length = sla.releases.majorEndOfLife.value;
  const eol = addLength(releasedOn, length);
  return explained(eol, [
    step({
      rule: "major-version-end-of-life",
      inputs: { releasedOn, years: length.years ?? 0, months: length.months ?? 0 },
      output: eol,
      citations: citationsOf(sla.releases.majorEndOfLife.source),
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
 * supportedMajorVersions(releases, date("2027-06-01"), mdoSla2025).value.filter((v) => v.supported);
 * ```
 */
export function supportedMajorVersions(
  releases: ReadonlyArray<Release>,
  on: LocalDate,
  sla: SlaDefinition,
): Explained<ReadonlyArray<MajorVersionSupport>> {
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
        ...citationsOf(sla.releases.supportedOldMajorVersions.source),
        ...citationsOf(sla.releases.majorEndOfLife.source),
      ],
      en: `On ${on} the supported major versions are ${supported.join(", ") || "none"} (the newest and at most ${oldAllowed} older one that is not end-of-life).`,
      nl: `Op ${on} worden de hoofdversies ${supported.join(", ") || "geen"} ondersteund (de nieuwste en maximaal ${oldAllowed} oude die niet End-of-Life is).`,
    }),
  ]);
}

/** Result of {@link releaseInUseOk}. */
export interface ReleaseInUse {
  readonly ok: boolean;
  /** How many releases the release in use is behind the newest (`null` when it is unknown). */
  readonly releasesBehind: number | null;
  readonly newest: string | null;
}

/**
 * Whether the customer's release is allowed (MDO-BV art. 5.2): not more than two releases older
 * than the newest release (N-2). Releases are ordered by release date (then by their order in
 * the list); only releases released on or before `on` count. The BV's main text ranks above the
 * SLA (MDO-MS §3.1), so N-2 is the customer's duty even where the SLA's "one old major version"
 * support rule is narrower.
 *
 * @example
 * ```ts
 * releaseInUseOk(["2026.1", "2026.2", "2027.1", "2027.2"].map(...), "2026.2", date("2027-09-01"), mdoSla2025).value.ok; // true (N-2)
 * ```
 */
export function releaseInUseOk(
  releases: ReadonlyArray<Release>,
  inUse: string,
  on: LocalDate,
  sla: SlaDefinition,
): Explained<ReleaseInUse> {
  const available = releases
    .map((r, index) => ({ r, index }))
    .filter((x) => x.r.releasedOn <= on)
    .sort((a, b) =>
      a.r.releasedOn < b.r.releasedOn ? -1 : a.r.releasedOn > b.r.releasedOn ? 1 : a.index - b.index,
    )
    .map((x) => x.r);
  const max = sla.releases.maxReleasesBehind.value;
  const position = available.findIndex((r) => r.version === inUse);
  const newest = available[available.length - 1]?.version ?? null;
  const behind = position < 0 ? null : available.length - 1 - position;
  const ok = behind !== null && behind <= max;
  return explained({ ok, releasesBehind: behind, newest }, [
    step({
      rule: "release-n-minus-2",
      inputs: { inUse, newest, releasesBehind: behind },
      output: ok,
      citations: citationsOf(sla.releases.maxReleasesBehind.source),
      en:
        behind === null
          ? `Release ${inUse} is not among the releases available on ${on}.`
          : `Release ${inUse} is ${behind} release(s) behind the newest (${newest}); at most ${max} is allowed.`,
      nl:
        behind === null
          ? `Release ${inUse} hoort niet bij de releases die op ${on} beschikbaar zijn.`
          : `Release ${inUse} loopt ${behind} release(s) achter op de nieuwste (${newest}); maximaal ${max} is toegestaan.`,
    }),
  ]);
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
  /** Whether the update was installed in time (`null` while not installed). */
  readonly inTime: boolean | null;
}

/**
 * The lead time for installing a subcontractor's update (MDO-SLA §7.1): critical updates as soon
 * as possible and within 3 months, others within 6 months of their availability. The period
 * follows core's date rule: it starts the day after the update became available and its last day
 * is the day before `start + length` (available 31 Aug 2026, critical → last day 30 Nov 2026).
 *
 * @example
 * ```ts
 * vendorUpdateDue({ availableOn: date("2026-08-31"), critical: true }, mdoSla2025).value.lastDay; // "2026-11-30"
 * ```
 */
export function vendorUpdateDue(
  update: { readonly availableOn: LocalDate; readonly critical: boolean; readonly installedOn?: LocalDate },
  sla: SlaDefinition,
): Explained<VendorUpdateDue> {
  const length = update.critical ? sla.vendorUpdates.value.critical : sla.vendorUpdates.value.nonCritical;
  const { lastDay } = periodAfter(update.availableOn, length);
  const inTime = update.installedOn === undefined ? null : update.installedOn <= lastDay;
  return explained({ lastDay, inTime }, [
    step({
      rule: "vendor-update-lead-time",
      inputs: {
        availableOn: update.availableOn,
        critical: update.critical,
        installedOn: update.installedOn ?? null,
      },
      output: lastDay,
      citations: citationsOf(sla.vendorUpdates.source),
      en: `A ${update.critical ? "critical" : "non-critical"} update available on ${update.availableOn} must be installed by ${lastDay}${inTime === null ? "" : inTime ? "; it was in time" : "; it was late"}.`,
      nl: `Een ${update.critical ? "kritische" : "niet-kritische"} update, beschikbaar op ${update.availableOn}, moet uiterlijk ${lastDay} zijn doorgevoerd${inTime === null ? "" : inTime ? "; dat was tijdig" : "; dat was te laat"}.`,
    }),
  ]);
}
