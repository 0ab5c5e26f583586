/**
 * Resource bounds of the decoders (issue #17, docs/guide/limits.md): a list's length and a map's
 * key count are checked before any item is decoded, so a hostile input of a million items is
 * refused at once (issue code `too-many`) instead of being decoded for seconds.
 *
 * @internal shared by the schema modules, not exported from the package
 */
import { ISSUE_CODE } from "@zorgkit/core";
import * as Schema from "effect/Schema";

/** Records in one `decodeRetentionRecords` call (page larger sets). */
export const MAX_RECORDS = 100_000;
/** Backups in one `decodeBackups` call (hourly backups for 11 years). */
export const MAX_BACKUPS = 100_000;

/** Whether `o` has at most `max` own enumerable keys (stops counting after `max + 1`). */
function atMostKeys(o: object, max: number): boolean {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k) && ++n > max) return false;
  return true;
}

/**
 * Schema of a record (string-keyed map) of at most `max` keys, counted before any key or value is
 * decoded (like core's `BoundedArray` for lists). Reports `message` with the code `too-many`.
 */
export function BoundedRecord<K extends Schema.Record.Key, V extends Schema.Top>(
  key: K,
  value: V,
  max: number,
  message: string,
) {
  const fewKeys = () =>
    Schema.makeFilter(
      (o: object) => atMostKeys(o, max) || message,
      {
        expected: `at most ${max} keys`,
        [ISSUE_CODE]: "too-many",
      },
      true,
    );
  return Schema.Record(Schema.String, Schema.Unknown)
    .check(fewKeys())
    .pipe(Schema.decodeTo(Schema.Record(key, value).check(fewKeys())));
}

/**
 * A string check of at most `max` characters that stops the checks after it when it fails (code
 * `too-long`), so a 10-million-character name is not matched against a pattern or looked up as a
 * time zone (core's `isBoundedLength`, with this package's message).
 */
export function maxChars(max: number, message: string) {
  return Schema.makeFilter(
    (s: string) => s.length <= max || message,
    {
      expected: `a string of at most ${max} characters`,
      [ISSUE_CODE]: "too-long",
    },
    true,
  );
}
