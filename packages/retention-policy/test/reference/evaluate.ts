/**
 * A slow, obviously-correct reference for `evaluate`: the spec's §2 read literally, on ISO date
 * strings, with core's `periodAfter` called directly (no memo, no epoch days, no compiled plan).
 */
import { addDays, date, type Instant, type LocalDate, localDateOf, periodAfter } from "@zorgkit/core";
import type { RetentionRecord } from "../../src/record.js";
import type { RetentionPolicy } from "../../src/rulebook.js";

export interface RefResult {
  status: string;
  keepUntil: string | undefined;
  deleteBy: string | undefined;
}

const last = (e: string, length: Parameters<typeof periodAfter>[1]): string =>
  periodAfter(date(e), length).lastDay;

export function referenceEvaluate(
  record: RetentionRecord,
  policy: RetentionPolicy,
  at: Instant,
  options?: { statutoryPeriodAsMaximum?: boolean },
): RefResult {
  const today: LocalDate = localDateOf(at);
  const happened = (name: string): string | undefined => {
    const d = Object.hasOwn(record.events, name) ? record.events[name] : undefined;
    return d !== undefined && d <= today ? d : undefined;
  };
  const held = (record.holds ?? []).some((h) =>
    typeof h === "string" ? true : h.placedOn <= today && (h.liftedOn === undefined || today < h.liftedOn),
  );
  const cls = Object.hasOwn(policy.classes, record.recordClass)
    ? policy.classes[record.recordClass]
    : undefined;
  const rules = policy.rules.filter(
    (r) =>
      r.recordClass === record.recordClass &&
      !(options?.statutoryPeriodAsMaximum === false && r.reading === "statutory-period-as-maximum"),
  );
  let incomplete = cls === undefined || rules.length === 0;
  if (cls !== undefined) for (const e of cls.requiredEvents) if (happened(e) === undefined) incomplete = true;
  const mins: Array<string> = [];
  const maxes: Array<string> = [];
  const openMinLowers: Array<string> = [];
  let running = false;
  for (const { rule } of rules) {
    let r = rule;
    if (r._tag === "ByAgreement") {
      if (r.agreed === undefined) {
        incomplete = true;
        continue;
      }
      r = { _tag: "AfterEvent", ...r.agreed };
    }
    if (r._tag === "AfterEvent") {
      const e = happened(r.event);
      if (r.bound === "min") {
        if (e !== undefined) mins.push(last(e, r.duration));
        else {
          running = true;
          openMinLowers.push(last(addDays(today, 1), r.duration));
        }
      } else {
        // the exception counts only when it happened by the period's last day (VJZ §2 row 3)
        const u = r.unless === undefined ? undefined : happened(r.unless);
        if (u !== undefined && (e === undefined || u <= last(e, r.duration))) continue;
        if (e !== undefined) maxes.push(last(e, r.duration));
      }
    } else if (r._tag === "WhileActive") {
      const u = happened(r.until);
      if (u === undefined) running = true;
      else maxes.push(r.grace === undefined ? u : last(u, r.grace));
    } else if (r._tag === "UntilProcessed") {
      const rec = happened(r.received);
      if (rec === undefined) continue;
      const p = happened(r.processed);
      const cap = last(rec, r.max);
      if (p === undefined) {
        running = true;
        maxes.push(cap);
        // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as strings
      } else maxes.push(p < cap ? p : cap);
    } else if (r._tag === "Immediately") {
      const e = happened(r.event);
      if (e === undefined) running = true;
      else maxes.push(e);
    } else if (r._tag === "NotStored") {
      const present = Object.keys(record.events)
        .map(happened)
        .filter((d): d is string => d !== undefined)
        .sort();
      maxes.push(addDays(date(present[0] ?? today), -1));
    }
  }
  const keepUntil = mins.length === 0 ? undefined : mins.sort().at(-1);
  const deleteBy = maxes.length === 0 ? undefined : maxes.sort()[0];
  const openLower = openMinLowers.length === 0 ? undefined : openMinLowers.sort().at(-1);
  let status: string;
  if (held) status = "held";
  else if (incomplete) status = "incomplete";
  else if (
    deleteBy !== undefined &&
    ((keepUntil !== undefined && keepUntil > deleteBy && today <= keepUntil) ||
      (openLower !== undefined && openLower > deleteBy))
  )
    status = "conflict";
  else if (deleteBy !== undefined && today > deleteBy) status = "must-delete";
  else if ((keepUntil !== undefined && today <= keepUntil) || running) status = "keep";
  else status = "may-delete";
  return { status, keepUntil, deleteBy };
}
