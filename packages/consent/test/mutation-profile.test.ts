// Tests that kill surviving mutants of src/profile.ts (issue #17, docs/quality.md): the fold of the
// consent events — which events it refuses and with which clause (MITZ §2c, §2d, §4, §5d, §6c),
// which choice is in force (a newer choice for the same key replaces the older one, a deny wins a
// tie at the same instant), pending choices of minors, emergency consents (MITZ §2d: confirmed
// while valid = no gap), the outbox (InformCustodian, MITZ §2e) and consentsFor. Every result is
// computed inside its `it` (perTest coverage).
import { bsn, type Citation, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  type Actor,
  ALL_DATA,
  type ConsentEvent,
  type Custodian,
  consentsFor,
  foldProfile,
  MEDICATION,
  mitzRules,
  type Requesters,
  replay,
  sortEvents,
} from "../src/index.js";
import {
  confirmedByParent,
  created,
  emergency,
  emergencyConfirmed,
  gpActor,
  gpPractice,
  HOSPITALS,
  hospitalX,
  hospitalY,
  org,
  parent,
  patient,
  recorded,
  self,
  subscribed,
  type,
  withdrawn,
} from "./fixtures.js";

const allWithdrawn = (at: string, actor: Actor = self): ConsentEvent => ({
  _tag: "AllChoicesWithdrawn",
  eventId: `all@${at}`,
  at: instant(at),
  patient,
  actor,
});
const deleted = (at: string, actor: Actor = self): ConsentEvent => ({
  _tag: "ProfileDeleted",
  eventId: `del@${at}`,
  at: instant(at),
  patient,
  actor,
});
const articles = (cs: ReadonlyArray<Citation>) => cs.map((c) => `${c.source} ${c.article}`);
const CHILD = "2012-01-01"; // 14 in 2026: a minor of 12-15 (MITZ §5d)
const permitX = { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" as const };
const denyX = { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "deny" as const };
const rejectedRules = (events: ReadonlyArray<ConsentEvent>) =>
  foldProfile(events, mitzRules).rejected.map((r) => [r.step.rule, articles(r.step.citations)]);
const informed = (events: ReadonlyArray<ConsentEvent>, change?: string) =>
  replay(events, mitzRules)
    .effects.map((x) => x.effect)
    .filter((f) => f._tag === "InformCustodian" && (change === undefined || f.change === change))
    .map((f) => (f._tag === "InformCustodian" ? f.custodian : undefined));

describe("events the fold refuses, with the clause (MITZ §2c, §2d, §4, §5d, §6c)", () => {
  it("an event before the profile exists is refused as no-profile, citing MITZ §4, with the event's type as input", () => {
    const p = foldProfile([recorded("2026-01-02T10:00:00+01:00", "a", permitX)], mitzRules);
    expect(
      p.rejected.map((r) => [r.step.rule, r.step.inputs, r.step.output, articles(r.step.citations)]),
    ).toEqual([["no-profile", { event: "ChoiceRecorded" }, false, ["MITZ §4"]]]);
  });
  it("a second ProfileCreated is refused as profile-exists, citing MITZ §4", () => {
    expect(
      rejectedRules([created("2026-01-01T10:00:00+01:00"), created("2026-01-02T10:00:00+01:00")]),
    ).toEqual([["profile-exists", ["MITZ §4"]]]);
  });
  it("an event of another patient is refused, citing MITZ §4, and changes nothing", () => {
    const other = { ...recorded("2026-01-02T10:00:00+01:00", "a", permitX), patient: bsn("123456782") };
    const p = foldProfile([created("2026-01-01T10:00:00+01:00"), other], mitzRules);
    expect(p.rejected.map((r) => [r.step.rule, articles(r.step.citations)])).toEqual([
      ["event-of-another-patient", ["MITZ §4"]],
    ]);
    expect(p.choices).toEqual([]);
  });
  it("after a deletion, a new profile of another patient is refused (the log is one patient's)", () => {
    const del: ConsentEvent = deleted("2026-01-03T10:00:00+01:00", self);
    const again = { ...created("2026-01-04T10:00:00+01:00"), patient: bsn("123456782") };
    expect(rejectedRules([created("2026-01-01T10:00:00+01:00"), del, again])).toEqual([
      ["event-of-another-patient", ["MITZ §4"]],
    ]);
  });
  it("a choice id used before is refused as choice-id-used, citing MITZ §2c (also for an emergency consent)", () => {
    expect(
      rejectedRules([
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
        recorded("2026-01-03T10:00:00+01:00", "a", denyX),
        emergency("2026-01-04T10:00:00+01:00", "a"),
      ]),
    ).toEqual([
      ["choice-id-used", ["MITZ §2c"]],
      ["choice-id-used", ["MITZ §2c"]],
    ]);
  });
  it("an import is refused unless a provider imports a consent given to itself (MITZ §6c)", () => {
    let imports = 0;
    const imp = (custodian: Custodian, who = gpActor) =>
      recorded(
        "2026-01-02T10:00:00+01:00",
        `i${++imports}`,
        { custodian, dataCategory: ALL_DATA, decision: "permit" },
        who,
        {
          source: "import",
          onPatientRequest: true,
          treatmentRelationship: true,
        },
      );
    const base = created("2026-01-01T10:00:00+01:00");
    for (const [e, refused] of [
      [imp(org(gpPractice)), false],
      [imp(type(HOSPITALS)), true],
      [imp(org(hospitalX)), true],
      [imp(org(gpPractice), self), true],
    ] as const) {
      const p = foldProfile([base, e], mitzRules);
      expect(
        p.rejected.some(
          (r) =>
            r.step.rule === "import-for-the-importing-provider" &&
            articles(r.step.citations)[0] === "MITZ §6c",
        ),
      ).toBe(refused);
    }
    const ok = foldProfile([base, imp(org(gpPractice))], mitzRules);
    expect(ok.choices.map((c) => c.origin)).toEqual(["import"]);
  });
  it("withdrawing a choice that is neither in force nor pending is refused as nothing-to-withdraw, citing MITZ §2c", () => {
    expect(
      rejectedRules([created("2026-01-01T10:00:00+01:00"), withdrawn("2026-01-02T10:00:00+01:00", "zz")]),
    ).toEqual([["nothing-to-withdraw", ["MITZ §2c"]]]);
  });
  it("confirming what is not an emergency consent, or one already confirmed, is refused citing MITZ §2d", () => {
    expect(
      rejectedRules([
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
        emergencyConfirmed("2026-01-03T10:00:00+01:00", "a"),
        emergency("2026-01-04T10:00:00+01:00", "em"),
        emergencyConfirmed("2026-01-04T12:00:00+01:00", "em"),
        emergencyConfirmed("2026-01-04T13:00:00+01:00", "em"),
      ]),
    ).toEqual([
      ["no-emergency-consent", ["MITZ §2d"]],
      ["emergency-consent-already-confirmed", ["MITZ §2d"]],
    ]);
  });
  it("a withdrawal at the same instant as the confirmation of an emergency consent is refused citing MITZ §2d", () => {
    const r = rejectedRules([
      created("2026-01-01T10:00:00+01:00"),
      emergency("2026-01-04T10:00:00+01:00", "em"),
      emergencyConfirmed("2026-01-04T12:00:00+01:00", "em"),
      withdrawn("2026-01-04T12:00:00+01:00", "em"),
    ]);
    expect(r).toEqual([["withdrawal-coincides-with-confirmation", ["MITZ §2d"]]]);
  });
  it("a parent's confirmation with nothing pending is refused as nothing-to-confirm, citing MITZ §5d", () => {
    expect(
      rejectedRules([
        created("2026-01-01T10:00:00+01:00", CHILD),
        confirmedByParent("2026-01-02T10:00:00+01:00", "zz"),
      ]),
    ).toEqual([["nothing-to-confirm", ["MITZ §5d"]]]);
  });
  it("an emergency consent confirmed by a provider instead of the patient is refused and stays unconfirmed (MITZ §2d)", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        emergency("2026-01-04T10:00:00+01:00", "em"),
        { ...emergencyConfirmed("2026-01-04T12:00:00+01:00", "em"), actor: gpActor },
      ],
      mitzRules,
    );
    expect(p.rejected).toHaveLength(1);
    expect(p.choices.map((c) => [c.id, c.until !== undefined])).toEqual([["em", true]]);
  });
});

