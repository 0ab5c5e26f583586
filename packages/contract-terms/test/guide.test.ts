import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  customerDeadline,
  explanation,
  lateNotice,
  picture,
  readmeDeadline,
  readmeEnds,
} from "./guide-example.js";

const svgPath = fileURLToPath(new URL("../../../docs/assets/contract-timeline-mdo.svg", import.meta.url));

describe("the guide's worked example (docs/guide/contract-terms.md)", () => {
  it("on 1 Jun 2026 the customer's last notice day is 31 Oct 2026, for an end on 31 Dec 2026 (MDO-BV 10.2)", () => {
    expect(customerDeadline.value).toMatchObject({ deadline: "2026-10-31", endDate: "2026-12-31" });
  });
  // Changed reading (issue #11 item 8): this used to end the contract on 30 Aug 2027, the day
  // before the switch. Received before the switch, the notice keeps its 10.2 end date.
  it("a customer notice received on 1 Nov 2026, before the switch to paid on 31 Aug 2027, keeps the end date 10.2 gives it: 31 Dec 2027 (MDO-BV 10.2)", () => {
    expect(lateNotice.value).toMatchObject({ endDate: "2027-12-31", keptAcrossSwitchOn: "2027-08-31" });
    expect(explanation).toContain("MDO-BV art. 10.2");
    expect(explanation).toContain("keeps the end date");
  });
  it("the committed timeline picture is the output of timelineToSvg (UPDATE_DOCS=1 rewrites it)", () => {
    if (process.env.UPDATE_DOCS === "1") writeFileSync(svgPath, picture);
    expect(readFileSync(svgPath, "utf8")).toBe(picture);
  });
  it("README: a paid customer notice received on 1 Sep 2028 ends the contract on 28 Feb 2030 (MDO-BV 10.3)", () => {
    expect(readmeDeadline?.deadline).toBe("2026-10-31");
    expect(readmeEnds.value?.endDate).toBe("2030-02-28");
  });
});
