/**
 * fast-check arbitraries of retention values: lengths, rules, whole policies, records under a
 * policy (valid ones and near-misses), instants, backups. Requires `fast-check` (optional peer).
 *
 * @module
 */
import {
  type DateLength,
  date,
  fromEpochDay,
  type Instant,
  type LocalDate,
  toEpochDay,
  tryAddDays,
  zonedInstant,
} from "@zorgkit/core";
import fc from "fast-check";
import type { Backup } from "../backups.js";
import type { Hold, RetentionRecord } from "../record.js";
import type { ClassRule, RecordClass, RetentionPolicy, RetentionRule } from "../rulebook.js";

const LAST_DAY = date("9999-12-31");
/** `days` after `start`, or the calendar's last day (9999-12-31) when that passes it. */
const laterDay = (start: LocalDate, days: number): LocalDate => tryAddDays(start, days) ?? LAST_DAY;

/** A day range for generated dates. Default: 2020-01-01 to 2032-12-31. */
export interface DayRange {
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

const D_FROM = date("2020-01-01");
const D_TO = date("2032-12-31");

/**
 * A calendar day in a range; month ends and 29 February are drawn more often.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbRetentionDate } from "@zorgkit/retention-policy/testing";
 *
 * fc.sample(arbRetentionDate(), 1)[0]?.length; // => 10
 * ```
 */
export function arbRetentionDate(range?: DayRange): fc.Arbitrary<LocalDate> {
  const lo = toEpochDay(range?.from ?? D_FROM);
  const hi = toEpochDay(range?.to ?? D_TO);
  const any = fc.integer({ min: lo, max: hi }).map(fromEpochDay);
  const monthEnd = fc
    .tuple(fc.integer({ min: lo, max: hi }), fc.constantFrom(0, 1, 2, 3))
    .map(([d, back]) => {
      const first = toEpochDay(date(`${fromEpochDay(d).slice(0, 7)}-01`));
      return Math.max(lo, first - back); // the last days of the previous month
    })
    .map(fromEpochDay);
  return fc.oneof({ arbitrary: any, weight: 3 }, { arbitrary: monthEnd, weight: 1 });
}

/**
 * An instant on a day of the range, at any minute (Europe/Amsterdam), DST days included.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbRetentionInstant } from "@zorgkit/retention-policy/testing";
 *
 * typeof fc.sample(arbRetentionInstant(), 1)[0]; // => "number"
 * ```
 */
export function arbRetentionInstant(range?: DayRange): fc.Arbitrary<Instant> {
  return fc
    .tuple(arbRetentionDate(range), fc.integer({ min: 0, max: 1439 }))
    .map(([d, m]) => zonedInstant(d, m));
}

/**
 * A positive retention length: days, weeks, months or years (sometimes two units).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbRetentionLength } from "@zorgkit/retention-policy/testing";
 *
 * Object.keys(fc.sample(arbRetentionLength(), 1)[0] ?? {}).length > 0; // => true
 * ```
 */
export function arbRetentionLength(): fc.Arbitrary<DateLength> {
  return fc.oneof(
    fc.integer({ min: 1, max: 400 }).map((days) => ({ days })),
    fc.integer({ min: 1, max: 60 }).map((weeks) => ({ weeks })),
    fc.integer({ min: 1, max: 36 }).map((months) => ({ months })),
    fc.integer({ min: 1, max: 25 }).map((years) => ({ years })),
    fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 11 }))
      .map(([years, months]) => ({ years, months })),
  );
}

/**
 * A rule of any kind over the given event names.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbRetentionRule } from "@zorgkit/retention-policy/testing";
 *
 * typeof fc.sample(arbRetentionRule(["received", "processed"]), 1)[0]?._tag; // => "string"
 * ```
 */