describe("which choice is in force (MITZ §2c: a newer choice for the same key replaces the older one)", () => {
  it("a deny replaced a day later by a permit for the same key: the permit is in force", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "no", denyX),
        recorded("2026-01-03T10:00:00+01:00", "yes", permitX),
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => [c.id, c.decision])).toEqual([["yes", "permit"]]);
  });
  it("two permits for the same key at the same instant: the later in the input is in force", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "p1", permitX),
        recorded("2026-01-02T10:00:00+01:00", "p2", permitX),
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => c.id)).toEqual(["p2"]);
  });
  it("a choice recorded by the patient has origin patient-portal, by a provider origin provider", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "mine", permitX),
        recorded("2026-01-02T10:00:00+01:00", "gp", { ...permitX, custodian: org(gpPractice) }, gpActor, {
          onPatientRequest: true,
          treatmentRelationship: true,
        }),
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => [c.id, c.origin])).toEqual([
      ["mine", "patient-portal"],
      ["gp", "provider"],
    ]);
  });
  it("an adult's withdrawal removes the choice at once (no pending state)", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", denyX),
        withdrawn("2026-01-03T10:00:00+01:00", "a"),
      ],
      mitzRules,
    );
    expect([p.choices, p.pending]).toEqual([[], []]);
  });
  it("withdrawing an emergency consent leaves the deny of the same scope replaceable by a newer permit", () => {
    const gp: Requesters = { _tag: "Organisation", ura: gpPractice };
    const scope = {
      custodian: { _tag: "AllCustodians" } as Custodian,
      dataCategory: ALL_DATA,
      requesters: gp,
    };
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "no", { ...scope, decision: "deny" }),
        emergency("2026-01-04T10:00:00+01:00", "em"),
        withdrawn("2026-01-04T11:00:00+01:00", "em"),
        recorded("2026-01-05T10:00:00+01:00", "yes", { ...scope, decision: "permit" }),
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => c.id)).toEqual(["yes"]);
  });
  it("sortEvents keeps events with equal instants in input order", () => {
    const es = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"].map((id) =>
      recorded("2026-01-02T10:00:00+01:00", id, permitX),
    );
    expect(sortEvents([...es].reverse()).map((e) => (e as { choiceId: string }).choiceId)).toEqual(
      ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"].reverse(),
    );
  });
});

