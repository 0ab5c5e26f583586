/**
 * The backup scheme of the MDO SLA (`MDO-SLA` §7.6, with MDO-BV 2.13–2.14): databases only; a
 * full backup weekly kept 2 months, a differential daily kept 14 days, a full backup yearly kept
 * 20 years.
 *
 * @module
 */
import { cite } from "@zorgkit/core";
import type { BackupScheme } from "../backups.js";

const table = (note: string) => cite("MDO-SLA", "7.6", note);

/**
 * MDO-SLA §7.6 as a backup scheme, days and weeks in Europe/Amsterdam. Readings (the guide):
 * every weekly full backup is kept 2 months and every daily differential 14 days (the table's
 * "Bewaartermijn" per backup); which full backup is "the yearly one" the text does not say — this
 * preset takes the newest full backup of each calendar year, kept 20 years.
 *
 * @example
 * ```ts
 * import { mdoSlaBackupScheme } from "@zorgkit/retention-policy";
 *
 * mdoSlaBackupScheme.rules.map((r) => r.id); // => ["weekly-full-2-months", "daily-differential-14-days", "yearly-full-20-years"]
 * ```
 */
export const mdoSlaBackupScheme: BackupScheme = {
  id: "mdo-sla",
  timeZone: "Europe/Amsterdam",
  rules: [
    {
      id: "weekly-full-2-months",
      kind: "full",
      keep: "every",
      for: { months: 2 },
      citations: [table("Database PRD Full, 1 x week, bewaartermijn 2 maanden")],
    },
    {
      id: "daily-differential-14-days",
      kind: "differential",
      keep: "every",
      for: { days: 14 },
      citations: [table("Database PRD Differential, 1 x dag, bewaartermijn 14 dagen")],
    },
    {
      id: "yearly-full-20-years",
      kind: "full",
      keep: "newest-per-year",
      for: { years: 20 },
      citations: [
        table(
          "Database PRD Full, 1 x per jaar, bewaartermijn 20 jaar: the newest full backup of each calendar year (this library's reading)",
        ),
      ],
    },
  ],
};