export function arbRetentionRule(events: ReadonlyArray<string>): fc.Arbitrary<RetentionRule> {
  const ev = fc.constantFrom(...events);
  const bound = fc.constantFrom("min" as const, "max" as const);
  return fc.oneof(
    {
      arbitrary: fc.record({
        _tag: fc.constant("AfterEvent" as const),
        event: ev,
        duration: arbRetentionLength(),
        bound,
      }),
      weight: 4,
    },
    {
      arbitrary: fc.record({
        _tag: fc.constant("AfterEvent" as const),
        event: ev,
        duration: arbRetentionLength(),
        bound: fc.constant("max" as const),
        unless: ev,
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record(
        { _tag: fc.constant("WhileActive" as const), until: ev, grace: arbRetentionLength() },
        { requiredKeys: ["_tag", "until"] },
      ),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        _tag: fc.constant("UntilProcessed" as const),
        received: ev,
        processed: ev,
        max: arbRetentionLength(),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ _tag: fc.constant("Immediately" as const), event: ev }), weight: 1 },
    { arbitrary: fc.constant({ _tag: "NotStored" as const }), weight: 1 },
    {
      arbitrary: fc.record(
        {
          _tag: fc.constant("ByAgreement" as const),
          agreed: fc.record({ event: ev, duration: arbRetentionLength(), bound }),
        },
        { requiredKeys: ["_tag"] },
      ),
      weight: 1,
    },
  );
}

const CLASS_EVENTS: RecordClass = {
  description: "generated",
  requiredEvents: ["start"],
  laterEvents: ["e1", "e2", "e3"],
};
const EVENTS = [...CLASS_EVENTS.requiredEvents, ...CLASS_EVENTS.laterEvents];

/**
 * A valid policy of 1–3 classes (`c0`…), each with the events `start` (required), `e1`–`e3`, and
 * 0–6 rules per class of every kind.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import fc from "fast-check";
 * import { RetentionPolicy } from "@zorgkit/retention-policy";
 * import { arbRetentionPolicy } from "@zorgkit/retention-policy/testing";
 *
 * Schema.is(RetentionPolicy)(fc.sample(arbRetentionPolicy(), 1)[0]); // => true
 * ```
 */
export function arbRetentionPolicy(): fc.Arbitrary<RetentionPolicy> {
  return fc.integer({ min: 1, max: 3 }).chain((nClasses) =>
    fc
      .tuple(...Array.from({ length: nClasses }, () => fc.array(arbRetentionRule(EVENTS), { maxLength: 6 })))
      .map((perClass) => {
        const classes: Record<string, RecordClass> = {};
        const rules: Array<ClassRule> = [];
        perClass.forEach((list, c) => {
          classes[`c${c}`] = CLASS_EVENTS;
          list.forEach((rule, k) => {
            rules.push({
              id: `c${c}-r${k}`,
              recordClass: `c${c}`,
              rule,
              citations: [{ source: "TEST", article: `${c}.${k}` }],
              ...(rule._tag === "AfterEvent" && rule.bound === "max" && k % 3 === 0
                ? { reading: "statutory-period-as-maximum" as const }
                : {}),
            });
          });
        });
        return { id: "generated", classes, rules };
      }),
  );
}

/**
 * A hold: an undated id, or placed on a day and maybe lifted later.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbHold } from "@zorgkit/retention-policy/testing";
 *
 * fc.sample(arbHold(), 1).length; // => 1
 * ```
 */
export function arbHold(range?: DayRange): fc.Arbitrary<Hold> {
  return fc.oneof(
    fc.constantFrom("hold-a", "hold-b"),
    fc
      .tuple(arbRetentionDate(range), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }))
      .map(([placedOn, lift]) =>
        lift === undefined
          ? { id: "dated", placedOn }
          : { id: "dated", placedOn, liftedOn: laterDay(placedOn, lift) },
      ),
  );
}

/**
 * A record of one of the classes of {@link arbRetentionPolicy}: `start` in the range, later
 * events on or after it (each maybe absent), and sometimes holds.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbRetentionRecord } from "@zorgkit/retention-policy/testing";
 *
 * fc.sample(arbRetentionRecord(1), 1)[0]?.recordClass; // => "c0"
 * ```
 */
