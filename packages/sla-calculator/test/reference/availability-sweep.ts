/**
 * The minute sweep that `availability` used before it merged intervals (issue #18), kept as the
 * slow reference: for every minute of the month, the furthest end of the parts that start in it —
 * counted, excluded, and excluded per cause — then one pass over all the month's minutes.
 * O(parts + minutes of the month). It shares the cutting into parts (`outageParts`) and the
 * assembly of the result with the fast path, so a differential test compares the merge alone;
 * the cutting is checked minute by minute in availability-reference.ts.
 */
import type { Explained } from "@zorgkit/core";
import {
  type AvailabilityInput,
  type AvailabilityOptions,
  type AvailabilityResult,
  availabilityFrom,
  type MinuteTally,
  type OutageParts,
  outageParts,
} from "../../src/availability.js";
import type { CompiledSla } from "../../src/compile.js";
import { OutageCause } from "../../src/sla.js";

/** D, E, the excluded minutes per cause and the merged counted intervals by sweeping every minute. */
export function sweepTally(parts: OutageParts): MinuteTally {
  const { firstMinute, totalMinutes } = parts;
  const countedEnd = new Int32Array(totalMinutes);
  const excludedEnd = new Int32Array(totalMinutes);
  const causeEnd = new Map<OutageCause, Int32Array>();
  for (let q = 0; q < parts.counted; q++) {
    const sm = parts.countedStart[q] as number;
    const em = parts.countedEnd[q] as number;
    if (em > (countedEnd[sm] as number)) countedEnd[sm] = em;
  }
  for (let q = 0; q < parts.excluded; q++) {
    const cause = OutageCause.literals[parts.excludedCause[q] as number] as OutageCause;
    const sm = parts.excludedStart[q] as number;
    const em = parts.excludedEnd[q] as number;
    if (em > (excludedEnd[sm] as number)) excludedEnd[sm] = em;
    let ends = causeEnd.get(cause);
    if (ends === undefined) {
      ends = new Int32Array(totalMinutes);
      causeEnd.set(cause, ends);
    }
    if (em > (ends[sm] as number)) ends[sm] = em;
  }
  const mergedStart: Array<number> = [];
  const mergedEnd: Array<number> = [];
  const intervalAt = new Int32Array(totalMinutes).fill(-1);
  let ce = 0;
  let xe = 0;
  let d = 0;
  let e = 0;
  let current = -1;
  for (let m = firstMinute; m < totalMinutes; m++) {
    const c = countedEnd[m] as number;
    if (c > 0) {
      if (current < 0 || m > ce) {
        current = mergedStart.length;
        mergedStart.push(m);
        mergedEnd.push(c);
        ce = c;
      } else if (c > ce) {
        ce = c;
        mergedEnd[current] = c;
      }
    }
    const x = excludedEnd[m] as number;
    if (x > xe) xe = x;
    if (m < ce) {
      d++;
      intervalAt[m] = current;
    } else if (m < xe) e++;
  }
  const excludedByCause: Partial<Record<OutageCause, number>> = {};
  for (const [cause, ends] of causeEnd) {
    let end = 0;
    let minutes = 0;
    for (let m = firstMinute; m < totalMinutes; m++) {
      const x = ends[m] as number;
      if (x > end) end = x;
      if (m < end) minutes++;
    }
    excludedByCause[cause] = minutes;
  }
  const intervalOfPart = Array.from(
    parts.countedStart.subarray(0, parts.counted),
    (sm) => intervalAt[sm] as number,
  );
  return { downtime: d, excluded: e, excludedByCause, mergedStart, mergedEnd, intervalOfPart };
}

/** `availability` computed by the minute sweep. */
export function sweepAvailability(
  input: AvailabilityInput,
  sla: CompiledSla,
  options: AvailabilityOptions = {},
): Explained<AvailabilityResult> {
  const parts = outageParts(input, sla, options);
  return availabilityFrom(input, parts, sweepTally(parts));
}
