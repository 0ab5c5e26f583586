import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { expect } from "vitest";
import { type Service, startService } from "../src/service.js";
import { createToken, type Scope } from "../src/tokens.js";

export interface TestService extends Service {
  readonly tokens: Record<"all" | "read" | "append" | "none", string>;
  call(
    method: string,
    path: string,
    opts?: { token?: string | undefined; body?: unknown; raw?: string; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: test responses are read as untyped JSON
  ): Promise<{ status: number; body: any; headers: Headers }>;
}

/** Log lines written by the service under test (to check them for personal data). */
export function captureLogs(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level: "info" }, { write: (l: string) => void lines.push(l) });
  return { logger, lines };
}

export async function testService(
  options: {
    demoPatients?: number;
    databaseUrl?: string | undefined;
    dataDir?: string | undefined;
    bodyLimit?: number;
    logger?: pino.Logger;
  } = {},
): Promise<TestService> {
  const s = await startService({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    demoPatients: options.demoPatients ?? 3,
    logger: options.logger ?? pino({ level: "silent" }),
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
  });
  const mk = (name: string, scopes: Scope[]) =>
    createToken(s.db, `${name}-${Math.random().toString(36).slice(2)}`, scopes);
  const tokens = {
    all: await mk("all", ["decisions:read", "events:append", "admin"]),
    read: await mk("read", ["decisions:read"]),
    append: await mk("append", ["events:append"]),
    none: "zk_notatoken",
  };
  return {
    ...s,
    tokens,
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
      let body: string | undefined = opts.raw;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers["content-type"] = "application/json";
      }
      const res = await s.app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {}
      return { status: res.status, body: parsed, headers: res.headers };
    },
  };
}

/** Compile the service to dist/ (for the tests that start it as a process). */
export function buildDist(): { status: number | null; stdout: Buffer } {
  return spawnSync(
    process.execPath,
    [
      fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url)),
      "-p",
      "tsconfig.build.json",
    ],
    { cwd: fileURLToPath(new URL("..", import.meta.url)) },
  );
}

/**
 * A stream's append contract: the first append is 201 from version 1 to `version`, its retry with
 * the same key 200 (replayed), the same body without the key a 409 naming the current version;
 * `GET` (admin) reads the stream's type and version; no token 401, a read-only token 403.
 */
export async function expectAppendContract(
  s: TestService,
  path: string,
  // biome-ignore lint/suspicious/noExplicitAny: sample request bodies are read as untyped JSON
  body: any,
  expected: { key: string; stream: string; type: string; version: number },
): Promise<void> {
  const headers = { "idempotency-key": expected.key };
  const first = await s.call("POST", path, { token: s.tokens.append, body, headers });
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({ stream: expected.stream, fromVersion: 1, version: expected.version });
  const again = await s.call("POST", path, { token: s.tokens.append, body, headers });
  expect(again.status).toBe(200);
  expect(again.headers.get("idempotent-replayed")).toBe("true");
  const stale = await s.call("POST", path, { token: s.tokens.append, body });
  expect(stale.status).toBe(409);
  expect(stale.body).toMatchObject({ expectedVersion: 0, currentVersion: expected.version });
  const read = await s.call("GET", path, { token: s.tokens.all });
  expect(read.body).toMatchObject({ type: expected.type, version: expected.version });
  expect((await s.call("GET", path, { token: s.tokens.read })).status).toBe(403);
  expect((await s.call("POST", path, { body })).status).toBe(401);
  expect((await s.call("POST", path, { token: s.tokens.read, body })).status).toBe(403);
}