export function arbRetentionRecord(
  classes = 3,
  options?: DayRange & { readonly holds?: boolean },
): fc.Arbitrary<RetentionRecord> {
  const later = fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined });
  return fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      c: fc.integer({ min: 0, max: classes - 1 }),
      start: arbRetentionDate(options),
      e1: later,
      e2: later,
      e3: later,
      holds: options?.holds === false ? fc.constant([]) : fc.array(arbHold(options), { maxLength: 2 }),
    })
    .map(({ id, c, start, e1, e2, e3, holds }) => {
      const events: Record<string, LocalDate> = { start };
      if (e1 !== undefined) events.e1 = laterDay(start, e1);
      if (e2 !== undefined) events.e2 = laterDay(start, e2);
      if (e3 !== undefined) events.e3 = laterDay(start, e3);
      return holds.length === 0
        ? { id, recordClass: `c${c}`, events }
        : { id, recordClass: `c${c}`, events, holds };
    });
}

/**
 * A backup history: a full backup every 1–10 days and 0–3 differentials per day against the latest
 * full, at random times, over `days` days ending at `end`.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbBackups } from "@zorgkit/retention-policy/testing";
 *
 * (fc.sample(arbBackups({ days: 30 }), 1)[0]?.length ?? 0) > 0; // => true
 * ```
 */
export function arbBackups(options?: {
  readonly days?: number;
  readonly end?: LocalDate;
}): fc.Arbitrary<ReadonlyArray<Backup>> {
  const days = options?.days ?? 120;
  const end = toEpochDay(options?.end ?? date("2026-12-01"));
  return fc
    .tuple(
      fc.integer({ min: 1, max: 10 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1439 })), {
        minLength: days,
        maxLength: days,
      }),
    )
    .map(([every, perDay]) => {
      const out: Array<Backup> = [];
      let base: string | undefined;
      perDay.forEach(([diffs, minute], k) => {
        const d = fromEpochDay(end - days + 1 + k);
        if (k % every === 0 || base === undefined) {
          base = `full-${d}`;
          out.push({ id: base, kind: "full", takenAt: zonedInstant(d, Math.min(minute, 60)) });
        }
        for (let j = 0; j < diffs; j++)
          out.push({
            id: `diff-${d}-${j}`,
            kind: "differential",
            base,
            takenAt: zonedInstant(d, Math.min(1439, 61 + minute + j)),
          });
      });
      return out;
    });
}

/**
 * A valid record of any class of a policy: the required events on one day in the range, each
 * later event absent or 0–`spread` days after it.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import fc from "fast-check";
 * import { RetentionRecordFor, vjzRetention } from "@zorgkit/retention-policy";
 * import { arbRecordFor } from "@zorgkit/retention-policy/testing";
 *
 * Schema.is(RetentionRecordFor(vjzRetention))(fc.sample(arbRecordFor(vjzRetention), 1)[0]); // => true
 * ```
 */
export function arbRecordFor(
  policy: RetentionPolicy,
  options?: DayRange & { readonly spread?: number },
): fc.Arbitrary<RetentionRecord> {
  const names = Object.keys(policy.classes);
  const spread = options?.spread ?? 400;
  return fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      c: fc.constantFrom(...names),
      start: arbRetentionDate(options),
      offsets: fc.array(fc.option(fc.integer({ min: 0, max: spread }), { nil: undefined }), {
        minLength: 20,
        maxLength: 20,
      }),
    })
    .map(({ id, c, start, offsets }) => {
      const cls = policy.classes[c] as RecordClass;
      const events: Record<string, LocalDate> = {};
      for (const e of cls.requiredEvents) events[e] = start;
      cls.laterEvents.forEach((e, i) => {
        const o = offsets[i];
        if (o !== undefined) events[e] = laterDay(start, o);
      });
      return { id, recordClass: c, events };
    });
}
