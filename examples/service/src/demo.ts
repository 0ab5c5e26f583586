/**
 * Demo data: consent streams for a few (or, for the benchmark, many) synthetic patients, with the
 * choices of the consent package's README quick start. The BSNs are generated to pass the
 * 11-check; they belong to nobody.
 *
 * @module
 */

/** The i-th synthetic BSN (9 digits, passes the 11-check). */
export function demoBsn(i: number): string {
  for (let n = 100_000_000 + i * 11; ; n++) {
    const d = String(n).split("").map(Number);
    let sum = 0;
    for (let k = 0; k < 8; k++) sum += (d[k] as number) * (9 - k);
    if ((sum - (d[8] as number)) % 11 === 0) return String(n);
  }
}

export const demoStream = (i: number): string => `demo-patient-${i + 1}`;

/** The events of demo patient `i`: a profile, "ja" for hospitals, "nee" for medication at one organisation. */
export function demoEvents(i: number): unknown[] {
  const patient = demoBsn(i);
  const actor = { _tag: "Patient" };
  const requesters = { _tag: "AllRequesters" };
  return [
    {
      _tag: "ProfileCreated",
      eventId: "e1",
      at: "2026-01-05T09:00:00+01:00",
      patient,
      actor,
      birthDate: "1980-05-17",
    },
    {
      _tag: "ChoiceRecorded",
      eventId: "e2",
      at: "2026-01-05T09:05:00+01:00",
      patient,
      actor,
      choiceId: "hospitals-yes",
      custodian: { _tag: "ProviderType", type: "RPZAC104" },
      dataCategory: "zorgkit:all",
      requesters,
      decision: "permit",
    },
    {
      _tag: "ChoiceRecorded",
      eventId: "e3",
      at: "2026-01-05T09:06:00+01:00",
      patient,
      actor,
      choiceId: "x-no-medication",
      custodian: { _tag: "Organisation", ura: "00001111" },
      dataCategory: "GGC013",
      requesters,
      decision: "deny",
    },
  ];
}

/** A consent request for demo patient `i` (medication from organisation 00001111 → Deny). */
export function demoRequest(i: number, dataCategory = "GGC013"): Record<string, unknown> {
  return {
    patient: demoBsn(i),
    custodian: { ura: "00001111", type: "RPZAC104" },
    dataCategory,
    requester: { ura: "00003333", category: "RPZAC001", professional: { uzi: "000000011", role: "01.015" } },
    purpose: "TREAT",
    treatmentRelationship: true,
    at: "2026-02-01T10:00:00+01:00",
  };
}

export const demoIncident = { id: "INC-7", receivedAt: "2026-03-07T10:00:00+01:00", priority: "P1" };

/** The demo organisation (an AGB code) whose role events are created on first start. */
export const demoOrganisation = "01123456";

/**
 * The role events of the demo organisation (the authorization-roles README): registered, its
 * signatory `sig`, certificates for `ann` and `bob`, `sig` appoints `ann` main contact, `ann`
 * gives `bob` the `cost-ceiling` role.
 */
export function demoRoleEvents(): unknown[] {
  const at = "2026-01-05T09:00:00+01:00";
  const org = { organisation: demoOrganisation };
  const cert = (user: string) => ({
    certificate: `c-${user}`,
    user,
    validFrom: at,
    validUntil: "2029-01-05T00:00:00+01:00",
  });
  return [
    { _tag: "OrganisationRegistered", eventId: "e1", at, ...org, provider: true },
    { _tag: "SignatoryRegistered", eventId: "e2", at, ...org, user: "sig" },
    { _tag: "CertificateIssued", eventId: "e3", at, ...org, ...cert("ann") },
    { _tag: "CertificateIssued", eventId: "e4", at, ...org, ...cert("bob") },
    { _tag: "RoleGranted", eventId: "e5", at, ...org, by: "sig", user: "ann", role: "main-contact" },
    { _tag: "RoleGranted", eventId: "e6", at, ...org, by: "ann", user: "bob", role: "cost-ceiling" },
  ];
}

/** Bob asks to view the cost ceiling of the demo organisation (→ allow, by `cost-ceiling`). */
export const demoAccess = {
  request: {
    subject: { _tag: "User", user: "bob", certificate: "c-bob" },
    organisation: demoOrganisation,
    action: "view-cost-ceiling",
    resource: { _tag: "Account" },
    facts: { terms: { status: "ok" } },
  },
  at: "2026-03-02T10:00:00+01:00",
};
