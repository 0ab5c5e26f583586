import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Shared vitest settings: every package runs its tests with the seeded fast-check setup. */
export const sharedConfig = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: [fileURLToPath(new URL("./tools/testkit/fast-check-setup.ts", import.meta.url))],
    testTimeout: 60_000,
    reporters: process.env.CI ? ["default"] : ["default"],
  },
});
