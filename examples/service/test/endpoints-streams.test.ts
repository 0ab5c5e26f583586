/**
 * Billing and retention facts stored as streams (spec examples-and-docs §2, issue #15): appends
 * with versions, replay and 409, and the answers over the stored facts against the package
 * functions called here over the same facts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeAccount, mdoBilling, statusAt } from "@zorgkit/billing";
import { type DecodeResult, decode, explainToText, Instant, LocalDate } from "@zorgkit/core";
import { decodeRetentionRecords, sweep, vjzRetention } from "@zorgkit/retention-policy";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { eurosIn } from "../src/computations.js";
import { demoBsn } from "../src/demo.js";
import { captureLogs, expectAppendContract, type TestService, testService } from "./helpers.js";

const requestsDir = fileURLToPath(new URL("../requests/", import.meta.url));
// biome-ignore lint/suspicious/noExplicitAny: sample request bodies are read as untyped JSON
const sample = (name: string): any => JSON.parse(readFileSync(requestsDir + name, "utf8"));
const ok = <A>(r: DecodeResult<A>): A => {
  if (!r.ok) throw new Error(`the test's data does not decode: ${r.issues[0]?.path}`);
  return r.value;
};

let s: TestService;
const logs = captureLogs();
beforeAll(async () => {
  s = await testService({ logger: logs.logger });
});
afterAll(() => s.close());

/** What the service answers for an explained value (value, English explanation, because). */
const asAnswered = (e: { value: unknown; because: unknown }, value: unknown) =>
  JSON.parse(
    JSON.stringify({
      ...(value as object),
      explanation: explainToText(e as Parameters<typeof explainToText>[0], "en"),
      because: e.because,
    }),
  );

const guarded: Array<{ path: string; body: () => unknown }> = [];

