// Types of resource-targets.mjs, for the tests that reuse its decoder samples (bsn-sweep.test.ts).
type Call = (input: unknown) => unknown;
export declare const modules: Record<string, Record<string, unknown>>;
/** package → decoder name → [call with its rulebook, sample input]. */
export declare const decoders: Record<string, Record<string, readonly [Call, unknown]>>;
/** package → function name → cases [label, make the input, call]. */
export declare const batches: Record<
  string,
  Record<string, ReadonlyArray<readonly [string, () => unknown, Call]>>
>;
/** package → exported functions that take many inputs only through a decoder's bound (see limits.md). */
export declare const notBatch: Record<string, ReadonlyArray<string>>;
