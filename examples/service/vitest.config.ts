import { mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

// Starting PGlite (a WebAssembly PostgreSQL) takes seconds on a busy machine: hooks get the test timeout.
export default mergeConfig(sharedConfig, { test: { hookTimeout: 120_000, fileParallelism: false } });
