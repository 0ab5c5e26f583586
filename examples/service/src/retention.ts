/**
 * Retention streams: one holder's retention facts — records with their dated events and legal
 * holds, the input of `sweep` of @zorgkit/retention-policy — append-only with versions, 409 and
 * idempotency like the other streams (`retention-<holder>`), and the sweep at an instant under a
 * named policy over what is stored.
 *
 * Events: `{ _tag: "RecordRecorded", record }`, the record decoded by the package's
 * `RetentionRecord` schema (shape only: the policy is named at the sweep). This service's
 * reading: a record recorded again under the same id is an update (a later event, a hold placed
 * or lifted) and replaces the earlier one; the sweep checks the stored records against the named
 * policy with `decodeRetentionRecords` and answers 422 with those issues (by stored record) when
 * they do not fit it.
 *
 * @module
 */
import { decode } from "@zorgkit/core";
import {
  decodeRetentionRecords,
  type RetentionPolicy,
  RetentionRecord,
  sweep,
} from "@zorgkit/retention-policy";
import type { Hono } from "hono";
import type { Env, RouteContext } from "./app.js";
import { explainedJson, policyNames, retentionPolicies } from "./computations.js";
import type { Db } from "./db.js";
import { decodeFields, instantField, issue, kindOf, oneOf } from "./fields.js";
import { streamRoutes, validateEach } from "./sla.js";
import { readStream, type StreamKind } from "./store.js";

/** The stream id of a holder's retention facts. */
export const retentionStream = (holder: string): string => `retention-${holder}`;

const decodeRecord = decode(RetentionRecord);

/** One retention event, the record decoded by the package's schema (issues under `$.record`). */
export function decodeRetentionEvent(u: unknown) {
  const tag = typeof u === "object" && u !== null ? (u as { _tag?: unknown })._tag : undefined;
  if (tag === "RecordRecorded")
    return decodeFields(u, { _tag: oneOf(["RecordRecorded"] as const), record: (x) => decodeRecord(x) });
  return {
    ok: false as const,
    issues: [issue("$._tag", "invalid", "one of RecordRecorded", kindOf(tag))],
    totalIssues: 1,
  };
}

/** A holder's retention events: each decoded on its own (the records are independent facts). */
export const retentionStreams: StreamKind = {
  type: "retention",
  validate: (_stream, _existing, events) => validateEach(events, decodeRetentionEvent),
};

/** The stored records of a holder as recorded (the last record of each id, in first-recorded order). */
export async function storedRecords(db: Db, stream: string): Promise<unknown[]> {
  const byId = new Map<string, unknown>();
  for (const row of await readStream(db, stream)) {
    const e = row.payload as { record?: { id?: unknown } };
    if (typeof e.record?.id === "string") byId.set(e.record.id, e.record);
  }
  return [...byId.values()];
}

export function registerRetention(app: Hono<Env>, ctx: RouteContext, db: Db): void {
  const routes = streamRoutes(app, ctx, db, {
    base: "/retention/holders",
    param: "holder",
    stream: retentionStream,
    kind: retentionStreams,
  });

  // Which of the holder's stored records must be deleted at `at` under the named policy.
  routes.post("sweep", async (c, stream, body) => {
    const r = decodeFields(body, { policy: oneOf(policyNames), at: instantField });
    if (!r.ok) return ctx.badRequest(c, r.issues, r.totalIssues);
    const policy = retentionPolicies[r.value.policy] as RetentionPolicy;
    const records = decodeRetentionRecords(await storedRecords(db, stream), policy, {
      at: r.value.at,
    });
    if (!records.ok)
      return c.json(
        {
          error: "stored-facts-do-not-fit",
          message: "the stored records do not fit the named policy (or are dated after `at`)",
          issues: records.issues.map((x) => ({
            ...x,
            path: x.path.replace(/^\$\[(\d+)\]/, (_, k: string) => `(stored record ${Number(k) + 1})`),
          })),
          totalIssues: records.totalIssues,
        },
        422,
      );
    const e = sweep(records.value, policy, r.value.at);
    return explainedJson(c, e, e.value);
  });
}
