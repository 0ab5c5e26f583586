import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * A property's runs scale with `FC_NUM_RUNS` / 200 (tools/testkit/fast-check-setup.ts; `npm run
 * test:explore` sets 2000), so its time budget scales with them too; the default run keeps 120 s.
 */
const runScale = Math.max(1, Number(process.env.FC_NUM_RUNS ?? 200) / 200 || 1);

/**
 * Shared vitest settings: every package runs its tests with the seeded fast-check setup and
 * writes a JSON summary that `npm test` totals into one closing line.
 */
export const sharedConfig = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: [fileURLToPath(new URL("./tools/testkit/fast-check-setup.ts", import.meta.url))],
    testTimeout: Math.round(120_000 * runScale),
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
