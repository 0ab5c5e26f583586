import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { progressBar, progressLine } from "../src/progress.js";
import { cli, sample, tempDir } from "./helpers.js";

/** A large incidents file: `n` P3 incidents in April 2026. */
function largeIncidents(dir: string, n: number): string {
  const lines = ["id,receivedAt,priority,respondedAt,resolution.reportedAt"];
  for (let k = 0; k < n; k++) {
    const day = String(1 + (k % 28)).padStart(2, "0");
    lines.push(
      `INC-${k},2026-04-${day}T10:00:00+02:00,P3,2026-04-${day}T11:00:00+02:00,2026-04-${day}T12:00:00+02:00`,
    );
  }
  const file = join(dir, "large.csv");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

describe("progress bar", () => {
  it("draws a bar of the share done", () => {
    expect(progressLine("incidents", 0, 200, 10)).toBe("[----------]   0 % incidents 0/200");
    expect(progressLine("incidents", 50, 200, 10)).toBe("[###-------]  25 % incidents 50/200");
    expect(progressLine("incidents", 200, 200, 10)).toBe("[##########] 100 % incidents 200/200");
    expect(progressLine("months", 0, 0, 4)).toBe("[####] 100 % months 0/0");
  });

  it("on a terminal redraws one line in place, at most every 100 ms, and always shows the end", () => {
    let out = "";
    let t = 0;
    const bar = progressBar({ write: (s: string) => (out += s), isTTY: true }, () => t);
    bar.start("rows", 1000);
    for (let k = 1; k <= 1000; k++) {
      t += 1; // 1 ms per row: a redraw every 100 rows
      bar.tick(k);
    }
    bar.done();
    const frames = out.split("\r").filter((f) => f !== "");
    expect(frames.length).toBeGreaterThanOrEqual(10);
    expect(frames.length).toBeLessThanOrEqual(12);
    expect(frames.at(-1)).toBe("[########################] 100 % rows 1000/1000\x1b[K\n");
  });

  it("is shown for a large input with --progress (stderr, not stdout), and not without it off a terminal", () => {
    const dir = tempDir();
    const file = largeIncidents(dir, 5000);
    const out = ["--html", join(dir, "r.html"), "--json", join(dir, "r.json")];
    const withBar = cli([
      "--month",
      "2026-04",
      "--incidents",
      file,
      "--outages",
      sample("outages.csv"),
      ...out,
      "--progress",
    ]);
    expect(withBar.code).toBe(1);
    expect(withBar.stderr).toContain("] 100 % incidents 5000/5000");
    expect(withBar.stderr).toContain("] 100 % outages 7/7");
    expect(withBar.stderr).toContain("] 100 % months 1/1");
    expect(withBar.stdout).not.toContain("%]");
    expect(withBar.stdout).toContain("SLA report 2026-04");

    const args = [
      "--month",
      "2026-04",
      "--incidents",
      sample("incidents.csv"),
      "--outages",
      sample("outages.csv"),
      ...out,
    ];
    expect(cli(args).stderr).toBe("");
    expect(cli(args, { tty: true }).stderr).toContain("\r[");
    expect(cli([...args, "--no-progress"], { tty: true }).stderr).toBe("");
  });
});