describe("billing: an account's invoices and payments as a stream, and its status over them", () => {
  const path = "/billing/accounts/acc-1/events";
  const statusPath = "/billing/accounts/acc-1/status";
  guarded.push({ path: statusPath, body: () => sample("billing-account-status.json") });
  const payment = {
    _tag: "AccountEventRecorded",
    event: { type: "paid", on: "2026-06-10", invoice: "A-2", amount: "250.00" },
  };

  test("append: 201 at version 0, a retry with the key is replayed, a stale version is a 409", async () => {
    await expectAppendContract(s, path, sample("billing-events.json"), {
      key: "billing-1",
      stream: "billing-acc-1",
      type: "billing",
      version: 4,
    });
  });

  test("the status is the package's statusAt over the stored facts, and equals /billing/status with them in the body", async () => {
    const ap = await s.call("POST", path, {
      token: s.tokens.append,
      body: { expectedVersion: 4, events: [payment] },
    });
    expect(ap.status).toBe(201);
    const req = sample("billing-account-status.json");
    const r = await s.call("POST", statusPath, { token: s.tokens.read, body: req });
    expect(r.status).toBe(200);
    const events = [...sample("billing-events.json").events, payment];
    const account = {
      invoices: events.filter((e) => e._tag === "InvoiceIssued").map((e) => e.invoice),
      events: events.filter((e) => e._tag === "AccountEventRecorded").map((e) => e.event),
    };
    const e = statusAt(ok(decodeAccount(account, mdoBilling)), mdoBilling, ok(decode(LocalDate)(req.at)));
    expect(r.body).toEqual(asAnswered(e, eurosIn(e.value)));
    expect(r.body.invoices).toHaveLength(2);
    const inBody = await s.call("POST", "/billing/status", {
      token: s.tokens.read,
      body: { ...req, account },
    });
    expect(inBody.status).toBe(200);
    expect(r.body).toEqual(inBody.body);
    // another account's stream is empty: no invoices
    const other = await s.call("POST", "/billing/accounts/acc-empty/status", {
      token: s.tokens.read,
      body: req,
    });
    expect(other.status).toBe(200);
    expect(other.body.invoices).toEqual([]);
  });

  test("bad input: an unknown event, a bad amount, an event naming an invoice not stored, a BSN as account id — 400, nothing echoed", async () => {
    const bad = await s.call("POST", "/billing/accounts/acc-2/events", {
      token: s.tokens.append,
      body: {
        expectedVersion: 0,
        events: [
          { _tag: "Nope" },
          { _tag: "InvoiceIssued", invoice: { number: "B-1", invoiceDate: "2026-04-15", amount: "12.345" } },
        ],
      },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toContain("$.events[0]._tag");
    expect(paths.some((p: string) => p.startsWith("$.events[1].invoice.amount"))).toBe(true);
    expect(JSON.stringify(bad.body)).not.toContain("12.345");
    const unknown = await s.call("POST", path, {
      token: s.tokens.append,
      body: {
        expectedVersion: 5,
        events: [{ _tag: "AccountEventRecorded", event: { ...payment.event, invoice: "A-9" } }],
      },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues[0].path).toMatch(/^\$\.events\[0\]\.event/);
    const dup = await s.call("POST", path, {
      token: s.tokens.append,
      body: {
        expectedVersion: 5,
        events: [
          { _tag: "InvoiceIssued", invoice: { number: "A-1", invoiceDate: "2026-06-01", amount: "1.00" } },
        ],
      },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.issues[0].path).toMatch(/^\$\.events\[0\]\.invoice/);
    expect((await s.call("GET", path, { token: s.tokens.all })).body.version).toBe(5);
    const at = await s.call("POST", statusPath, { token: s.tokens.read, body: { at: "2026-13-01" } });
    expect(at.status).toBe(400);
    expect(at.body.issues[0].path).toMatch(/^\$\.at/);
    const bsnId = await s.call("POST", `/billing/accounts/${demoBsn(2)}/events`, {
      token: s.tokens.append,
      body: sample("billing-events.json"),
    });
    expect(bsnId.status).toBe(400);
    expect(JSON.stringify(bsnId.body)).not.toContain(demoBsn(2));
  });
});

describe("retention: a holder's records as a stream, and the sweep over them", () => {
  const path = "/retention/holders/mdo-1/events";
  const sweepPath = "/retention/holders/mdo-1/sweep";
  guarded.push({ path: sweepPath, body: () => sample("retention-holder-sweep.json") });
  const lifted = {
    _tag: "RecordRecorded",
    record: { id: "ip-3", recordClass: "ip-log", events: { written: "2026-06-01" }, holds: [] },
  };

  test("append: 201 at version 0, a retry with the key is replayed, a stale version is a 409", async () => {
    await expectAppendContract(s, path, sample("retention-events.json"), {
      key: "retention-1",
      stream: "retention-mdo-1",
      type: "retention",
      version: 3,
    });
  });

  test("the sweep is the package's sweep over the stored records (a re-recorded record replaces the earlier one) and equals /retention/sweep with them in the body", async () => {
    const req = sample("retention-holder-sweep.json");
    const before = await s.call("POST", sweepPath, { token: s.tokens.read, body: req });
    expect(before.status).toBe(200);
    const ap = await s.call("POST", path, {
      token: s.tokens.append,
      body: { expectedVersion: 3, events: [lifted] },
    });
    expect(ap.status).toBe(201);
    const r = await s.call("POST", sweepPath, { token: s.tokens.read, body: req });
    expect(r.status).toBe(200);
    const stored = sample("retention-events.json").events.map((e: { record: unknown }) => e.record);
    const at = ok(decode(Instant)(req.at));
    const expectedOver = (records: unknown[]) => {
      const e = sweep(ok(decodeRetentionRecords(records, vjzRetention, { at })), vjzRetention, at);
      return asAnswered(e, e.value);
    };
    expect(before.body).toEqual(expectedOver(stored));
    const now = [stored[0], stored[1], lifted.record];
    expect(r.body).toEqual(expectedOver(now));
    expect(r.body).not.toEqual(before.body); // the lifted hold changed the answer
    const inBody = await s.call("POST", "/retention/sweep", {
      token: s.tokens.read,
      body: { ...req, records: now },
    });
    expect(inBody.status).toBe(200);
    expect(r.body).toEqual(inBody.body);
  });

  test("bad input: an unknown event, a bad record, a policy the records do not fit (422), a BSN as holder id — nothing echoed", async () => {
    const bad = await s.call("POST", "/retention/holders/mdo-2/events", {
      token: s.tokens.append,
      body: {
        expectedVersion: 0,
        events: [
          { _tag: "Nope" },
          {
            _tag: "RecordRecorded",
            record: { id: "r", recordClass: "ip-log", events: { written: "2026-02-30" } },
          },
        ],
      },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toContain("$.events[0]._tag");
    expect(paths.some((p: string) => p.startsWith("$.events[1].record.events"))).toBe(true);
    expect(JSON.stringify(bad.body)).not.toContain("2026-02-30");
    const misfit = await s.call("POST", sweepPath, {
      token: s.tokens.read,
      body: { policy: "mitz", at: "2027-03-01T00:00:00+01:00" },
    });
    expect(misfit.status).toBe(422);
    expect(misfit.body.issues[0].path).toMatch(/^\(stored record 1\)\.recordClass/);
    const policy = await s.call("POST", sweepPath, {
      token: s.tokens.read,
      body: { policy: "nope", at: "2027-03-01T00:00:00+01:00" },
    });
    expect(policy.status).toBe(400);
    const bsnId = await s.call("POST", `/retention/holders/${demoBsn(3)}/events`, {
      token: s.tokens.append,
      body: sample("retention-events.json"),
    });
    expect(bsnId.status).toBe(400);
    expect(JSON.stringify(bsnId.body)).not.toContain(demoBsn(3));
  });
});

describe("tokens: the stored-facts computations need a token (401) with the decisions:read scope (403)", () => {
  test("missing token 401, append-only token 403", async () => {
    expect(guarded.length).toBe(2);
    for (const g of guarded) {
      expect((await s.call("POST", g.path, { body: g.body() })).status, g.path).toBe(401);
      expect((await s.call("POST", g.path, { token: s.tokens.append, body: g.body() })).status, g.path).toBe(
        403,
      );
    }
  });

  test("no BSN in the log lines", () => {
    expect(logs.lines.join("\n")).not.toMatch(/\b\d{9}\b/);
  });
});
