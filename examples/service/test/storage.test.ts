/**
 * Storage behaviour over HTTP on loopback: concurrent appends to the same streams, on PGlite, and
 * on a real PostgreSQL when DATABASE_URL is set (`.ci/run` is to provide one; issue #15).
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoRequest } from "../src/demo.js";
import { readStream } from "../src/store.js";
import { hammer } from "./concurrency.js";
import { type TestService, testService } from "./helpers.js";

const url = process.env.DATABASE_URL || undefined;
const targets: Array<{ name: string; databaseUrl: string | undefined; skip: string | undefined }> = [
  { name: "PGlite", databaseUrl: undefined, skip: undefined },
  {
    name: "PostgreSQL (DATABASE_URL)",
    databaseUrl: url,
    skip:
      url === undefined
        ? "skipped: DATABASE_URL is not set (issue #15: CI is to start PostgreSQL and set it)"
        : undefined,
  },
];

for (const target of targets) {
  describe.skipIf(target.skip !== undefined)(
    `${target.name}${target.skip === undefined ? "" : ` — ${target.skip}`}`,
    () => {
      let s: TestService;
      let server: ReturnType<typeof serve>;
      let base: string;
      const run = Math.random().toString(36).slice(2, 8);
      beforeAll(async () => {
        s = await testService({ databaseUrl: target.databaseUrl, demoPatients: 3 });
        server = serve({ fetch: s.app.fetch, port: 0, hostname: "127.0.0.1" });
        await new Promise<void>((resolve) => server.once("listening", () => resolve()));
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      });
      afterAll(async () => {
        await new Promise((resolve) => server.close(resolve));
        await s.close();
      });

      test("16 clients appending 8 events each to the same 4 streams: nothing lost, nothing doubled, every refusal a 409, versions gapless", async () => {
        const streams = [0, 1, 2, 3].map((k) => `conc-${run}-${k}`);
        const out = await hammer(base, s.tokens.append, {
          streams,
          clients: 16,
          perClient: 8,
          patientOffset: 200,
        });
        expect([...out.statuses.keys()].sort()).toEqual(expect.arrayContaining([201]));
        expect([...out.statuses.keys()].every((k) => k === 201 || k === 409)).toBe(true);
        expect(out.statuses.get(201)).toBe(4 + 16 * 8);
        // Four clients start on each stream at the same version: conflicts happen and are 409s.
        expect(out.statuses.get(409) ?? 0).toBeGreaterThan(0);
        let total = 0;
        for (const stream of streams) {
          const rows = await readStream(s.db, stream);
          const ids = rows.map((r) => (r.payload as { eventId: string }).eventId);
          expect(rows.map((r) => r.version)).toEqual(rows.map((_, i) => i + 1));
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(out.acknowledged.get(stream));
          expect(s.projection.versionOf(stream)).toBe(rows.length);
          total += rows.length - 3;
        }
        expect(total).toBe(16 * 8);
      });

      test("10 concurrent retries with one Idempotency-Key record the events once and all answer the first result", async () => {
        const stream = `idem-${run}`;
        const body = JSON.stringify({
          expectedVersion: 0,
          events: (await import("../src/demo.js")).demoEvents(300),
        });
        const answers = await Promise.all(
          Array.from({ length: 10 }, () =>
            fetch(`${base}/streams/${stream}/events`, {
              method: "POST",
              headers: {
                authorization: `Bearer ${s.tokens.append}`,
                "content-type": "application/json",
                "idempotency-key": `k-${run}`,
              },
              body,
            }).then(async (r) => ({ status: r.status, body: await r.json() })),
          ),
        );
        expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
        expect(answers.every((a) => a.status === 201 || a.status === 200)).toBe(true);
        for (const a of answers) expect(a.body).toEqual({ stream, fromVersion: 1, version: 3, appended: 3 });
        expect((await readStream(s.db, stream)).length).toBe(3);
      });

      test("events are append-only in the database itself: UPDATE and DELETE are refused", async () => {
        await expect(
          s.db.query("update events set event_type = 'x' where stream_id = 'demo-patient-1'"),
        ).rejects.toThrow(/append-only/);
        await expect(s.db.query("delete from events where stream_id = 'demo-patient-1'")).rejects.toThrow(
          /append-only/,
        );
      });

      test("a decision over loopback reads the projection", async () => {
        const r = await fetch(`${base}/consent/decisions`, {
          method: "POST",
          headers: { authorization: `Bearer ${s.tokens.read}`, "content-type": "application/json" },
          body: JSON.stringify(demoRequest(0)),
        });
        expect(r.status).toBe(200);
        expect(((await r.json()) as { decision: string }).decision).toBe("Deny");
      });
    },
  );
}
