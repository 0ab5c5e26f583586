/**
 * Adversarial review of issue #10 (2026-12-01): one example per suspicion "could a user get a
 * Permit for data the patient refused?", each named after the rule it checks. Every case is
 * answered by the compiled `decide`, the profile store, the reference and (leaf categories) the
 * Cedar policy, which must agree.
 */
import { type Instant, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  compileProfile,
  createProfileStore,
  decide,
  foldProfile,
  MEDICATION,
  mitzRules,
  profileAt,
  RESULTS,
} from "../src/index.js";
import {
  categories,
  compiled,
  confirmedByParent,
  created,
  emergency,
  GPS,
  gpActor,
  gpPractice,
  HOSPITALS,
  hospitalX,
  org,
  PHARMACIES,
  parent,
  patient,
  recorded,
  request,
  self,
  type,
} from "./fixtures.js";
import { cedarDecide } from "./reference/cedar.js";
import { referenceDecide } from "./reference/decide.js";

const CHILD_BIRTH = "2013-06-01"; // 13 in December 2026, 16 on 1 June 2029

/** The answer of all three implementations (they must agree). */
function answer(profile: ConsentProfile, r: ConsentRequest): string {
  const d = decide(r, compiled(profile));
  const store = createProfileStore(mitzRules);
  const s = store.decide(r, store.add(profile));
  const ref = referenceDecide(profile, r);
  expect({ store: s.value, reference: ref.value }).toEqual({ store: d.value, reference: d.value });
  expect(s.choice?.id).toBe(d.choice?.id);
  expect(ref.choice?.id).toBe(d.choice?.id);
  // The Cedar policy (benchmark peer) answers leaf-category requests.
  if ((r.dataCategory === MEDICATION || r.dataCategory === RESULTS) && d.value !== "Indeterminate")
    expect(cedarDecide(profile.choices, r)).toBe(d.value);
  return d.value;
}

const deleted = (at: string): ConsentEvent => ({
  _tag: "ProfileDeleted",
  eventId: `del-${at}`,
  at: instant(at),
  patient,
  actor: self,
});

const ask = (at: string | Instant, dataCategory = MEDICATION, category = GPS) =>
  request(at, { dataCategory, requester: { ura: gpPractice, category } });

