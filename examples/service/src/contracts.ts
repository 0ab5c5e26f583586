/**
 * Contract endpoints over `@zorgkit/contract-terms`: the term in force on a date (`termAt`) and
 * the dated events of a range (`timeline`) as JSON and as the package's SVG (`timelineToSvg`, the
 * generator of docs/assets/contract-timeline-mdo.svg). The contract travels in the request.
 *
 * @module
 */
import { decodeContract, termAt, timeline, timelineToSvg } from "@zorgkit/contract-terms";
import { explainToText, type LocalDate } from "@zorgkit/core";
import type { Hono } from "hono";
import type { Env, RouteContext } from "./app.js";
import { computationPoster } from "./computations.js";
import { after, dateField, decodeFields, issue } from "./fields.js";

/** At most this many years between `from` and `to` (the timeline's cost grows with the range). */
export const MAX_TIMELINE_YEARS = 100;

const toField = after(["from"], (u, d) => {
  const to = dateField(u, d);
  if (!to.ok) return to;
  const from = d.from as LocalDate;
  if (to.value < from)
    return { ok: false, issues: [issue("$", "invalid", "to is on or after from", "string")], totalIssues: 1 };
  if (Number(to.value.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_TIMELINE_YEARS)
    return {
      ok: false,
      issues: [issue("$", "invalid", `at most ${MAX_TIMELINE_YEARS} years after from`, "string")],
      totalIssues: 1,
    };
  return to;
});

const decodeRange = (input: unknown) =>
  decodeFields(input, { contract: decodeContract, from: dateField, to: toField });

export function registerContracts(app: Hono<Env>, ctx: RouteContext): void {
  const { badRequest } = ctx;
  const post = computationPoster(app, ctx);

  // The term (initial or renewal) in force on a date; null before the start or after the end.
  post("/contracts/term", (c, input) => {
    const r = decodeFields(input, { contract: decodeContract, on: dateField });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = termAt(r.value.contract, r.value.on);
    return c.json({ term: e.value ?? null, explanation: explainToText(e, "en"), because: e.because });
  });

  // Every dated event in [from, to]: start, switches, renewals, term ends, last notice days.
  post("/contracts/timeline", (c, input) => {
    const r = decodeRange(input);
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    return c.json(timeline(r.value));
  });

  // The same timeline drawn by the package (image/svg+xml).
  post("/contracts/timeline/svg", (c, input) => {
    const r = decodeRange(input);
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    return c.body(timelineToSvg(timeline(r.value)), 200, { "content-type": "image/svg+xml; charset=utf-8" });
  });
}
