// Measuring helpers shared by the retention-policy benches (issue #18): memory as
// `process.memoryUsage()` heapUsed + arrayBuffers after gc(), CPU time from `process.cpuUsage`,
// medians and the load average.
import { loadavg } from "node:os";

const gc = globalThis.gc;
if (gc === undefined) throw new Error("run with node --expose-gc (the package's bench scripts do)");

/** Heap used + ArrayBuffers after two full collections, in bytes. */
export function heapAndBuffers() {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Milliseconds of CPU (user + system) in a `process.cpuUsage(start)` difference. */
export const cpuMs = (c) => (c.user + c.system) / 1000;

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** KiB below one MiB, MiB above. */
export const bytes = (b) =>
  Math.abs(b) < 1048576 ? `${(b / 1024).toFixed(0)} KiB` : `${(b / 1048576).toFixed(1)} MiB`;

/** The 1, 5 and 15 minute load averages. */
export const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