describe("precedence by dominance (issue #10 decision 3; nl-generic-functions rules 1-5, 7)", () => {
  it("requester sets that overlap without containment are incomparable: the deny wins", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "p", {
          custodian: type(HOSPITALS),
          dataCategory: MEDICATION,
          requesters: categories(GPS, PHARMACIES),
          decision: "permit",
        }),
        recorded("2026-01-03T10:00:00+01:00", "d", {
          custodian: type(HOSPITALS),
          dataCategory: MEDICATION,
          requesters: categories(GPS, HOSPITALS),
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    expect(answer(p, ask("2026-02-01T10:00:00+01:00"))).toBe("Deny");
    expect(answer(p, ask("2026-02-01T10:00:00+01:00", MEDICATION, PHARMACIES))).toBe("Permit");
  });

  it("a named organisation's permit on a leaf supersedes a provider type's deny at the root; the reverse is Deny", () => {
    const leafPermit = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "d", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
        recorded("2026-01-03T10:00:00+01:00", "p", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    expect(answer(leafPermit, ask("2026-02-01T10:00:00+01:00"))).toBe("Permit");
    // the rest of "all data" stays refused
    expect(answer(leafPermit, ask("2026-02-01T10:00:00+01:00", RESULTS))).toBe("Deny");
    expect(answer(leafPermit, ask("2026-02-01T10:00:00+01:00", ALL_DATA))).toBe("Deny");
    const rootPermit = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "d", {
          custodian: type(HOSPITALS),
          dataCategory: MEDICATION,
          decision: "deny",
        }),
        recorded("2026-01-03T10:00:00+01:00", "p", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    expect(answer(rootPermit, ask("2026-02-01T10:00:00+01:00"))).toBe("Deny");
  });
});

describe("emergency consent never overrides a deny (issue #10 decision 2; MITZ §2d, §5d)", () => {
  it("an emergency for a 12-15-year-old with a parent's deny on record: Deny, objection-on-record", () => {
    const p = foldProfile(
      [
        created("2026-11-01T10:00:00+01:00", CHILD_BIRTH),
        recorded(
          "2026-11-02T10:00:00+01:00",
          "d",
          { custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "deny" },
          parent,
        ),
        emergency("2026-12-01T09:00:00+01:00", "em", gpActor, undefined, { agreedBy: parent }),
      ],
      mitzRules,
    );
    expect(p.rejected).toEqual([]);
    const r = ask("2026-12-01T10:00:00+01:00");
    expect(answer(p, r)).toBe("Deny");
    expect(decide(r, compiled(p)).reason).toBe("objection-on-record");
  });
});

describe("withdraw-all withdraws consents only (issue #10 decision 4; VJZ §2)", () => {
  it("a pending permit withdrawn by withdraw-all cannot be confirmed later", () => {
    const events: Array<ConsentEvent> = [
      created("2026-11-01T10:00:00+01:00", CHILD_BIRTH),
      recorded("2026-11-02T10:00:00+01:00", "p", {
        custodian: org(hospitalX),
        dataCategory: MEDICATION,
        decision: "permit",
      }),
      {
        _tag: "AllChoicesWithdrawn",
        eventId: "wa",
        at: instant("2026-11-03T10:00:00+01:00"),
        patient,
        actor: self,
      },
      confirmedByParent("2026-11-04T10:00:00+01:00", "p"),
    ];
    const p = foldProfile(events, mitzRules);
    expect(p.pending).toEqual([]);
    expect(p.rejected.map((x) => x.step.rule)).toEqual(["nothing-to-confirm"]);
    expect(answer(p, ask("2026-12-01T10:00:00+01:00"))).toBe("NotApplicable");
  });
});

describe("events with equal timestamps: a deny wins a tie for the same key (profile.ts module note)", () => {
  const at = "2026-11-02T10:00:00+01:00";
  const deny = () =>
    recorded(at, "d", { custodian: org(hospitalX), dataCategory: MEDICATION, decision: "deny" });
  const permit = () =>
    recorded(at, "p", { custodian: org(hospitalX), dataCategory: MEDICATION, decision: "permit" });
  it("a 12-15-year-old's deny and permit for one key at one instant: a parent's later confirmation does not lift the deny, whatever the input order", () => {
    for (const pair of [
      [deny(), permit()],
      [permit(), deny()],
    ]) {
      const p = foldProfile(
        [
          created("2026-11-01T10:00:00+01:00", CHILD_BIRTH),
          ...pair,
          confirmedByParent("2026-11-05T10:00:00+01:00", "p"),
        ],
        mitzRules,
      );
      expect(answer(p, ask("2026-12-01T10:00:00+01:00"))).toBe("Deny");
    }
  });
  it("an adult's deny and permit for one key at one instant: Deny, whatever the input order", () => {
    for (const pair of [
      [deny(), permit()],
      [permit(), deny()],
    ]) {
      const p = foldProfile([created("2026-11-01T10:00:00+01:00"), ...pair], mitzRules);
      expect(answer(p, ask("2026-12-01T10:00:00+01:00"))).toBe("Deny");
    }
  });
});

describe("a profile deleted and recreated starts empty (MITZ §4)", () => {
  it("the deleted profile's choices do not come back; a reused choice id is a new choice", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "c", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
        deleted("2026-01-03T10:00:00+01:00"),
        created("2026-01-04T10:00:00+01:00"),
        recorded("2026-01-05T10:00:00+01:00", "c", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    expect(p.rejected).toEqual([]);
    expect(p.choices.map((c) => [c.id, c.decision])).toEqual([["c", "deny"]]);
    expect(answer(p, ask("2026-02-01T10:00:00+01:00"))).toBe("Deny");
    // time travel: between deletion and recreation there is no profile and no permit
    const between = profileAt(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "c", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
        deleted("2026-01-03T10:00:00+01:00"),
      ],
      mitzRules,
      instant("2026-01-03T12:00:00+01:00"),
    );
    expect(between.choices).toEqual([]);
    expect(answer(between, ask("2026-01-03T12:00:00+01:00"))).toBe("NotApplicable");
  });
});

describe("time travel at the instant an emergency consent lapses (MITZ §2d: 72 h elapsed, DST)", () => {
  // DST ends Sunday 25 October 2026: 72 elapsed hours after Fri 23 Oct 12:00 (+02:00) is Mon 26 Oct 11:00 (+01:00).
  const events = [created("2026-10-01T10:00:00+02:00"), emergency("2026-10-23T12:00:00+02:00", "em")];
  const lapse = instant("2026-10-26T11:00:00+01:00");
  it("valid one millisecond before 72 h, lapsed at exactly 72 h, in profileAt and in the full fold", () => {
    const before = (lapse - 1) as Instant;
    expect(answer(profileAt(events, mitzRules, before), ask(before))).toBe("Permit");
    expect(answer(profileAt(events, mitzRules, lapse), ask(lapse))).toBe("NotApplicable");
    expect(answer(foldProfile(events, mitzRules), ask(lapse))).toBe("NotApplicable");
    expect(answer(foldProfile(events, mitzRules), ask(instant("2026-10-26T12:00:00+01:00")))).toBe(
      "NotApplicable",
    );
  });
});

