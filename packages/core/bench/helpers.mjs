// Shared by the working-time bench scripts: the seeded generator, the DST-crossing calendars and
// the DST-weekend start instants.

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MINUTE = 60_000;
const DAY = 86_400_000;

/** `HH:MM:00` for minutes of the day (24:00:00 for 1440), as both peers take their hours. */
export const hhmm = (m) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}:00`;

/** mulberry32: a seeded generator of numbers in [0, 1). */
export function mulberry32(initial) {
  let seed = initial;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A calendar open `start`–`end` (minutes) every day of the week, without holidays. */
export function dailyCalendar(start, end, timeZone) {
  return {
    name: `${hhmm(start).slice(0, 5)}–${hhmm(end).slice(0, 5)} every day`,
    timeZone,
    weekly: Object.fromEntries(WEEKDAYS.map((k) => [k, [{ start, end }]])),
    holidays: { days: [], liberationDay: "never", goodFriday: false, sources: [] },
    closedDates: [],
    extraOpenings: [],
    sources: [],
  };
}

/**
 * A whole minute from Friday 00:00 to Tuesday 00:00 (local) around the last Sunday of March or
 * October of 2025–2034; half of them in the switch night itself (Sunday 00:00–06:00).
 */
export function dstWeekendStart(rand, zk, timeZone) {
  const year = 2025 + Math.floor(rand() * 10);
  const month = rand() < 0.5 ? 3 : 10;
  const last = new Date(Date.UTC(year, month, 0));
  const sunday = Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay());
  const friday = zk.zonedInstant(zk.localDateOf(sunday - 2 * DAY, "UTC"), 0, timeZone);
  const night = rand() < 0.5;
  return (night ? friday + 2 * DAY : friday) + Math.floor(rand() * (night ? 360 : 4 * 1440)) * MINUTE;
}

/**
 * Configure both business-time peers (their configuration is global) for a calendar's weekly
 * hours (minutes) and holiday dates: moment-business-time per moment locale "nl",
 * dayjs-business-time through setBusinessTime / setHolidays.
 */
export function configurePeers(moment, dayjs, cal, holidays) {
  const momentHours = {};
  const dayjsHours = {};
  WEEKDAYS.forEach((k, i) => {
    const xs = cal.weekly[k];
    momentHours[(i + 1) % 7] = xs.length === 0 ? null : xs.flatMap((x) => [hhmm(x.start), hhmm(x.end)]);
    dayjsHours[k] = xs.length === 0 ? null : xs.map((x) => ({ start: hhmm(x.start), end: hhmm(x.end) }));
  });
  moment.updateLocale("nl", { workinghours: momentHours, holidays });
  moment.locale("nl");
  dayjs.setBusinessTime(dayjsHours);
  dayjs.setHolidays(holidays);
}
