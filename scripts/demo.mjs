#!/usr/bin/env node
// The quick-start demo: real computations of the built packages, printed with their citations.
// (Replaced by the reference service once examples/service exists.)
import { collectionCosts, mdoCollectionCosts } from "@zorgkit/billing";
import {
  addMonths,
  ageOn,
  date,
  euros,
  explainToText,
  formatEuro,
  formatInstant,
  instant,
  localDateOf,
  periodAfter,
} from "@zorgkit/core";

const line = (label, value) => console.log(`  ${label.padEnd(58)} ${value}`);

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

console.log("\nCollection costs (@zorgkit/billing):");
const costs = collectionCosts(euros("6000.00"), mdoCollectionCosts);
line("three invoices of € 2.000 handed over together", formatEuro(costs.value));
console.log(
  explainToText(costs, "en")
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n"),
);
console.log("");
