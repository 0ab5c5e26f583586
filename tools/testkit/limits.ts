// Resource bounds (issue #17, docs/guide/limits.md): one helper for every package's
// test/limits.test.ts. A list one item over its limit is refused by its length alone — one
// `too-many` issue at the list's path — and a list at the limit is decoded item by item (its first
// item's issues are reported), so the limit itself is pinned, not just "some" bound.
import type { DecodeIssue } from "@zorgkit/core";
import { expect, it } from "vitest";

/** What the helper needs of a decoder's result. */
export interface BoundedResult {
  readonly ok: boolean;
  readonly issues?: ReadonlyArray<DecodeIssue>;
}

/** [what, the limit, decode `n` junk items at `path`, the list's path (`$`, `$.incidents`)]. */
export type BoundCase = readonly [
  name: string,
  max: number,
  call: (n: number) => BoundedResult,
  path: string,
];

/** `n` items that would each fail to decode. */
export const junk = (n: number): Array<unknown> => new Array(n).fill({ not: "an item" });

/** The two tests per case: `max + 1` refused with one too-many issue, `max` decoded item by item. */
export function itChecksListBounds(cases: ReadonlyArray<BoundCase>): void {
  it.each(cases)("%s: %d + 1 items are refused with one too-many issue", (_, max, call, path) => {
    const r = call(max + 1);
    expect(r.ok).toBe(false);
    expect(r.issues?.filter((i) => i.path.startsWith(path))).toEqual([
      expect.objectContaining({ path, code: "too-many" }),
    ]);
  });
  it.each(cases)(
    "%s: %d items are decoded item by item (the limit itself is allowed)",
    (_, max, call, path) => {
      const r = call(max);
      expect(r.ok).toBe(false);
      expect(r.issues?.some((i) => i.code === "too-many")).toBe(false);
      expect(r.issues?.some((i) => i.path.startsWith(path) && i.path !== path)).toBe(true);
    },
  );
}
