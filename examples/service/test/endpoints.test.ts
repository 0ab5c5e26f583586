/**
 * The endpoints of authorization-roles, retention-policy, billing and contract-terms, in process on
 * PGlite: good input (the packages' documented results), bad input (400 with the decoders'
 * issues, no value echoed, BSNs masked), missing and wrong tokens (401/403).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoAccess, demoOrganisation } from "../src/demo.js";
import { captureLogs, type TestService, testService } from "./helpers.js";

const requestsDir = fileURLToPath(new URL("../requests/", import.meta.url));
// biome-ignore lint/suspicious/noExplicitAny: sample request bodies are read as untyped JSON
const sample = (name: string): any => JSON.parse(readFileSync(requestsDir + name, "utf8"));

let s: TestService;
const logs = captureLogs();
beforeAll(async () => {
  s = await testService({ logger: logs.logger });
});
afterAll(() => s.close());

const at = "2026-01-05T09:00:00+01:00";
const roleEvent = (org: string, extra: Record<string, unknown>) => ({ at, organisation: org, ...extra });
const registered = (org: string) =>
  roleEvent(org, { _tag: "OrganisationRegistered", eventId: "e1", provider: true });
const bsn = "111222333"; // passes the 11-check: a decoder that echoed it would show it

/** Every computation endpoint with its sample request and one fact of the documented answer. */
const computations: Array<{ path: string; file: string; check: (body: Record<string, unknown>) => void }> = [
  {
    path: "/retention/evaluations",
    file: "retention.json",
    // VJZ §2 row 5: an IP log written 31 Aug 2026 is kept at most 6 months → gone by 28 Feb 2027.
    check: (b) => expect(b).toMatchObject({ status: "must-delete", deleteBy: "2027-02-28" }),
  },
  {
    path: "/retention/backups",
    file: "backups.json",
    check: (b) => expect(b).toMatchObject({ keep: ["f2", "d2"], delete: ["f1", "d1"] }),
  },
  {
    path: "/billing/interest",
    file: "interest.json",
    // 6:119a BW: € 10 000 × 10.15 % × 31/365 = € 86.21.
    check: (b) => expect(b).toMatchObject({ total: "86.21", outstanding: { total: "10086.21" } }),
  },
  {
    path: "/billing/status",
    file: "account.json",
    check: (b) =>
      expect(b).toMatchObject({
        invoices: [{ number: "A-1", state: "in-default", dueDate: "2026-05-15", outstanding: "1000.00" }],
      }),
  },
  {
    path: "/billing/invoice-deadline",
    file: "", // inline below
    check: (b) => expect(b).toMatchObject({ month: "2026-03", deadline: "2026-04-15" }),
  },
  {
    path: "/contracts/notice-deadline",
    file: "notice.json",
    // MDO-BV 10.2: the customer's 2 months before the end of 2026.
    check: (b) => expect(b).toMatchObject({ deadline: "2026-10-31", endDate: "2026-12-31" }),
  },
  {
    path: "/contracts/terms-status",
    file: "terms.json",
    check: (b) => expect(b).toMatchObject({ status: "ok", version: { id: "2025-04-28" } }),
  },
];
const bodyOf = (c: (typeof computations)[number]) => (c.file === "" ? { month: "2026-03" } : sample(c.file));

describe("computation endpoints: the sample requests give the packages' documented answers", () => {
  for (const c of computations)
    test(`POST ${c.path}`, async () => {
      const r = await s.call("POST", c.path, { token: s.tokens.read, body: bodyOf(c) });
      expect(r.status).toBe(200);
      c.check(r.body);
      expect(typeof r.body.explanation).toBe("string");
      expect(r.body.explanation.length).toBeGreaterThan(0);
      expect(Array.isArray(r.body.because)).toBe(true);
    });
});