describe("a minor's pending choices (MITZ §5d)", () => {
  it("a 14-year-old's 'ja' waits for a parent; a later 'nee' for the same key drops it, so the parent's confirmation finds nothing", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00", CHILD),
        recorded("2026-01-02T10:00:00+01:00", "ja", permitX),
        recorded("2026-01-03T10:00:00+01:00", "nee", denyX),
        confirmedByParent("2026-01-04T10:00:00+01:00", "ja"),
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => c.id)).toEqual(["nee"]);
    expect(p.rejected.map((r) => r.step.rule)).toEqual(["nothing-to-confirm"]);
  });
  it("a 'nee' for another key leaves the pending 'ja' in place; the parent's confirmation puts it in force", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00", CHILD),
        recorded("2026-01-02T10:00:00+01:00", "ja", permitX),
        recorded("2026-01-03T10:00:00+01:00", "nee", { ...denyX, custodian: org(hospitalY) }),
        confirmedByParent("2026-01-04T10:00:00+01:00", "ja"),
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => c.id).sort()).toEqual(["ja", "nee"]);
    expect(p.rejected).toEqual([]);
  });
  it("a 'nee' at the same instant as the pending 'ja' (recorded first): the 'nee' stays and the confirmation is refused citing MITZ §2c and §5d", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00", CHILD),
        recorded("2026-01-02T10:00:00+01:00", "nee", denyX),
        recorded("2026-01-02T10:00:00+01:00", "ja", permitX),
        confirmedByParent("2026-01-04T10:00:00+01:00", "ja"),
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => c.id)).toEqual(["nee"]);
    expect(p.rejected.map((r) => [r.step.rule, articles(r.step.citations)])).toEqual([
      ["objection-recorded-with-or-after-pending-choice", ["MITZ §2c", "MITZ §5d"]],
    ]);
  });
  it("a minor's pending lifting of an objection names the objection's scope; the parent's confirmation lifts it and informs the custodian", () => {
    const events = [
      created("2026-01-01T10:00:00+01:00", CHILD),
      recorded("2026-01-02T10:00:00+01:00", "nee", denyX),
      withdrawn("2026-01-03T10:00:00+01:00", "nee"),
    ];
    const mid = foldProfile(events, mitzRules);
    expect(mid.choices.map((c) => c.id)).toEqual(["nee"]);
    expect(mid.pending.map((x) => [x.choice.id, x.choice.custodian, x.choice.decision, x.withdraws])).toEqual(
      [["nee", org(hospitalX), "deny", true]],
    );
    const done = [...events, confirmedByParent("2026-01-04T10:00:00+01:00", "nee")];
    expect(foldProfile(done, mitzRules).choices).toEqual([]);
    expect(informed(done, "withdrawn")).toEqual([org(hospitalX)]);
  });
  it("a pending lifting whose objection was replaced meanwhile: the parent's confirmation changes nothing and informs no one", () => {
    const events = [
      created("2026-01-01T10:00:00+01:00", CHILD),
      recorded("2026-01-02T10:00:00+01:00", "nee", denyX),
      withdrawn("2026-01-03T10:00:00+01:00", "nee"),
      recorded("2026-01-03T12:00:00+01:00", "nee2", denyX),
      confirmedByParent("2026-01-04T10:00:00+01:00", "nee"),
    ];
    const p = foldProfile(events, mitzRules);
    expect(p.choices.map((c) => c.id)).toEqual(["nee2"]);
    expect(p.rejected).toEqual([]);
    expect(informed(events, "withdrawn")).toEqual([]);
  });
  it("a 14-year-old's confirmation of an emergency consent waits for a parent; the parent's confirmation makes it regular without a gap (MITZ §2d, §5d)", () => {
    const em = "2026-03-28T10:00:00+01:00";
    const events = [
      created("2026-03-01T10:00:00+01:00", CHILD),
      emergency(em, "em", gpActor, undefined, { agreedBy: parent }),
      emergencyConfirmed("2026-03-29T10:00:00+02:00", "em"),
    ];
    const mid = foldProfile(events, mitzRules);
    expect(mid.pending.map((x) => [x.choice.id, x.choice.decision, x.confirmsEmergency])).toEqual([
      ["em", "permit", "em"],
    ]);
    const p = foldProfile([...events, confirmedByParent("2026-03-29T12:00:00+02:00", "em")], mitzRules);
    expect(p.choices.map((c) => [c.id, c.from, c.until])).toEqual([["em", instant(em), undefined]]);
    expect(p.pending).toEqual([]);
  });
});

