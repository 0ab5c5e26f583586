/**
 * Instants (points in time) and the conversion between instants and Dutch local time.
 *
 * An {@link Instant} is a number of milliseconds since 1970-01-01T00:00:00Z, branded once it
 * has been checked. On the wire an instant is an ISO-8601 string with an offset or `Z`
 * (`2026-03-29T01:30:00+01:00`); a local date-time without an offset is rejected, because it is
 * ambiguous across the DST switches. Time zone rules come from the runtime's IANA data (`Intl`).
 *
 * @module
 */
import * as Schema from "effect/Schema";
import * as SchemaGetter from "effect/SchemaGetter";
import { BoundedString } from "./bounded.js";
import { daysFromCivil, daysInMonth, fromEpochDay, type LocalDate, toEpochDay } from "./dates.js";
import { tableOffsetAt } from "./zone-offsets.js";

/** The time zone every source document states its times in. */
export const AMSTERDAM = "Europe/Amsterdam";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MIN_MS = 0; // 1970-01-01T00:00:00Z

/**
 * Why instants before 1970 are refused: the IANA data the runtime ships is complete only from
 * 1970; before that Europe/Amsterdam is Brussels' history, and before 1892 its offsets are
 * fractions of a minute (a formatted instant would read `+00:17.5`).
 */
const BEFORE_1970 =
  "instants before 1970 are not supported: before 1970 the time-zone data the runtime ships for Europe/Amsterdam is not Amsterdam's own history (before 1892 it even has offsets in fractions of a minute); plain dates (a birth date) are not affected";
/**
 * The last instant: 9999-12-30T23:59:59.999Z, the last whose local date is in 9999 in every time
 * zone (offsets reach +14:00). At 9999-12-31T23:00Z Amsterdam's date is already 10000-01-01, which
 * no `LocalDate` holds, so `localDateOf` threw on an instant the decoders had accepted (issue #17).
 */
const MAX_MS = 253402214399999;
const ABOVE_MAX =
  "after 9999-12-30T23:59:59.999Z (the last instant whose local date is in 9999 in every time zone)";

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parse an ISO-8601 instant string: the epoch milliseconds, or a problem description. Fractions
 * beyond milliseconds are truncated toward the past. Not exported from the package: use
 * {@link instantProblem}, {@link tryInstant} or the {@link Instant} schema.
 *
 * @internal
 */
export function parseInstant(s: string): { ok: true; ms: number } | { ok: false; problem: string } {
  const m = ISO_INSTANT.exec(s);
  if (m === null)
    return {
      ok: false,
      problem: "expected an ISO-8601 date-time with an offset, e.g. 2026-03-29T01:30:00+01:00",
    };
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  if (offset === undefined) {
    return {
      ok: false,
      problem:
        "a local date-time without an offset is ambiguous across DST: add Z or an offset such as +01:00",
    };
  }
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (year < 1) return { ok: false, problem: "year 0000 is not a calendar year" };
  if (month < 1 || month > 12) return { ok: false, problem: `month ${mos} does not exist` };
  if (day < 1 || day > daysInMonth(year, month))
    return { ok: false, problem: `day ${ds} does not exist in ${ys}-${mos}` };
  if (hour > 23) return { ok: false, problem: `hour ${hs} does not exist` };
  if (minute > 59) return { ok: false, problem: `minute ${mis} does not exist` };
  if (second > 59)
    return { ok: false, problem: `second ${ss} does not exist (leap seconds are not supported)` };
  let offsetMinutes = 0;
  if (offset !== "Z" && offset !== "z") {
    const sign = offset.startsWith("-") ? -1 : 1;
    const digits = offset.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 18 || om > 59) return { ok: false, problem: `offset ${offset} is not a UTC offset` };
    offsetMinutes = sign * (oh * 60 + om);
  }
  const millis = frac === undefined ? 0 : Number(frac.padEnd(3, "0").slice(0, 3));
  const ms =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millis;
  if (ms < MIN_MS) return { ok: false, problem: BEFORE_1970 };
  if (ms > MAX_MS) return { ok: false, problem: ABOVE_MAX };
  return { ok: true, ms };
}

/**
 * Schema of an {@link Instant}: decodes an ISO-8601 string with an offset or `Z` to epoch
 * milliseconds; rejects local date-times without an offset and impossible dates with a
 * readable message. Encodes back to UTC (`2026-03-29T00:30:00.000Z`).
 */
export const Instant = BoundedString(64)
  .check(
    Schema.makeFilter(
      (s: string) => {
        const r = parseInstant(s);
        return r.ok ? true : r.problem;
      },
      { expected: "an ISO-8601 date-time with an offset" },
    ),
  )
  .pipe(
    Schema.decodeTo(
      Schema.Number.check(
        Schema.makeFilter(
          (n: number) =>
            (Number.isSafeInteger(n) && n >= MIN_MS && n <= MAX_MS) ||
            (n < MIN_MS
              ? BEFORE_1970
              : `Expected epoch milliseconds from 1970 to 9999-12-30, not ${ABOVE_MAX}`),
          {
            expected: "epoch milliseconds from 1970 to 9999-12-30",
          },
        ),
      ).pipe(Schema.brand("Instant")),
      {
        decode: SchemaGetter.transform((s: string) => (parseInstant(s) as { ms: number }).ms),
        encode: SchemaGetter.transform((n: number) => new Date(n).toISOString()),
      },
    ),
  );

