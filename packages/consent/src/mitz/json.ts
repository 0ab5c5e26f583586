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

/** The most attributes a XACML request may have (`decodeXacmlAttributes`, `decodeMitzClosedQuestion`). */
export const MAX_XACML_ATTRIBUTES = 100;

/**
 * The refusal of a list over its documented bound, by its length alone (before any item is read):
 * one `too-many` issue naming the bound and the list's length (`actual`: `array of n`).
 */
export const tooMany = (
  path: string,
  list: ReadonlyArray<unknown>,
  max: number,
  items: string,
): DecodeResult<never> =>
  failure(path, "too-many", `Expected at most ${max} ${items}, found ${list.length}`, list);

const ELEMENT_NAME = /^[a-z][A-Za-z]{0,63}$/;

/** Whether a `modifierExtension` value carries anything (anything but absent or an empty array). */
export const carriesModifier = (v: unknown): boolean =>
  v !== undefined && !(Array.isArray(v) && v.length === 0);

/**
 * Every `modifierExtension` that carries something, anywhere inside `u` (FHIR allows them on the
 * resource and on every backbone element: `provision`, `provision.actor`, nested provisions …),
 * with its path relative to `u` (`""` is `u` itself). Only keys of FHIR's element-name form
 * (letters, lower-case first) are followed: no other key can name an element, and so no value
 * from the input (a BSN used as a key) reaches an issue path. Each object is visited once, so a
 * cyclic value ends; at most `maxElements` objects and arrays (`u` included) are visited:
 * `undefined` when `u` holds more (a value of a million elements, or nested a million deep, is
 * not walked to its end).
 */
export function modifierExtensions(
  u: unknown,
  maxElements: number,
): Array<{ readonly path: string; readonly value: unknown }> | undefined {
  const found: Array<{ path: string; value: unknown }> = [];
  if (typeof u !== "object" || u === null) return found;
  const seen = new Set<object>([u]);
  const stack: Array<[object, string]> = [[u, ""]];
  // Only objects and arrays are followed, each once, counted when first met (a path is built only
  // for them): "skip" a primitive or one seen before, "over" when one more would pass the bound.
  const enter = (child: unknown): "skip" | "over" | "push" => {
    if (typeof child !== "object" || child === null || seen.has(child)) return "skip";
    if (seen.size >= maxElements) return "over";
    seen.add(child);
    return "push";
  };
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, path] = next;
    if (Array.isArray(v))
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        const e = enter(child);
        if (e === "over") return undefined;
        if (e === "push") stack.push([child as object, `${path}[${i}]`]);
      }
    else
      for (const k of Object.keys(v)) {
        if (!ELEMENT_NAME.test(k)) continue;
        const child = (v as Record<string, unknown>)[k];
        if (k === "modifierExtension") {
          if (carriesModifier(child)) found.push({ path: `${path}.modifierExtension`, value: child });
          continue;
        }
        const e = enter(child);
        if (e === "over") return undefined;
        if (e === "push") stack.push([child as object, `${path}.${k}`]);
      }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
