/**
 * The endpoints added for issue #15's remaining list, in process on PGlite: consent profile at an
 * instant and FHIR export; each good input compared with the package's answer computed here,
 * bad input 400 (no value echoed, BSNs masked), missing token 401, wrong scope 403.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeEventLog, encodeMitzNotification, mitzInterop, mitzRules, profileAt } from "@zorgkit/consent";
import { decodeContract, termAt, timeline, timelineToSvg } from "@zorgkit/contract-terms";
import { type Bsn, type DecodeResult, date, decode, explainToText, Instant } from "@zorgkit/core";
import { buildReport, renderHtml } from "@zorgkit/example-sla-report";
import { decodeRetentionRecords, schedule, sweep, vjzRetention } from "@zorgkit/retention-policy";
import {
  compileSla,
  decodeIncident,
  decodeOutage,
  decodeYearMonth,
  mdoSla2025,
  monthlyReport,
} from "@zorgkit/sla-calculator";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { profileJson } from "../src/consent.js";
import { demoBsn, demoEvents } from "../src/demo.js";
import { captureLogs, expectAppendContract, type TestService, testService } from "./helpers.js";

const requestsDir = fileURLToPath(new URL("../requests/", import.meta.url));
// biome-ignore lint/suspicious/noExplicitAny: sample request bodies are read as untyped JSON
const sample = (name: string): any => JSON.parse(readFileSync(requestsDir + name, "utf8"));
/** The decoded value of the test's own data (which must decode). */
const ok = <A>(r: DecodeResult<A>): A => {
  if (!r.ok) throw new Error(`the test's data does not decode: ${r.issues[0]?.path}`);
  return r.value;
};
const instant = (s: string) => ok(decode(Instant)(s));

let s: TestService;
const logs = captureLogs();
beforeAll(async () => {
  s = await testService({ logger: logs.logger });
});
afterAll(() => s.close());

/** The package's profile of a list of raw events at an instant. */
const expectedProfile = (events: ReadonlyArray<unknown>, at: string) => {
  const log = ok(decodeEventLog(events, mitzRules, { unknownKeys: "ignore" }));
  return profileAt(log, mitzRules, instant(at));
};

/** Every endpoint with a good body, for the 401/403 checks. */
const guarded: Array<{ path: string; body: () => unknown }> = [];

