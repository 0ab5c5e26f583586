/**
 * The role endpoints (@zorgkit/authorization-roles, the MOZA portal rulebook `mozaRoles`):
 * `authorize` and `mayGrant` against the in-memory compiled role state of the request's
 * organisation, which appends to `/organisations/:agb/role-events` keep current. One audit line
 * per access decision: the package's NEN 7513 record (no BSN) and the token that asked.
 *
 * @module
 */
import { authorize, decodeAccessRequest, decodeGrantRequest, mayGrant } from "@zorgkit/authorization-roles";
import { explainToText, formatInstant } from "@zorgkit/core";
import type { Hono } from "hono";
import type { Env, RouteContext } from "./app.js";
import { decodeFields, instantField } from "./fields.js";
import type { RoleProjection } from "./projection.js";

export function registerRoles(app: Hono<Env>, ctx: RouteContext, roles: RoleProjection): void {
  const { need, jsonBody, badRequest, logger } = ctx;

  app.post("/roles/decisions", need("decisions:read"), async (c) => {
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    const r = decodeFields(body.value, { request: (u) => decodeAccessRequest(u), at: instantField });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const { request, at } = r.value;
    const d = authorize(request, roles.rolesOf(request.organisation), at);
    const audit = { ...d.audit, at: formatInstant(d.audit.at) };
    logger.info({
      audit: "access-decision",
      who: c.get("token")?.name,
      when: new Date().toISOString(),
      record: audit,
    });
    return c.json({
      decision: d.value.decision,
      failedCheck: d.value.failedCheck,
      grantingRoles: d.value.grantingRoles,
      explanation: explainToText(d, "en"),
      because: d.because,
      audit,
    });
  });

  app.post("/roles/grants", need("decisions:read"), async (c) => {
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    const r = decodeFields(body.value, { grant: (u) => decodeGrantRequest(u), at: instantField });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const { grant, at } = r.value;
    const v = mayGrant(grant, roles.rolesOf(grant.scope.organisation), at);
    return c.json({
      outcome: v.value,
      role: v.details.role,
      rule: v.details.rule,
      explanation: explainToText(v, "en"),
      because: v.because,
    });
  });
}
