import { date, euros, explainToText } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import {
  claimRoute,
  decodeMaternityClaim,
  type MaternityClaim,
  maternityPeriod,
  settleClaim,
  vgzMaternityClaims,
} from "../src/index.js";

const line = (id: string, caregiver: string, amount: string, day = "2026-06-01", code = "A") => ({
  id,
  caregiver,
  code,
  amount: euros(amount),
  date: date(day),
});

describe("settling maternity-care claims (VGZ-GBZ)", () => {
  const contracted: MaternityClaim = {
    careType: "midwifery",
    contracted: true,
    lines: [
      line("1", "qualified", "100.00"),
      line("2", "unreported", "80.00"),
      line("3", "unqualified", "60.00"),
      line("4", "unknown", "40.00"),
    ],
    registrations: [
      { caregiver: "qualified", qualifiedFor: ["midwifery"], reported: true },
      { caregiver: "unreported", qualifiedFor: ["midwifery"], reported: false },
      { caregiver: "unqualified", qualifiedFor: ["maternity-care"], reported: true },
    ],
  };

  test("contracted midwifery: only lines by a caregiver registered as qualified and reported are paid, each unpaid line with its reason", () => {
    const r = settleClaim(contracted, vgzMaternityClaims).value;
    expect(r.payment).toBe("partial");
    expect(r.paid).toBe(euros("100.00"));
    expect(r.unpaid).toBe(euros("180.00"));
    expect(r.lines.map((l) => [l.id, l.paid, l.reason])).toEqual([
      ["1", euros("100.00"), undefined],
      [
        "2",
        0,
        "the caregiver's qualification was not reported in the questionnaire when the contract was made.",
      ],
      ["3", 0, "the caregiver is not qualified for midwifery."],
      ["4", 0, "the caregiver is not registered with the insurer."],
    ]);
    expect(explainToText(settleClaim(contracted, vgzMaternityClaims), "en")).toContain(
      "VGZ-GBZ partial payment",
    );
  });

  test("non-contracted care is capped at the list's maximum tariff; a code not on the list is not reimbursed", () => {
    const r = settleClaim(
      {
        careType: "maternity-care",
        contracted: false,
        lines: [
          line("1", "x", "120.00", "2026-06-01", "K1"),
          line("2", "x", "50.00", "2026-06-01", "K1"),
          line("3", "x", "10.00", "2026-06-01", "ZZ"),
        ],
        registrations: [],
        maxTariffs: [{ code: "K1", max: euros("100.00") }],
      },
      vgzMaternityClaims,
    ).value;
    expect(r.lines.map((l) => l.paid)).toEqual([euros("100.00"), euros("50.00"), 0]);
    expect(r.lines[0]?.reason).toBe("capped at the list's maximum tariff of € 100,00 for code K1.");
  });

  test("the maternity period runs through 6 weeks after the birth: birth 30 Sep 2026 → last day 11 Nov 2026; a line on 12 Nov is not maternity care", () => {
    expect(
      maternityPeriod({ start: date("2026-01-05"), birth: date("2026-09-30") }, vgzMaternityClaims).value,
    ).toEqual({
      from: "2026-01-05",
      through: "2026-11-11",
    });
    const r = settleClaim(
      {
        ...contracted,
        lines: [
          line("a", "qualified", "10.00", "2026-11-11"),
          line("b", "qualified", "10.00", "2026-11-12"),
          line("c", "qualified", "10.00", "2026-01-04"),
        ],
        pregnancy: { start: date("2026-01-05"), birth: date("2026-09-30") },
      },
      vgzMaternityClaims,
    ).value;
    expect(r.lines.map((l) => l.paid)).toEqual([euros("10.00"), 0, 0]);
    expect(r.lines[1]?.reason).toContain("outside the maternity period");
  });

  test("routes: non-contracted kraamzorg to the insured with diploma and LIP form; midwifery and SEO/NT by the EI standard; contracted: per contract", () => {
    expect(claimRoute({ careType: "maternity-care", contracted: false }, vgzMaternityClaims).value).toEqual({
      route: "insured",
      channel: "invoice to the insured, who claims it from VGZ and pays the provider",
      attachments: ["a copy of the caregiver's diploma", "a copy of the completed and signed LIP form"],
    });
    expect(
      claimRoute({ careType: "prenatal-screening", contracted: false }, vgzMaternityClaims).value.route,
    ).toBe("insurer");
    expect(claimRoute({ careType: "maternity-care", contracted: true }, vgzMaternityClaims).value.route).toBe(
      "per-contract",
    );
  });

  test("decoding rejects a birth before the pregnancy and a zero amount", () => {
    const ok = { careType: "midwifery", contracted: true, lines: [], registrations: [] };
    expect(decodeMaternityClaim(ok).ok).toBe(true);
    expect(decodeMaternityClaim({ ...ok, pregnancy: { start: "2026-03-01", birth: "2026-02-01" } }).ok).toBe(
      false,
    );
    expect(
      decodeMaternityClaim({
        ...ok,
        lines: [{ id: "1", caregiver: "x", code: "A", amount: "0.00", date: "2026-03-01" }],
      }).ok,
    ).toBe(false);
  });
});