describe("consent: profile at an instant and FHIR export", () => {
  const patient = demoBsn(50);
  const actor = { _tag: "Patient" };
  const mitzEvents = [
    {
      _tag: "ProfileCreated",
      eventId: "e1",
      at: "2026-01-05T09:00:00+01:00",
      patient,
      actor,
      birthDate: "1980-05-17",
    },
    {
      _tag: "ChoiceRecorded",
      eventId: "e2",
      at: "2026-01-05T09:05:00+01:00",
      patient,
      actor,
      choiceId: "c-results",
      custodian: { _tag: "Organisation", ura: "00001111" },
      dataCategory: "GGC012",
      requesters: { _tag: "Categories", codes: ["RPZAC001"] },
      decision: "permit",
    },
  ];
  guarded.push(
    { path: "/consent/profiles", body: () => sample("profile.json") },
    { path: "/consent/fhir", body: () => sample("fhir-export.json") },
  );

  beforeAll(async () => {
    const r = await s.call("POST", "/streams/fhir-patient/events", {
      token: s.tokens.append,
      body: { expectedVersion: 0, events: mitzEvents },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });

  test("the sample: the demo patient's profile between its two choices is the package's profileAt", async () => {
    const body = sample("profile.json");
    expect(body.patient).toBe(demoBsn(0));
    const r = await s.call("POST", "/consent/profiles", { token: s.tokens.read, body });
    expect(r.status).toBe(200);
    const expected = expectedProfile(demoEvents(0), body.at);
    expect(r.body).toEqual(JSON.parse(JSON.stringify(profileJson(expected))));
    expect(r.body.choices.map((c: { id: string }) => c.id)).toEqual(expected.choices.map((c) => c.id));
    expect(JSON.stringify(r.body)).not.toContain(body.patient);
  });

  test("time travel: later instants see later choices; before creation there is no profile", async () => {
    for (const at of [
      "2026-01-05T08:00:00+01:00",
      "2026-01-05T09:05:30+01:00",
      "2026-03-01T00:00:00+01:00",
    ]) {
      const r = await s.call("POST", "/consent/profiles", {
        token: s.tokens.read,
        body: { patient: demoBsn(0), at },
      });
      expect(r.status).toBe(200);
      const expected = expectedProfile(demoEvents(0), at);
      expect(r.body.exists).toBe(expected.createdAt !== undefined);
      expect(r.body.choices.map((c: { id: string }) => c.id)).toEqual(expected.choices.map((c) => c.id));
    }
  });

  test("FHIR export: an expressible profile is the package's Mitz notification Bundle", async () => {
    const at = "2026-02-01T10:00:00+01:00";
    const r = await s.call("POST", "/consent/fhir", { token: s.tokens.read, body: { patient, at } });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("application/fhir+json");
    const p = expectedProfile(mitzEvents, at);
    const bundle = encodeMitzNotification(
      {
        patient: patient as Bsn,
        consents: p.choices.map((choice) => ({
          choice,
          recordedAt: choice.recordedAt,
          custodianOrganisationType: undefined,
        })),
      },
      mitzInterop,
    );
    expect(bundle.ok).toBe(true);
    if (bundle.ok) expect(r.body).toEqual(JSON.parse(JSON.stringify(bundle.value)));
  });

  test("FHIR export: a choice Mitz cannot express (a provider type as custodian) is a 422 with the encoder's issue", async () => {
    const body = sample("fhir-export.json");
    const r = await s.call("POST", "/consent/fhir", { token: s.tokens.read, body });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe("not-expressible");
    expect(r.body.issues.length).toBeGreaterThan(0);
    expect(r.body.issues.some((i: { message: string }) => /provider type/.test(i.message))).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain(body.patient);
  });

  test("bad input: a BSN failing the 11-check, a bad instant, an unknown key — 400, nothing echoed", async () => {
    for (const path of ["/consent/profiles", "/consent/fhir"]) {
      const r = await s.call("POST", path, {
        token: s.tokens.read,
        body: { patient: "123456780", at: "2026-02-30T10:00:00+01:00", [`x${demoBsn(1)}`]: 1 },
      });
      expect(r.status).toBe(400);
      const paths = r.body.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(["$.patient", "$.at"]));
      const text = JSON.stringify(r.body);
      expect(text).not.toContain("123456780");
      expect(text).not.toContain(demoBsn(1));
    }
  });
});

describe("SLA: a contract's incidents and outages as a stream, and the month report over them", () => {
  const path = "/sla/contracts/mdo-demo/events";
  guarded.push({ path: "/sla/contracts/mdo-demo/monthly-report", body: () => sample("sla-report.json") });
  guarded.push({
    path: "/sla/contracts/mdo-demo/monthly-report.html",
    body: () => sample("sla-report.json"),
  });
  const slaUpdate = {
    _tag: "IncidentRecorded",
    incident: {
      id: "INC-1",
      receivedAt: "2026-03-03T10:00:00+01:00",
      priority: "P2",
      respondedAt: "2026-03-03T10:20:00+01:00",
    },
  };

  test("append: 201 at version 0, a retry with the key is replayed, a stale version is a 409", async () => {
    await expectAppendContract(s, path, sample("sla-events.json"), {
      key: "sla-1",
      stream: "sla-mdo-demo",
      type: "sla",
      version: 3,
    });
  });

  test("the month report is the package's monthlyReport over the stored records (a re-recorded incident replaces the earlier one)", async () => {
    const update = slaUpdate;
    const ap = await s.call("POST", path, {
      token: s.tokens.append,
      body: { expectedVersion: 3, events: [update] },
    });
    expect(ap.status).toBe(201);
    const req = sample("sla-report.json");
    const r = await s.call("POST", "/sla/contracts/mdo-demo/monthly-report", {
      token: s.tokens.read,
      body: req,
    });
    expect(r.status).toBe(200);
    const events = sample("sla-events.json").events;
    const incidents = [update.incident, events[1].incident].map((i) => ok(decodeIncident(i)));
    const e = monthlyReport(
      {
        month: ok(decodeYearMonth(req.month)),
        incidents,
        outages: [ok(decodeOutage(events[2].outage))],
      },
      compileSla(mdoSla2025),
      instant(req.at),
    );
    expect(r.body).toEqual(JSON.parse(JSON.stringify({ ...e.value, because: e.because })));
    expect(r.body.availability.monthMinutes).toBeGreaterThan(0);
  });

  test("the month report as HTML is the SLA report's page over the same stored records", async () => {
    const req = sample("sla-report.json");
    const r = await s.call("POST", "/sla/contracts/mdo-demo/monthly-report.html", {
      token: s.tokens.read,
      body: req,
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/html");
    const events = sample("sla-events.json").events;
    const html = renderHtml(
      buildReport(
        {
          period: { kind: "month", month: ok(decodeYearMonth(req.month)) },
          incidents: [slaUpdate.incident, events[1].incident].map((i) => ok(decodeIncident(i))),
          outages: [ok(decodeOutage(events[2].outage))],
        },
        compileSla(mdoSla2025),
        instant(req.at),
      ),
    );
    expect(r.body).toBe(html);
    expect(html).toContain("<svg");
  });

  test("bad input: an unknown event, a bad incident, a bad month, a BSN as contract id — 400, nothing echoed", async () => {
    const bad = await s.call("POST", "/sla/contracts/other/events", {
      token: s.tokens.append,
      body: {
        expectedVersion: 0,
        events: [
          { _tag: "Nope" },
          {
            _tag: "IncidentRecorded",
            incident: { id: "INC-9", receivedAt: "2026-03-03T10:00:00+01:00", priority: "P9" },
          },
        ],
      },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toContain("$.events[0]._tag");
    expect(paths.some((p: string) => p.startsWith("$.events[1].incident"))).toBe(true);
    expect(JSON.stringify(bad.body)).not.toContain("P9");
    const month = await s.call("POST", "/sla/contracts/mdo-demo/monthly-report", {
      token: s.tokens.read,
      body: { month: "2026-13", at: "2026-04-02T09:00:00+02:00" },
    });
    expect(month.status).toBe(400);
    expect(month.body.issues[0].path).toMatch(/^\$\.month/);
    const bsnId = await s.call("POST", `/sla/contracts/${demoBsn(2)}/events`, {
      token: s.tokens.append,
      body: sample("sla-events.json"),
    });
    expect(bsnId.status).toBe(400);
    expect(JSON.stringify(bsnId.body)).not.toContain(demoBsn(2));
  });
});

describe("contracts: the term on a date and the timeline of a range (JSON and SVG)", () => {
  guarded.push(
    { path: "/contracts/term", body: () => sample("term.json") },
    { path: "/contracts/timeline", body: () => sample("timeline.json") },
    { path: "/contracts/timeline/svg", body: () => sample("timeline.json") },
  );
  const contractOf = (body: { contract: unknown }) => ok(decodeContract(body.contract));

  test("the term is the package's termAt (a renewal in 2027), with its explanation", async () => {
    const body = sample("term.json");
    const r = await s.call("POST", "/contracts/term", { token: s.tokens.read, body });
    expect(r.status).toBe(200);
    const e = termAt(contractOf(body), date(body.on));
    expect(e.value?.kind).toBe("renewal");
    expect(r.body.term).toEqual(JSON.parse(JSON.stringify(e.value)));
    expect(r.body.because).toEqual(JSON.parse(JSON.stringify(e.because)));
    const before = await s.call("POST", "/contracts/term", {
      token: s.tokens.read,
      body: { ...body, on: "2026-01-01" },
    });
    expect(before.status).toBe(200);
    expect(before.body.term).toBeNull();
  });

  test("the timeline is the package's timeline; the SVG is the package's drawing of it", async () => {
    const body = sample("timeline.json");
    const query = { contract: contractOf(body), from: date(body.from), to: date(body.to) };
    const r = await s.call("POST", "/contracts/timeline", { token: s.tokens.read, body });
    expect(r.status).toBe(200);
    const tl = timeline(query);
    expect(tl.events.length).toBeGreaterThan(0);
    expect(r.body).toEqual(JSON.parse(JSON.stringify(tl)));
    const svg = await s.call("POST", "/contracts/timeline/svg", { token: s.tokens.read, body });
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(svg.body).toBe(timelineToSvg(tl));
  });

  test("bad input: a bad date, to before from, a range over 100 years, a bad contract — 400 under the field", async () => {
    const body = sample("timeline.json");
    const cases: Array<[string, unknown, string]> = [
      ["/contracts/term", { ...sample("term.json"), on: "2026-02-30" }, "$.on"],
      ["/contracts/timeline", { ...body, to: "2025-12-31" }, "$.to"],
      ["/contracts/timeline/svg", { ...body, to: "2200-01-01" }, "$.to"],
      ["/contracts/timeline", { ...body, contract: { start: "2026-03-01" } }, "$.contract"],
    ];
    for (const [path, b, field] of cases) {
      const r = await s.call("POST", path, { token: s.tokens.read, body: b });
      expect(r.status, `${path} ${field}`).toBe(400);
      expect(r.body.issues[0].path.startsWith(field), `${path} ${field}`).toBe(true);
    }
  });
});

describe("retention: sweep and schedule from the request's facts", () => {
  guarded.push(
    { path: "/retention/sweep", body: () => sample("retention-sweep.json") },
    { path: "/retention/schedule", body: () => sample("retention-schedule.json") },
  );
  const recordsOf = (records: unknown, at?: number) =>
    ok(decodeRetentionRecords(records, vjzRetention, at === undefined ? {} : { at }));

  test("sweep: the package's sweep of the records at the instant (one IP log past its 6 months)", async () => {
    const body = sample("retention-sweep.json");
    const r = await s.call("POST", "/retention/sweep", { token: s.tokens.read, body });
    expect(r.status).toBe(200);
    const e = sweep(recordsOf(body.records, instant(body.at)), vjzRetention, instant(body.at));
    expect(e.value.delete).toEqual(["ip-1"]);
    expect(r.body).toEqual(
      JSON.parse(JSON.stringify({ ...e.value, explanation: explainToText(e, "en"), because: e.because })),
    );
  });

  test("schedule: the package's deletion calendar for the range", async () => {
    const body = sample("retention-schedule.json");
    const r = await s.call("POST", "/retention/schedule", { token: s.tokens.read, body });
    expect(r.status).toBe(200);
    const e = schedule(recordsOf(body.records), vjzRetention, { from: date(body.from), to: date(body.to) });
    expect(e.value.days.length).toBeGreaterThan(0);
    expect(r.body).toEqual(
      JSON.parse(JSON.stringify({ ...e.value, explanation: explainToText(e, "en"), because: e.because })),
    );
  });

  test("bad input: an unknown policy, a record of an unknown class, an event after the instant, a BSN as key — 400", async () => {
    const body = sample("retention-sweep.json");
    const cases: Array<[string, unknown, string]> = [
      ["/retention/sweep", { ...body, policy: "forever" }, "$.policy"],
      [
        "/retention/sweep",
        { ...body, records: [{ id: "r", recordClass: "fax-log", events: {} }] },
        "$.records",
      ],
      ["/retention/sweep", { ...body, at: "2026-09-01T00:00:00+02:00" }, "$.records"],
      ["/retention/schedule", { ...sample("retention-schedule.json"), from: "2027-02-30" }, "$.from"],
    ];
    for (const [path, b, field] of cases) {
      const r = await s.call("POST", path, { token: s.tokens.read, body: b });
      expect(r.status, `${path} ${field}`).toBe(400);
      expect(
        r.body.issues.some((i: { path: string }) => i.path.startsWith(field)),
        `${path} ${field}`,
      ).toBe(true);
    }
    const masked = await s.call("POST", "/retention/sweep", {
      token: s.tokens.read,
      body: { ...body, [demoBsn(3)]: demoBsn(3) },
    });
    expect(masked.status).toBe(400);
    expect(JSON.stringify(masked.body)).not.toContain(demoBsn(3));
  });
});

describe("tokens: every new endpoint needs a token (401) with the decisions:read scope (403)", () => {
  test("missing token 401, append-only token 403", async () => {
    expect(guarded.length).toBeGreaterThan(0);
    for (const g of guarded) {
      const none = await s.call("POST", g.path, { body: g.body() });
      expect(none.status, g.path).toBe(401);
      const wrong = await s.call("POST", g.path, { token: s.tokens.append, body: g.body() });
      expect(wrong.status, g.path).toBe(403);
    }
  });

  test("no BSN in the log lines", () => {
    const text = logs.lines.join("\n");
    expect(text).not.toMatch(/\b\d{9}\b/);
  });
});
