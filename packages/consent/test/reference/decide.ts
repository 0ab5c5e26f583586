/**
 * A slow, obviously-correct reference `decide`: scan every choice of the profile, keep those that
 * match and count at `at`, and apply the precedence rules literally (issue #10, decision 3,
 * nl-generic-functions rules 1–5 and 7; decision 2 for emergency consents). The compiled `decide`
 * and the store must agree with it on every generated request.
 *
 * - A choice **supersedes** another when it is at least as specific in every dimension and more
 *   specific in one. Custodian: named organisation › provider type › every custodian. Data
 *   category: a narrower category › one that contains it. Requesters: a named organisation › a set
 *   of named categories › "all requesters"; a set is more specific than a strict superset of it;
 *   sets that overlap without one containing the other are incomparable.
 * - An unconfirmed emergency consent never supersedes a `deny` (decision 2).
 * - Among the matching choices that no other matching choice supersedes: any `deny` → Deny; else
 *   an indeterminate one → Indeterminate; else Permit.
 * - Which choice is named: the most specific by rank (custodian, then category, then requester
 *   kind), then the earliest in the profile.
 */
import type { Choice, ConsentProfile, ConsentRequest, Requesters } from "../../src/index.js";
import { mitzCodeLists2026 } from "../../src/index.js";

type Answer = "Permit" | "Deny" | "NotApplicable" | "Indeterminate";
export type ReferenceReason =
  | "patient-mismatch"
  | "purpose-not-allowed"
  | "no-treatment-relationship"
  | "choice"
  | "objection-on-record"
  | "unreadable-objection"
  | "no-choice"
  | "partial-choice";

export interface ReferenceAnswer {
  readonly value: Answer;
  readonly reason: ReferenceReason;
  readonly choice?: Choice;
  /** The other side of a conflict: the emergency consent a deny overrules, or a permit no choice supersedes. */
  readonly conflict?: Choice;
}

const parentOf = new Map(mitzCodeLists2026.dataCategories.map((c) => [c.code, c.parent]));
const maxDepth = Math.max(...[...parentOf.keys()].map((c) => depthOf(c)));

function depthOf(code: string): number {
  let d = 0;
  for (let p = parentOf.get(code); p !== undefined; p = parentOf.get(p)) d++;
  return d;
}

/** Whether `ancestor` is `code` or one of its ancestors. */
function isAncestorOrSelf(ancestor: string, code: string): boolean {
  for (let c: string | undefined = code; c !== undefined; c = parentOf.get(c))
    if (c === ancestor) return true;
  return false;
}

function custodianMatches(c: Choice, r: ConsentRequest): number | undefined {
  const cu = c.custodian;
  if (cu._tag === "Organisation") return cu.ura === r.custodian.ura ? 2 : undefined;
  if (cu._tag === "ProviderType") return cu.type === r.custodian.type ? 1 : undefined;
  return 0;
}

function requesterMatches(c: Choice, r: ConsentRequest): boolean {
  const rq = c.requesters;
  if (rq._tag === "Organisation") return rq.ura === r.requester.ura;
  if (rq._tag === "Categories") return rq.codes.includes(r.requester.category);
  return true;
}

/** `a` is at least as specific as `b` in the requester dimension (both match the same request). */
function requestersAtLeast(a: Requesters, b: Requesters): boolean {
  if (b._tag === "AllRequesters") return true;
  if (a._tag === "AllRequesters") return false;
  if (a._tag === "Organisation") return true;
  if (b._tag === "Organisation") return false;
  const bs = new Set(b.codes);
  return a.codes.every((code) => bs.has(code));
}

interface Match {
  readonly c: Choice;
  readonly custodian: number;
  readonly depth: number;
  readonly position: number;
}

const isEmergency = (c: Choice) => c.origin === "emergency" && c.until !== undefined;

function supersedes(a: Match, b: Match): boolean {
  const ge =
    a.custodian >= b.custodian && a.depth >= b.depth && requestersAtLeast(a.c.requesters, b.c.requesters);
  const gt =
    a.custodian > b.custodian || a.depth > b.depth || !requestersAtLeast(b.c.requesters, a.c.requesters);
  if (!(ge && gt)) return false;
  return !(isEmergency(a.c) && b.c.decision === "deny");
}

const requesterKind = (r: Requesters) => (r._tag === "Organisation" ? 2 : r._tag === "Categories" ? 1 : 0);
const rank = (m: Match) => (m.custodian * (maxDepth + 1) + m.depth) * 3 + requesterKind(m.c.requesters);
const first = (ms: ReadonlyArray<Match>): Match | undefined =>
  [...ms].sort((x, y) => rank(y) - rank(x) || x.position - y.position)[0];

