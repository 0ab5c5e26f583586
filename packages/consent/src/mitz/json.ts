/**
 * Reading untrusted JSON by hand (FHIR resources, XACML attribute lists): an own property or
 * `undefined`, an array or `[]`, and a one-issue failure. Shared by the interop adapters, not
 * exported from the package.
 *
 * @internal
 *
 * @module
 */
import { type DecodeResult, decodeFailure, describeShape } from "@zorgkit/core";

/** `o[k]` when `o` is an object with its own property `k`, else `undefined`. */
export const own = (o: unknown, k: string): unknown =>
  typeof o === "object" && o !== null && Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined;

/** `u` when it is an array, else `[]`. */
export const asArray = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : []);

/** A failure with one issue; `actual` is described by its shape, never its value. */
export const failure = (path: string, code: string, message: string, actual: unknown): DecodeResult<never> =>
  decodeFailure([{ path, code, message, actual: describeShape(actual) }]);
