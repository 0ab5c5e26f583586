// Benchmark: authorize(request, roles, at) over 10 000 organisations and 100 000 users (the MOZA
// preset), side by side in one process with the same policy in
// - Cedar (@cedar-policy/cedar-wasm, preparsed policy set, statefulIsAuthorized with only the two
//   entities the request needs: the user and the organisation),
// - Casbin (RBAC with domains: roles are granted per organisation in `g`, permissions per role in
//   `p`; the non-role conditions are ABAC attributes of the request, read by the matcher),
// - a plain-JS baseline (nested Maps and Sets, ~30 lines, below).
// All four must give the same answer on every request that is timed for the peers, and ours must
// agree with the plain baseline on all requests, before anything is timed.
// Two inputs (issue #18), each REQUESTS distinct requests:
// - stress: every request a random user at a random instant of 2027 (nights and weekends too),
//   a random action (16 % allow) — no two consecutive requests share a certificate;
// - realistic: portal sessions — a random user's 5–60 requests (log-uniform) within 30 minutes on a
//   working day, 08:00–18:00 Amsterdam time, the actions the user's roles grant in 90 % (the
//   portal shows those), 0.5 % with another user's certificate, 1 % without accepted terms.
// Beside each: the floor (the reads the fast path must make: the request's certificate and
// organisation, then its slot of the compiled table — two dependent random reads) and, to test
// whether the decision is memory-bound, the same kind of requests over a hot set of 1 000
// certificates (a working set that fits in the caches) against the whole set.
//
// Run: pnpm --filter @zorgkit/authorization-roles bench
//      (= tsup && node --expose-gc bench/authorize-vs-peers.mjs)
// Options (environment): ORGS (10000), USERS_PER_ORG (10), REQUESTS (1000000), PEER_REQUESTS (10000), SEED,
// BREAKDOWN=1 (also time the certificate look-up of the compiled table alone: where the time goes).
import { createRequire } from "node:module";
import os from "node:os";
import { addDays, periodAfter, zonedInstant } from "@zorgkit/core";
import { stateOf } from "../dist/compile.js";
import { authorize, compileRoles, mozaRoles } from "../dist/index.js";

const require = createRequire(import.meta.url);
const cedar = require("@cedar-policy/cedar-wasm/nodejs");
const { newEnforcer, newModelFromString, StringAdapter } = require("casbin");

const ORGS = Number(process.env.ORGS ?? 10_000);
const PER_ORG = Number(process.env.USERS_PER_ORG ?? 10);
const REQUESTS = Number(process.env.REQUESTS ?? 1_000_000);
const PEER_REQUESTS = Number(process.env.PEER_REQUESTS ?? 10_000);
const BREAKDOWN = process.env.BREAKDOWN === "1";
let seed = Number(process.env.SEED ?? 20261201);
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const DAY = 86_400_000;
const T0 = Date.parse("2026-01-01T00:00:00Z");
const NOW_FROM = Date.parse("2027-01-01T00:00:00Z"); // requests fall in 2027
const roleIds = mozaRoles.organisationRoles.roles.map((r) => r.id);
const actions = [
  ...new Set([
    ...mozaRoles.organisationRoles.roles.flatMap((r) => r.permissions),
    ...mozaRoles.mainContactRole.permissions,
    "export-everything",
  ]),
];

