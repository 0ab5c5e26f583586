/**
 * The Dutch statutory interest rates as dated tables, each row with its source.
 *
 * - Commercial rate (wettelijke handelsrente, art. 6:119a BW): by art. 6:120 lid 2 BW the ECB's
 *   main refinancing rate on the first calendar day of the half-year plus 8 percentage points,
 *   fixed for that half-year. Each row states the ECB rate it derives from.
 * - Ordinary rate (wettelijke rente, art. 6:119 BW): fixed by order in council (art. 6:120 lid 1
 *   BW, Besluit vaststelling wettelijke rente), changed on 1 January or 1 July when needed.
 *
 * Rows a maintainer could not check against the Staatscourant/Staatsblad or the Rijksoverheid
 * table say so in their note ("not verified"). The tables end on `through`; a later day is
 * computed at the last rate and flagged provisional — add the next half-year's row.
 *
 * @module
 */
import { cite, date } from "@zorgkit/core";
import type { InterestTable } from "../rulebook.js";

const ecb = (mro: string, rate: string, extra = "") =>
  cite(
    "BW",
    "6:119a",
    `ECB main refinancing rate ${mro} % on the first day of the half-year + 8 points = ${rate} % (art. 6:120 lid 2 BW)${extra}`,
  );

/**
 * The commercial statutory interest rate (art. 6:119a BW), 1 January 2015 – 30 June 2026.
 * Rows only where the rate changed, and 1 January 2026 (10.15 %, **not verified**: the row's note
 * says so).
 */
export const commercialInterestRates: InterestTable = {
  name: "Wettelijke handelsrente (art. 6:119a BW)",
  rows: [
    {
      from: date("2015-01-01"),
      value: "8.05",
      citations: [ecb("0.05", "8.05", "; unchanged on 1 Jul 2015 and 1 Jan 2016")],
    },
    {
      from: date("2016-07-01"),
      value: "8",
      citations: [ecb("0.00", "8.00", "; unchanged every half-year through 1 Jul 2022")],
    },
    { from: date("2023-01-01"), value: "10.5", citations: [ecb("2.50", "10.50")] },
    { from: date("2023-07-01"), value: "12", citations: [ecb("4.00", "12.00")] },
    { from: date("2024-01-01"), value: "12.5", citations: [ecb("4.50", "12.50")] },
    { from: date("2024-07-01"), value: "12.25", citations: [ecb("4.25", "12.25")] },
    { from: date("2025-01-01"), value: "11.15", citations: [ecb("3.15", "11.15")] },
    { from: date("2025-07-01"), value: "10.15", citations: [ecb("2.15", "10.15")] },
    {
      from: date("2026-01-01"),
      value: "10.15",
      citations: [
        ecb(
          "2.15",
          "10.15",
          "; not verified against the Staatscourant: assumes the ECB rate was unchanged on 1 Jan 2026 (the spec's value); check before use",
        ),
      ],
    },
  ],
  through: date("2026-06-30"),
  citations: [cite("BW", "6:119a"), cite("BW", "6:120 lid 2")],
  compounding: { citations: [cite("BW", "6:119a lid 3")] },
  imputation: { citations: [cite("BW", "6:44 lid 1")] },
};

const amvb = (rate: string, note = "") =>
  cite(
    "BW",
    "6:119",
    `rate ${rate} % fixed by the Besluit vaststelling wettelijke rente (art. 6:120 lid 1 BW)${note}`,
  );

/**
 * The ordinary statutory interest rate (art. 6:119 BW), 1 January 2015 – 30 June 2026. The rows from
 * 1 July 2025 are **not verified** against the Staatsblad: 4 % is what the order's rule (ECB rate
 * + 2.25 points, rounded to whole percent) gives for an ECB rate of 2.15 %; check before use.
 */
export const statutoryInterestRates: InterestTable = {
  name: "Wettelijke rente (art. 6:119 BW)",
  rows: [
    {
      from: date("2015-01-01"),
      value: "2",
      citations: [amvb("2", "; lowered from 3 %; unchanged through 31 Dec 2022")],
    },
    { from: date("2023-01-01"), value: "4", citations: [amvb("4")] },
    { from: date("2023-07-01"), value: "6", citations: [amvb("6")] },
    { from: date("2024-01-01"), value: "7", citations: [amvb("7", "; unchanged on 1 Jul 2024")] },
    { from: date("2025-01-01"), value: "6", citations: [amvb("6")] },
    {
      from: date("2025-07-01"),
      value: "4",
      citations: [
        amvb(
          "4",
          "; not verified against the Staatsblad (derived: ECB 2.15 % + 2.25 rounded to whole percent); also assumed for 1 Jan 2026",
        ),
      ],
    },
  ],
  through: date("2026-06-30"),
  citations: [cite("BW", "6:119"), cite("BW", "6:120 lid 1")],
  compounding: { citations: [cite("BW", "6:119 lid 2")] },
  imputation: { citations: [cite("BW", "6:44 lid 1")] },
};
