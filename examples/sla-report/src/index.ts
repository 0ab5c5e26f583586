/**
 * The SLA report as a library, for adapters that serve it (the reference service's month report):
 * `buildReport` computes the figures through @zorgkit/sla-calculator, `renderHtml` writes the
 * self-contained HTML page with the charts. The CLI (`main.ts`) is the other user.
 *
 * @module
 */
export { renderHtml } from "./html.js";
export {
  type BreachRow,
  buildReport,
  type MonthRow,
  type ReportData,
  type ReportInput,
  type ReportPeriod,
  type TargetRow,
} from "./report.js";