// ---------------------------------------------------------------------------------------------
// One generated world, as events (for zorgkit) and as plain records (for the peers)
// ---------------------------------------------------------------------------------------------
const events = [];
const world = { orgs: new Map(), certs: new Map(), roles: new Map(), maintenance: [] };
let n = 0;
const ev = (e) => events.push({ eventId: `e${n++}`, ...e });
const orgIds = [];
const users = [];
for (let o = 0; o < ORGS; o++) {
  const agb = String(10_000_000 + o * 7);
  orgIds.push(agb);
  const provider = rnd() > 0.01;
  const org = { provider, revokedFrom: Number.POSITIVE_INFINITY, suspFrom: 0, suspUntil: 0 };
  world.orgs.set(agb, org);
  ev({ _tag: "OrganisationRegistered", at: T0, organisation: agb, provider });
  ev({ _tag: "SignatoryRegistered", at: T0, organisation: agb, user: `s${o}` });
  ev({
    _tag: "CertificateIssued",
    at: T0,
    certificate: `cs${o}`,
    user: `s${o}`,
    organisation: agb,
    validFrom: T0,
    validUntil: T0 + 5 * 365 * DAY,
  });
  const roles = new Map();
  world.roles.set(agb, roles);
  for (let k = 0; k < PER_ORG; k++) {
    const user = `u${o}-${k}`;
    const cert = `c${o}-${k}`;
    const from = T0 + Math.floor(rnd() * 30) * DAY;
    const until = rnd() < 0.03 ? NOW_FROM + Math.floor(rnd() * 365) * DAY : from + 4 * 365 * DAY; // some expire in 2027
    let revokedAt = Number.POSITIVE_INFINITY;
    ev({
      _tag: "CertificateIssued",
      at: from,
      certificate: cert,
      user,
      organisation: agb,
      validFrom: from,
      validUntil: until,
    });
    if (rnd() < 0.02) {
      revokedAt = NOW_FROM + Math.floor(rnd() * 365) * DAY;
      ev({ _tag: "CertificateRevoked", at: revokedAt, certificate: cert });
    }
    world.certs.set(cert, { user, org: agb, from, until, revokedAt });
    users.push({ user, cert, org: agb });
    const granted = k === 0 ? [] : [...new Set([pick(roleIds), ...(rnd() < 0.4 ? [pick(roleIds)] : [])])];
    if (k === 0) {
      ev({ _tag: "RoleGranted", at: from + DAY, organisation: agb, by: `s${o}`, user, role: "main-contact" });
      roles.set(user, ["main-contact"]);
    } else {
      for (const role of granted)
        ev({ _tag: "RoleGranted", at: T0 + 40 * DAY, organisation: agb, by: `u${o}-0`, user, role });
      roles.set(user, granted);
    }
  }
  if (rnd() < 0.05) {
    const on = new Date(T0 + Math.floor(rnd() * 500) * DAY).toISOString().slice(0, 10);
    ev({ _tag: "AgbCodeEnded", at: T0 + 600 * DAY, organisation: agb, on });
  }
  if (rnd() < 0.02) {
    org.suspFrom = NOW_FROM + Math.floor(rnd() * 300) * DAY;
    org.suspUntil = org.suspFrom + 30 * DAY;
    ev({
      _tag: "AccessSuspended",
      at: org.suspFrom,
      organisation: agb,
      reason: "breach of the terms",
      until: org.suspUntil,
    });
  }
}
for (let i = 0; i < 12; i++) {
  const from = NOW_FROM + i * 30 * DAY + 22 * 3_600_000;
  world.maintenance.push([from, from + 4 * 3_600_000]);
  ev({
    _tag: "MaintenanceStopped",
    at: from - DAY,
    from,
    until: from + 4 * 3_600_000,
    reason: "monthly upgrade",
  });
}

const gc = globalThis.gc;
if (typeof gc !== "function") throw new Error("run with node --expose-gc");
const mem = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const memBefore = mem();
const t0 = performance.now();
const compiled = compileRoles(events, mozaRoles);
const compileMs = performance.now() - t0;
const memAfter = mem();
if (compiled.rejected.length > 0)
  throw new Error(`rejected events: ${JSON.stringify(compiled.rejected.slice(0, 3))}`);
// The revocation instant (MOZA 4.1: the AGB end + 6 months by the month rule, the next day 00:00 in
// Amsterdam) is data for the peers, computed with core's date functions.
for (const e of events)
  if (e._tag === "AgbCodeEnded")
    world.orgs.get(e.organisation).revokedFrom = zonedInstant(
      addDays(periodAfter(e.on, mozaRoles.agbRevocationDelay.value).lastDay, 1),
      0,
    );

