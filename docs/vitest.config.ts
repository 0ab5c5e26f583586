import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../vitest.shared.js";

// The docs site's checks: the clause index (test/clause-index.test.ts).
export default mergeConfig(sharedConfig, defineConfig({ test: { include: ["test/**/*.test.ts"] } }));
