import { instant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  decodeBackupScheme,
  decodeBackups,
  decodeRetentionPolicy,
  decodeRetentionRecord,
  decodeRetentionRecords,
} from "../src/decode.js";
import { mdoB1Retention } from "../src/presets/mdo-b1.js";
import { mdoSlaBackupScheme } from "../src/presets/mdo-sla-backups.js";
import { mitzRetention } from "../src/presets/mitz.js";
import { statutoryRetention } from "../src/presets/statutory.js";
import { vjzRetention } from "../src/presets/vjz.js";

const issues = (r: {
  ok: boolean;
  issues?: ReadonlyArray<{ path: string; message: string; code?: string }>;
}) => (r.ok ? [] : (r.issues ?? []).map((i) => `${i.path}: ${i.message}`));

const own = (rule: unknown, extra: object = {}) => ({
  id: "mine",
  classes: {
    "ip-log": { description: "IP addresses", requiredEvents: ["written"], laterEvents: ["closed"] },
  },
  rules: [{ id: "r1", recordClass: "ip-log", citations: [{ source: "OWN", article: "1" }], rule, ...extra }],
});

describe("decodeRetentionPolicy (spec §4)", () => {
  test("every preset decodes as a policy", () => {
    for (const p of [vjzRetention, mdoB1Retention, mitzRetention, statutoryRetention])
      expect(decodeRetentionPolicy(p).ok).toBe(true);
    expect(decodeBackupScheme(mdoSlaBackupScheme).ok).toBe(true);
  });
  test("a zero or negative duration is rejected", () => {
    const zero = decodeRetentionPolicy(
      own({ _tag: "AfterEvent", event: "written", duration: { months: 0 }, bound: "max" }),
    );
    expect(issues(zero).join("\n")).toContain("longer than zero");
    const negative = decodeRetentionPolicy(
      own({ _tag: "AfterEvent", event: "written", duration: { days: -3 }, bound: "max" }),
    );
    expect(negative.ok).toBe(false);
    const fraction = decodeRetentionPolicy(
      own({ _tag: "AfterEvent", event: "written", duration: { months: 1.5 }, bound: "max" }),
    );
    expect(fraction.ok).toBe(false);
  });
  test("a rule whose end event never occurs in its class is rejected, naming the class's events", () => {
    const r = decodeRetentionPolicy(own({ _tag: "WhileActive", until: "unsubscribed" }));
    expect(issues(r)).toEqual([
      '$.rules[0].rule.until: event "unsubscribed" never occurs in class "ip-log" (its events: written, closed)',
    ]);
  });
  test("a rule for an unknown class, duplicate rule ids, a misplaced reading are rejected", () => {
    const p = own(
      { _tag: "AfterEvent", event: "written", duration: { months: 6 }, bound: "min" },
      { reading: "statutory-period-as-maximum" },
    );
    const bad = { ...p, rules: [...p.rules, { ...p.rules[0], recordClass: "fax-log" }] };
    const text = issues(decodeRetentionPolicy(bad)).join("\n");
    expect(text).toContain('unknown record class "fax-log"');
    expect(text).toContain('rule id "r1" is used twice');
    expect(text).toContain("statutory-period-as-maximum belongs on an AfterEvent rule with bound max");
  });
  test("a typo in a key is rejected, not ignored (ADR 0006 §4)", () => {
    const r = decodeRetentionPolicy(
      own({ _tag: "AfterEvent", event: "written", duration: { months: 6 }, bound: "max", unles: "closed" }),
    );
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain("unexpected-key");
  });
  test("an unknown rule kind names the tag found and the tags accepted", () => {
    const r = decodeRetentionPolicy(own({ _tag: "ForEver" }));
    expect(issues(r).join("\n")).toMatch(/AfterEvent/);
  });
  test("a rule without a citation is rejected", () => {
    const p = own({ _tag: "NotStored" });
    expect(decodeRetentionPolicy({ ...p, rules: [{ ...p.rules[0], citations: [] }] }).ok).toBe(false);
  });
});

