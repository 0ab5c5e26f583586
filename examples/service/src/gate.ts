/**
 * The shutdown gate: counts the requests in flight; once closing, admits none, and `close()`
 * resolves when the last one in flight has finished (an append that was admitted commits and is
 * answered before the database is closed).
 *
 * @module
 */
export interface Gate {
  /** Admit a request (false once closing). */
  enter(): boolean;
  leave(): void;
  readonly closing: boolean;
  readonly inFlight: number;
  /** Stop admitting; resolve `true` when nothing is in flight, `false` if `timeoutMs` passed first. */
  close(timeoutMs?: number): Promise<boolean>;
}

export function createGate(): Gate {
  let inFlight = 0;
  let closing = false;
  const idle: Array<() => void> = [];
  return {
    enter() {
      if (closing) return false;
      inFlight++;
      return true;
    },
    leave() {
      inFlight--;
      if (inFlight === 0) for (const f of idle.splice(0)) f();
    },
    get closing() {
      return closing;
    },
    get inFlight() {
      return inFlight;
    },
    close(timeoutMs = 10_000) {
      closing = true;
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const t = setTimeout(() => resolve(false), timeoutMs);
        t.unref?.();
        idle.push(() => {
          clearTimeout(t);
          resolve(true);
        });
      });
    },
  };
}