// ---------------------------------------------------------------------------------------------
// The plain-JS baseline: the same policy as nested Maps and Sets
// ---------------------------------------------------------------------------------------------
const rolePerms = new Map(mozaRoles.organisationRoles.roles.map((r) => [r.id, new Set(r.permissions)]));
rolePerms.set("main-contact", new Set(mozaRoles.mainContactRole.permissions));
function plain(req, at) {
  const o = world.orgs.get(req.organisation);
  if (o === undefined || !o.provider) return false;
  const s = req.subject;
  const c = world.certs.get(s.certificate);
  if (c === undefined || c.org !== req.organisation || c.user !== s.user) return false;
  if (at < c.from || at >= c.until || at >= c.revokedAt) return false;
  if (at >= o.revokedFrom) return false;
  if (o.suspFrom <= at && at < o.suspUntil) return false;
  for (const [f, u] of world.maintenance) if (f <= at && at < u) return false;
  if (req.facts?.terms?.status !== "ok") return false;
  const rs = world.roles.get(req.organisation)?.get(s.user);
  if (rs === undefined) return false;
  for (const r of rs) if (rolePerms.get(r)?.has(req.action) === true) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Requests: distinct, random users, 5 % with another user's certificate or another organisation,
// 3 % without accepted terms, instants over 2027 (expired/revoked certificates, AGB ends,
// suspensions and maintenance stops occur)
// ---------------------------------------------------------------------------------------------
const termsOk = { terms: { status: "ok" } };
const termsNo = { terms: { status: "must-accept" } };
const account = { _tag: "Account" };
/** The stress mix (the runs before issue #18 timed only this one): `from` the users to draw from. */
function stressRequests(from) {
  const requests = new Array(REQUESTS);
  const instants = new Float64Array(REQUESTS);
  for (let i = 0; i < REQUESTS; i++) {
    const u = pick(from);
    const r = rnd();
    const subject = { _tag: "User", user: u.user, certificate: r < 0.03 ? pick(users).cert : u.cert };
    requests[i] = {
      subject,
      organisation: r > 0.97 ? pick(orgIds) : u.org,
      action: pick(actions),
      resource: account,
      facts: rnd() < 0.03 ? termsNo : termsOk,
    };
    instants[i] = NOW_FROM + Math.floor(rnd() * 365 * DAY);
  }
  return { requests, instants };
}
// the actions a user's roles grant (what the portal offers them)
const granted = new Map();
for (const u of users) {
  const rs = world.roles.get(u.org).get(u.user) ?? [];
  granted.set(u.user, [...new Set(rs.flatMap((r) => [...(rolePermsOf(r) ?? [])]))]);
}
function rolePermsOf(role) {
  if (role === "main-contact") return mozaRoles.mainContactRole.permissions;
  return mozaRoles.organisationRoles.roles.find((r) => r.id === role)?.permissions;
}
const HOUR = 3_600_000;
/** Portal sessions: a user's 5–60 requests within 30 minutes on a working day, 08:00–18:00 Amsterdam (UTC+1/+2). */
function realisticRequests(from) {
  const requests = new Array(REQUESTS);
  const instants = new Float64Array(REQUESTS);
  let i = 0;
  while (i < REQUESTS) {
    const u = pick(from);
    let d;
    do d = Math.floor(rnd() * 365);
    while ([0, 6].includes(new Date(NOW_FROM + d * DAY).getUTCDay()));
    // 07:00–17:00 UTC: 08:00–18:00 in winter, 09:00–19:00 in summer
    const start = NOW_FROM + d * DAY + 7 * HOUR + Math.floor(rnd() * 10 * HOUR);
    const len = Math.min(REQUESTS - i, Math.floor(5 * 12 ** rnd()));
    const offered = granted.get(u.user);
    for (let k = 0; k < len; k++, i++) {
      const r = rnd();
      requests[i] = {
        subject: { _tag: "User", user: u.user, certificate: r < 0.005 ? pick(users).cert : u.cert },
        organisation: u.org,
        action: offered.length > 0 && rnd() < 0.9 ? pick(offered) : pick(actions),
        resource: account,
        facts: rnd() < 0.01 ? termsNo : termsOk,
      };
      instants[i] = start + Math.floor(rnd() * 30 * 60_000);
    }
  }
  return { requests, instants };
}
const inputs = [
  { name: "stress (random user, instant and action per request)", ...stressRequests(users) },
  { name: "realistic (portal sessions on working days)", ...realisticRequests(users) },
];
// the hot set: 1 000 certificates (1 % of the users), for the memory-bound test
const hot = Array.from({ length: 1000 }, () => pick(users));
const hotInputs = [stressRequests(hot), realisticRequests(hot)];

// ---------------------------------------------------------------------------------------------
// Cedar: the same policy; entities User (certificate, its organisation and validity, roles held in
// that organisation) and Organisation (provider, revocation instant, suspension window)
// ---------------------------------------------------------------------------------------------
const cedarPolicies = {};
for (const role of [...mozaRoles.organisationRoles.roles, mozaRoles.mainContactRole])
  for (const p of role.permissions)
    cedarPolicies[`permit-${role.id}-${p}`] =
      `permit(principal, action == Action::"${p}", resource) when { principal.roles.contains("${role.id}") };`;
Object.assign(cedarPolicies, {
  provider: `forbid(principal, action, resource) unless { resource.provider };`,
  certificate: `forbid(principal, action, resource) unless { principal.certificate == context.certificate && principal.org == resource.agb && principal.certFrom <= context.now && context.now < principal.certUntil };`,
  agb: `forbid(principal, action, resource) unless { context.now < resource.revokedFrom };`,
  suspension: `forbid(principal, action, resource) when { resource.suspFrom <= context.now && context.now < resource.suspUntil };`,
  terms: `forbid(principal, action, resource) unless { context.terms == "ok" };`,
});
world.maintenance.forEach(([f, u], i) => {
  cedarPolicies[`maintenance-${i}`] =
    `forbid(principal, action, resource) when { ${f} <= context.now && context.now < ${u} };`;
});
const parsed = cedar.preparsePolicySet("roles", { staticPolicies: cedarPolicies });
if (parsed.type !== "success") throw new Error(`Cedar policy: ${JSON.stringify(parsed)}`);
const BIG = 2 ** 53 - 1;
const fin = (x) => (Number.isFinite(x) ? x : BIG);
const userEntity = new Map();
const orgEntity = new Map();
function cedarUser(user) {
  let e = userEntity.get(user);
  if (e === undefined) {
    const u = users.find((x) => x.user === user);
    const c = world.certs.get(u.cert);
    e = {
      uid: { type: "User", id: user },
      attrs: {
        certificate: u.cert,
        org: c.org,
        certFrom: c.from,
        certUntil: fin(Math.min(c.until, c.revokedAt)),
        roles: world.roles.get(c.org).get(user) ?? [],
      },
      parents: [],
    };
    userEntity.set(user, e);
  }
  return e;
}
function cedarOrg(agb) {
  let e = orgEntity.get(agb);
  if (e === undefined) {
    const o = world.orgs.get(agb);
    e = {
      uid: { type: "Organisation", id: agb },
      attrs: {
        agb,
        provider: o.provider,
        revokedFrom: fin(o.revokedFrom),
        suspFrom: o.suspFrom,
        suspUntil: o.suspUntil,
      },
      parents: [],
    };
    orgEntity.set(agb, e);
  }
  return e;
}
function cedarCall(req, at) {
  return {
    principal: { type: "User", id: req.subject.user },
    action: { type: "Action", id: req.action },
    resource: { type: "Organisation", id: req.organisation },
    context: { now: at, certificate: req.subject.certificate, terms: req.facts?.terms?.status ?? "none" },
    preparsedPolicySetId: "roles",
    entities: [cedarUser(req.subject.user), cedarOrg(req.organisation)],
  };
}
function cedarAllows(req, at) {
  const r = cedar.statefulIsAuthorized(cedarCall(req, at));
  if (r.type !== "success") throw new Error(JSON.stringify(r.errors));
  return r.response.decision === "allow";
}

// ---------------------------------------------------------------------------------------------
// Casbin: RBAC with domains (g = user, role, organisation; p = role, object, action), the other
// conditions as ABAC attributes the caller attaches to the request (how Casbin's ABAC works)
// ---------------------------------------------------------------------------------------------
const casbinModel = newModelFromString(`
[request_definition]
r = sub, dom, obj, act, env

[policy_definition]
p = sub, obj, act

[role_definition]
g = _, _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.sub, p.sub, r.dom) && r.obj == p.obj && r.act == p.act && r.env.provider && r.env.certUser == r.sub && r.env.certOrg == r.dom && r.env.certFrom <= r.env.now && r.env.now < r.env.certUntil && r.env.now < r.env.revokedFrom && !(r.env.suspFrom <= r.env.now && r.env.now < r.env.suspUntil) && r.env.terms == "ok" && !(r.env.now >= r.env.m0 && r.env.now < r.env.m1)
`);
const lines = [];
for (const role of [...mozaRoles.organisationRoles.roles, mozaRoles.mainContactRole])
  for (const p of role.permissions) lines.push(`p, ${role.id}, account, ${p}`);
for (const [agb, roles] of world.roles)
  for (const [user, rs] of roles) for (const r of rs) lines.push(`g, ${user}, ${r}, ${agb}`);
const enforcer = await newEnforcer(casbinModel, new StringAdapter(lines.join("\n")));
function casbinEnv(req, at) {
  const o = world.orgs.get(req.organisation);
  const c = world.certs.get(req.subject.certificate);
  let m0 = 0;
  let m1 = 0;
  for (const [f, u] of world.maintenance) if (f <= at && at < u) [m0, m1] = [f, u];
  return {
    now: at,
    provider: o?.provider === true,
    certUser: c?.user ?? "",
    certOrg: c?.org ?? "",
    certFrom: c?.from ?? BIG,
    certUntil: c === undefined ? 0 : fin(Math.min(c.until, c.revokedAt)),
    revokedFrom: o === undefined ? 0 : fin(o.revokedFrom),
    suspFrom: o?.suspFrom ?? 0,
    suspUntil: o?.suspUntil ?? 0,
    terms: req.facts?.terms?.status ?? "none",
    m0,
    m1,
  };
}
const casbinAllows = (req, at) =>
  enforcer.enforceSync(req.subject.user, req.organisation, "account", req.action, casbinEnv(req, at));

// ---------------------------------------------------------------------------------------------
// Agreement first (per input: zorgkit = plain JS on every request, = Cedar = Casbin on the first
// PEER_REQUESTS), then timing
// ---------------------------------------------------------------------------------------------
function agree(requests, instants) {
  const counts = { allow: 0, deny: 0 };
  const failed = {};
  for (let i = 0; i < REQUESTS; i++) {
    const d = authorize(requests[i], compiled, instants[i]).value;
    const a = d.decision === "allow";
    if (a !== plain(requests[i], instants[i])) {
      throw new Error(
        `zorgkit and plain JS disagree on ${JSON.stringify(requests[i])} at ${new Date(instants[i]).toISOString()}`,
      );
    }
    counts[a ? "allow" : "deny"]++;
    if (!a) failed[d.failedCheck] = (failed[d.failedCheck] ?? 0) + 1;
  }
  let lateAllows = 0;
  for (let i = 0; i < peerCount; i++) {
    const a = authorize(requests[i], compiled, instants[i]).value.decision === "allow";
    if (a !== cedarAllows(requests[i], instants[i]))
      throw new Error(`zorgkit and Cedar disagree on ${JSON.stringify(requests[i])}`);
    if (a !== casbinAllows(requests[i], instants[i]))
      throw new Error(`zorgkit and Casbin disagree on ${JSON.stringify(requests[i])}`);
    if (a && requests[i].action === "deliver-information") lateAllows++;
  }
  return { counts, failed, lateAllows };
}
const peerCount = Math.min(PEER_REQUESTS, REQUESTS);

// Each round runs over all `count` requests in order (1 000 000 distinct requests: far more than a
// branch predictor or a cache holds, so the next round does not find them learnt).
function time(label, count, one) {
  let sink = 0;
  for (let i = 0; i < Math.min(count, 50_000); i++) if (one(i)) sink++;
  const rates = [];
  const cpu = [];
  const rounds = count >= 100_000 ? 3 : 1;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const s = performance.now();
    for (let i = 0; i < count; i++) if (one(i)) sink++;
    rates.push((count / (performance.now() - s)) * 1000);
    const c = process.cpuUsage(c0);
    cpu.push(count / ((c.user + c.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const lat = new Float64Array(Math.min(count, 100_000));
  for (let i = 0; i < lat.length; i++) {
    const j = (i * 7919) % count;
    const a = process.hrtime.bigint();
    if (one(j)) sink++;
    lat[i] = Number(process.hrtime.bigint() - a);
  }
  lat.sort();
  return {
    label,
    opsPerSec: rates[Math.floor(rates.length / 2)],
    perCpu: cpu[Math.floor(cpu.length / 2)],
    p50: lat[Math.floor(lat.length / 2)],
    p99: lat[Math.floor(lat.length * 0.99)],
    sink,
  };
}

// The compiled table (internal: `stateOf`, for the floor and BREAKDOWN only): each request's slot,
// looked up before timing.
const st = stateOf(compiled);
function slotsOf(requests) {
  // a plain loop: one run with `Int32Array.from(requests, fn)` here died in V8 (Node 20.20.2,
  // "unreachable code" in Deoptimizer::DoComputeBuiltinContinuation) on the second input; not
  // reduced further, the runs with this loop completed
  const slots = new Int32Array(requests.length);
  for (let i = 0; i < requests.length; i++) slots[i] = st.fastSlot(requests[i].subject.certificate);
  return slots;
}
/**
 * The hardware floor: what the fast path must read — the request (its organisation, its instant),
 * then the certificate's slot of the compiled table (its organisation string and its window start)
 * — with the slot index given: no hashing, no checks, no decision object.
 */
function slotFloor(requests, instants, slots) {
  const strings = st.slotStrings;
  const ints = st.slotInts;
  return (i) => {
    const r = requests[i];
    const k = slots[i];
    if (k < 0) return r.organisation.length === 0;
    return strings[k * 3 + 1] === r.organisation && ints[k * 8 + 1] * 60_000 <= instants[i];
  };
}

const fmt = (x) => Math.round(x).toLocaleString("en");
const us = (ns) => `${(ns / 1000).toFixed(2)} µs`;
const line = (r) =>
  `${r.label}: ${fmt(r.opsPerSec)} decisions/s wall-clock, ${fmt(r.perCpu)} per CPU-second; p50 ${us(r.p50)}, p99 ${us(r.p99)}`;
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
process.stdout.write(
  `machine: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} logical cores), Node ${process.version}, load average ${loadavg()}\n` +
    `state: ${ORGS.toLocaleString("en")} organisations, ${users.length.toLocaleString("en")} users, ${events.length.toLocaleString("en")} events compiled in ${compileMs.toFixed(0)} ms; heap+arrayBuffers ${((memAfter - memBefore) / 2 ** 20).toFixed(1)} MiB = ${fmt((memAfter - memBefore) / users.length)} bytes per user\n`,
);
let sink = 0;
for (const [n, input] of inputs.entries()) {
  const { requests, instants } = input;
  const a = agree(requests, instants);
  const hotIn = hotInputs[n];
  const hotAgree = agree(hotIn.requests, hotIn.instants);
  const ours = (i) => authorize(requests[i], compiled, instants[i]).value.decision === "allow";
  const slots = slotsOf(requests);
  const floorMap = time(
    "floor: one Map read + one field read",
    REQUESTS,
    (i) => world.certs.get(requests[i].subject.certificate)?.org === requests[i].organisation,
  );
  const floor = time(
    "floor: the request, then its slot of the compiled table",
    REQUESTS,
    slotFloor(requests, instants, slots),
  );
  const zk = time("zorgkit authorize", REQUESTS, ours);
  const pj = time("plain JS (nested Maps)", REQUESTS, (i) => plain(requests[i], instants[i]));
  const ce = time(`Cedar ${cedar.getCedarVersion()} (wasm, preparsed, 2 entities)`, peerCount, (i) =>
    cedarAllows(requests[i], instants[i]),
  );
  const ca = time("Casbin 5.51.1 (RBAC with domains + ABAC env)", peerCount, (i) =>
    casbinAllows(requests[i], instants[i]),
  );
  // memory-bound? the same kind of requests over 1 000 certificates (fits in the caches)
  const hotSlots = slotsOf(hotIn.requests);
  const hotFloor = time(
    "hot set: floor (the request, then its slot)",
    REQUESTS,
    slotFloor(hotIn.requests, hotIn.instants, hotSlots),
  );
  const hotZk = time(
    "hot set: zorgkit authorize",
    REQUESTS,
    (i) => authorize(hotIn.requests[i], compiled, hotIn.instants[i]).value.decision === "allow",
  );
  const extra = [];
  if (BREAKDOWN) {
    // where the time goes: the certificate look-up (hash of the id, probe of the slot table) alone
    const look = time(
      "breakdown: certificate look-up alone (fastSlot: hash + probe)",
      REQUESTS,
      (i) => st.fastSlot(requests[i].subject.certificate) >= 0,
    );
    extra.push(look);
  }
  sink += floorMap.sink + floor.sink + zk.sink + pj.sink + ce.sink + ca.sink + hotFloor.sink + hotZk.sink;
  const out = [
    ``,
    `input: ${input.name}, ${REQUESTS.toLocaleString("en")} distinct requests; load average ${loadavg()}`,
    `agreement: zorgkit = plain JS on all ${REQUESTS.toLocaleString("en")} requests ${JSON.stringify(a.counts)}; zorgkit = Cedar = Casbin on the first ${peerCount.toLocaleString("en")} (late allows of the last permission row: ${a.lateAllows}); denies by first failed check ${JSON.stringify(a.failed)}; hot set ${JSON.stringify(hotAgree.counts)}`,
    ...[floorMap, floor, zk, pj, ce, ca, hotFloor, hotZk, ...extra].map(line),
    `ratio (wall-clock): ${(zk.opsPerSec / pj.opsPerSec).toFixed(2)} × plain JS, ${(zk.opsPerSec / ce.opsPerSec).toFixed(0)} × Cedar, ${(zk.opsPerSec / ca.opsPerSec).toFixed(0)} × Casbin; Map floor is ${(floorMap.opsPerSec / zk.opsPerSec).toFixed(2)} × zorgkit`,
    `ratio (per CPU-second): ${(zk.perCpu / pj.perCpu).toFixed(2)} × plain JS, ${(zk.perCpu / ce.perCpu).toFixed(0)} × Cedar, ${(zk.perCpu / ca.perCpu).toFixed(0)} × Casbin; slot floor / zorgkit ${(floor.perCpu / zk.perCpu).toFixed(2)}, Map floor / zorgkit ${(floorMap.perCpu / zk.perCpu).toFixed(2)}`,
    `memory-bound? zorgkit over the hot set / over all certificates (per CPU-second) ${(hotZk.perCpu / zk.perCpu).toFixed(2)}; floor hot / all ${(hotFloor.perCpu / floor.perCpu).toFixed(2)}`,
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}
process.stdout.write(`load average at the end ${loadavg()}\n`);
if (sink < 0) process.stdout.write("");
