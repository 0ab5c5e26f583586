/**
 * The figures of emergency consent (spoedtoestemming) as data.
 *
 * @module
 */
import { type Citation, cite } from "@zorgkit/core";

/** Longest validity of an emergency consent: 72 hours of elapsed time (MITZ §2d, §6a). */
export const emergencyConsentMaxDuration: {
  readonly ms: number;
  readonly hours: number;
  readonly source: Citation;
} = {
  hours: 72,
  ms: 72 * 3_600_000,
  source: cite("MITZ", "§2d", "'maximaal 72 uur': elapsed time, so DST changes do not matter"),
};
