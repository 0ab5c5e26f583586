import { date, type Instant, type LocalDate, zonedInstant } from "@zorgkit/core";
import { evaluate } from "../src/evaluate.js";
import { statutoryRetention } from "../src/presets/statutory.js";
import { vjzRetention } from "../src/presets/vjz.js";
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

/**
 * A service that keeps IP addresses inside its NEN 7513 access log: VJZ's 6-month maximum for IP
 * addresses (§2 table row 5) meets the statutory 5-year minimum for the log — a conflict.
 */
export const combinedAuditLogPolicy: RetentionPolicy = {
  id: "combined",
  classes: {
    "audit-log": {
      description: "access log with IP addresses",
      requiredEvents: ["written"],
      laterEvents: [],
    },
  },
  rules: [
    ...statutoryRetention.rules.filter((r) => r.recordClass === "audit-log"),
    { ...vjzRetention.rules.find((r) => r.id === "ip-log-6-months")!, recordClass: "audit-log" },
  ],
};
