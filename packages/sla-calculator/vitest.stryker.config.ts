// The package's vitest config as Stryker runs it (ADR 0011): test files share one module graph
// (`isolate: false`), so a mutant re-runs its tests without re-importing effect and src/ for each
// file. Safe for the routine run: static mutants are ignored, the others switch at run time.
import { mergeConfig } from "vitest/config";
import config from "./vitest.config.js";

export default mergeConfig(config, { test: { isolate: false } });
