import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoBsn, demoEvents, demoIncident, demoRequest } from "../src/demo.js";
import { captureLogs, type TestService, testService } from "./helpers.js";

let s: TestService;
const logs = captureLogs();
beforeAll(async () => {
  s = await testService({ logger: logs.logger });
});
afterAll(() => s.close());

const medicationYes = (i: number, eventId: string) => ({
  _tag: "ChoiceRecorded",
  eventId,
  at: "2026-01-06T09:00:00+01:00",
  patient: demoBsn(i),
  actor: { _tag: "Patient" },
  choiceId: `yes-medication-${eventId}`,
  custodian: { _tag: "Organisation", ura: "00001111" },
  dataCategory: "GGC013",
  requesters: { _tag: "AllRequesters" },
  decision: "permit",
});

describe("public endpoints", () => {
  test("GET /health answers ok with the database kind, without a token", async () => {
    const r = await s.call("GET", "/health");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: "ok", database: "pglite", streams: 3, organisations: 1, inFlight: 0 });
  });

  test("GET / is an HTML page listing the endpoints with the two try-it forms", async () => {
    const r = await s.call("GET", "/");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/text\/html/);
    for (const p of [
      "/consent/decisions",
      "/sla/deadlines",
      "/streams/:id/events",
      "/openapi.json",
      "/health",
    ])
      expect(r.body).toContain(p);
    expect(r.body).toContain("send('/consent/decisions'");
    expect(r.body).toContain("send('/sla/deadlines'");
  });

  test("GET /openapi.json is OpenAPI 3.1 with request schemas generated from the packages' schemas", async () => {
    const r = await s.call("GET", "/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe("3.1.0");
    const req = r.body.components.schemas.ConsentRequest;
    expect(req.required).toEqual(
      expect.arrayContaining([
        "patient",
        "custodian",
        "dataCategory",
        "requester",
        "purpose",
        "treatmentRelationship",
        "at",
      ]),
    );
    expect(r.body.components.schemas.Incident.properties.priority.enum).toEqual(["P1", "P2", "P3", "P4"]);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(["/consent/decisions", "/sla/deadlines", "/streams/{id}/events"]),
    );
  });

  test("an unknown route is a 404 in JSON", async () => {
    const r = await s.call("GET", "/no/such/route", { token: s.tokens.all });
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: "not-found" });
    expect((await s.call("DELETE", "/consent/decisions", { token: s.tokens.all })).status).toBe(404);
  });
});

