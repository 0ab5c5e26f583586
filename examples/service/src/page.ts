/** The HTML page at `/`: the endpoints, links to the docs, and two forms to try the API. */
import { demoAccess, demoIncident, demoRequest } from "./demo.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function homePage(): string {
  const consent = JSON.stringify(demoRequest(0), null, 2);
  const incident = JSON.stringify(demoIncident, null, 2);
  const access = JSON.stringify(demoAccess, null, 2);
  const guide = (pkg: string) =>
    `<a href="https://github.com/zorgkit/zorgkit/blob/main/docs/guide/${pkg}.md">${pkg}</a>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>zorgkit reference service</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem}
textarea{width:100%;font:13px monospace}pre{background:#f4f4f4;padding:.6rem;white-space:pre-wrap}
code{background:#f4f4f4;padding:0 .2rem}</style></head><body>
<h1>zorgkit reference service</h1>
<p>The zorgkit packages behind an HTTP API. Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).
Guides: ${["consent", "authorization-roles", "sla-calculator", "retention-policy", "billing", "contract-terms"].map(guide).join(", ")}.
Sample requests: <code>examples/service/requests/*.json</code>.</p>
<h2>Endpoints</h2><ul>
<li><code>GET /health</code> — no token</li>
<li><code>POST /streams/:id/events</code> — append consent events at <code>expectedVersion</code>; <code>Idempotency-Key</code> header (scope <code>events:append</code>); 409 on a version conflict</li>
<li><code>GET /streams/:id/events</code> — read a stream (scope <code>admin</code>)</li>
<li><code>POST /consent/decisions</code> — the Mitz consent check (scope <code>decisions:read</code>)</li>
<li><code>POST /consent/profiles</code> — the patient's consent profile as it stood at <code>at</code> (scope <code>decisions:read</code>)</li>
<li><code>POST /consent/fhir</code> — that profile as a Mitz FHIR notification Bundle; 422 for a choice Mitz cannot express (scope <code>decisions:read</code>)</li>
<li><code>POST /organisations/:agb/role-events</code> — append an organisation's role events at <code>expectedVersion</code> (scope <code>events:append</code>); <code>GET</code> reads them (scope <code>admin</code>)</li>
<li><code>POST /roles/decisions</code> — <code>authorize</code>: may this user do this for the organisation now, MOZA portal rules (scope <code>decisions:read</code>)</li>
<li><code>POST /roles/grants</code> — <code>mayGrant</code>: may the grantor give this role (scope <code>decisions:read</code>)</li>
<li><code>POST /sla/deadlines</code> — deadlines of an incident, MDO SLA 2025 (scope <code>decisions:read</code>)</li>
<li><code>POST /sla/contracts/:contract/events</code> — record a contract's incidents and outages at <code>expectedVersion</code> (scope <code>events:append</code>); <code>GET</code> reads them (scope <code>admin</code>)</li>
<li><code>POST /sla/contracts/:contract/monthly-report</code> — the month report over the stored incidents and outages, JSON (scope <code>decisions:read</code>)</li>
<li><code>POST /sla/contracts/:contract/monthly-report.html</code> — the same month as the SLA report's HTML page with charts (scope <code>decisions:read</code>)</li>
<li><code>POST /retention/evaluations</code> — a record's retention under a policy: keep, may delete, must delete by (scope <code>decisions:read</code>)</li>
<li><code>POST /retention/sweep</code> — which of the given records must be deleted now (scope <code>decisions:read</code>)</li>
<li><code>POST /retention/holders/:holder/events</code> — record a holder's retention records (events, holds) at <code>expectedVersion</code> (scope <code>events:append</code>); <code>GET</code> reads them (scope <code>admin</code>)</li>
<li><code>POST /retention/holders/:holder/sweep</code> — which of the stored records must be deleted now under a policy; 422 if they do not fit it (scope <code>decisions:read</code>)</li>
<li><code>POST /retention/schedule</code> — the deletion calendar of the given records for a range of days (scope <code>decisions:read</code>)</li>
<li><code>POST /retention/backups</code> — which backups to keep and delete, MDO-SLA §7.6 (scope <code>decisions:read</code>)</li>
<li><code>POST /billing/interest</code> — statutory or commercial interest on a late payment (scope <code>decisions:read</code>)</li>
<li><code>POST /billing/status</code> — an account's invoices at a date, MDO billing (scope <code>decisions:read</code>)</li>
<li><code>POST /billing/accounts/:account/events</code> — record an account's invoices, payments and other dated facts at <code>expectedVersion</code> (scope <code>events:append</code>); <code>GET</code> reads them (scope <code>admin</code>)</li>
<li><code>POST /billing/accounts/:account/status</code> — the account's invoices at a date over the stored facts (scope <code>decisions:read</code>)</li>
<li><code>POST /billing/invoice-deadline</code> — the last day to invoice a month (scope <code>decisions:read</code>)</li>
<li><code>POST /contracts/notice-deadline</code> — the last day to give notice and the end it gives (scope <code>decisions:read</code>)</li>
<li><code>POST /contracts/term</code> — the term in force on a date (scope <code>decisions:read</code>)</li>
<li><code>POST /contracts/timeline</code> — the dated events of a range, JSON; <code>POST /contracts/timeline/svg</code> draws them (scope <code>decisions:read</code>)</li>
<li><code>POST /contracts/terms-status</code> — must the user accept a terms-of-use version first (scope <code>decisions:read</code>)</li>
<li><code>POST /admin/tokens</code> — create a token (scope <code>admin</code>)</li></ul>
<h2>Try it</h2>
<p><label>Bearer token (printed when the service starts): <input id="token" size="48"></label></p>
<h3>Consent decision</h3><textarea id="consent" rows="14">${esc(consent)}</textarea>
<button onclick="send('/consent/decisions','consent','consentOut')">Decide</button><pre id="consentOut"></pre>
<h3>SLA deadline</h3><textarea id="incident" rows="6">${esc(incident)}</textarea>
<button onclick="send('/sla/deadlines','incident','incidentOut')">Deadlines</button><pre id="incidentOut"></pre>
<h3>Access decision (roles)</h3><textarea id="access" rows="12">${esc(access)}</textarea>
<button onclick="send('/roles/decisions','access','accessOut')">Authorize</button><pre id="accessOut"></pre>
<script>
async function send(path, from, to) {
  const r = await fetch(path, { method: "POST", headers: { "content-type": "application/json",
    authorization: "Bearer " + document.getElementById("token").value.trim() }, body: document.getElementById(from).value });
  const j = await r.json(); delete j.because;
  document.getElementById(to).textContent = r.status + "\\n" + JSON.stringify(j, null, 2);
}
</script></body></html>`;
}