describe("a parent acts for a child only while the child is under 16 (MITZ §5d)", () => {
  it("a parent's confirmation and recording after the 16th birthday are refused", () => {
    const p = foldProfile(
      [
        created("2029-05-01T10:00:00+02:00", CHILD_BIRTH),
        recorded("2029-05-02T10:00:00+02:00", "p", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
        confirmedByParent("2029-06-01T00:00:00+02:00", "p"),
        recorded(
          "2029-06-02T10:00:00+02:00",
          "q",
          { custodian: org(hospitalX), dataCategory: RESULTS, decision: "permit" },
          parent,
        ),
      ],
      mitzRules,
    );
    expect(p.rejected.map((x) => x.step.rule)).toEqual([
      "parent-confirms-under-16",
      "patient-16-decides-alone",
    ]);
    expect(answer(p, ask("2029-07-01T10:00:00+02:00"))).toBe("NotApplicable");
    expect(answer(p, ask("2029-07-01T10:00:00+02:00", RESULTS))).toBe("NotApplicable");
  });
});

describe("the store answers for the profile version added (store.ts: a new version is a new handle)", () => {
  it("a deny appended to the log is reflected by the handle of the re-added profile", () => {
    const store = createProfileStore(mitzRules);
    const log: Array<ConsentEvent> = [
      created("2026-01-01T10:00:00+01:00"),
      recorded("2026-01-02T10:00:00+01:00", "p", {
        custodian: org(hospitalX),
        dataCategory: MEDICATION,
        decision: "permit",
      }),
    ];
    const h1 = store.add(foldProfile(log, mitzRules));
    const r = ask("2026-02-01T10:00:00+01:00");
    expect(store.decide(r, h1).value).toBe("Permit");
    log.push(
      recorded("2026-01-03T10:00:00+01:00", "d", {
        custodian: org(hospitalX),
        dataCategory: MEDICATION,
        decision: "deny",
      }),
    );
    const h2 = store.add(foldProfile(log, mitzRules));
    expect(h2).not.toBe(h1);
    expect(store.decide(r, h2).value).toBe("Deny");
    expect(answer(foldProfile(log, mitzRules), r)).toBe("Deny");
  });
});

describe("requester codes outside the code lists (compile.ts: unknown codes are dropped)", () => {
  it("a permit for [GPs, an unknown code] against a deny for [GPs, hospitals]: the sets are incomparable, Deny", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "p", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          requesters: categories(GPS, "XX-UNKNOWN"),
          decision: "permit",
        }),
        recorded("2026-01-03T10:00:00+01:00", "d", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          requesters: categories(GPS, HOSPITALS),
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    expect(answer(p, ask("2026-02-01T10:00:00+01:00"))).toBe("Deny");
    for (const layout of ["scan", "index"] as const)
      expect(decide(ask("2026-02-01T10:00:00+01:00"), compileProfile(p, mitzRules, { layout })).value).toBe(
        "Deny",
      );
  });
  it("a permit for [GPs] against a deny for [GPs, an unknown code]: the permit's set is a strict subset, Permit", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "p", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          requesters: categories(GPS),
          decision: "permit",
        }),
        recorded("2026-01-03T10:00:00+01:00", "d", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          requesters: categories(GPS, "XX-UNKNOWN"),
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    expect(answer(p, ask("2026-02-01T10:00:00+01:00"))).toBe("Permit");
  });
});

describe("time travel across an emergency consent's confirmation (MITZ §2d; profileAt)", () => {
  it("before the patient confirms, profileAt answers Deny for a requester whose categories the patient refused; after, Permit", () => {
    const events = [
      created("2026-10-01T10:00:00+02:00"),
      recorded("2026-10-02T10:00:00+02:00", "d", {
        custodian: { _tag: "AllCustodians" },
        dataCategory: ALL_DATA,
        requesters: categories(GPS),
        decision: "deny",
      }),
      emergency("2026-10-23T12:00:00+02:00", "em"),
      {
        _tag: "EmergencyConsentConfirmed",
        eventId: "conf",
        at: instant("2026-10-24T12:00:00+02:00"),
        patient,
        actor: self,
        choiceId: "em",
      } as ConsentEvent,
    ];
    const between = instant("2026-10-24T11:00:00+02:00");
    const p = profileAt(events, mitzRules, between);
    expect(answer(p, ask(between))).toBe("Deny");
    expect(decide(ask(between), compiled(p)).reason).toBe("objection-on-record");
    const after = instant("2026-10-24T13:00:00+02:00");
    expect(answer(profileAt(events, mitzRules, after), ask(after))).toBe("Permit");
  });
});
