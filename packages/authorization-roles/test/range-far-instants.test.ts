// Range audit: the generators place every event and request in the default universe (2026-01-01
// plus 180 days), while the instant decoder accepts 1970-01-01..9999-12-30. The compiled hot path
// stores a certificate's fast window in whole minutes in an Int32Array, capped at MAX_MINUTE
// (2^31 - 2 minutes: 6053-01-23T02:06Z), and clamps a start before 1970 to 0. Here the compiled
// authorize is compared with the literal reference in universes starting at 1970, at the 32-bit
// second limits (2038-01-19, 2106-02-07), across the Int32 minute cap and at the end of the range.
import { fromEpochMillis } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unscaledDown } from "../../../tools/testkit/runs.js";
import {
  authorize,
  compileRoles,
  decodeRoleEventLog,
  mdoRoles,
  mozaRoles,
  type RoleRules,
} from "../src/index.js";
import { MAX_MINUTE, MINUTE } from "../src/internal/state.js";
import {
  arbAccessRequest,
  arbRoleEventLog,
  arbRoleInstant,
  defaultUniverse,
  type RoleUniverse,
} from "../src/testing.js";
import { referenceAuthorize } from "./reference/authorize.js";

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
// A universe of 60 days: events in [start, start + 60 d], certificates valid to start + 120 d,
// requests in [start, start + 180 d] (all before 9999-12-30).
const universes: ReadonlyArray<[string, RoleUniverse]> = [
  ["1970-01-01", { ...defaultUniverse, start: 0 }],
  ["2038-01-19 - 30 d", { ...defaultUniverse, start: at("2038-01-19T03:14:07Z") - 30 * DAY }],
  ["2106-02-07 - 30 d", { ...defaultUniverse, start: at("2106-02-07T06:28:15Z") - 30 * DAY }],
  // the certificates' windows end past the Int32 minute cap; requests fall on both sides of it
  ["MAX_MINUTE - 90 d", { ...defaultUniverse, start: MAX_MINUTE * MINUTE - 90 * DAY }],
  ["MAX_MINUTE - 10 d", { ...defaultUniverse, start: MAX_MINUTE * MINUTE - 10 * DAY }],
  ["9999-07-01", { ...defaultUniverse, start: at("9999-07-01T00:00:00Z") }],
];
const rulebooks: ReadonlyArray<[string, RoleRules]> = [
  ["mozaRoles", mozaRoles],
  ["mdoRoles", mdoRoles],
];

describe.each(rulebooks)("range audit: %s far from 2026 (spec §7, differential)", (_name, rules) => {
  it.each(universes)(
    "the compiled authorize agrees with the literal reference in a universe starting %s",
    (_u, universe) => {
      let allows = 0;
      let pastCap = 0;
      let before1970 = 0;
      fc.assert(
        fc.property(
          arbRoleEventLog(rules, { universe }),
          fc.array(fc.tuple(arbAccessRequest(rules, { universe }), arbRoleInstant(universe)), {
            minLength: 1,
            maxLength: 15,
          }),
          (generated, rs) => {
            // dated events before 1970 (the 1970 universe) and past 9999 are kept: they compile
            const log = generated;
            if (log.some((e) => "on" in e && e.on < "1970-01-01")) before1970++;
            const roles = compileRoles(log, rules);
            for (const [r, t] of rs) {
              const v = authorize(r, roles, fromEpochMillis(t)).value;
              expect(v).toEqual(referenceAuthorize(log, rules, r, t));
              if (v.decision === "allow") {
                allows++;
                if (t >= MAX_MINUTE * MINUTE) pastCap++;
              }
            }
          },
        ),
        // Not scaled down (a mutation run's FC_NUM_RUNS=10 left 5 runs and no request past the cap):
        // the counts below show the generator reached the far edges, at any FC_NUM_RUNS.
        { numRuns: unscaledDown(100) },
      );
      expect(allows).toBeGreaterThanOrEqual(3);
      if (universe.start === 0) expect(before1970).toBeGreaterThanOrEqual(1);
      if (universe.start > MAX_MINUTE * MINUTE - 100 * DAY) expect(pastCap).toBeGreaterThanOrEqual(1);
    },
  );
});

// The event decoder accepts any date 0001-01-01..9999-12-31 for `on`; compileRoles turns it into an
// instant (the start of the day after the AGB revocation delay or the read-only window). With
// core's throwing zonedInstant/periodAfter/addDays one such event made the whole log fail; now a
// day past the last instant starts never and a day before 1970 before every request (state.ts
// startOfDay), as in the reference.
describe("range audit: a decoded AgbCodeEnded / ContractEnded date at the calendar's edges (MOZA 4.1, read-only window)", () => {
  const logWith = (tag: "AgbCodeEnded" | "ContractEnded", on: string, rules: RoleRules) => {
    const d = decodeRoleEventLog(
      [
        {
          _tag: "OrganisationRegistered",
          eventId: "o",
          at: "2026-01-01T00:00:00Z",
          organisation: "01123456",
          provider: true,
        },
        { _tag: tag, eventId: "e", at: "2026-01-02T00:00:00Z", organisation: "01123456", on },
      ],
      rules,
    );
    expect(d.ok).toBe(true);
    return d.ok ? d.value : [];
  };

  it.each([
    ["AgbCodeEnded", "1970-01-01", mozaRoles],
    ["AgbCodeEnded", "9999-06-30", mozaRoles],
    ["AgbCodeEnded", "9999-12-31", mdoRoles],
    ["ContractEnded", "1970-01-01", mdoRoles],
    ["ContractEnded", "9999-12-30", mdoRoles],
  ] as const)("%s on %s compiles", (tag, on, rules) => {
    const log = logWith(tag, on, rules);
    expect(() => compileRoles(log, rules)).not.toThrow();
  });

  it("AgbCodeEnded on 9999-12-30 (decoded) compiles under mozaRoles, not a RangeError (6-month delay past 9999) (MOZA 4.1)", () => {
    const log = logWith("AgbCodeEnded", "9999-12-30", mozaRoles);
    expect(() => compileRoles(log, mozaRoles)).not.toThrow();
  });

  it("AgbCodeEnded on 0001-01-01 (decoded) compiles under mozaRoles, not a RangeError (instant before 1970) (MOZA 4.1)", () => {
    const log = logWith("AgbCodeEnded", "0001-01-01", mozaRoles);
    expect(() => compileRoles(log, mozaRoles)).not.toThrow();
  });

  it("ContractEnded on 9999-12-31 (decoded) compiles, not a RangeError (epoch day past 9999) (read-only window)", () => {
    const log = logWith("ContractEnded", "9999-12-31", mdoRoles);
    expect(() => compileRoles(log, mdoRoles)).not.toThrow();
  });

  it("ContractEnded on 1969-06-30 (decoded) compiles, not a RangeError (instant before 1970) (read-only window)", () => {
    const log = logWith("ContractEnded", "1969-06-30", mdoRoles);
    expect(() => compileRoles(log, mdoRoles)).not.toThrow();
  });
});
