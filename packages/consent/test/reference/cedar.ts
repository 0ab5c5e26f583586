/**
 * The consent check written as a Cedar policy (the bench's side-by-side peer), for the
 * differential test. It states the precedence of issue #10 literally, over the patient's choices
 * as records `c0 … c(N-1)` on the patient entity:
 *
 * - a choice matches: its custodian is every custodian, the request's organisation or its type;
 *   its category is the requested one or an ancestor; its requesters are all, the requesting
 *   organisation, or a set naming the requester's category; and `from ≤ at < until`;
 * - `a` supersedes `b`: at least as specific in every dimension (custodian level, category depth,
 *   requesters — organisation › set › all, a set › a superset of it) and more specific in one;
 *   an unconfirmed emergency consent never supersedes a deny;
 * - forbid when some matching deny is superseded by no matching choice; permit when some choice
 *   matches; a forbid for purposes other than TREAT or without a treatment relationship.
 *
 * Cedar has no quantifier over a set, hence the fixed number of slots `N` and the N × N pairs.
 * Only leaf-category requests (a broader category is combined from its parts by the caller) and no
 * indeterminate choices (a confirmation and a withdrawal at one instant) are modelled.
 */
import { createRequire } from "node:module";
import type { Choice, ConsentRequest } from "../../src/index.js";
import { mitzCodeLists2026 } from "../../src/index.js";

interface CedarAnswer {
  type: string;
  response?: { decision: string; diagnostics: { reason: Array<string>; errors: Array<unknown> } };
  errors?: unknown;
}
interface CedarModule {
  preparsePolicySet(id: string, policies: { staticPolicies: Record<string, string> }): { type: string };
  statefulIsAuthorized(call: unknown): CedarAnswer;
}

const require = createRequire(import.meta.url);
const cedar = require("@cedar-policy/cedar-wasm/nodejs") as CedarModule;

const parentOf = new Map(mitzCodeLists2026.dataCategories.map((c) => [c.code, c.parent]));
const depthOf = (code: string) => {
  let d = 0;
  for (let p = parentOf.get(code); p !== undefined; p = parentOf.get(p)) d++;
  return d;
};

/** Number of choice slots on the patient entity. */
export const CEDAR_SLOTS = 12;

/** The policies for `n` slots (the same text as `bench/decide-vs-cedar.mjs`). */
export function cedarPolicies(n: number): Record<string, string> {
  const c = (i: number) => `resource.c${i}`;
  const match = (x: string) =>
    `(${x}.ck == "*" || ${x}.ck == context.cuOrg || ${x}.ck == context.cuType) && context.cats.contains(${x}.cat) && (${x}.rk == 0 || (${x}.rk == 2 && ${x}.rura == context.rura) || (${x}.rk == 1 && ${x}.codes.contains(context.rcat))) && ${x}.from <= context.at && context.at < ${x}.until`;
  const reqGE = (a: string, b: string) =>
    `(${b}.rk == 0 || ${a}.rk == 2 || (${a}.rk == 1 && ${b}.rk == 1 && ${b}.codes.containsAll(${a}.codes)))`;
  const sup = (a: string, b: string) =>
    `${a}.cl >= ${b}.cl && ${a}.dp >= ${b}.dp && ${reqGE(a, b)} && (${a}.cl > ${b}.cl || ${a}.dp > ${b}.dp || !${reqGE(b, a)}) && !(${a}.em && ${b}.d)`;
  const has = (i: number) => `resource has c${i}`;
  const any: Array<string> = [];
  const maximalDeny: Array<string> = [];
  for (let i = 0; i < n; i++) {
    any.push(`(${has(i)} && ${match(c(i))})`);
    const unbeaten: Array<string> = [];
    for (let j = 0; j < n; j++)
      if (j !== i) unbeaten.push(`!(${has(j)} && ${match(c(j))} && ${sup(c(j), c(i))})`);
    maximalDeny.push(`(${has(i)} && ${match(c(i))} && ${c(i)}.d && ${unbeaten.join(" && ")})`);
  }
  const treat = `context.purpose == "TREAT" && context.treatment`;
  return {
    "permit-choice": `permit(principal, action == Action::"consult", resource) when { ${treat} && (${any.join(" || ")}) };`,
    "forbid-choice": `forbid(principal, action == Action::"consult", resource) when { ${treat} && (${maximalDeny.join(" || ")}) };`,
    "forbid-purpose": `forbid(principal, action == Action::"consult", resource) unless { ${treat} };`,
  };
}

const parsed = cedar.preparsePolicySet("consent-test", { staticPolicies: cedarPolicies(CEDAR_SLOTS) });
if (parsed.type !== "success") throw new Error(`Cedar policy does not parse: ${JSON.stringify(parsed)}`);

const OPEN = Number.MAX_SAFE_INTEGER;

/** A choice as a record on the patient entity. */
export function cedarChoice(c: Choice): Record<string, unknown> {
  const cu = c.custodian;
  const rq = c.requesters;
  return {
    ck: cu._tag === "Organisation" ? `O:${cu.ura}` : cu._tag === "ProviderType" ? `T:${cu.type}` : "*",
    cl: cu._tag === "Organisation" ? 2 : cu._tag === "ProviderType" ? 1 : 0,
    cat: c.dataCategory,
    dp: depthOf(c.dataCategory),
    rk: rq._tag === "Organisation" ? 2 : rq._tag === "Categories" ? 1 : 0,
    rura: rq._tag === "Organisation" ? rq.ura : "",
    codes: rq._tag === "Categories" ? [...new Set(rq.codes)] : [],
    d: c.decision === "deny",
    em: c.origin === "emergency" && c.until !== undefined,
    from: c.from,
    until: c.until ?? OPEN,
  };
}

/** The Cedar answer for a leaf-category request, given the profile's choices (at most {@link CEDAR_SLOTS}). */
export function cedarDecide(
  choices: ReadonlyArray<Choice>,
  r: ConsentRequest,
): "Permit" | "Deny" | "NotApplicable" {
  if (choices.length > CEDAR_SLOTS) throw new RangeError(`at most ${CEDAR_SLOTS} choices`);
  const attrs: Record<string, unknown> = {};
  choices.forEach((c, i) => {
    attrs[`c${i}`] = cedarChoice(c);
  });
  const cats: Array<string> = [];
  for (let c: string | undefined = r.dataCategory; c !== undefined; c = parentOf.get(c)) cats.push(c);
  const answer = cedar.statefulIsAuthorized({
    principal: { type: "Requester", id: r.requester.ura },
    action: { type: "Action", id: "consult" },
    resource: { type: "Patient", id: r.patient },
    context: {
      purpose: r.purpose,
      treatment: r.treatmentRelationship,
      cuOrg: `O:${r.custodian.ura}`,
      cuType: `T:${r.custodian.type}`,
      cats,
      rura: r.requester.ura,
      rcat: r.requester.category,
      at: r.at,
    },
    preparsedPolicySetId: "consent-test",
    entities: [{ uid: { type: "Patient", id: r.patient }, attrs, parents: [] }],
  });
  if (answer.type !== "success" || answer.response === undefined)
    throw new Error(JSON.stringify(answer.errors));
  if (answer.response.diagnostics.errors.length > 0)
    throw new Error(`Cedar evaluation errors: ${JSON.stringify(answer.response.diagnostics.errors)}`);
  if (answer.response.decision === "allow") return "Permit";
  return answer.response.diagnostics.reason.length === 0 ? "NotApplicable" : "Deny";
}