describe("computation endpoints: bad input is a 400 naming the fields, without the values", () => {
  test("an unknown key, a missing field and a bad nested value, each under its field's path", async () => {
    const r = await s.call("POST", "/retention/evaluations", {
      token: s.tokens.read,
      body: {
        policy: "vjz",
        record: { id: "r1", recordClass: "ip-log", events: { written: "2026-02-30" } },
        [`patient${bsn}`]: bsn,
      },
    });
    expect(r.status).toBe(400);
    const paths = r.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toContain("$.at");
    expect(paths.some((p: string) => p.startsWith("$.patient"))).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain(bsn);
  });

  test("a retention record is checked against the chosen policy (an unknown class) and the instant (an event after it)", async () => {
    const unknownClass = await s.call("POST", "/retention/evaluations", {
      token: s.tokens.read,
      body: { ...sample("retention.json"), record: { id: "r1", recordClass: "fax-log", events: {} } },
    });
    expect(unknownClass.status).toBe(400);
    expect(unknownClass.body.issues[0].path).toMatch(/^\$\.record/);
    const future = await s.call("POST", "/retention/evaluations", {
      token: s.tokens.read,
      body: { ...sample("retention.json"), at: "2026-01-01T00:00:00+01:00" },
    });
    expect(future.status).toBe(400);
    expect(future.body.issues[0].path).toMatch(/^\$\.record\.events/);
    const policy = await s.call("POST", "/retention/evaluations", {
      token: s.tokens.read,
      body: { ...sample("retention.json"), policy: "forever" },
    });
    expect(policy.body.issues[0]).toMatchObject({ path: "$.policy", code: "invalid" });
  });

  test("billing: an amount with three decimals, an unknown rate table, a third MDO reminder, a month that is no month", async () => {
    const interest = await s.call("POST", "/billing/interest", {
      token: s.tokens.read,
      body: { rates: "usury", claim: { ...sample("interest.json").claim, principal: "100.005" } },
    });
    expect(interest.status).toBe(400);
    expect(interest.body.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(["$.rates", "$.claim.principal"]),
    );
    const reminder = (on: string) => ({ type: "reminderSent", on, invoice: "A-1", termEnds: on });
    const account = sample("account.json");
    account.account.events = [reminder("2026-05-20"), reminder("2026-06-05"), reminder("2026-06-20")];
    const third = await s.call("POST", "/billing/status", { token: s.tokens.read, body: account });
    expect(third.status).toBe(400);
    expect(third.body.issues[0].path).toMatch(/^\$\.account\.events/);
    const month = await s.call("POST", "/billing/invoice-deadline", {
      token: s.tokens.read,
      body: { month: "2026-13" },
    });
    expect(month.status).toBe(400);
    expect(month.body.issues[0].path).toBe("$.month");
  });

  test("contracts: a date that is not a calendar date in the contract, an unknown party, a BSN as user id", async () => {
    const notice = sample("notice.json");
    const r = await s.call("POST", "/contracts/notice-deadline", {
      token: s.tokens.read,
      body: { ...notice, contract: { ...notice.contract, start: "2026-04-31" }, party: "buyer" },
    });
    expect(r.status).toBe(400);
    expect(r.body.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(["$.contract.start", "$.party"]),
    );
    const terms = await s.call("POST", "/contracts/terms-status", {
      token: s.tokens.read,
      body: { ...sample("terms.json"), user: bsn },
    });
    expect(terms.status).toBe(400);
    expect(terms.body.issues[0].path).toBe("$.user");
    expect(JSON.stringify(terms.body)).not.toContain(bsn);
  });

  test("every computation endpoint answers a non-object body with a 400 at $", async () => {
    for (const c of computations) {
      const r = await s.call("POST", c.path, { token: s.tokens.read, body: [1] });
      expect(r.status, c.path).toBe(400);
      expect(r.body.issues[0], c.path).toMatchObject({ path: "$", code: "wrong-type" });
    }
  });
});

