import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Shared vitest settings: every package runs its tests with the seeded fast-check setup and
 * writes a JSON summary that `npm test` totals into one closing line.
 */
export const sharedConfig = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: [fileURLToPath(new URL("./tools/testkit/fast-check-setup.ts", import.meta.url))],
    testTimeout: 120_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
