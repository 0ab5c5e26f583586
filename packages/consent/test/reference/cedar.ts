/**
 * The consent check written as a Cedar policy (the bench's side-by-side peer), for the
 * differential test: purpose TREAT and a treatment relationship; the most specific (custodian,
 * category, requester) slot that holds a choice decides; deny wins within a slot. Time windows are
 * not modelled: use it only for profiles whose choices have no end and started before `at`.
 */
import { createRequire } from "node:module";
import type { Choice, ConsentRequest } from "../../src/index.js";
import { mitzCodeLists2026 } from "../../src/index.js";

interface CedarAnswer {
  type: string;
  response?: { decision: string; diagnostics: { reason: Array<string> } };
  errors?: unknown;
}
interface CedarModule {
  preparsePolicySet(id: string, policies: { staticPolicies: Record<string, string> }): { type: string };
  statefulIsAuthorized(call: unknown): CedarAnswer;
}

const require = createRequire(import.meta.url);
const cedar = require("@cedar-policy/cedar-wasm/nodejs") as CedarModule;

const parentOf = new Map(mitzCodeLists2026.dataCategories.map((c) => [c.code, c.parent]));
const maxLevels = 3 * 3 * 3;

const chain = (leaf: (i: number) => string) => {
  let s = "false";
  for (let i = maxLevels - 1; i >= 0; i--)
    s = `(if resource.hasTag(context.k${i}) then ${leaf(i)} else ${s})`;
  return s;
};
const treat = `context.purpose == "TREAT" && context.treatment`;
const parsed = cedar.preparsePolicySet("consent-test", {
  staticPolicies: {
    "permit-choice": `permit(principal, action == Action::"consult", resource) when { ${treat} && ${chain((i) => `!(resource.getTag(context.k${i}).d)`)} };`,
    "forbid-choice": `forbid(principal, action == Action::"consult", resource) when { ${treat} && ${chain((i) => `resource.getTag(context.k${i}).d`)} };`,
    "forbid-purpose": `forbid(principal, action == Action::"consult", resource) unless { ${treat} };`,
  },
});
if (parsed.type !== "success") throw new Error(`Cedar policy does not parse: ${JSON.stringify(parsed)}`);

const custodianKey = (c: Choice["custodian"]) =>
  c._tag === "Organisation" ? `O:${c.ura}` : c._tag === "ProviderType" ? `T:${c.type}` : "*";

/** The Cedar answer for a request, given the profile's choices (all in force). */
export function cedarDecide(
  choices: ReadonlyArray<Choice>,
  r: ConsentRequest,
): "Permit" | "Deny" | "NotApplicable" {
  const tags: Record<string, { d: boolean }> = {};
  for (const c of choices) {
    const rks =
      c.requesters._tag === "AllRequesters"
        ? ["*"]
        : c.requesters._tag === "Categories"
          ? c.requesters.codes.map((code) => `C:${code}`)
          : [`O:${c.requesters.ura}`];
    for (const rk of rks) {
      const key = `${custodianKey(c.custodian)}|${c.dataCategory}|${rk}`;
      tags[key] = { d: c.decision === "deny" || tags[key]?.d === true };
    }
  }
  const context: Record<string, string | boolean> = {
    purpose: r.purpose,
    treatment: r.treatmentRelationship,
  };
  const ancestors: Array<string> = [];
  for (let c: string | undefined = r.dataCategory; c !== undefined; c = parentOf.get(c)) ancestors.push(c);
  let i = 0;
  for (const ck of [`O:${r.custodian.ura}`, `T:${r.custodian.type}`, "*"])
    for (const cat of ancestors)
      for (const rk of [`O:${r.requester.ura}`, `C:${r.requester.category}`, "*"])
        context[`k${i++}`] = `${ck}|${cat}|${rk}`;
  for (; i < maxLevels; i++) context[`k${i}`] = "-";
  const answer = cedar.statefulIsAuthorized({
    principal: { type: "Requester", id: r.requester.ura },
    action: { type: "Action", id: "consult" },
    resource: { type: "Patient", id: r.patient },
    context,
    preparsedPolicySetId: "consent-test",
    entities: [{ uid: { type: "Patient", id: r.patient }, attrs: {}, parents: [], tags }],
  });
  if (answer.type !== "success" || answer.response === undefined)
    throw new Error(JSON.stringify(answer.errors));
  if (answer.response.decision === "allow") return "Permit";
  return answer.response.diagnostics.reason.length === 0 ? "NotApplicable" : "Deny";
}
