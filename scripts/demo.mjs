#!/usr/bin/env node
// The quick-start demo: real computations of the built packages, printed with their citations.
// (Replaced by the reference service once examples/service exists.)
import { collectionCosts, mdoCollectionCosts } from "@zorgkit/billing";
import {
  compileProfile,
  decide,
  decodeEventLog,
  decodeRequest,
  foldProfile,
  mitzRules,
} from "@zorgkit/consent";
import { mdoContract, noticeDeadline, switchToPaid, terminationDate } from "@zorgkit/contract-terms";
import {
  addMonths,
  addWorkingDays,
  addWorkingTime,
  ageOn,
  compileCalendar,
  date,
  euros,
  explainToText,
  formatEuro,
  formatInstant,
  instant,
  localDateOf,
  periodAfter,
  workingTimeBetween,
} from "@zorgkit/core";
import { mdoOfficeHours } from "@zorgkit/core/presets";
import {
  availability,
  compileSla,
  deadlines,
  decodeAvailabilityInput,
  mdoSla2025,
} from "@zorgkit/sla-calculator";

const line = (label, value) => console.log(`  ${label.padEnd(62)} ${value}`);
const indent = (text) =>
  text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");

console.log("\nzorgkit demo — computations of the packages in this checkout\n");

console.log("The date rule (@zorgkit/core, docs/adr/0003):");
line("31 Aug 2026 + 6 months", addMonths(date("2026-08-31"), 6));
line("30 Jan 2026 + 1 month", addMonths(date("2026-01-30"), 1));
line("29 Feb 2028 + 1 year", addMonths(date("2028-02-29"), 12));
const p = periodAfter(date("2026-08-31"), { months: 6 });
line("6 months after processing on 31 Aug 2026: last day", `${p.lastDay} (delete from ${p.endExclusive})`);
line("age on 28 Feb 2025 of a child born 29 Feb 2012", ageOn(date("2012-02-29"), date("2025-02-28")));
line("age on 1 Mar 2025 of a child born 29 Feb 2012", ageOn(date("2012-02-29"), date("2025-03-01")));

console.log("\nInstants in Europe/Amsterdam:");
const spring = instant("2026-03-29T01:30:00Z");
line("2026-03-29T01:30:00Z (after the spring switch)", formatInstant(spring));
line("local date of 2026-03-28T23:30:00Z", localDateOf(instant("2026-03-28T23:30:00Z")));

console.log("\nWorking time on MDO office hours (Mon–Thu 09:00–17:00, Fri 09:00–15:30; MDO-SLA §4.1):");
const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
const hour = 3_600_000;
line(
  "Fri 6 Mar 2026 15:00 + 1 office hour",
  formatInstant(addWorkingTime(office, instant("2026-03-06T15:00:00+01:00"), hour)),
);
line(
  "Fri 22 May 2026 15:00 + 1 office hour (Whit Monday after)",
  formatInstant(addWorkingTime(office, instant("2026-05-22T15:00:00+02:00"), hour)),
);
line(
  "3 working days after Thu 23 Apr 2026 (King's Day Mon 27th)",
  addWorkingDays(office, date("2026-04-23"), 3),
);
const spanMinutes =
  workingTimeBetween(office, instant("2026-03-27T12:00:00+01:00"), instant("2026-03-30T12:00:00+02:00")) /
  60_000;
line("office minutes Fri 27 Mar 12:00 → Mon 30 Mar 12:00 (DST)", spanMinutes);

console.log("\nMDO contract terms (@zorgkit/contract-terms):");
const contract = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-08-31"));
const notice = noticeDeadline({ contract, party: "customer" }, date("2026-06-01")).value;
line(
  "customer notice deadline for the funded term (MDO-BV 10.2)",
  `${notice?.deadline} (ends ${notice?.endDate})`,
);
const ends = terminationDate({ contract, party: "customer", receivedOn: date("2028-09-01") });
line("customer notice received 1 Sep 2028 ends the paid contract on", ends.value?.endDate);
console.log(indent(explainToText(ends, "en")));

console.log("\nMDO SLA (@zorgkit/sla-calculator):");
const sla = compileSla(mdoSla2025);
const p2 = deadlines({ receivedAt: instant("2026-05-22T14:00:00+02:00"), priority: "P2" }, sla);
for (const [name, d] of [
  ["response", p2.value.responseDue],
  ["resolution", p2.value.resolutionDue],
]) {
  line(
    `P2 reported Fri 22 May 2026 14:00: ${name} due`,
    d.due === undefined ? "by agreement" : formatInstant(d.due),
  );
}
const input = decodeAvailabilityInput({
  month: "2026-04",
  outages: [{ start: "2026-04-15T10:00:00+02:00", end: "2026-04-15T12:10:00+02:00", cause: "supplier" }],
});
if (input.ok) {
  const april = availability(input.value, sla).value;
  line(
    "April 2026 with a 130-minute outage: availability",
    `${april.percent} % (target met: ${april.targetMet})`,
  );
}

console.log("\nConsent check (@zorgkit/consent; BSN is a test number):");
const patient = "111222333";
const choice = (id, at, custodian, dataCategory, decision) => ({
  _tag: "ChoiceRecorded",
  eventId: id,
  at,
  patient,
  actor: { _tag: "Patient" },
  choiceId: id,
  custodian,
  dataCategory,
  requesters: { _tag: "AllRequesters" },
  decision,
});
const log = decodeEventLog(
  [
    {
      _tag: "ProfileCreated",
      eventId: "e1",
      at: "2026-01-05T09:00:00+01:00",
      patient,
      actor: { _tag: "Patient" },
      birthDate: "1980-05-17",
    },
    choice(
      "hospitals-yes",
      "2026-01-05T09:05:00+01:00",
      { _tag: "ProviderType", type: "RPZAC104" },
      "zorgkit:all",
      "permit",
    ),
    choice(
      "x-no-medication",
      "2026-01-05T09:06:00+01:00",
      { _tag: "Organisation", ura: "00001111" },
      "GGC013",
      "deny",
    ),
  ],
  mitzRules,
);
const request = decodeRequest(
  {
    patient,
    custodian: { ura: "00001111", type: "RPZAC104" },
    dataCategory: "GGC013",
    requester: { ura: "00003333", category: "RPZAC001", professional: { uzi: "000000011", role: "01.015" } },
    purpose: "TREAT",
    treatmentRelationship: true,
    at: "2026-02-01T10:00:00+01:00",
  },
  mitzRules,
);
if (log.ok && request.ok) {
  const answer = decide(request.value, compileProfile(foldProfile(log.value, mitzRules), mitzRules));
  line(
    "hospitals: permit all data; hospital X: deny medication",
    `${answer.value} (by ${answer.choice?.id})`,
  );
  console.log(indent(explainToText(answer, "en")));
} else {
  console.log(
    "  could not decode the demo events:",
    log.ok ? "" : log.issues,
    request.ok ? "" : request.issues,
  );
}

console.log("\nCollection costs (@zorgkit/billing):");
const costs = collectionCosts(euros("6000.00"), mdoCollectionCosts);
line("three invoices of € 2.000 handed over together", formatEuro(costs.value));
console.log(indent(explainToText(costs, "en")));
console.log("");
