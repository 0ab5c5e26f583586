/**
 * The schemas this package takes from core's shared vocabulary (ADR 0006 §2): `Citation`, and a
 * retention length — core's `DateLength`, positive (not all parts zero).
 *
 * @module
 * @internal
 */
import { Citation, DateLength } from "@zorgkit/core";
import * as Schema from "effect/Schema";

export { Citation };

/**
 * @internal A retention length: core's `DateLength` (each part bounded by core), and not zero.
 */
export const RetentionLength = DateLength.check(
  Schema.makeFilter(
    (d: DateLength) =>
      (d.years ?? 0) + (d.months ?? 0) + (d.weeks ?? 0) + (d.days ?? 0) > 0 ||
      "a retention period must be longer than zero days",
  ),
);