describe("roles: organisation streams, authorize and mayGrant through the compiled role state", () => {
  test("the demo organisation: bob may view the cost ceiling (cost-ceiling); may not manage authorisations", async () => {
    const r = await s.call("POST", "/roles/decisions", { token: s.tokens.read, body: demoAccess });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ decision: "allow", grantingRoles: ["cost-ceiling"] });
    expect(r.body.audit).toMatchObject({
      type: "access-check",
      organisation: demoOrganisation,
      action: "view-cost-ceiling",
      decision: "allow",
      at: "2026-03-02T10:00:00+01:00",
    });
    const manage = await s.call("POST", "/roles/decisions", {
      token: s.tokens.read,
      body: { ...demoAccess, request: { ...demoAccess.request, action: "manage-authorisations" } },
    });
    expect(manage.body).toMatchObject({ decision: "deny", failedCheck: "permission" });
  });

  test("mayGrant: the main contact may not change the main-contact role (MOZA 1.7); the signatory may", async () => {
    const refused = await s.call("POST", "/roles/grants", {
      token: s.tokens.read,
      body: sample("grant.json"),
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ outcome: "refused", role: "main-contact" });
    const body = sample("grant.json");
    const allowed = await s.call("POST", "/roles/grants", {
      token: s.tokens.read,
      body: { ...body, grant: { ...body.grant, grantor: "sig" } },
    });
    expect(allowed.body.outcome).toBe("allowed");
  });

  test("an append updates the role projection: after the revocation bob is denied, before it he was allowed", async () => {
    const org = "01999001";
    const stream = `/organisations/${org}/role-events`;
    const events = [
      registered(org),
      roleEvent(org, { _tag: "SignatoryRegistered", eventId: "e2", user: "sig" }),
      ...["ann", "bob"].map((u, k) =>
        roleEvent(org, {
          _tag: "CertificateIssued",
          eventId: `e${3 + k}`,
          certificate: `c-${u}`,
          user: u,
          validFrom: at,
          validUntil: "2029-01-05T00:00:00+01:00",
        }),
      ),
      roleEvent(org, { _tag: "RoleGranted", eventId: "e5", by: "sig", user: "ann", role: "main-contact" }),
      roleEvent(org, { _tag: "RoleGranted", eventId: "e6", by: "ann", user: "bob", role: "cost-ceiling" }),
    ];
    const ask = { ...demoAccess, request: { ...demoAccess.request, organisation: org } };
    expect(
      (await s.call("POST", "/roles/decisions", { token: s.tokens.read, body: ask })).body,
    ).toMatchObject({ decision: "deny", failedCheck: "organisation-known" });
    const first = await s.call("POST", stream, {
      token: s.tokens.append,
      body: { expectedVersion: 0, events },
    });
    expect(first).toMatchObject({ status: 201, body: { fromVersion: 1, version: 6 } });
    expect(
      (await s.call("POST", "/roles/decisions", { token: s.tokens.read, body: ask })).body.decision,
    ).toBe("allow");
    const revoke = roleEvent(org, {
      _tag: "RoleRevoked",
      eventId: "e7",
      at: "2026-01-20T09:00:00+01:00",
      by: "ann",
      user: "bob",
      role: "cost-ceiling",
    });
    const conflict = await s.call("POST", stream, {
      token: s.tokens.append,
      body: { expectedVersion: 5, events: [revoke] },
    });
    expect(conflict).toMatchObject({ status: 409, body: { currentVersion: 6 } });
    const second = await s.call("POST", stream, {
      token: s.tokens.append,
      body: { expectedVersion: 6, events: [revoke] },
      headers: { "idempotency-key": `revoke-${org}` },
    });
    expect(second.status).toBe(201);
    const replay = await s.call("POST", stream, {
      token: s.tokens.append,
      body: { expectedVersion: 6, events: [revoke] },
      headers: { "idempotency-key": `revoke-${org}` },
    });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(second.body);
    const after = await s.call("POST", "/roles/decisions", { token: s.tokens.read, body: ask });
    expect(after.body).toMatchObject({ decision: "deny", failedCheck: "permission" });
    const read = await s.call("GET", stream, { token: s.tokens.all });
    expect(read.body).toMatchObject({ stream: `org-${org}`, type: "roles", version: 7 });
  });

  test("bad role appends are 400s: an unknown role, another organisation's event, no registration first, a bad AGB code", async () => {
    const org = "01999002";
    const post = (agb: string, body: unknown) =>
      s.call("POST", `/organisations/${agb}/role-events`, { token: s.tokens.append, body });
    const unknownRole = await post(org, {
      expectedVersion: 0,
      events: [
        registered(org),
        roleEvent(org, { _tag: "RoleGranted", eventId: "e2", by: "sig", user: "bob", role: "admin" }),
      ],
    });
    expect(unknownRole.status).toBe(400);
    expect(unknownRole.body.issues[0]).toMatchObject({ path: "$.events[1].role", code: "unknown-role" });
    const other = await post(org, { expectedVersion: 0, events: [registered("01999003")] });
    expect(other.status).toBe(400);
    expect(other.body.issues[0].path).toBe("$.events[0].organisation");
    const unregistered = await post(org, {
      expectedVersion: 0,
      events: [roleEvent(org, { _tag: "SignatoryRegistered", eventId: "e2", user: "sig" })],
    });
    expect(unregistered.status).toBe(400);
    expect(unregistered.body.issues[0]).toMatchObject({ code: "unknown-organisation" });
    const badAgb = await post("0112345x", { expectedVersion: 0, events: [registered(org)] });
    expect(badAgb.status).toBe(400);
    expect(badAgb.body.issues[0].path).toMatch(/^\$\.params\.agb/);
    // A role stream is not a consent stream and the other way round.
    expect((await post(org, { expectedVersion: 0, events: [registered(org)] })).status).toBe(201);
    const crossed = await s.call("POST", `/streams/org-${org}/events`, {
      token: s.tokens.append,
      body: { expectedVersion: 1, events: [registered(org)] },
    });
    expect(crossed.status).toBe(400);
    expect(crossed.body.issues[0]).toMatchObject({ path: "$.params.id" });
    expect(crossed.body.issues[0].message).toMatch(/roles events/);
  });

  test("bad decision requests are 400s under $.request and $.at; a 9-digit user id (a BSN) is refused and not echoed", async () => {
    const r = await s.call("POST", "/roles/decisions", {
      token: s.tokens.read,
      body: {
        request: { ...demoAccess.request, subject: { _tag: "User", user: bsn, certificate: "c" } },
        at: "2026-02-01T10:00",
      },
    });
    expect(r.status).toBe(400);
    const paths = r.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toContain("$.at");
    expect(paths.some((p: string) => p.startsWith("$.request.subject"))).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain(bsn);
    const grant = await s.call("POST", "/roles/grants", {
      token: s.tokens.read,
      body: { grant: { ...sample("grant.json").grant, extra: 1 }, at },
    });
    expect(grant.status).toBe(400);
    expect(grant.body.issues[0]).toMatchObject({ path: "$.grant.extra", code: "unexpected-key" });
  });

  test("every access decision writes one audit line: the token, the package's record, the outcome — no BSN", async () => {
    const before = logs.lines.filter((l) => l.includes('"audit":"access-decision"')).length;
    await s.call("POST", "/roles/decisions", { token: s.tokens.read, body: demoAccess });
    const audits = logs.lines.filter((l) => l.includes('"audit":"access-decision"'));
    expect(audits.length).toBe(before + 1);
    const a = JSON.parse(audits[audits.length - 1] as string);
    expect(a.who).toMatch(/^read-/);
    expect(a.record).toMatchObject({
      actor: { kind: "user", id: "bob" },
      organisation: demoOrganisation,
      decision: "allow",
    });
    expect(Date.parse(a.when)).not.toBeNaN();
    expect(audits.join("\n")).not.toContain(bsn);
  });
});

