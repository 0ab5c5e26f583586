import { instant } from "@zorgkit/core";
import type { AccessRequest, RoleEvent } from "../src/index.js";

/** 09:00 Amsterdam winter time on a day, or an exact ISO instant. */
export const t = (s: string) => instant(s.length === 10 ? `${s}T09:00:00+01:00` : s);

export const ORG_A = "01123456";
export const ORG_B = "02765432";

let n = 0;
const id = () => `e${++n}`;

type Ev<T extends RoleEvent["_tag"]> = Omit<Extract<RoleEvent, { _tag: T }>, "_tag" | "eventId" | "at">;

/** Build an event (ids are generated). */
export function ev<T extends RoleEvent["_tag"]>(tag: T, at: string, fields: Ev<T>): RoleEvent {
  return { _tag: tag, eventId: id(), at: t(at), ...fields } as unknown as RoleEvent;
}

/** An organisation with a signatory `sig-<org>` and employees with certificates `c-<user>`. */
export function organisation(
  org: string,
  at: string,
  users: ReadonlyArray<string>,
  provider = true,
): Array<RoleEvent> {
  return [
    ev("OrganisationRegistered", at, { organisation: org as never, provider }),
    ev("SignatoryRegistered", at, { organisation: org as never, user: `sig-${org}` as never }),
    ...[`sig-${org}`, ...users].map((u) =>
      ev("CertificateIssued", at, {
        certificate: `c-${u}` as never,
        user: u as never,
        organisation: org as never,
        validFrom: t(at),
        validUntil: t("2031-01-01"),
      }),
    ),
  ];
}

/** The signatory of `org` appoints `user` main contact. */
export const appointMainContact = (org: string, at: string, user: string) =>
  ev("RoleGranted", at, {
    organisation: org as never,
    by: `sig-${org}` as never,
    user: user as never,
    role: "main-contact" as never,
  });

/** `by` grants `role` to `user` in `org`. */
export const grant = (org: string, at: string, by: string, user: string, role: string, validUntil?: string) =>
  ev("RoleGranted", at, {
    organisation: org as never,
    by: by as never,
    user: user as never,
    role: role as never,
    ...(validUntil === undefined ? {} : { validUntil: t(validUntil) }),
  } as never);

/** A portal request of a user with its own certificate, terms accepted. */
export function portal(
  user: string,
  org: string,
  action: string,
  extra: Partial<AccessRequest> = {},
): AccessRequest {
  return {
    subject: { _tag: "User", user: user as never, certificate: `c-${user}` as never },
    organisation: org as never,
    action: action as never,
    resource: { _tag: "Account" },
    facts: { terms: { status: "ok" } },
    ...extra,
  } as AccessRequest;
}

/** A: ann main contact, bob `cost-ceiling`; B: dirk main contact. */
export const twoOrganisations = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
  ...organisation(ORG_B, "2026-01-05", ["dirk"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  appointMainContact(ORG_B, "2026-01-06", "dirk"),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
];
