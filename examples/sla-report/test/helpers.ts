import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Io, run } from "../src/cli.js";

/** The sample inputs (examples/). */
export const examples = fileURLToPath(new URL("../examples/", import.meta.url));
export const sample = (name: string): string => join(examples, name);
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), "sla-report-test-"));

/** Run the CLI in-process, capturing what it writes. */
export function cli(
  args: ReadonlyArray<string>,
  options: { cwd?: string; tty?: boolean; now?: number } = {},
): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: {
      write: (s: string) => (stderr += s),
      ...(options.tty === undefined ? {} : { isTTY: options.tty }),
    },
    cwd: options.cwd ?? examples,
    now: () => options.now ?? Date.parse("2026-12-01T12:00:00Z"),
  };
  const code = run(args, io);
  return { code, stdout, stderr };
}