describe("every new endpoint needs its token and scope", () => {
  const routes = [
    ...computations.map((c) => ({ method: "POST", path: c.path, scope: "decisions:read" })),
    { method: "POST", path: "/roles/decisions", scope: "decisions:read" },
    { method: "POST", path: "/roles/grants", scope: "decisions:read" },
    { method: "POST", path: `/organisations/${demoOrganisation}/role-events`, scope: "events:append" },
    { method: "GET", path: `/organisations/${demoOrganisation}/role-events`, scope: "admin" },
  ];
  test("no token → 401 missing-token; an unknown token → 401 invalid-token; a token without the scope → 403", async () => {
    for (const r of routes) {
      const body = r.method === "POST" ? {} : undefined;
      const none = await s.call(r.method, r.path, { body });
      expect(none.status, r.path).toBe(401);
      expect(none.body.error).toBe("missing-token");
      const wrong = await s.call(r.method, r.path, { token: s.tokens.none, body });
      expect(wrong.status, r.path).toBe(401);
      expect(wrong.body.error).toBe("invalid-token");
      const scope = await s.call(r.method, r.path, {
        token: r.scope === "decisions:read" ? s.tokens.append : s.tokens.read,
        body,
      });
      expect(scope.status, r.path).toBe(403);
      expect(scope.body).toEqual({ error: "insufficient-scope", required: r.scope });
    }
  });
});

