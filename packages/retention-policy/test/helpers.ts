import { date, type Instant, type LocalDate, zonedInstant } from "@zorgkit/core";
import { evaluate } from "../src/evaluate.js";
import type { RetentionRecord } from "../src/record.js";
import type { RetentionPolicy } from "../src/rulebook.js";

/** An instant on a day at a wall-clock time in Europe/Amsterdam (default 12:00). */
export function on(day: string, time = "12:00"): Instant {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return zonedInstant(date(day), h * 60 + m);
}

/** A record literal with dates checked. */
export function rec(
  recordClass: string,
  events: Record<string, string>,
  extra?: Partial<RetentionRecord>,
): RetentionRecord {
  const ev: Record<string, LocalDate> = {};
  for (const [k, v] of Object.entries(events)) ev[k] = date(v);
  return {
    id: extra?.id ?? `${recordClass}-1`,
    recordClass,
    events: ev,
    ...(extra?.holds ? { holds: extra.holds } : {}),
  };
}

/** Status, keepUntil, deleteBy of a record at an instant. */
export function judge(
  record: RetentionRecord,
  policy: RetentionPolicy,
  at: Instant,
  options?: { statutoryPeriodAsMaximum?: boolean },
) {
  const v = evaluate(record, policy, at, options).value;
  return { status: v.status, keepUntil: v.keepUntil, deleteBy: v.deleteBy };
}