describe("a minor's pending choices and the outbox (MITZ §5d, §2e)", () => {
  it("a 14-year-old's 'nee', then a later 'ja' for the same key confirmed by a parent: the newer 'ja' replaces the 'nee' (MITZ §2c)", () => {
    const events = [
      created("2026-01-01T10:00:00+01:00", CHILD),
      recorded("2026-01-02T10:00:00+01:00", "nee", denyX),
      recorded("2026-01-03T10:00:00+01:00", "ja", permitX),
      confirmedByParent("2026-01-04T10:00:00+01:00", "ja"),
    ];
    const p = foldProfile(events, mitzRules);
    expect([p.choices.map((c) => [c.id, c.decision]), p.rejected]).toEqual([[["ja", "permit"]], []]);
    expect(informed(events, "confirmed-by-representative")).toEqual([org(hospitalX)]);
  });
  it("withdrawing a minor's pending choice drops it and informs no custodian (nothing was in force)", () => {
    const events = [
      created("2026-01-01T10:00:00+01:00", CHILD),
      recorded("2026-01-02T10:00:00+01:00", "ja", permitX),
      withdrawn("2026-01-03T10:00:00+01:00", "ja"),
    ];
    expect(foldProfile(events, mitzRules).pending).toEqual([]);
    expect(informed(events)).toEqual([]);
  });
  it("a minor's pending lifting of an objection and a pending confirmation of an emergency consent inform no custodian", () => {
    expect(
      informed([
        created("2026-01-01T10:00:00+01:00", CHILD),
        recorded("2026-01-02T10:00:00+01:00", "nee", denyX),
        withdrawn("2026-01-03T10:00:00+01:00", "nee"),
      ]),
    ).toEqual([org(hospitalX)]); // only the recording of the 'nee' itself
    const em = [
      created("2026-03-01T10:00:00+01:00", CHILD),
      emergency("2026-03-28T10:00:00+01:00", "em", gpActor, undefined, { agreedBy: parent }),
      emergencyConfirmed("2026-03-29T10:00:00+02:00", "em"),
    ];
    expect(informed(em)).toEqual([]);
    expect(informed([...em, confirmedByParent("2026-03-29T12:00:00+02:00", "em")])).toEqual([]);
  });
  it("withdrawing all consents drops a minor's pending 'ja' (VJZ §2, issue #10 decision 4): a parent's later confirmation finds nothing", () => {
    const all: ConsentEvent = allWithdrawn("2026-01-03T10:00:00+01:00", self);
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00", CHILD),
        recorded("2026-01-02T10:00:00+01:00", "ja", permitX),
        all,
        confirmedByParent("2026-01-04T10:00:00+01:00", "ja"),
      ],
      mitzRules,
    );
    expect([p.choices, p.pending, p.rejected.map((r) => r.step.rule)]).toEqual([
      [],
      [],
      ["nothing-to-confirm"],
    ]);
  });
  it("unsubscribing removes the address (VJZ §4); a provider's unsubscription is refused and the subscription stays", () => {
    const off = (actor: typeof self): ConsentEvent => ({
      _tag: "NotificationsUnsubscribed",
      eventId: `u${actor._tag}`,
      at: instant("2026-01-03T10:00:00+01:00"),
      patient,
      actor,
    });
    const base = [created("2026-01-01T10:00:00+01:00"), subscribed("2026-01-02T10:00:00+01:00")];
    expect(foldProfile([...base, off(self)], mitzRules).subscription).toBeUndefined();
    const refused = foldProfile([...base, off(gpActor)], mitzRules);
    expect(refused.subscription).toEqual({
      email: "p@example.org",
      since: instant("2026-01-02T10:00:00+01:00"),
    });
    expect(refused.rejected).toHaveLength(1);
  });
});