describe("the OpenAPI document and the page list every endpoint the app serves", () => {
  test("each route of the app (but /, /openapi.json) is a path of /openapi.json and on the HTML page", async () => {
    const doc = (await s.call("GET", "/openapi.json")).body;
    const page = (await s.call("GET", "/")).body as string;
    const served = s.app.routes
      .filter((r) => r.method !== "ALL" && r.path !== "/" && r.path !== "/openapi.json")
      .map((r) => ({ method: r.method.toLowerCase(), path: r.path }));
    expect(served.length).toBeGreaterThan(15);
    for (const r of served) {
      const openApiPath = r.path.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[openApiPath]?.[r.method], `${r.method} ${r.path}`).toBeDefined();
      expect(page, r.path).toContain(`${r.path}</code>`);
    }
    // The envelopes are generated from the packages' schemas: the access request's subject union.
    const subject = doc.components.schemas.AccessDecisionRequest.properties.request.properties.subject;
    expect(JSON.stringify(subject)).toContain("InsurerEmployee");
    expect(doc.components.schemas.RetentionEvaluationRequest.properties.policy.enum).toEqual([
      "vjz",
      "mdo-b1",
      "mitz",
      "statutory",
    ]);
  });

  test("every sample request in requests/ is used by a test or the README", () => {
    const used = [...computations.map((c) => c.file), "access.json", "grant.json", "role-append.json"];
    const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
    const more = ["./endpoints-more.test.ts", "./endpoints-streams.test.ts"]
      .map((t) => readFileSync(fileURLToPath(new URL(t, import.meta.url)), "utf8"))
      .join("\n");
    for (const f of readdirSync(requestsDir))
      expect(used.includes(f) || readme.includes(`requests/${f}`) || more.includes(`sample("${f}")`), f).toBe(
        true,
      );
  });
});

test("the README's curl calls, in order, give what the README says", async () => {
  const post = (path: string, file: string, headers?: Record<string, string>) =>
    s.call("POST", path, {
      token: s.tokens.all,
      body: sample(file),
      ...(headers === undefined ? {} : { headers }),
    });
  expect((await post("/consent/decisions", "decision.json")).body).toMatchObject({
    decision: "Deny",
    choice: "x-no-medication",
  });
  expect(
    await post("/streams/demo-patient-1/events", "append.json", { "idempotency-key": "demo-1" }),
  ).toMatchObject({ status: 201, body: { version: 4 } });
  expect((await post("/consent/decisions", "decision.json")).body).toMatchObject({
    decision: "Permit",
    choice: "x-yes-medication",
  });
  expect((await post("/sla/deadlines", "incident.json")).body.responseDue.due).toBe(
    "2026-03-09T08:00:00+01:00",
  );
  expect((await post("/roles/decisions", "access.json")).body).toMatchObject({
    decision: "allow",
    grantingRoles: ["cost-ceiling"],
  });
  expect(await post(`/organisations/${demoOrganisation}/role-events`, "role-append.json")).toMatchObject({
    status: 201,
    body: { version: 7 },
  });
  expect((await post("/roles/decisions", "access.json")).body).toMatchObject({
    decision: "deny",
    failedCheck: "permission",
  });
  expect((await post("/billing/interest", "interest.json")).body.total).toBe("86.21");
});
