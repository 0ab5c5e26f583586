import { describeGuidePage } from "../../../tools/testkit/guide.js";
import * as calendarApi from "../src/calendar.js";

describeGuidePage(
  "docs/guide/calendar.md",
  new URL("../../../docs/guide/calendar.md", import.meta.url),
  calendarApi,
  29,
);