/**
 * A point in time: milliseconds since 1970-01-01T00:00:00Z (UTC), from 1970 to 9999-12-30T23:59:59.999Z
 * (the last instant whose local date is in 9999 in every time zone). Instants before 1970 are
 * refused (see {@link instant}); plain dates ({@link LocalDate}) are not limited.
 */
export type Instant = typeof Instant.Type;

/**
 * Why a string is not an {@link Instant} on the wire, or `undefined` when it is one.
 *
 * @example
 * ```ts
 * import { instantProblem } from "@zorgkit/core";
 *
 * instantProblem("2026-03-29T01:30:00+01:00"); // => undefined
 * instantProblem("2026-03-29T01:30:00"); // => "a local date-time without an offset is ambiguous across DST: add Z or an offset such as +01:00"
 * ```
 */
export function instantProblem(s: string): string | undefined {
  if (s.length > 64) return "expected an ISO-8601 date-time with an offset of at most 64 characters";
  const r = parseInstant(s);
  return r.ok ? undefined : r.problem;
}

/**
 * Build an {@link Instant} from an ISO string you know is valid (literals in code, tests);
 * throws `RangeError` naming the problem otherwise. Decode untrusted input with the
 * {@link Instant} schema.
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 *
 * instant("2026-03-29T01:30:00+01:00"); // => 1774744200000
 * ```
 */
export function instant(iso: string): Instant {
  const r = parseInstant(iso);
  if (!r.ok) throw new RangeError(`Not an instant "${iso}": ${r.problem}`);
  return r.ms as Instant;
}

/**
 * Total variant of {@link instant}: the {@link Instant} of an ISO string, or `undefined` when
 * it is not one.
 *
 * @example
 * ```ts
 * import { tryInstant } from "@zorgkit/core";
 *
 * tryInstant("2026-03-29T01:30:00+01:00"); // => 1774744200000
 * tryInstant("2026-03-29T01:30:00"); // => undefined
 * ```
 */
export function tryInstant(iso: string): Instant | undefined {
  if (typeof iso !== "string" || iso.length > 64) return undefined;
  const r = parseInstant(iso);
  return r.ok ? (r.ms as Instant) : undefined;
}

/**
 * Total variant of {@link fromEpochMillis}: `undefined` for non-integers and values outside the
 * supported range.
 *
 * @example
 * ```ts
 * import { tryFromEpochMillis } from "@zorgkit/core";
 *
 * tryFromEpochMillis(1774744200000); // => 1774744200000
 * tryFromEpochMillis(1.5); // => undefined
 * ```
 */
export function tryFromEpochMillis(ms: number): Instant | undefined {
  return Number.isSafeInteger(ms) && ms >= MIN_MS && ms <= MAX_MS ? (ms as Instant) : undefined;
}

/**
 * Treat epoch milliseconds (from `Date.now()`, `date.getTime()`, a database) as an
 * {@link Instant}; throws `RangeError` for non-integers and values outside 1970 to 9999-12-30 (UTC).
 *
 * @example
 * ```ts
 * import { fromEpochMillis } from "@zorgkit/core";
 *
 * fromEpochMillis(Date.UTC(2026, 0, 1)); // => 1767225600000
 * ```
 */
export function fromEpochMillis(ms: number): Instant {
  if (Number.isSafeInteger(ms) && ms < MIN_MS)
    throw new RangeError(`${ms} is not a supported instant: ${BEFORE_1970}`);
  if (!Number.isSafeInteger(ms) || ms > MAX_MS) {
    throw new RangeError(`${ms} is not an instant in epoch milliseconds from 1970 to 9999-12-30 (UTC)`);
  }
  return ms as Instant;
}

/**
 * Whether the runtime knows an IANA time zone name.
 *
 * @example
 * ```ts
 * import { isTimeZone } from "@zorgkit/core";
 *
 * isTimeZone("Europe/Amsterdam"); // => true
 * isTimeZone("Europe/Amsterdamm"); // => false
 * ```
 */
