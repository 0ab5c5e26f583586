/**
 * Internal: the schema of a {@link Citation} as it appears inside data (presets, calendars).
 *
 * @module
 * @internal
 */
import * as Schema from "effect/Schema";

/** A citation as data: `{ source, article, note? }`. */
export const CitationData = Schema.Struct({
  source: Schema.String,
  article: Schema.String,
  note: Schema.optionalKey(Schema.String),
});
