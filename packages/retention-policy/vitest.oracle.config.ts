import { defineConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

/** The differential test against a real `restic` (not part of `pnpm test`): `pnpm test:restic`. */
export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    include: ["test/oracle/**/*.oracle.ts"],
    outputFile: { json: "test-results/oracle.json" },
  },
});
