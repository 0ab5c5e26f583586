/**
 * Several instances on one PostgreSQL, and a database that drops its connections. These need a
 * real server: they run when DATABASE_URL is set (issue #15) and are skipped with that reason otherwise.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoBsn, demoEvents, demoRequest } from "../src/demo.js";
import { readStream } from "../src/store.js";
import { buildDist, captureLogs, type TestService, testService } from "./helpers.js";

const url = process.env.DATABASE_URL || undefined;
const reason =
  url === undefined
    ? " — skipped: DATABASE_URL is not set (issue #15: CI is to start PostgreSQL and set it)"
    : "";
const run = Math.random().toString(36).slice(2, 8);
/** The bound within which an append on one instance reaches another instance's decisions. */
const PROPAGATION_BOUND_MS = 2_000;

const yes = (i: number, eventId: string) => ({
  _tag: "ChoiceRecorded",
  eventId,
  at: "2026-01-06T09:00:00+01:00",
  patient: demoBsn(i),
  actor: { _tag: "Patient" },
  choiceId: `yes-${eventId}`,
  custodian: { _tag: "Organisation", ura: "00001111" },
  dataCategory: "GGC013",
  requesters: { _tag: "AllRequesters" },
  decision: "permit",
});

async function until<T>(
  f: () => Promise<T>,
  ok: (t: T) => boolean,
  ms: number,
): Promise<{ value: T; elapsed: number }> {
  const start = performance.now();
  for (;;) {
    const value = await f();
    const elapsed = performance.now() - start;
    if (ok(value) || elapsed > ms) return { value, elapsed };
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(url === undefined)(`two instances on one PostgreSQL${reason}`, () => {
  let a: TestService;
  let b: TestService;
  beforeAll(async () => {
    a = await testService({ databaseUrl: url, demoPatients: 0 });
    b = await testService({ databaseUrl: url, demoPatients: 0 });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  test(`an append on instance A reaches a decision on instance B within ${PROPAGATION_BOUND_MS} ms (LISTEN/NOTIFY)`, async () => {
    const stream = `two-${run}`;
    const i = 400;
    expect(
      (
        await a.call("POST", `/streams/${stream}/events`, {
          token: a.tokens.append,
          body: { expectedVersion: 0, events: demoEvents(i) },
        })
      ).status,
    ).toBe(201);
    const deny = await until(
      () => b.call("POST", "/consent/decisions", { token: b.tokens.read, body: demoRequest(i) }),
      (r) => r.body.decision === "Deny",
      PROPAGATION_BOUND_MS,
    );
    expect(deny.value.body.decision).toBe("Deny");
    expect(
      (
        await a.call("POST", `/streams/${stream}/events`, {
          token: a.tokens.append,
          body: { expectedVersion: 3, events: [yes(i, "e4")] },
        })
      ).status,
    ).toBe(201);
    const permit = await until(
      () => b.call("POST", "/consent/decisions", { token: b.tokens.read, body: demoRequest(i) }),
      (r) => r.body.decision === "Permit",
      PROPAGATION_BOUND_MS,
    );
    expect(permit.value.body.decision).toBe("Permit");
    expect(permit.elapsed).toBeLessThan(PROPAGATION_BOUND_MS);
    // B appends at the version A made: B's writes see A's (one database), and A sees B's.
    expect(
      (
        await b.call("POST", `/streams/${stream}/events`, {
          token: b.tokens.append,
          body: { expectedVersion: 3, events: [yes(i, "e5")] },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await b.call("POST", `/streams/${stream}/events`, {
          token: b.tokens.append,
          body: { expectedVersion: 4, events: [yes(i, "e5")] },
        })
      ).status,
    ).toBe(201);
    const onA = await until(
      async () => a.projection.versionOf(stream),
      (v) => v === 5,
      PROPAGATION_BOUND_MS,
    );
    expect(onA.value).toBe(5);
  });

  test("a token made on instance A works on instance B", async () => {
    const r = await a.call("POST", "/admin/tokens", {
      token: a.tokens.all,
      body: { name: `cross-${run}`, scopes: ["decisions:read"] },
    });
    expect(
      (await b.call("POST", "/consent/decisions", { token: r.body.token, body: demoRequest(0) })).status,
    ).toBe(200);
  });
});

describe.skipIf(url === undefined)(`two service processes on one PostgreSQL${reason}`, () => {
  const dir = fileURLToPath(new URL("..", import.meta.url));
  const procs: ReturnType<typeof spawn>[] = [];
  const bases: string[] = [];
  const tokens: string[] = [];
  beforeAll(async () => {
    const built = buildDist();
    if (built.status !== 0) throw new Error(`tsc failed: ${built.stdout}`);
    for (const port of [0, 0]) {
      const p = spawn(process.execPath, ["dist/main.js"], {
        cwd: dir,
        env: { ...process.env, PORT: String(port), DEMO_PATIENTS: "0", LOG_LEVEL: "warn" },
      });
      procs.push(p);
      let out = "";
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
        p.stdout?.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /localhost:(\d+)\/[\s\S]*TOKEN=(zk_[\w-]+)/.exec(out);
          if (m) {
            clearTimeout(t);
            bases.push(`http://127.0.0.1:${m[1]}`);
            tokens.push(m[2] as string);
            resolve();
          }
        });
      });
    }
  });
  afterAll(async () => {
    for (const p of procs) {
      const exited = new Promise((r) => p.once("exit", r));
      p.kill("SIGTERM");
      await exited;
    }
  });

  test(`process B decides on an append made through process A within ${PROPAGATION_BOUND_MS} ms, and both stop cleanly on SIGTERM`, async () => {
    const stream = `proc-${run}`;
    const i = 500;
    const post = (base: string, token: string, path: string, body: unknown) =>
      fetch(base + path, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
    const [A, B] = bases as [string, string];
    const [ta, tb] = tokens as [string, string];
    expect(
      (
        await post(A, ta, `/streams/${stream}/events`, {
          expectedVersion: 0,
          events: [...demoEvents(i), yes(i, "e4")],
        })
      ).status,
    ).toBe(201);
    const seen = await until(
      () => post(B, tb, "/consent/decisions", demoRequest(i)),
      (r) => r.body.decision === "Permit",
      PROPAGATION_BOUND_MS,
    );
    expect(seen.value.body.decision).toBe("Permit");
    expect(seen.elapsed).toBeLessThan(PROPAGATION_BOUND_MS);
  });
});

describe.skipIf(url === undefined)(`the database drops its connections during appends${reason}`, () => {
  let s: TestService;
  const logs = captureLogs();
  beforeAll(async () => {
    s = await testService({ databaseUrl: url, demoPatients: 0, logger: logs.logger });
  });
  afterAll(() => s.close());

  test("appends answer 201, 409 or 503 — never 500 or a trace — every acknowledged event is stored, and appends work again afterwards", async () => {
    const stream = `fault-${run}`;
    const i = 600;
    expect(
      (
        await s.call("POST", `/streams/${stream}/events`, {
          token: s.tokens.append,
          body: { expectedVersion: 0, events: demoEvents(i) },
        })
      ).status,
    ).toBe(201);
    const acknowledged: string[] = [];
    const statuses = new Set<number>();
    let version = 3;
    const appends = (async () => {
      for (let n = 0; n < 60; n++) {
        const r = await s.call("POST", `/streams/${stream}/events`, {
          token: s.tokens.append,
          body: { expectedVersion: version, events: [yes(i, `f${n}`)] },
        });
        statuses.add(r.status);
        expect(JSON.stringify(r.body)).not.toMatch(/\bat .*:\d+/);
        if (r.status === 201) {
          acknowledged.push(`f${n}`);
          version = r.body.version;
        } else if (r.status === 409) version = r.body.currentVersion;
      }
    })();
    // Kill every connection of this database but our own, three times, while the appends run.
    for (let k = 0; k < 3; k++) {
      await new Promise((r) => setTimeout(r, 150));
      await s.db
        .query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
        )
        .catch(() => {});
    }
    await appends;
    expect(logs.lines.filter((l) => l.includes("unhandled error"))).toEqual([]);
    expect([...statuses].every((x) => x === 201 || x === 409 || x === 503)).toBe(true);
    const stored = (await readStream(s.db, stream)).map((r) => (r.payload as { eventId: string }).eventId);
    for (const id of acknowledged) expect(stored).toContain(id);
    expect(new Set(stored).size).toBe(stored.length);
    const after = await s.call("POST", `/streams/${stream}/events`, {
      token: s.tokens.append,
      body: { expectedVersion: stored.length, events: [yes(i, "after")] },
    });
    expect(after.status).toBe(201);
  });
});
