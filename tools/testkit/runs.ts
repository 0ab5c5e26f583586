// How many runs a property makes in this test run: `FC_NUM_RUNS` (default 200) sets the runs of a
// property without its own `numRuns` and scales those that name one by FC_NUM_RUNS / 200
// (fast-check-setup.ts). A test that checks it was not vacuous ("at least 30 contracts were
// decoded") scales its threshold by the same factor, so it holds with fewer runs (the mutation
// run's `FC_NUM_RUNS=50`) and is unchanged at the default.

export const defaultRuns = 200;

/** The runs of a property without its own `numRuns`. */
export const numRuns: number =
  process.env.FC_NUM_RUNS === undefined ? defaultRuns : Number(process.env.FC_NUM_RUNS);

/** FC_NUM_RUNS / 200: the factor every property's runs are scaled by. */
export const runsFactor: number = numRuns / defaultRuns;

/** A non-vacuity threshold set for the default runs, scaled to this run's (the default keeps `n`). */
export const scaledAtLeast = (n: number): number => (runsFactor >= 1 ? n : n * runsFactor);

/**
 * `numRuns` for a check of the generator itself ("the data reach every kind of deny"): scaled up
 * with `FC_NUM_RUNS` like any property, never down, so the coverage it asserts holds in a mutation
 * run too.
 */
export const unscaledDown = (n: number): number => (runsFactor >= 1 ? n : Math.ceil(n / runsFactor));
