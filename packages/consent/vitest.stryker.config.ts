// The package's vitest config as Stryker runs it (ADR 0011): test files share one module graph
// (`isolate: false`), so a mutant re-runs its tests without re-importing effect and src/ for each
// file. Safe for the routine run: static mutants are ignored, the others switch at run time.
//
// Three fixed-size scale tests (2^24 URAs, 2^24 + 1 retired records, a version-2 file over two
// arena blocks) take 2–12 s each whatever `FC_NUM_RUNS` is, and cover most of the store, so each
// store mutant would pay ~22 s for them. The routine run leaves them out: a mutant only they
// would kill is reported as a survivor (the score is a lower bound). `STRYKER_SCALE_TESTS=1`
// puts them back, for re-running the store's survivors (docs/quality.md, consent).
import { configDefaults, mergeConfig } from "vitest/config";
import config from "./vitest.config.js";

const scaleTests = [
  "test/review4-slot-wide.test.ts",
  "test/review3-retired-many.test.ts",
  "test/review4-v2-block-end.test.ts",
];

export default mergeConfig(config, {
  test: {
    isolate: false,
    exclude:
      process.env.STRYKER_SCALE_TESTS === "1"
        ? configDefaults.exclude
        : [...configDefaults.exclude, ...scaleTests],
  },
});
