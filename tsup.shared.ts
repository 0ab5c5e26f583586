import { defineConfig } from "tsup";

/** Every package builds the same way: unbundled ESM, one file per module, with declarations. */
export default defineConfig({
  entry: ["src/**/*.ts"],
  format: ["esm"],
  bundle: false,
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
});
