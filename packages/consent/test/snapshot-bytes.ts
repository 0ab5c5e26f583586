// Snapshots as a file edited by hand, for the tests of loadConsentStore's bounds (issue #17): the
// header's words changed, a section replaced, the checksums written anew (a checksum shows
// integrity, not validity). Header words as in src/store/snapshot.ts `H`.
import { checksumWords } from "../src/internal/store-layout.js";

export const HEADER = {
  capacity: 6,
  actorsBytes: 13,
  objectsBytes: 14,
  sumObjects: 19,
  /** The last word: the checksum of the words before it. */
  checksum: 23,
} as const;

/** The 32-bit words of a chunk (its length is a multiple of 4). */
export const words = (b: Uint8Array): Int32Array => new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);

/** The chunks as one file. */
export function concat(parts: ReadonlyArray<Uint8Array>): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The snapshot's chunks with header words changed (`patch`: word → value), the last section (the
 * profiles kept as objects) replaced by `objects` when given (its length and checksum written in
 * the header), and the header's checksum written anew.
 */
export function rewritten(
  chunks: ReadonlyArray<Uint8Array>,
  patch: Readonly<Record<number, number>>,
  objects?: Uint8Array,
): Array<Uint8Array> {
  const header = words(new Uint8Array(chunks[0] as Uint8Array));
  for (const [at, value] of Object.entries(patch)) header[Number(at)] = value;
  if (objects !== undefined) {
    header[HEADER.objectsBytes] = objects.length;
    header[HEADER.sumObjects] = checksumWords(words(objects));
  }
  header[HEADER.checksum] = checksumWords(header.subarray(0, HEADER.checksum));
  return [
    new Uint8Array(header.buffer),
    ...chunks.slice(1, -1),
    objects ?? (chunks[chunks.length - 1] as Uint8Array),
  ];
}

/** The snapshot with `from` replaced by `to` in its profiles kept as objects (JSON), as one file. */
export function withObjectsEdited(chunks: ReadonlyArray<Uint8Array>, from: string, to: string): Uint8Array {
  const text = new TextDecoder().decode(chunks[chunks.length - 1] as Uint8Array);
  if (!text.includes(from)) throw new Error(`withObjectsEdited: ${from} is not in the section`);
  const edited = new TextEncoder().encode(text.replace(from, to));
  return concat(rewritten(chunks, {}, edited));
}
