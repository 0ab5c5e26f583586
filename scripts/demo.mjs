#!/usr/bin/env node
// The quick-start demo: real computations of the built packages, printed with their citations.
// (Replaced by the reference service once examples/service exists.)
import { collectionCosts, mdoCollectionCosts } from "@zorgkit/billing";
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
  mdoOfficeHours,
  periodAfter,
  workingTimeBetween,
} from "@zorgkit/core";

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
const notice = noticeDeadline(contract, "customer", date("2026-06-01")).value;
line(
  "customer notice deadline for the funded term (MDO-BV 10.2)",
  `${notice?.deadline} (ends ${notice?.endDate})`,
);
const ends = terminationDate(contract, "customer", date("2028-09-01"));
line("customer notice received 1 Sep 2028 ends the paid contract on", ends.value?.endDate);
console.log(indent(explainToText(ends, "en")));

console.log("\nCollection costs (@zorgkit/billing):");
const costs = collectionCosts(euros("6000.00"), mdoCollectionCosts);
line("three invoices of € 2.000 handed over together", formatEuro(costs.value));
console.log(indent(explainToText(costs, "en")));
console.log("");
