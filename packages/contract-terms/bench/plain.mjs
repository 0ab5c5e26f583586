// The plain-JS version of the MDO notice rules (issue #18): what a team would write in an afternoon
// for MDO contracts — epoch-day integers, month arithmetic by hand, no explanation, no validation.
// It reads the figures from the same contract objects (the funded duration: an initial term until
// a date, then per calendar year; the paid one after a switch: a length in months, then per N
// months; notice periods in months) and refuses other shapes. The rule is the library's reading
// (src/notice.ts): the day of receipt does not count, the period ends on the corresponding day
// (HR 2017:2225), which must be on or before the term end; a customer's notice received before
// the switch keeps the end date of the funded duration; terms cut short by the switch cannot be
// ended by notice. No library answers these questions (PEERS.md names none), so this is the peer.

import { civilFromDays, daysFromCivil } from "@zorgkit/core";

// --- dates as epoch days (days since 1970-01-01), through core's two civil-calendar conversions
// (the only zorgkit code the plain version uses: date arithmetic a team would take from anywhere)
const fromCivil = daysFromCivil;
let cy = 0;
let cm = 0;
let cd = 0;
/** Sets cy/cm/cd to the civil date of epoch day `z`. */
function toCivil(z) {
  const c = civilFromDays(z);
  cy = c.year;
  cm = c.month;
  cd = c.day;
}
const dim = (y, m) =>
  m === 2
    ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
      ? 29
      : 28
    : m === 4 || m === 6 || m === 9 || m === 11
      ? 30
      : 31;
/** Epoch day of "YYYY-MM-DD". */
export function parse(s) {
  const n = (i) => s.charCodeAt(i) - 48;
  return fromCivil(n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3), n(5) * 10 + n(6), n(8) * 10 + n(9));
}
const two = (x) => (x < 10 ? `0${x}` : `${x}`);
/** "YYYY-MM-DD" of an epoch day (years 1000–9999). */
export function format(z) {
  toCivil(z);
  return `${cy}-${two(cm)}-${two(cd)}`;
}
/** `z` plus `n` months, the day clamped to the month's last day (the corresponding day). */
function addMonths(z, n) {
  toCivil(z);
  const t = cy * 12 + cm - 1 + n;
  const y = Math.floor(t / 12);
  const m = t - y * 12 + 1;
  return fromCivil(y, m, Math.min(cd, dim(y, m)));
}
/** `z` plus `n` months; a missing day gives the 1st of the next month (core's `addMonths`: 30 Aug + 6 months = 1 Mar). */
function addMonthsOver(z, n) {
  toCivil(z);
  const t = cy * 12 + cm - 1 + n;
  const y = Math.floor(t / 12);
  const m = t - y * 12 + 1;
  const last = dim(y, m);
  return cd > last ? fromCivil(y, m, last) + 1 : fromCivil(y, m, cd);
}
const monthIndex = (z) => {
  toCivil(z);
  return cy * 12 + cm - 1;
};

// --- the notice-period rule ------------------------------------------------------------------
const inTime = (received, months, termEnd) => addMonths(received, months) <= termEnd;
function lastNoticeDay(termEnd, months) {
  let d = addMonths(termEnd, -months);
  while (!inTime(d, months, termEnd)) d--;
  while (inTime(d + 1, months, termEnd)) d++;
  return d;
}

