// Shared Stryker settings for `pnpm --filter @zorgkit/<pkg> mutate` (ADR 0011, issue #17).
//
// Stryker runs from the repository root, not from the package: the sandbox then copies the
// package together with vitest.shared.ts and tools/testkit, so the package's own vitest config
// and the tests' `../../../tools/...` and `../../../docs/...` paths resolve unchanged (from the
// package directory the sandbox sits one level deeper and those imports break). The other
// packages are not copied; a package reaches its siblings through node_modules (their dist/).
// `inPlace` is not used: in the shared working tree it would rewrite src files others read.

/**
 * @param {string} pkg directory name under packages/
 * @param {{ mutate?: string[] }} [options] globs relative to the package (default: the logic modules
 *   of ADR 0007 — src/ without presets/ — less the re-exporting index and the /testing arbitraries)
 */
export function strykerConfig(pkg, options = {}) {
  const dir = `packages/${pkg}`;
  const mutate = options.mutate ?? [
    "src/**/*.ts",
    "!src/**/presets/**",
    "!src/index.ts",
    "!src/testing.ts",
    "!src/testing/**",
  ];
  return {
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: `${dir}/vitest.stryker.config.ts`, dir, related: false },
    // String literals are left unmutated: most are explanation sentences and messages (issue #17
    // leaves those out), and a string compared in a rule is covered by the equality and
    // conditional mutants of the same comparison. This halves the survivors' cost (ADR 0011).
    mutator: { excludedMutations: ["StringLiteral"] },
    mutate: mutate.map((glob) => (glob.startsWith("!") ? `!${dir}/${glob.slice(1)}` : `${dir}/${glob}`)),
    // Each mutant runs only the tests that reached it in the dry run.
    coverageAnalysis: "perTest",
    // Static mutants (module-level presets, schemas, tables) re-import the module and run the whole
    // suite each; the routine run skips them. `STRYKER_STATIC=1` includes them (the periodic run).
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by Stryker, which turbo does not run
    ignoreStatic: process.env.STRYKER_STATIC !== "1",
    // A re-run after a small change tests only the changed mutants; the file is gitignored.
    incremental: true,
    incrementalFile: `${dir}/reports/stryker-incremental.json`,
    reporters: ["html", "json", "clear-text", "progress-append-only"],
    htmlReporter: { fileName: `${dir}/reports/mutation/index.html` },
    jsonReporter: { fileName: `${dir}/reports/mutation/mutation.json` },
    clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
    // Two cores shared by eight engineers: one test runner, run under `nice -n 19`.
    concurrency: 1,
    timeoutMS: 5_000,
    // On the shared machine a suite's dry run under nice 19 can take longer than the 5-minute default.
    dryRunTimeoutMinutes: 30,
    tempDirName: ".stryker-tmp",
    cleanTempDir: true,
    ignorePatterns: [
      "/*",
      "!/package.json",
      "!/tsconfig.base.json",
      "!/vitest.shared.ts",
      "!/tools",
      "/tools/*",
      "!/tools/testkit",
      "!/tools/package.json",
      "!/tools/tsconfig.json",
      "!/docs",
      "/docs/.vitepress",
      "/docs/api",
      "!/packages",
      "/packages/*",
      `!/${dir}`,
      `/${dir}/reports`,
      `/${dir}/dist`,
      `/${dir}/test-results`,
    ],
    logLevel: "info",
    fileLogLevel: "off",
  };
}
