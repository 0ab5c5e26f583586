// MDO-BV 6.9 "binnen 10 werkdagen na het verstrijken van een kalendermaand" on the office calendar
// (MDO-SLA §2.8/§2.35): the holidays that can fall in a deadline window, counted by hand.
import { describe, expect, test } from "vitest";
import { billingMonth, invoiceDeadline, mdoBilling } from "../src/index.js";

describe("MDO-BV 6.9: the 10th working day after the month, pushed by the holidays in its window", () => {
  test.each([
    // Dec 2026: 1 Jan 2027 (Fri) closed; 4–8 Jan = 5, 11–15 Jan = 10
    ["2026-12", "2027-01-15"],
    // Apr 2026: 1 May (Fri) 1; 4 May 2; 5 May Liberation Day closed; 6–8 May = 5; 11–13 May = 8;
    // 14 May Ascension closed; 15 May 9; 18 May 10
    ["2026-04", "2026-05-18"],
    // Apr 2027: 3–4 May = 2; 5 May Liberation Day and 6 May Ascension closed; 7 May 3; 10–14 May = 8;
    // 17 May Whit Monday closed; 18 May 9; 19 May 10
    ["2027-04", "2027-05-19"],
    // May 2025 (ends Saturday): 2–6 Jun = 5; 9 Jun Whit Monday closed; 10–13 Jun = 9; 16 Jun 10
    ["2025-05", "2025-06-16"],
    // Mar 2024: 1 Apr Easter Monday closed; 2–5 Apr = 4; 8–12 Apr = 9; 15 Apr 10
    ["2024-03", "2024-04-15"],
  ])("the invoice for %s is due to be sent by %s", (month, deadline) => {
    expect(invoiceDeadline(billingMonth(month), mdoBilling).value).toBe(deadline);
  });

  test("King's Day (26/27 April) never falls in a window: no April deadline is pushed by it", () => {
    for (let y = 1971; y <= 2099; y++) {
      const d = invoiceDeadline(billingMonth(`${y}-03`), mdoBilling).value;
      expect(d < `${y}-04-26`).toBe(true);
    }
  });
});
