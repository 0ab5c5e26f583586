/**
 * A slow, obviously-correct reference for monthly downtime: one boolean per minute of the month,
 * set when any counted outage touches that minute.
 */
import type { Outage } from "../../src/availability.js";

const MINUTE = 60_000;

/** D and E (excluded minutes not in D) by marking minutes one by one. */
export function referenceMinutes(
  outages: ReadonlyArray<Outage>,
  monthStart: number,
  monthEnd: number,
  counts: (o: Outage, minuteStart: number, minuteEnd: number) => boolean,
): { downtime: number; excludedOnly: number } {
  const n = Math.round((monthEnd - monthStart) / MINUTE);
  const down = new Uint8Array(n);
  const excluded = new Uint8Array(n);
  for (const o of outages) {
    for (let m = 0; m < n; m++) {
      const a = monthStart + m * MINUTE;
      const b = a + MINUTE;
      // The minute [a, b) is touched when it overlaps [start, end) with positive length.
      if (o.start < b && o.end > a && o.end > o.start) {
        if (counts(o, a, b)) down[m] = 1;
        else excluded[m] = 1;
      }
    }
  }
  let downtime = 0;
  let excludedOnly = 0;
  for (let m = 0; m < n; m++) {
    if (down[m] === 1) downtime++;
    else if (excluded[m] === 1) excludedOnly++;
  }
  return { downtime, excludedOnly };
}
