/**
 * `@zorgkit/authorization-roles/testing`: fast-check arbitraries of role catalogues.
 * Requires `fast-check` (optional peer).
 *
 * @module
 */
import fc from "fast-check";
import type { RoleCatalogue } from "./catalogue.js";

const identifier = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);

/**
 * Valid role catalogues: unique role ids, each with a few permissions and a citation.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbRoleCatalogue(), (c) => Schema.is(RoleCatalogue)(c)));
 * ```
 */
export function arbRoleCatalogue(): fc.Arbitrary<RoleCatalogue> {
  return fc.record({
    id: identifier,
    roles: fc.uniqueArray(
      fc.record({
        id: identifier,
        name: fc.string({ minLength: 1 }),
        nameNl: fc.string({ minLength: 1 }),
        permissions: fc.array(identifier, { maxLength: 6 }),
        source: fc.record({
          source: fc.constantFrom("MOZA", "MDO-BV"),
          article: fc.constantFrom("1.6", "1.11", "2.1"),
        }),
      }),
      { selector: (r) => r.id, maxLength: 8 },
    ),
  });
}
