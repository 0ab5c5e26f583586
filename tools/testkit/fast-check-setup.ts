// Seeded property tests: every run uses one seed (FC_SEED, or a fixed default so runs repeat);
// a failure prints the seed and path, so `FC_SEED=<seed> pnpm test` replays it.
//
// FC_NUM_RUNS sets the runs of a property without its own `numRuns` and scales the properties that
// name one by the same factor (FC_NUM_RUNS / 200): `FC_NUM_RUNS=2000` runs every property 10 times
// as often, `{ numRuns: 60 }` included. `npm run test:explore` sets a fresh seed and 2000 runs.
import fc from "fast-check";
import { vi } from "vitest";
import { runsFactor as factor, numRuns } from "./runs.js";

const seed = process.env.FC_SEED === undefined ? 20260604 : Number(process.env.FC_SEED);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${process.env.FC_SEED}`);
if (!Number.isSafeInteger(numRuns) || numRuns < 1) {
  throw new Error(`FC_NUM_RUNS must be a positive integer, got ${process.env.FC_NUM_RUNS}`);
}
fc.configureGlobal({ seed, numRuns, endOnFailure: false });

if (factor !== 1) {
  // A property's own `numRuns` wins over the global one in fast-check, so scale it here: the
  // test files' `fast-check` is this module with `assert` and `check` scaling the runs they name.
  vi.doMock("fast-check", async (importOriginal) => {
    const real = await importOriginal<typeof import("fast-check")>();
    const scaled = <P extends { numRuns?: number } | undefined>(params: P): P =>
      params?.numRuns === undefined
        ? params
        : { ...params, numRuns: Math.max(1, Math.round(params.numRuns * factor)) };
    const assert: typeof real.assert = ((property: never, params?: never) =>
      real.assert(property, scaled(params))) as typeof real.assert;
    const check: typeof real.check = ((property: never, params?: never) =>
      real.check(property, scaled(params))) as typeof real.check;
    const namespace = { ...real, assert, check };
    return { ...namespace, default: namespace };
  });
}
