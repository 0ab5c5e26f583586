/** The bounded concurrent-append check shared by the PGlite and the PostgreSQL runs. */
import { demoBsn, demoEvents } from "../src/demo.js";

export interface Outcome {
  readonly statuses: Map<number, number>;
  readonly acknowledged: Map<string, Set<string>>;
}

/**
 * `clients` clients each append `perClient` events, spread over `streams` streams, at the version
 * they last saw; on a 409 they take the current version from the answer and retry.
 */
export async function hammer(
  base: string,
  token: string,
  opts: { streams: ReadonlyArray<string>; clients: number; perClient: number; patientOffset: number },
): Promise<Outcome> {
  const statuses = new Map<number, number>();
  const acknowledged = new Map<string, Set<string>>();
  const post = async (stream: string, body: unknown) => {
    const r = await fetch(`${base}/streams/${stream}/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  // Create the streams first.
  for (const [k, stream] of opts.streams.entries()) {
    const r = await post(stream, { expectedVersion: 0, events: demoEvents(opts.patientOffset + k) });
    if (r.status !== 201) throw new Error(`setup append ${r.status}`);
    acknowledged.set(stream, new Set(["e1", "e2", "e3"]));
  }
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, c) => {
      const known = new Map<string, number>(opts.streams.map((s) => [s, 3]));
      for (let n = 0; n < opts.perClient; n++) {
        const k = (c + n) % opts.streams.length;
        const stream = opts.streams[k] as string;
        const eventId = `c${c}-n${n}`;
        const event = {
          _tag: "ChoiceRecorded",
          eventId,
          at: "2026-01-06T09:00:00+01:00",
          patient: demoBsn(opts.patientOffset + k),
          actor: { _tag: "Patient" },
          choiceId: eventId,
          custodian: { _tag: "Organisation", ura: "00001111" },
          dataCategory: "GGC013",
          requesters: { _tag: "AllRequesters" },
          decision: n % 2 === 0 ? "permit" : "deny",
        };
        for (;;) {
          const r = await post(stream, { expectedVersion: known.get(stream), events: [event] });
          if (r.status === 201) {
            known.set(stream, r.body.version as number);
            acknowledged.get(stream)?.add(eventId);
            break;
          }
          if (r.status !== 409) throw new Error(`unexpected ${r.status}: ${JSON.stringify(r.body)}`);
          known.set(stream, r.body.currentVersion as number);
        }
      }
    }),
  );
  return { statuses, acknowledged };
}
