/**
 * The source documents zorgkit's presets cite, and how each numbers its clauses (ADR 0007 §3):
 * data, not a set inside `formatCitation`.
 *
 * @module
 */
import type { SourceStyles } from "../citation.js";

/**
 * Ids of the source documents (see the seeds README): `MOZA`, `MDO-MS`, `MDO-BV`, `MDO-B1`,
 * `MDO-SLA`, `MITZ`, `VJZ`, `VGZ-GBZ`.
 */
export const sourceIds = ["MOZA", "MDO-MS", "MDO-BV", "MDO-B1", "MDO-SLA", "MITZ", "VJZ", "VGZ-GBZ"] as const;

/** One of the built-in source document ids. */
export type KnownSourceId = (typeof sourceIds)[number];

/**
 * How the built-in sources number their clauses: the MDO SLA and the MDO service description
 * (`MDO-MS`) in sections (`MDO-SLA §9.3`), the others in articles (`MDO-BV art. 10.2`). A source
 * that is not listed is written with `art.`; a citation's own `style` wins over this table.
 *
 * @example
 * ```ts
 * import { sourceStyles } from "@zorgkit/core/presets";
 *
 * sourceStyles["MDO-SLA"]; // => "section"
 * sourceStyles["MDO-BV"]; // => "article"
 * ```
 */
export const sourceStyles: SourceStyles = {
  MOZA: "article",
  "MDO-MS": "section",
  "MDO-BV": "article",
  "MDO-B1": "article",
  "MDO-SLA": "section",
  MITZ: "article",
  VJZ: "article",
  "VGZ-GBZ": "article",
};
