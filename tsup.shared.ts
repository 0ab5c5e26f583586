import { defineConfig } from "tsup";
import { wrapPureTopLevel } from "./tools/codemods/pure-top-level.mjs";

/**
 * Every package builds the same way: unbundled ESM, one file per module, with declarations.
 * After esbuild, every top-level `const` that calls a function at load (schemas, presets) is
 * wrapped in `/* @__PURE__ *\/ (() => …)()` in `dist/*.js`, so bundlers drop what is not imported;
 * the source stays plain (tools/codemods/pure-top-level.mjs; size-limit is the guard).
 */
export default defineConfig({
  entry: ["src/**/*.ts"],
  format: ["esm"],
  bundle: false,
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  onSuccess: async () => {
    wrapPureTopLevel("dist");
  },
});