describe("deleting and withdrawing all in a minor's profile (MITZ §5d; VJZ §2, issue #10 decision 4)", () => {
  const del = (at: string): ConsentEvent => deleted(at, parent);
  it("a 14-year-old's profile with a permit and an objection cannot be deleted; one without objections can", () => {
    const withBoth = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00", CHILD),
        recorded("2026-01-02T10:00:00+01:00", "nee", denyX),
        recorded("2026-01-02T10:00:00+01:00", "ja", { ...permitX, custodian: org(hospitalY) }, parent),
        del("2026-01-03T10:00:00+01:00"),
      ],
      mitzRules,
    );
    expect(withBoth.createdAt).toBeDefined();
    const empty = foldProfile(
      [created("2026-01-01T10:00:00+01:00", CHILD), del("2026-01-03T10:00:00+01:00")],
      mitzRules,
    );
    expect([empty.createdAt, empty.rejected]).toEqual([undefined, []]);
  });
  it("withdrawing all consents drops a minor's pending lifting of an objection: the objection stays and the parent's confirmation finds nothing", () => {
    const all: ConsentEvent = allWithdrawn("2026-01-04T10:00:00+01:00", self);
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00", CHILD),
        recorded("2026-01-02T10:00:00+01:00", "nee", denyX),
        withdrawn("2026-01-03T10:00:00+01:00", "nee"),
        all,
        confirmedByParent("2026-01-05T10:00:00+01:00", "nee"),
      ],
      mitzRules,
    );
    expect([p.choices.map((c) => c.id), p.pending, p.rejected.map((r) => r.step.rule)]).toEqual([
      ["nee"],
      [],
      ["nothing-to-confirm"],
    ]);
  });
  it("consentsFor a custodian given without its type lists its own and everyone's choices, not another organisation's", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "x", permitX),
        recorded("2026-01-02T10:00:00+01:00", "y", { ...permitX, custodian: org(hospitalY) }),
        recorded("2026-01-02T10:00:00+01:00", "all", { ...permitX, custodian: { _tag: "AllCustodians" } }),
      ],
      mitzRules,
    );
    expect(consentsFor(p, { ura: hospitalX }, instant("2026-02-01T10:00:00+01:00")).map((c) => c.id)).toEqual(
      ["x", "all"],
    );
  });
});

