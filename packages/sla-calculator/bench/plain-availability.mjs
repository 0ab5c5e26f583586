// The plain-JS peer of `availability` (issue #18; no library answers this question): what a team
// would write in an afternoon — clip each outage to the month, round it out to whole minutes,
// sort and merge the counted ones (D) and the excluded ones, and count the excluded minutes not in
// D (E). Maintenance counts unless it was announced at least N working days before (the close of
// office hours on the N-th working day after the day the notice's clock starts), found in a
// per-day table of working days built once from the holiday dates (office hours Mon–Thu 09:00–
// 17:00, Fri 09:00–15:30, Europe/Amsterdam by the EU summer-time rule). No explanation, no
// validation, no maintenance windows, no per-cause figures: valid for the bench's inputs only.
const MINUTE = 60_000;
const DAY = 86_400_000;

/** UTC offset of Europe/Amsterdam at `t` (ms): +2 h from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
function amsterdamOffset(t) {
  const y = new Date(t).getUTCFullYear();
  const lastSunday = (m) => {
    const last = Date.UTC(y, m + 1, 0);
    return last - new Date(last).getUTCDay() * DAY + 3_600_000;
  };
  return t >= lastSunday(2) && t < lastSunday(9) ? 7_200_000 : 3_600_000;
}

/**
 * Working days of office hours from `fromYear` to `toYear`: per epoch day (local) whether it is a
 * working day, its close, and the running count of working days.
 */
export function officeDays(holidayDates, fromYear, toYear) {
  const first = Date.UTC(fromYear, 0, 1) / DAY;
  const count = Date.UTC(toYear + 1, 0, 1) / DAY - first;
  const holidays = new Set(holidayDates);
  const close = new Float64Array(count);
  const working = new Uint8Array(count);
  const index = new Int32Array(count); // working days before this day
  const list = [];
  for (let d = 0; d < count; d++) {
    const midnightUtc = (first + d) * DAY;
    const weekday = new Date(midnightUtc).getUTCDay(); // 0 = Sunday
    const iso = new Date(midnightUtc).toISOString().slice(0, 10);
    index[d] = list.length;
    if (weekday === 0 || weekday === 6 || holidays.has(iso)) continue;
    const closeLocal = midnightUtc + (weekday === 5 ? 15.5 : 17) * 3_600_000;
    close[d] = closeLocal - amsterdamOffset(closeLocal - 3_600_000);
    working[d] = 1;
    list.push(d);
  }
  return { first, close, working, index, list: Int32Array.from(list) };
}

/** The close of office hours on the N-th working day after the day the clock starts at `t`. */
export function noticeDue(days, t, n) {
  const d = Math.floor((t + amsterdamOffset(t)) / DAY) - days.first;
  // The clock starts that day if it is a working day and the office has not closed yet (before
  // the opening it starts at the opening, the same day); else on the next working day.
  const open = days.working[d] === 1 && t < days.close[d];
  const dayZero = days.list[days.index[d] + (open || days.working[d] === 0 ? 0 : 1)];
  return days.close[days.list[days.index[dayZero] + n]];
}

function merged(keys, count) {
  const sorted = keys.subarray(0, count).sort();
  const out = [];
  for (let i = 0; i < count; i++) {
    const s = Math.floor(sorted[i] / 65536);
    const e = sorted[i] % 65536;
    const last = out.length - 1;
    if (last >= 0 && s <= out[last]) {
      if (e > out[last]) out[last] = e;
    } else out.push(s, e);
  }
  return out;
}

/**
 * D, E and the measured minutes (B − E) of a month `[monthStart, monthEnd)` (whole minutes, B
 * below 65 536). `excluded`: the causes that do not count; `noticeDays`: working days of notice.
 */
export function plainAvailability(monthStart, monthEnd, outages, excluded, days, noticeDays) {
  const n = outages.length;
  const counted = new Float64Array(n);
  const other = new Float64Array(n);
  let nc = 0;
  let nx = 0;
  for (let i = 0; i < n; i++) {
    const o = outages[i];
    const s = Math.max(o.start, monthStart);
    const e = Math.min(o.end, monthEnd);
    if (e <= s) continue;
    const key = Math.floor((s - monthStart) / MINUTE) * 65536 + Math.ceil((e - monthStart) / MINUTE);
    const counts =
      !excluded.has(o.cause) ||
      (o.cause === "maintenance" &&
        !(o.announcedAt !== undefined && o.start >= noticeDue(days, o.announcedAt, noticeDays)));
    if (counts) counted[nc++] = key;
    else other[nx++] = key;
  }
  const c = merged(counted, nc);
  const x = merged(other, nx);
  let d = 0;
  for (let i = 0; i < c.length; i += 2) d += c[i + 1] - c[i];
  // E: the excluded minutes outside the counted intervals (both lists sorted and disjoint).
  let e = 0;
  let j = 0;
  for (let i = 0; i < x.length; i += 2) {
    let s = x[i];
    const end = x[i + 1];
    while (s < end) {
      while (j < c.length && c[j + 1] <= s) j += 2;
      if (j >= c.length || c[j] >= end) {
        e += end - s;
        break;
      }
      if (c[j] > s) e += c[j] - s;
      s = c[j + 1];
    }
  }
  const b = Math.round((monthEnd - monthStart) / MINUTE);
  return { downtime: d, excluded: e, measured: b - e };
}

/** The floor: read every field the computation must read (start, end, cause, notice), write one figure. */
export function floorAvailability(outages) {
  let s = 0;
  for (let i = 0; i < outages.length; i++) {
    const o = outages[i];
    s += o.end - o.start + o.cause.length + (o.announcedAt ?? 0);
  }
  return s;
}