// --- a contract's shape, read on every call from the contract object (no cache) --------------
const months = (p) => {
  if ((p.days ?? 0) !== 0 || (p.weeks ?? 0) !== 0) throw new Error("plain version: months only");
  return (p.years ?? 0) * 12 + (p.months ?? 0);
};
const ALL_PARTIES = ["customer", "supplier"];
function shapeOf(c) {
  const f = c.duration;
  if (f.initialTerm._tag !== "UntilDate" || f.renewal._tag !== "CalendarYear")
    throw new Error("plain version: the funded MDO shape only");
  const f0 = parse(f.initialTerm.end);
  toCivil(f0);
  if (cm !== 12 || cd !== 31) throw new Error("plain version: an initial term ending on 31 December only");
  if (c.switches.length > 1) throw new Error("plain version: at most one switch");
  const sw = c.switches[0];
  if (sw === undefined) return { f0, n0: f.notice, keeps: ALL_PARTIES, len: 0, every: 0, n1: undefined };
  const p = sw.duration;
  if (p.initialTerm._tag !== "Length" || p.renewal._tag !== "Months")
    throw new Error("plain version: the paid MDO shape only");
  return {
    f0,
    n0: f.notice,
    keeps: sw.cutShortTermEndableBy?.parties ?? ALL_PARTIES,
    len: months(p.initialTerm.length),
    every: p.renewal.months,
    n1: p.notice,
  };
}

// A term: [start, end] in epoch days, the regime (0 funded, 1 paid), k (0 initial), cut (by the switch).
// `T` is the switch day, or Infinity for the view without the switch.
function termOf(sh, start, T, d) {
  if (d < T) {
    // funded: [start, f0], then calendar years
    let k = 0;
    let ts = start;
    let te = sh.f0;
    if (d > sh.f0) {
      toCivil(sh.f0);
      const y0 = cy;
      toCivil(d);
      k = cy - y0;
      ts = fromCivil(cy, 1, 1);
      te = fromCivil(cy, 12, 31);
    }
    // the switch on T ends the term on T − 1 when it would run longer
    return te >= T
      ? { regime: 0, k, start: ts, end: T - 1, cut: true }
      : { regime: 0, k, start: ts, end: te, cut: false };
  }
  const end = (k) => addMonthsOver(T, sh.len + k * sh.every) - 1;
  let k = 0;
  if (d > end(0)) {
    k = Math.max(1, Math.floor((monthIndex(d) - monthIndex(T) - sh.len) / sh.every));
    while (end(k) < d) k++;
    while (k > 1 && end(k - 1) >= d) k--;
  }
  return { regime: 1, k, start: k === 0 ? T : end(k - 1) + 1, end: end(k), cut: false };
}
const noticeMonths = (sh, term, party) => months((term.regime === 0 ? sh.n0 : sh.n1)[party].value);

/** The epoch day the notice ends the contract on (the view with the switch day `T`, Infinity without). */
function terminationWalk(sh, start, T, party, r) {
  let term = termOf(sh, start, T, r);
  for (;;) {
    if (term.cut) {
      term = termOf(sh, start, T, term.end + 1);
      continue;
    }
    if (inTime(r, noticeMonths(sh, term, party), term.end)) return term.end;
    term = termOf(sh, start, T, term.end + 1);
  }
}
function terminationDay(c, sh, party, r) {
  const start = parse(c.start);
  if (r < start) return undefined;
  const T = c.switches.length === 0 ? Number.POSITIVE_INFINITY : parse(c.switches[0].on);
  if (r < T && sh.keeps.includes(party))
    return terminationWalk(sh, start, Number.POSITIVE_INFINITY, party, r);
  return terminationWalk(sh, start, T, party, r);
}

/** `terminationDate`: the last day of the contract for a regular notice, as "YYYY-MM-DD". */
export function plainTerminationDate(contract, party, receivedOn) {
  const e = terminationDay(contract, shapeOf(contract), party, parse(receivedOn));
  return e === undefined ? undefined : format(e);
}

