// Seeded property tests: every run uses one seed (FC_SEED, or a fixed default so runs repeat);
// a failure prints the seed and path, so `FC_SEED=<seed> pnpm test` replays it.
import fc from "fast-check";

const seed = process.env.FC_SEED === undefined ? 20260604 : Number(process.env.FC_SEED);
const numRuns = process.env.FC_NUM_RUNS === undefined ? 200 : Number(process.env.FC_NUM_RUNS);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${process.env.FC_SEED}`);
if (!Number.isSafeInteger(numRuns) || numRuns < 1) {
  throw new Error(`FC_NUM_RUNS must be a positive integer, got ${process.env.FC_NUM_RUNS}`);
}
fc.configureGlobal({ seed, numRuns, endOnFailure: false });
