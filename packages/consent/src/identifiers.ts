/**
 * The identifiers this package uses, from `@zorgkit/core` (internal re-export).
 *
 * @module
 */
export { Bsn, bsn, maskBsn, UraNumber, UziNumber, uraNumber, uziNumber } from "@zorgkit/core";
