// Debian's Chromium for the browser tests (the SLA report, the docs site): where it is and whether
// it is there. In CI a missing Chromium is a failing test (.ci/run installs it); elsewhere the
// caller skips its suite and a warning says how to install it.
import { existsSync } from "node:fs";
import { expect, it } from "vitest";

/** The Chromium a browser test drives (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`). */
export function chromiumForTests(what: string): {
  readonly executablePath: string;
  readonly present: boolean;
} {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const present = existsSync(executablePath);
  const inCi = process.env.CI === "true" || process.env.CI === "1";
  if (!present && inCi) {
    it(`Chromium is installed at ${executablePath} (required in CI)`, () => {
      expect.fail(
        `no Chromium at ${executablePath}: .ci/run installs Debian's chromium; the browser tests must run in CI`,
      );
    });
  } else if (!present) {
    console.warn(
      `${what} skipped: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
    );
  }
  return { executablePath, present };
}
