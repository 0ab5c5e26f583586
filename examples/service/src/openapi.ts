/**
 * The OpenAPI 3.1 document, its request schemas generated from the packages' own Effect schemas
 * (the same schemas the handlers decode with), so the document cannot drift from the validation.
 *
 * @module
 */
import { ConsentEvent, ConsentRequest } from "@zorgkit/consent";
import { Incident } from "@zorgkit/sla-calculator";
import * as Schema from "effect/Schema";

function jsonSchema(s: Schema.Top): unknown {
  return Schema.toJsonSchemaDocument(s, { onExcessProperty: "error" }).schema;
}

const issues = {
  type: "object",
  properties: {
    error: { type: "string" },
    issues: {
      type: "array",
      items: {
        type: "object",
        properties: {
          path: { type: "string" },
          code: { type: "string" },
          message: { type: "string" },
          actual: { type: "string" },
        },
      },
    },
    totalIssues: { type: "integer" },
  },
};

const err = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const secured = { security: [{ bearer: [] }] };
const common = {
  "400": err("bad input: the decoding issues (BSN masked)"),
  "401": err("missing or unknown token"),
  "403": err("token lacks the scope"),
};
const json = (ref: string) => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});

export function openApiDocument(): unknown {
  return {
    openapi: "3.1.0",
    info: {
      title: "zorgkit reference service",
      version: "0.0.0",
      description:
        "The zorgkit packages behind HTTP: consent event streams and decisions (@zorgkit/consent, Mitz rules), SLA deadlines (@zorgkit/sla-calculator, MDO SLA 2025). Request schemas are generated from the packages' Effect schemas; the service decodes with the same schemas and its rulebook checks (known codes, event-log rules).",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "scopes: decisions:read, events:append, admin",
        },
      },
      schemas: {
        ConsentRequest: jsonSchema(ConsentRequest),
        ConsentEvent: jsonSchema(ConsentEvent),
        Incident: jsonSchema(Incident),
        AppendRequest: {
          type: "object",
          required: ["expectedVersion", "events"],
          additionalProperties: false,
          properties: {
            expectedVersion: {
              type: "integer",
              minimum: 0,
              description: "the stream's version this append follows (0: a new stream)",
            },
            events: {
              type: "array",
              minItems: 1,
              maxItems: 100,
              items: { $ref: "#/components/schemas/ConsentEvent" },
            },
          },
        },
        Error: issues,
      },
    },
    paths: {
      "/health": {
        get: {
          summary: "liveness and database check",
          responses: { "200": { description: "ok" }, "503": err("database unavailable") },
        },
      },
      "/streams/{id}/events": {
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,64}$" },
            description: "a pseudonymous stream id (one patient's consent events); never a BSN",
          },
        ],
        post: {
          summary: "append consent events at an expected version (scope events:append)",
          ...secured,
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              schema: { type: "string", maxLength: 200 },
            },
          ],
          requestBody: json("AppendRequest"),
          responses: {
            "201": { description: "appended (200 with Idempotent-Replayed: true for a retried request)" },
            ...common,
            "409": err("the stream is not at expectedVersion"),
            "422": err("the idempotency key was used for a different request"),
          },
        },
        get: {
          summary: "read a stream (scope admin)",
          ...secured,
          responses: { "200": { description: "the stream's events with versions" }, ...common },
        },
      },
      "/consent/decisions": {
        post: {
          summary: "the Mitz consent check against the in-memory projection (scope decisions:read)",
          ...secured,
          requestBody: json("ConsentRequest"),
          responses: {
            "200": {
              description:
                "Permit | Deny | NotApplicable | Indeterminate with the deciding choice and explanation",
            },
            ...common,
          },
        },
      },
      "/sla/deadlines": {
        post: {
          summary:
            "response and resolution deadlines of an incident under the MDO SLA 2025 (scope decisions:read)",
          ...secured,
          requestBody: json("Incident"),
          responses: { "200": { description: "deadlines with explanation" }, ...common },
        },
      },
      "/admin/tokens": {
        post: {
          summary: "create a token (scope admin); the token is shown once",
          ...secured,
          responses: { "201": { description: "the new token" }, ...common },
        },
      },
    },
  };
}
