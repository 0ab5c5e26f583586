#!/usr/bin/env node
/**
 * `zorgkit-sla-report`: see `--help` and the README.
 *
 * @module
 */
import { run } from "./cli.js";

process.exitCode = run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  now: () => Date.now(),
});