function deadlineWalk(c, sh, start, T, party, from) {
  const regimeFrom = from < T ? 0 : 1;
  let term = termOf(sh, start, T, from);
  for (;;) {
    if (!term.cut) {
      const dl = lastNoticeDay(term.end, noticeMonths(sh, term, party));
      if (from <= dl && ((dl < T ? 0 : 1) === regimeFrom || terminationDay(c, sh, party, dl) === term.end))
        return { deadline: dl, endDate: term.end };
    }
    term = termOf(sh, start, T, term.end + 1);
  }
}
function deadlineDays(c, sh, party, from) {
  const start = parse(c.start);
  const T = c.switches.length === 0 ? Number.POSITIVE_INFINITY : parse(c.switches[0].on);
  if (from < start) from = start;
  if (from < T && sh.keeps.includes(party)) {
    const r = deadlineWalk(c, sh, start, Number.POSITIVE_INFINITY, party, from);
    if (r.deadline < T) return r;
    const after = deadlineDays(c, sh, party, T);
    return after.endDate === r.endDate ? after : { deadline: T - 1, endDate: r.endDate };
  }
  return deadlineWalk(c, sh, start, T, party, from);
}

/** `noticeDeadline`: the last day for the party's notice and the end it reaches, as "YYYY-MM-DD". */
export function plainNoticeDeadline(contract, party, on) {
  const r = deadlineDays(contract, shapeOf(contract), party, parse(on));
  return { deadline: format(r.deadline), endDate: format(r.endDate) };
}

/** `termAt`: the term containing the date (index, start, end, kind), or undefined before the start. */
export function plainTermAt(contract, on) {
  const sh = shapeOf(contract);
  const d = parse(on);
  const start = parse(contract.start);
  if (d < start) return undefined;
  const T = contract.switches.length === 0 ? Number.POSITIVE_INFINITY : parse(contract.switches[0].on);
  const t = termOf(sh, start, T, d);
  let index = t.k;
  if (t.regime === 1) index += termOf(sh, start, T, T - 1).k + 1;
  return { index, start: format(t.start), end: format(t.end), kind: t.k === 0 ? "initial" : "renewal" };
}

/**
 * `mayTerminate` for four grounds of the agreement (regular notice, mutual consent, business
 * transfer, force majeure): "allowed" or "refused", and the last day when allowed.
 */
export function plainMayTerminate(claim, agreement) {
  const c = claim.contract;
  const sh = shapeOf(c);
  let g = groundsOf.get(agreement);
  if (g === undefined) {
    g = new Map(agreement.grounds.map((x) => [x.id, x]));
    groundsOf.set(agreement, g);
  }
  const ground = g.get(claim.ground);
  if (ground === undefined || !ground.invokedBy.includes(claim.party)) return REFUSED;
  const r = parse(claim.receivedOn);
  const start = parse(c.start);
  if (r < start) return REFUSED;
  switch (claim.ground) {
    case "regular-notice": {
      const e = terminationDay(c, sh, claim.party, r);
      return e === undefined ? REFUSED : { value: "allowed", lastDay: format(e) };
    }
    case "mutual-consent":
      return claim.bothPartiesAgree ? { value: "allowed", lastDay: claim.receivedOn } : REFUSED;
    case "business-transfer": {
      if (!(claim.transferredOutsideGroup && claim.goalsChangedSoContinuationCannotBeRequired))
        return REFUSED;
      const T = c.switches.length === 0 ? Number.POSITIVE_INFINITY : parse(c.switches[0].on);
      const term = termOf(sh, start, T, r);
      return { value: "allowed", lastDay: format(addMonths(r, noticeMonths(sh, term, claim.party))) };
    }
    case "force-majeure": {
      const fm = agreement.termination.forceMajeure;
      if (!fm.of.value.includes(claim.forceMajeureOf) || claim.agreedSolution) return REFUSED;
      if (r < parse(claim.since) + 1 + fm.longerThan.value.days) return REFUSED;
      if (claim.endedOn !== undefined && r > parse(claim.endedOn)) return REFUSED;
      return { value: "allowed", lastDay: claim.receivedOn };
    }
    default:
      throw new Error(`plain version: ground ${claim.ground} not written`);
  }
}
const REFUSED = { value: "refused", lastDay: undefined };
const groundsOf = new WeakMap();