describe("emergency consent confirmed at the end of its 72 hours (MITZ §2d)", () => {
  it("confirmed exactly 72 h after recording (no longer valid): a new regular choice from the confirmation on", () => {
    const t = instant("2026-01-04T10:00:00+01:00");
    const end = t + 72 * 3_600_000;
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        emergency("2026-01-04T10:00:00+01:00", "em"),
        { ...emergencyConfirmed("2026-01-07T10:00:00+01:00", "em"), at: end as typeof t },
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => [c.id, c.from, c.until])).toEqual([["em", end, undefined]]);
  });
  it("confirmed 1 ms before the 72 h end: regular from the recording on (no gap)", () => {
    const t = instant("2026-01-04T10:00:00+01:00");
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        emergency("2026-01-04T10:00:00+01:00", "em"),
        {
          ...emergencyConfirmed("2026-01-07T10:00:00+01:00", "em"),
          at: (t + 72 * 3_600_000 - 1) as typeof t,
        },
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => [c.id, c.from, c.until])).toEqual([["em", t, undefined]]);
  });
});

describe("the outbox: custodians informed of a change (MITZ §2e)", () => {
  it("recording a choice informs its custodian; a minor's pending choice informs no one", () => {
    expect(
      informed(
        [created("2026-01-01T10:00:00+01:00"), recorded("2026-01-02T10:00:00+01:00", "a", permitX)],
        "recorded",
      ),
    ).toEqual([org(hospitalX)]);
    expect(
      informed([
        created("2026-01-01T10:00:00+01:00", CHILD),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
      ]),
    ).toEqual([]);
  });
  it("withdrawing a choice informs its custodian; recording an emergency consent informs no custodian", () => {
    expect(
      informed(
        [
          created("2026-01-01T10:00:00+01:00"),
          recorded("2026-01-02T10:00:00+01:00", "a", permitX),
          withdrawn("2026-01-03T10:00:00+01:00", "a"),
        ],
        "withdrawn",
      ),
    ).toEqual([org(hospitalX)]);
    expect(
      informed([created("2026-01-01T10:00:00+01:00"), emergency("2026-01-04T10:00:00+01:00", "em")]),
    ).toEqual([]);
  });
  it("withdrawing all consents informs each custodian once, however many permits name it", () => {
    const all: ConsentEvent = allWithdrawn("2026-01-05T10:00:00+01:00", self);
    expect(
      informed(
        [
          created("2026-01-01T10:00:00+01:00"),
          recorded("2026-01-02T10:00:00+01:00", "a", permitX),
          recorded("2026-01-02T10:00:00+01:00", "b", { ...permitX, dataCategory: MEDICATION }),
          all,
        ],
        "all-withdrawn",
      ),
    ).toEqual([org(hospitalX)]);
  });
  it("deleting the profile informs every custodian that a choice names", () => {
    const del: ConsentEvent = deleted("2026-01-05T10:00:00+01:00", self);
    expect(
      informed(
        [
          created("2026-01-01T10:00:00+01:00"),
          recorded("2026-01-02T10:00:00+01:00", "a", permitX),
          recorded("2026-01-02T10:00:00+01:00", "b", { ...denyX, custodian: org(hospitalY) }),
          del,
        ],
        "profile-deleted",
      ),
    ).toEqual([org(hospitalX), org(hospitalY)]);
  });
  it("a confirmed emergency consent informs no custodian (it is addressed to the recording provider)", () => {
    expect(
      informed([
        created("2026-01-01T10:00:00+01:00"),
        emergency("2026-01-04T10:00:00+01:00", "em"),
        emergencyConfirmed("2026-01-04T12:00:00+01:00", "em"),
      ]),
    ).toEqual([]);
  });
  it("the subscription holds the address and the instant it was given (VJZ §4)", () => {
    const p = foldProfile(
      [created("2026-01-01T10:00:00+01:00"), subscribed("2026-01-02T10:00:00+01:00")],
      mitzRules,
    );
    expect(p.subscription).toEqual({ email: "p@example.org", since: instant("2026-01-02T10:00:00+01:00") });
  });
});

