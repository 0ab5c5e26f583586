// The worked example of the guide (docs/guide/contract-terms.md) and the README: a funded MDO
// contract signed on 1 March 2026 that becomes a paid service on 31 August 2027.
import { date, explainToText } from "@zorgkit/core";
import {
  mdoContract,
  noticeDeadline,
  switchToPaid,
  terminationDate,
  timeline,
  timelineToSvg,
} from "../src/index.js";

const funded = mdoContract({ signedOn: date("2026-03-01") }); // MDO-MS §4 row 2, MDO-BV 10.2
const contract = switchToPaid(funded, date("2027-08-31")); // MDO-BV 10.3: 18 months, then yearly

export const customerDeadline = noticeDeadline({ contract, party: "customer" }, date("2026-06-01"));
// → { deadline: "2026-10-31", endDate: "2026-12-31", … }
export const lateNotice = terminationDate({
  contract: contract,
  party: "customer",
  receivedOn: date("2026-11-01"),
});
// → endDate "2027-12-31": received before the switch, the notice keeps its 10.2 end date
export const explanation = explainToText(lateNotice, "en");
export const picture = timelineToSvg(
  timeline({ contract, from: date("2026-01-01"), to: date("2030-06-30") }),
);

// The README's example.
export const readmeDeadline = noticeDeadline({ contract, party: "customer" }, date("2026-06-01")).value;
export const readmeEnds = terminationDate({
  contract: contract,
  party: "customer",
  receivedOn: date("2028-09-01"),
});