function decideOne(profile: ConsentProfile, r: ConsentRequest, category: string): ReferenceAnswer {
  const matching: Array<Match> = [];
  profile.choices.forEach((c, position) => {
    const cu = custodianMatches(c, r);
    if (cu === undefined || !requesterMatches(c, r)) return;
    if (!parentOf.has(c.dataCategory) || !isAncestorOrSelf(c.dataCategory, category)) return;
    if (!(c.from <= r.at && (c.until === undefined || r.at < c.until))) return;
    matching.push({ c, custodian: cu, depth: depthOf(c.dataCategory), position });
  });
  if (matching.length === 0) return { value: "NotApplicable", reason: "no-choice" };
  const maximal = matching.filter((m) => !matching.some((o) => o !== m && supersedes(o, m)));
  const denies = maximal.filter((m) => m.c.decision === "deny");
  const isIndeterminate = (m: Match) => m.c.indeterminateFrom !== undefined && r.at >= m.c.indeterminateFrom;
  const others = maximal.filter((m) => m.c.decision === "permit");
  if (denies.length > 0) {
    const emergency = first(matching.filter((m) => isEmergency(m.c)));
    const conflict = emergency ?? first(others);
    return {
      value: "Deny",
      reason: emergency === undefined ? "choice" : "objection-on-record",
      choice: first(denies)!.c,
      ...(conflict === undefined ? {} : { conflict: conflict.c }),
    };
  }
  const indeterminate = first(others.filter(isIndeterminate));
  if (indeterminate !== undefined)
    return { value: "Indeterminate", reason: "choice", choice: indeterminate.c };
  return { value: "Permit", reason: "choice", choice: first(others)!.c };
}

/** The reference decision: patient, purpose and treatment relationship first, then the precedence rules per category. */
export function referenceDecide(
  profile: ConsentProfile,
  r: ConsentRequest,
  options: { continuityOfCare?: boolean } = {},
): ReferenceAnswer {
  if (profile.patient !== undefined && profile.patient !== r.patient)
    return { value: "Indeterminate", reason: "patient-mismatch" };
  const purposeOk = r.purpose === "TREAT" || (options.continuityOfCare === true && r.purpose === "COC");
  if (!purposeOk) return { value: "Deny", reason: "purpose-not-allowed" };
  if (!r.treatmentRelationship) return { value: "Deny", reason: "no-treatment-relationship" };
  const requesterCodes = new Set(mitzCodeLists2026.requesterCategories.map((c) => c.code));
  const unreadable = profile.choices.some(
    (c) =>
      c.decision === "deny" &&
      (!parentOf.has(c.dataCategory) ||
        (c.custodian._tag === "ProviderType" && !requesterCodes.has(c.custodian.type)) ||
        (c.requesters._tag === "Categories" && !c.requesters.codes.some((code) => requesterCodes.has(code)))),
  );
  if (!parentOf.has(r.dataCategory))
    return unreadable
      ? { value: "Indeterminate", reason: "unreadable-objection" }
      : { value: "NotApplicable", reason: "no-choice" };
  // The requested category and everything it contains, in the code list's order.
  const covered = [...parentOf.keys()].filter((code) => isAncestorOrSelf(r.dataCategory, code));
  const answers = covered.map((code) => decideOne(profile, r, code));
  const severity: Record<Answer, number> = { Permit: 0, NotApplicable: 1, Indeterminate: 2, Deny: 3 };
  let worst = answers[0]!;
  for (const a of answers) if (severity[a.value] > severity[worst.value]) worst = a;
  if (unreadable && worst.value !== "Deny") return { value: "Indeterminate", reason: "unreadable-objection" };
  if (worst.value === "NotApplicable")
    return {
      value: "NotApplicable",
      reason: answers.some((a) => a.value === "Permit") ? "partial-choice" : "no-choice",
    };
  return worst;
}

/**
 * Whether choice `a` supersedes choice `b` for request `r` (both must match it): the rule of
 * {@link referenceDecide}, for tests that need to know whether a choice is overruled.
 */
export function supersedesFor(r: ConsentRequest, a: Choice, b: Choice): boolean {
  const ma = custodianMatches(a, r);
  const mb = custodianMatches(b, r);
  if (ma === undefined || mb === undefined) return false;
  return supersedes(
    { c: a, custodian: ma, depth: depthOf(a.dataCategory), position: 0 },
    { c: b, custodian: mb, depth: depthOf(b.dataCategory), position: 1 },
  );
}

/** Whether a choice matches a request for a leaf category (custodian, category, requester, time). */
export function matchesRequest(c: Choice, r: ConsentRequest): boolean {
  return (
    custodianMatches(c, r) !== undefined &&
    requesterMatches(c, r) &&
    isAncestorOrSelf(c.dataCategory, r.dataCategory) &&
    c.from <= r.at &&
    (c.until === undefined || r.at < c.until)
  );
}