describe("tokens and scopes", () => {
  test("no token: 401 with a Bearer challenge; an unknown token: 401; a token without the scope: 403", async () => {
    const none = await s.call("POST", "/consent/decisions", { body: demoRequest(0) });
    expect(none.status).toBe(401);
    expect(none.body.error).toBe("missing-token");
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const wrong = await s.call("POST", "/consent/decisions", { token: s.tokens.none, body: demoRequest(0) });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe("invalid-token");
    const scope = await s.call("POST", "/consent/decisions", {
      token: s.tokens.append,
      body: demoRequest(0),
    });
    expect(scope).toMatchObject({
      status: 403,
      body: { error: "insufficient-scope", required: "decisions:read" },
    });
    expect((await s.call("POST", "/streams/x1/events", { token: s.tokens.read, body: {} })).status).toBe(403);
    expect((await s.call("GET", "/streams/demo-patient-1/events", { token: s.tokens.read })).status).toBe(
      403,
    );
    expect((await s.call("POST", "/admin/tokens", { token: s.tokens.read, body: {} })).status).toBe(403);
  });

  test("an admin creates a token that is shown once and works with exactly its scopes", async () => {
    const r = await s.call("POST", "/admin/tokens", {
      token: s.tokens.all,
      body: { name: "sla desk", scopes: ["decisions:read"] },
    });
    expect(r.status).toBe(201);
    expect(r.body.token).toMatch(/^zk_/);
    expect((await s.call("POST", "/sla/deadlines", { token: r.body.token, body: demoIncident })).status).toBe(
      200,
    );
    expect((await s.call("POST", "/streams/x2/events", { token: r.body.token, body: {} })).status).toBe(403);
    const stored = await s.db.query<{ hash: string }>("select hash from tokens where name = 'sla desk'");
    expect(stored.rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]?.hash).not.toContain(r.body.token);
    const bad = await s.call("POST", "/admin/tokens", {
      token: s.tokens.all,
      body: { name: "x", scopes: ["root"] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe("$.scopes");
  });
});

describe("POST /consent/decisions", () => {
  test("the demo patient's 'nee' for medication at organisation 00001111 decides: Deny by x-no-medication", async () => {
    const r = await s.call("POST", "/consent/decisions", { token: s.tokens.read, body: demoRequest(1) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ decision: "Deny", reason: "choice", choice: "x-no-medication" });
    expect(r.body.explanation).toContain("MITZ");
  });

  test("other data from a hospital falls under the 'ja' for hospitals: Permit by hospitals-yes", async () => {
    const r = await s.call("POST", "/consent/decisions", {
      token: s.tokens.read,
      body: demoRequest(1, "GGC012"),
    });
    expect(r.body).toMatchObject({ decision: "Permit", choice: "hospitals-yes" });
  });

  test("a patient with no recorded profile gets no Permit", async () => {
    const r = await s.call("POST", "/consent/decisions", { token: s.tokens.read, body: demoRequest(77) });
    expect(r.status).toBe(200);
    expect(r.body.decision).not.toBe("Permit");
    expect(r.body.choice).toBeUndefined();
  });

  test("bad input is a 400 with the decoding issues; the BSN is never echoed", async () => {
    const badBsn = "123456789";
    const r = await s.call("POST", "/consent/decisions", {
      token: s.tokens.read,
      body: { ...demoRequest(0), patient: badBsn, purpose: 7, extra: 1 },
    });
    expect(r.status).toBe(400);
    expect(r.body.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(["$.patient", "$.purpose"]),
    );
    expect(JSON.stringify(r.body)).not.toContain(badBsn);
    const notJson = await s.call("POST", "/consent/decisions", {
      token: s.tokens.read,
      raw: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body.issues[0]).toMatchObject({ path: "$", code: "undecodable" });
    expect((await s.call("POST", "/consent/decisions", { token: s.tokens.read, body: [] })).status).toBe(400);
  });

  test("every decision writes one audit line: who, what, when, outcome — and no BSN", async () => {
    const before = logs.lines.filter((l) => l.includes('"audit":"consent-decision"')).length;
    await s.call("POST", "/consent/decisions", { token: s.tokens.read, body: demoRequest(2) });
    const audits = logs.lines.filter((l) => l.includes('"audit":"consent-decision"'));
    expect(audits.length).toBe(before + 1);
    const a = JSON.parse(audits[audits.length - 1] as string);
    expect(a.who).toMatch(/^read-/);
    expect(a.outcome).toBe("Deny");
    expect(a.what).toMatchObject({
      custodian: "00001111",
      requester: "00003333",
      dataCategory: "GGC013",
    });
    expect(Date.parse(a.when)).not.toBeNaN();
    expect(audits.join("\n")).not.toContain(demoBsn(2));
  });
});

describe("POST /sla/deadlines", () => {
  test("a P1 received on Saturday 7 March 2026 10:00: response due Monday 08:00, resolution within 24 hours (MDO-SLA 9.3)", async () => {
    const r = await s.call("POST", "/sla/deadlines", { token: s.tokens.read, body: demoIncident });
    expect(r.status).toBe(200);
    expect(r.body.priority).toBe("P1");
    expect(r.body.responseDue.due).toBe("2026-03-09T08:00:00+01:00");
    expect(r.body.resolutionDue.due).toBe("2026-03-08T10:00:00+01:00");
  });

  test("an unknown priority and a local time without offset are 400s naming the fields", async () => {
    const r = await s.call("POST", "/sla/deadlines", {
      token: s.tokens.read,
      body: { id: "I", receivedAt: "2026-03-07T10:00:00", priority: "P5" },
    });
    expect(r.status).toBe(400);
    expect(r.body.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(["$.receivedAt", "$.priority"]),
    );
  });
});

describe("POST /streams/:id/events", () => {
  test("a new stream starts at version 0; a second append at 0 is a 409 naming the current version", async () => {
    const first = await s.call("POST", "/streams/api-new-1/events", {
      token: s.tokens.append,
      body: { expectedVersion: 0, events: demoEvents(10) },
    });
    expect(first).toMatchObject({
      status: 201,
      body: { stream: "api-new-1", fromVersion: 1, version: 3, appended: 3 },
    });
    const again = await s.call("POST", "/streams/api-new-1/events", {
      token: s.tokens.append,
      body: { expectedVersion: 0, events: [medicationYes(10, "e9")] },
    });
    expect(again).toMatchObject({
      status: 409,
      body: { error: "version-conflict", expectedVersion: 0, currentVersion: 3 },
    });
    const stream = await s.call("GET", "/streams/api-new-1/events", { token: s.tokens.all });
    expect(stream.body.events.map((e: { version: number }) => e.version)).toEqual([1, 2, 3]);
  });

  test("an append updates the projection: the next decision sees the new choice", async () => {
    expect(
      (await s.call("POST", "/consent/decisions", { token: s.tokens.read, body: demoRequest(0) })).body
        .decision,
    ).toBe("Deny");
    const r = await s.call("POST", "/streams/demo-patient-1/events", {
      token: s.tokens.append,
      body: { expectedVersion: 3, events: [medicationYes(0, "e4")] },
    });
    expect(r.status).toBe(201);
    const d = await s.call("POST", "/consent/decisions", { token: s.tokens.read, body: demoRequest(0) });
    expect(d.body).toMatchObject({ decision: "Permit", choice: "yes-medication-e4" });
  });

  test("an Idempotency-Key makes a retried append a no-op returning the first result; reusing it for another request is a 422", async () => {
    const body = { expectedVersion: 0, events: demoEvents(11) };
    const headers = { "idempotency-key": "retry-1" };
    const first = await s.call("POST", "/streams/api-idem-1/events", {
      token: s.tokens.append,
      body,
      headers,
    });
    const second = await s.call("POST", "/streams/api-idem-1/events", {
      token: s.tokens.append,
      body,
      headers,
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.body).toEqual(first.body);
    const stream = await s.call("GET", "/streams/api-idem-1/events", { token: s.tokens.all });
    expect(stream.body.version).toBe(3);
    const other = await s.call("POST", "/streams/api-idem-1/events", {
      token: s.tokens.append,
      body: { expectedVersion: 3, events: [medicationYes(11, "e4")] },
      headers,
    });
    expect(other.status).toBe(422);
  });

  test("bad appends are 400s: unknown keys, a bad version, no events, an invalid event, another patient's event, a BSN as stream id", async () => {
    const post = (id: string, body: unknown) =>
      s.call("POST", `/streams/${id}/events`, { token: s.tokens.append, body });
    const shape = await post("api-bad-1", { expectedVersion: -1, events: [], extra: true });
    expect(shape.status).toBe(400);
    expect(shape.body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      "$.events",
      "$.expectedVersion",
      "$.extra",
    ]);
    const event = await post("api-bad-1", {
      expectedVersion: 0,
      events: [{ ...(demoEvents(12)[0] as object), birthDate: "1980-02-30" }],
    });
    expect(event.status).toBe(400);
    expect(event.body.issues[0].path).toMatch(/^\$\.events\[0\]\.birthDate/);
    await post("api-bad-2", { expectedVersion: 0, events: demoEvents(13) });
    const mixed = await post("api-bad-2", { expectedVersion: 3, events: [medicationYes(14, "e4")] });
    expect(mixed.status).toBe(400);
    expect(JSON.stringify(mixed.body)).not.toContain(demoBsn(14));
    const bsnId = await post(demoBsn(15), { expectedVersion: 0, events: demoEvents(15) });
    expect(bsnId.status).toBe(400);
    expect(JSON.stringify(bsnId.body)).not.toContain(demoBsn(15));
    expect(
      (
        await s.call("POST", "/streams/api-bad-1/events", {
          token: s.tokens.append,
          raw: "[",
          headers: { "content-type": "application/json" },
        })
      ).status,
    ).toBe(400);
  });

  test("a body over the limit (64 KiB) is a 413 and nothing is stored", async () => {
    const big = { expectedVersion: 0, events: demoEvents(16), padding: "x".repeat(70_000) };
    const r = await s.call("POST", "/streams/api-big-1/events", { token: s.tokens.append, body: big });
    expect(r.status).toBe(413);
    expect((await s.call("GET", "/streams/api-big-1/events", { token: s.tokens.all })).body.version).toBe(0);
  });
});

test("no response carried a stack trace and no log line carried a demo patient's BSN", async () => {
  const all = logs.lines.join("\n");
  for (let i = 0; i < 20; i++) expect(all).not.toContain(demoBsn(i));
  expect(all).not.toMatch(/\bat .*\.(ts|js):\d+/);
  expect(logs.lines.filter((l) => l.includes('"route"')).length).toBeGreaterThan(20);
});