export function isTimeZone(timeZone: string): boolean {
  try {
    tableOffsetAt(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTC offset in milliseconds of a time zone at an instant (`+3_600_000` for CET,
 * `+7_200_000` for CEST).
 *
 * @example
 * ```ts
 * import { instant, offsetAt } from "@zorgkit/core";
 *
 * offsetAt(instant("2026-07-01T12:00:00Z")); // => 7200000
 * ```
 */
export function offsetAt(at: Instant | number, timeZone: string = AMSTERDAM): number {
  // A cached per-zone table of offset transitions (see zone-offsets.ts), built lazily from Intl.
  const offset = tableOffsetAt(at, timeZone);
  if (at + offset < 0)
    throw new RangeError(`${formatUnchecked(at, timeZone)} in ${timeZone}: ${BEFORE_1970}`);
  return offset;
}

/**
 * The calendar date at an instant in a time zone.
 *
 * @example
 * ```ts
 * import { instant, localDateOf } from "@zorgkit/core";
 *
 * localDateOf(instant("2026-03-28T23:30:00Z")); // => "2026-03-29"
 * ```
 */
export function localDateOf(at: Instant | number, timeZone: string = AMSTERDAM): LocalDate {
  return fromEpochDay(Math.floor((at + offsetAt(at, timeZone)) / MS_PER_DAY));
}

/** How to read a local time that occurs twice (autumn) or not at all (spring). */
export const Disambiguation = Schema.Literals(["compatible", "earlier", "later"]);

/** See the {@link Disambiguation} schema. */
export type Disambiguation = typeof Disambiguation.Type;

/**
 * The instant of a local wall-clock time on a date in a time zone. A time in the spring gap
 * (02:30 on the last Sunday of March) is moved forward by the gap ("compatible", as Temporal
 * does); a time that occurs twice (02:30 on the last Sunday of October) is the earlier one
 * unless `disambiguation` says "later".
 *
 * @example
 * ```ts
 * import { date, formatInstant, zonedInstant } from "@zorgkit/core";
 *
 * // Monday 09:00 CEST = 2026-03-30T07:00:00Z
 * formatInstant(zonedInstant(date("2026-03-30"), 9 * 60)); // => "2026-03-30T09:00:00+02:00"
 * ```
 */
export function zonedInstant(
  on: LocalDate,
  minuteOfDay: number,
  timeZone: string = AMSTERDAM,
  disambiguation: Disambiguation = "compatible",
): Instant {
  if (on < "1970-01-01") throw new RangeError(`${on} in ${timeZone}: ${BEFORE_1970}`);
  const wall = toEpochDay(on) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  // Offsets a little before and after the wall time bracket every transition (< 1 day apart).
  const before = tableOffsetAt(wall - MS_PER_DAY, timeZone);
  const after = tableOffsetAt(wall + MS_PER_DAY, timeZone);
  const candidates: Array<number> = [];
  for (const off of before === after ? [before] : [before, after]) {
    const utc = wall - off;
    if (tableOffsetAt(utc, timeZone) === off) candidates.push(utc);
  }
  candidates.sort((a, b) => a - b);
  if (candidates.length > 0) {
    const chosen = disambiguation === "later" ? candidates[candidates.length - 1] : candidates[0];
    return chosen as Instant;
  }
  // In a gap: shift forward by the gap length ("compatible"/"later") or back ("earlier").
  const gap = after - before;
  return (disambiguation === "earlier" ? wall - before - gap : wall - before) as Instant;
}

const pad = (n: number, w = 2) => `${Math.abs(n)}`.padStart(w, "0");

/**
 * Format an instant as ISO-8601 local time with its offset in a time zone:
 * `2026-03-29T03:30:00+02:00`. Milliseconds are shown only when not zero.
 *
 * @example
 * ```ts
 * import { formatInstant, instant } from "@zorgkit/core";
 *
 * formatInstant(instant("2026-03-29T01:30:00Z")); // => "2026-03-29T03:30:00+02:00"
 * ```
 */
export function formatInstant(at: Instant | number, timeZone: string = AMSTERDAM): string {
  return formatWithOffset(at, offsetAt(at, timeZone), timeZone);
}

/**
 * {@link formatInstant} without the 1970 check, for error messages about such instants.
 *
 * @internal
 */
export function formatUnchecked(at: number, timeZone: string): string {
  if (!(at >= -62135596800000 && at <= MAX_MS)) return `${String(at)} ms`;
  return formatWithOffset(at, Math.round(tableOffsetAt(at, timeZone) / 60_000) * 60_000, timeZone);
}

function formatWithOffset(at: number, offset: number, timeZone: string): string {
  const local = at + offset;
  const epochDay = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - epochDay * MS_PER_DAY;
  const h = Math.floor(msOfDay / 3_600_000);
  const mi = Math.floor((msOfDay % 3_600_000) / 60_000);
  const sec = Math.floor((msOfDay % 60_000) / 1000);
  const milli = msOfDay % 1000;
  const offMin = offset / 60_000;
  const sign = offMin < 0 ? "-" : "+";
  const off =
    offMin === 0 && timeZone === "UTC"
      ? "Z"
      : `${sign}${pad(Math.trunc(Math.abs(offMin) / 60))}:${pad(Math.abs(offMin) % 60)}`;
  return `${fromEpochDay(epochDay)}T${pad(h)}:${pad(mi)}:${pad(sec)}${milli === 0 ? "" : `.${pad(milli, 3)}`}${off}`;
}