describe("consentsFor lists the choices granted to a custodian that count at `at` (MITZ §2e)", () => {
  const events = [
    created("2026-01-01T10:00:00+01:00"),
    recorded("2026-01-02T10:00:00+01:00", "x", permitX),
    recorded("2026-01-02T10:00:00+01:00", "y", { ...permitX, custodian: org(hospitalY) }),
    recorded("2026-01-02T10:00:00+01:00", "h", { ...permitX, custodian: type(HOSPITALS) }),
    recorded("2026-01-02T10:00:00+01:00", "g", { ...permitX, custodian: type("RPZAC001") }),
    emergency("2026-01-04T10:00:00+01:00", "em"),
  ];
  it("hospital X (a hospital) sees its own choice and the hospitals' choice, from the instant of recording on", () => {
    const p = foldProfile(events, mitzRules);
    const at = instant("2026-01-02T10:00:00+01:00");
    expect(consentsFor(p, { ura: hospitalX, type: HOSPITALS }, at).map((c) => c.id)).toEqual(["x", "h"]);
    expect(consentsFor(p, { ura: hospitalX, type: HOSPITALS }, (at - 1) as typeof at)).toEqual([]);
  });
  it("with includeEmergency, the emergency consent is listed until, not at, its 72 h end", () => {
    const p = foldProfile(events, mitzRules);
    const end = (instant("2026-01-04T10:00:00+01:00") + 72 * 3_600_000) as ReturnType<typeof instant>;
    const ids = (at: typeof end) =>
      consentsFor(p, { ura: hospitalX, type: HOSPITALS }, at, { includeEmergency: true }).map((c) => c.id);
    expect(ids((end - 1) as typeof end)).toContain("em");
    expect(ids(end)).not.toContain("em");
    expect(
      consentsFor(p, { ura: hospitalX, type: HOSPITALS }, (end - 1) as typeof end).map((c) => c.id),
    ).not.toContain("em");
  });
});
