/**
 * A one-line progress bar on stderr for large inputs: `[#########-----------]  45 % incidents 4500/10000`.
 * Shown only on a terminal, or when asked for (`--progress`); redrawn at most every 100 ms.
 *
 * @module
 */

/** What the report tells while it works: a stage with a total, its steps, its end. */
export interface Progress {
  start(label: string, total: number): void;
  tick(done: number): void;
  done(): void;
}

/** A progress that shows nothing. */
export const silent: Progress = { start() {}, tick() {}, done() {} };

/** The bar for `done` of `total` steps, `width` cells wide. */
export function progressLine(label: string, done: number, total: number, width = 24): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const full = Math.round(share * width);
  const percent = String(Math.floor(share * 100)).padStart(3, " ");
  return `[${"#".repeat(full)}${"-".repeat(width - full)}] ${percent} % ${label} ${done}/${total}`;
}

/** A bar written to `stream` (a terminal: redrawn in place; otherwise one line per redraw). */
export function progressBar(
  stream: { write(s: string): unknown; isTTY?: boolean },
  now: () => number = () => performance.now(),
): Progress {
  let label = "";
  let total = 0;
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  const draw = (done: number) => {
    const line = progressLine(label, done, total);
    stream.write(stream.isTTY === true ? `\r${line}\x1b[K` : `${line}\n`);
    shown = true;
  };
  return {
    start(l, t) {
      label = l;
      total = t;
      last = Number.NEGATIVE_INFINITY;
      shown = false;
    },
    tick(done) {
      const t = now();
      if (t - last < 100 && done < total) return;
      last = t;
      draw(done);
    },
    done() {
      if (!shown) draw(total);
      if (stream.isTTY === true) stream.write("\n");
    },
  };
}
