/**
 * A slow, obviously-correct reference `decide`: scan every choice of the profile, keep those that
 * match and count at `at`, and apply the precedence rules literally. The compiled `decide` must
 * agree with it on every generated request.
 */
import type { Choice, ConsentProfile, ConsentRequest } from "../../src/index.js";
import { mitzCodeLists2026 } from "../../src/index.js";

type Answer = "Permit" | "Deny" | "NotApplicable" | "Indeterminate";

const parentOf = new Map(mitzCodeLists2026.dataCategories.map((c) => [c.code, c.parent]));

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

function requesterMatches(c: Choice, r: ConsentRequest): number | undefined {
  const rq = c.requesters;
  if (rq._tag === "Organisation") return rq.ura === r.requester.ura ? 2 : undefined;
  if (rq._tag === "Categories") return rq.codes.includes(r.requester.category) ? 1 : undefined;
  return 0;
}

function decideOne(
  profile: ConsentProfile,
  r: ConsentRequest,
  category: string,
): { value: Answer; choice?: Choice } {
  const matching: Array<{ c: Choice; spec: [number, number, number] }> = [];
  for (const c of profile.choices) {
    const cu = custodianMatches(c, r);
    const rq = requesterMatches(c, r);
    if (cu === undefined || rq === undefined) continue;
    if (!parentOf.has(c.dataCategory) || !isAncestorOrSelf(c.dataCategory, category)) continue;
    if (!(c.from <= r.at && (c.until === undefined || r.at < c.until))) continue;
    matching.push({ c, spec: [cu, depthOf(c.dataCategory), rq] });
  }
  if (matching.length === 0) return { value: "NotApplicable" };
  const cmp = (a: [number, number, number], b: [number, number, number]) =>
    a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  let best = matching[0]!.spec;
  for (const m of matching) if (cmp(m.spec, best) > 0) best = m.spec;
  const top = matching.filter((m) => cmp(m.spec, best) === 0).map((m) => m.c);
  const deny = top.find((c) => c.decision === "deny");
  if (deny !== undefined) return { value: "Deny", choice: deny };
  const indeterminate = top.find((c) => c.indeterminateFrom !== undefined && r.at >= c.indeterminateFrom);
  if (indeterminate !== undefined) return { value: "Indeterminate", choice: indeterminate };
  return { value: "Permit", choice: top[0]! };
}

/** The reference decision: purpose and treatment relationship first, then the precedence rules per category. */
export function referenceDecide(
  profile: ConsentProfile,
  r: ConsentRequest,
  options: { continuityOfCare?: boolean } = {},
): { value: Answer; choice?: Choice } {
  if (profile.patient !== undefined && profile.patient !== r.patient) return { value: "Indeterminate" };
  const purposeOk = r.purpose === "TREAT" || (options.continuityOfCare === true && r.purpose === "COC");
  if (!purposeOk || !r.treatmentRelationship) return { value: "Deny" };
  if (!parentOf.has(r.dataCategory)) return { value: "NotApplicable" };
  // The requested category and everything it contains.
  const covered = [...parentOf.keys()].filter((code) => isAncestorOrSelf(r.dataCategory, code));
  const answers = covered.map((code) => decideOne(profile, r, code));
  const severity: Record<Answer, number> = { Permit: 0, NotApplicable: 1, Indeterminate: 2, Deny: 3 };
  let worst = answers[0]!;
  for (const a of answers) if (severity[a.value] > severity[worst.value]) worst = a;
  return worst;
}
