import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../vitest.shared.js";

// The repository checks: tools/test/*.test.ts (conventions, executed samples, cycle check).
export default mergeConfig(
  sharedConfig,
  defineConfig({ test: { include: ["test/**/*.test.ts"], exclude: [".samples/**", "node_modules/**"] } }),
);
