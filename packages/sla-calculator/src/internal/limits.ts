/**
 * The most items a decoder accepts in one list (issue #17, docs/guide/limits.md): the length is
 * checked before any item is decoded (core's `BoundedArray`, issue code `too-many`), so a hostile
 * list of a million items is refused at once instead of decoded for seconds.
 */
/** Incidents in one batch (a month, a quarter, a compliance period). */
export const MAX_INCIDENTS = 10_000;
/** Outages in one batch (a month). */
export const MAX_OUTAGES = 10_000;
/** Backup instants for `recoveryPoint` (hourly backups for 11 years). */
export const MAX_BACKUP_TIMES = 100_000;
/** Measured actions in one monthly report (aggregate or sample beyond that). */
export const MAX_MEASUREMENTS = 100_000;
/** Releases, and labels of major incidents or root-cause analyses, in one monthly report. */
export const MAX_REPORT_ITEMS = 10_000;
/** P1 incidents of one quarter. */
export const MAX_QUARTER_P1 = 10_000;
/** Published maintenance overviews given with one month or report. */
export const MAX_OVERVIEWS = 50;
/** Windows of one published maintenance overview. */
export const MAX_WINDOWS = 400;
/** Quarters of a history (a century). */
export const MAX_QUARTERS = 400;
/** Priority changes, and attachments, of one incident. */
export const MAX_PER_INCIDENT = 100;