describe("decodeRetentionRecord (spec §4)", () => {
  const at = instant("2026-12-01T12:00:00+01:00");
  test("an unknown record class is rejected", () => {
    expect(
      issues(decodeRetentionRecord({ id: "r1", recordClass: "fax-log", events: {} }, vjzRetention))[0],
    ).toContain('unknown record class for policy "vjz"');
  });
  test("an unknown event name and a missing required event are rejected", () => {
    expect(
      issues(
        decodeRetentionRecord(
          { id: "r1", recordClass: "ip-log", events: { writen: "2026-01-01" } },
          vjzRetention,
        ),
      ),
    ).toEqual([
      '$.events.writen: class "ip-log" has no event "writen"; its events are written',
      '$.events.written: every "ip-log" record has the event "written"',
    ]);
  });
  test("an event dated after the evaluation day is rejected (with { at })", () => {
    const r = decodeRetentionRecord(
      { id: "r1", recordClass: "ip-log", events: { written: "2026-12-02" } },
      vjzRetention,
      { at },
    );
    expect(issues(r)).toEqual(['$.events.written: "written" is dated after the evaluation day 2026-12-01']);
    expect(
      decodeRetentionRecord(
        { id: "r1", recordClass: "ip-log", events: { written: "2026-12-01" } },
        vjzRetention,
        { at },
      ).ok,
    ).toBe(true);
  });
  test("a later event before the record's first event, an impossible date, a hold lifted before it was placed", () => {
    const early = decodeRetentionRecord(
      { id: "r1", recordClass: "contact-form", events: { received: "2026-03-02", answered: "2026-03-01" } },
      vjzRetention,
    );
    expect(issues(early)).toEqual([
      '$.events.answered: "answered" is dated before the record\'s first event',
    ]);
    const hold = decodeRetentionRecord(
      {
        id: "r1",
        recordClass: "ip-log",
        events: { written: "2026-03-02" },
        holds: [{ id: "h", placedOn: "2026-05-01", liftedOn: "2026-04-01" }],
      },
      vjzRetention,
    );
    expect(issues(hold).join("\n")).toContain("lifted on or after");
    expect(
      decodeRetentionRecord(
        { id: "r1", recordClass: "ip-log", events: { written: "2026-02-30" } },
        vjzRetention,
      ).ok,
    ).toBe(false);
  });
  test("unknown keys are rejected; issues name the index in a list", () => {
    const r = decodeRetentionRecords(
      [{ id: "r1", recordClass: "ip-log", events: { written: "2026-01-01" }, hold: ["x"] }],
      vjzRetention,
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([["$[0].hold", "unexpected-key"]]);
  });
  test("no value of the input appears in an error message (a BSN-like id is never echoed)", () => {
    const r = decodeRetentionRecord(
      { id: 111222333, recordClass: "ip-log", events: { written: "111222333" } },
      vjzRetention,
    );
    expect(JSON.stringify(r)).not.toContain("111222333");
  });
});

describe("decodeBackups (spec §4)", () => {
  test("a backup without a type and a differential without its base are rejected", () => {
    const r = decodeBackups([
      { id: "f1", takenAt: "2026-11-29T02:00:00+01:00" },
      { id: "d1", kind: "differential", takenAt: "2026-11-30T02:00:00+01:00" },
    ]);
    expect(issues(r)).toEqual([
      expect.stringContaining("$[0].kind"),
      "$[1].base: a differential backup names the full backup it was taken against (base)",
    ]);
  });
  test("a base that is missing, not a full backup, or taken later is rejected; ids are unique", () => {
    const r = decodeBackups([
      { id: "f1", kind: "full", takenAt: "2026-11-29T02:00:00+01:00" },
      { id: "d1", kind: "differential", base: "f9", takenAt: "2026-11-30T02:00:00+01:00" },
      { id: "d2", kind: "differential", base: "d1", takenAt: "2026-11-30T03:00:00+01:00" },
      { id: "d3", kind: "differential", base: "f1", takenAt: "2026-11-28T03:00:00+01:00" },
      { id: "f1", kind: "full", takenAt: "2026-11-30T02:00:00+01:00" },
    ]);
    expect(issues(r)).toEqual([
      "$[4].id: backup ids are unique; this id is used twice",
      "$[1].base: the base is not among the backups",
      "$[2].base: the base of a differential is a full backup",
      "$[3].base: the base was taken after the differential",
    ]);
  });
  test("a backup after the evaluation instant is rejected with { at }; a time without offset is rejected", () => {
    const at = instant("2026-12-01T00:00:00+01:00");
    expect(decodeBackups([{ id: "f1", kind: "full", takenAt: "2026-12-02T02:00:00+01:00" }], { at }).ok).toBe(
      false,
    );
    expect(decodeBackups([{ id: "f1", kind: "full", takenAt: "2026-11-02T02:00:00" }]).ok).toBe(false);
  });
  test("a scheme with two rules of one id is rejected at the second (a pruning's keptBy names rules by id)", () => {
    const rule = mdoSlaBackupScheme.rules[0];
    const twice = { ...mdoSlaBackupScheme, rules: [...mdoSlaBackupScheme.rules, { ...rule, kind: "full" }] };
    expect(issues(decodeBackupScheme(twice))).toEqual([
      `$.rules[${mdoSlaBackupScheme.rules.length}].id: rule id "${rule?.id}" is used twice`,
    ]);
    expect(decodeBackupScheme({ ...mdoSlaBackupScheme, rules: [rule] }).ok).toBe(true);
  });
  test("a rule named like a reason a pruning gives (newest, after-at) is rejected: keptBy could not tell them apart", () => {
    for (const id of ["newest", "after-at"])
      expect(
        issues(
          decodeBackupScheme({ ...mdoSlaBackupScheme, rules: [{ ...mdoSlaBackupScheme.rules[0], id }] }),
        ),
      ).toEqual([`$.rules[0].id: "${id}" is a reason a pruning gives (keptBy); name the rule otherwise`]);
  });
  test("a scheme with an unknown time zone or no rules is rejected", () => {
    expect(issues(decodeBackupScheme({ id: "mine", timeZone: "Europe/Amsterdamm", rules: [] })).length).toBe(
      2,
    );
  });
});

describe("decoders never throw", () => {
  test("fc.anything() into every decoder gives a result, never an exception", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        for (const r of [
          decodeRetentionPolicy(u),
          decodeRetentionRecord(u, vjzRetention),
          decodeRetentionRecords(u, mdoB1Retention, { at: instant("2026-01-01T00:00:00Z") }),
          decodeBackups(u),
          decodeBackupScheme(u),
        ])
          expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
  test("near-misses of valid records are rejected, not thrown on", () => {
    fc.assert(
      fc.property(
        fc.record({
          id: fc.oneof(fc.string(), fc.integer()),
          recordClass: fc.constantFrom("ip-log", "IP-log", "", "contact-form"),
          events: fc.dictionary(
            fc.constantFrom("written", "received", "answered", "x"),
            fc.constantFrom("2026-01-01", "2026-13-01", "", 5),
          ),
        }),
        (u) => {
          const r = decodeRetentionRecord(u, vjzRetention);
          if (r.ok) expect(["ip-log", "contact-form"]).toContain(r.value.recordClass);
        },
      ),
    );
  });
});

describe("decode options (core's DecodeOptions)", () => {
  test("{ unknownKeys: 'ignore' } accepts a stored record with a field from a newer version; maxIssues caps the list", () => {
    const stored = {
      id: "r1",
      recordClass: "ip-log",
      events: { written: "2026-01-01" },
      retentionVersion: 2,
    };
    expect(decodeRetentionRecord(stored, vjzRetention).ok).toBe(false);
    expect(decodeRetentionRecord(stored, vjzRetention, { unknownKeys: "ignore" }).ok).toBe(true);
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, recordClass: "fax-log", events: {} }));
    const r = decodeRetentionRecords(many, vjzRetention, { maxIssues: 5 });
    expect(r.ok ? 0 : [r.issues.length, r.totalIssues]).toEqual([5, 30]);
  });
});
