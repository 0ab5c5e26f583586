// Tests that kill the surviving mutants of src/claims.ts (issue #17, docs/quality.md).
// VGZ-GBZ (the VGZ provider page on geboortezorg): contracted midwifery is paid only for caregivers
// registered as qualified and reported in the questionnaire ("partial payment"); non-contracted care
// up to the list's maximum tariff ("no contract"); the routes without a contract ("verloskunde",
// "kraamzorg"); maternity care through "tot en met 6 weken na de bevalling" ("care"); the decision
// on an authorisation to the insured, a copy to the provider who filed it ("machtiging").
// Expected values are worked out from those rules by hand, never copied from a run.
import { date, euros } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import {
  authorisationDecisionRecipients,
  claimRoute,
  decodeMaternityClaim,
  type MaternityClaim,
  maternityPeriod,
  settleClaim,
  vgzMaternityClaims,
} from "../src/index.js";

const base = {
  careType: "maternity-care",
  contracted: false,
  lines: [{ id: "1", caregiver: "kz-1", code: "K1", amount: "100.00", date: "2026-10-01" }],
  registrations: [] as ReadonlyArray<object>,
};
const issuePaths = (input: unknown): ReadonlyArray<string> => {
  const r = decodeMaternityClaim(input);
  return r.ok ? [] : r.issues.map((i) => i.path);
};
function claim(input: object): MaternityClaim {
  const r = decodeMaternityClaim(input);
  if (!r.ok) throw new Error(`the test claim must decode: ${JSON.stringify(r.issues)}`);
  return r.value;
}
const line = (id: string, caregiver: string, code: string, amount: string, on: string) => ({
  id,
  caregiver,
  code,
  amount: euros(amount),
  date: date(on),
});

/** Settle a typed claim (some tests skip the decoder on purpose): maternity care without a contract unless given. */
const settle = (c: Partial<MaternityClaim> & Pick<MaternityClaim, "lines">) =>
  settleClaim({ careType: "maternity-care", contracted: false, registrations: [], ...c }, vgzMaternityClaims);

describe("decoding a maternity claim", () => {
  test("a maximum tariff of € 0,00 is a listed maximum (accepted); two distinct codes are accepted", () => {
    expect(issuePaths({ ...base, maxTariffs: [{ code: "K1", max: "0.00" }] })).toEqual([]);
    expect(
      issuePaths({
        ...base,
        maxTariffs: [
          { code: "K1", max: "90.00" },
          { code: "K2", max: "50.00" },
        ],
      }),
    ).toEqual([]);
  });

  test("a birth on the day the pregnancy starts is accepted; a birth the day before is refused at the birth", () => {
    expect(issuePaths({ ...base, pregnancy: { start: "2026-01-05", birth: "2026-01-05" } })).toEqual([]);
    expect(issuePaths({ ...base, pregnancy: { start: "2026-01-05", birth: "2026-01-04" } })).toEqual([
      "$.pregnancy.birth",
    ]);
  });

  test("a caregiver registered twice, or a code with two maxima, is refused at the second entry", () => {
    const reg = { caregiver: "kz-1", qualifiedFor: ["maternity-care"], reported: true };
    expect(issuePaths({ ...base, registrations: [reg, reg] })).toEqual(["$.registrations[1].caregiver"]);
    expect(
      issuePaths({
        ...base,
        maxTariffs: [
          { code: "K1", max: "90.00" },
          { code: "K1", max: "50.00" },
        ],
      }),
    ).toEqual(["$.maxTariffs[1].code"]);
  });

  test("lines adding up to more than € 1 000 000 000 000 are refused at $.lines", () => {
    const big = { id: "1", caregiver: "kz-1", code: "K1", amount: "600000000000.00", date: "2026-10-01" };
    expect(issuePaths({ ...base, lines: [big, { ...big, id: "2" }] })).toEqual(["$.lines"]);
  });
});

describe("VGZ-GBZ 'care': the maternity period, through 6 weeks after the birth", () => {
  test("without a birth date the period has a start and no end, and the step says the birth is not given", () => {
    const r = maternityPeriod({ start: date("2026-01-05") }, vgzMaternityClaims);
    expect(r.value).toStrictEqual({ from: "2026-01-05" });
    expect(r.because).toHaveLength(1);
    expect(r.because[0]).toStrictEqual({
      rule: "maternity-period",
      inputs: { start: "2026-01-05", weeks: 6 },
      citations: vgzMaternityClaims.maternityWeeksAfterBirth.citations,
      en: "Maternity care covers the pregnancy from 2026-01-05, the birth and 6 weeks after it; the birth date is not given.",
      nl: "Geboortezorg omvat de zwangerschap vanaf 2026-01-05, de bevalling en 6 weken daarna; de geboortedatum is niet opgegeven.",
    });
  });

  test("a birth on 30 Sep 2026: the period runs 5 Jan through 11 Nov 2026 (30 Sep + 42 days)", () => {
    const r = maternityPeriod({ start: date("2026-01-05"), birth: date("2026-09-30") }, vgzMaternityClaims);
    expect(r.value).toStrictEqual({ from: "2026-01-05", through: "2026-11-11" });
    expect(r.because[0]).toStrictEqual({
      rule: "maternity-period",
      inputs: { start: "2026-01-05", birth: "2026-09-30", weeks: 6 },
      output: "2026-11-11",
      citations: vgzMaternityClaims.maternityWeeksAfterBirth.citations,
      en: "Maternity care covers 2026-01-05 through 2026-11-11: the pregnancy, the birth on 2026-09-30 and up to and including 6 weeks after it.",
      nl: "Geboortezorg omvat 2026-01-05 t/m 2026-11-11: de zwangerschap, de bevalling op 2026-09-30 en tot en met 6 weken daarna.",
    });
  });
});

describe("VGZ-GBZ: settling a claim line by line", () => {
  const pregnancy = { start: date("2026-01-05"), birth: date("2026-09-30") };

  test("a line on the first day of the pregnancy is maternity care; one the day after the period is not, with the dates", () => {
    const r = settle({
      contracted: true,
      lines: [
        line("1", "kz-1", "K1", "100.00", "2026-01-05"),
        line("2", "kz-1", "K1", "100.00", "2026-11-12"),
      ],
      pregnancy,
    });
    expect(r.value.lines).toStrictEqual([
      { id: "1", claimed: 10000, paid: 10000 },
      {
        id: "2",
        claimed: 10000,
        paid: 0,
        reason: "2026-11-12 is outside the maternity period (2026-01-05 to 2026-11-11): not maternity care.",
      },
    ]);
    // the period's step first, then the unpaid line, then the settlement
    expect(r.because.map((s) => s.rule)).toEqual(["maternity-period", "claim-line", "claim-settlement"]);
    expect(r.because[1]?.inputs).toEqual({ line: "2", claimed: "100.00" });
    expect(r.because[1]?.output).toBe("0.00");
    expect(r.because[1]?.citations).toEqual(vgzMaternityClaims.maternityWeeksAfterBirth.citations);
    expect(r.value.payment).toBe("partial");
    expect(r.because[2]?.inputs).toEqual({ lines: 2, contracted: true, careType: "maternity-care" });
    expect(r.because[2]?.nl).toBe("Gedeclareerd € 200,00, betaald € 100,00 (gedeeltelijk).");
  });

  test("without a birth date, a line before the start is outside a period with no known end ('…')", () => {
    const r = settle({
      contracted: true,
      lines: [line("1", "kz-1", "K1", "100.00", "2026-01-04")],
      pregnancy: { start: date("2026-01-05") },
    });
    expect(r.value.lines[0]?.reason).toBe(
      "2026-01-04 is outside the maternity period (2026-01-05 to …): not maternity care.",
    );
    expect(r.value.payment).toBe("none");
    expect(r.because[2]?.nl).toBe("Gedeclareerd € 100,00, betaald € 0,00 (niets).");
  });

  test("non-contracted care claimed at exactly the list's maximum is paid in full, with no reason and no line step", () => {
    const r = settleClaim(
      claim({ ...base, maxTariffs: [{ code: "K1", max: "100.00" }] }),
      vgzMaternityClaims,
    );
    expect(r.value.lines).toStrictEqual([{ id: "1", claimed: 10000, paid: 10000 }]);
    expect(r.value.payment).toBe("full");
    expect(r.because.map((s) => s.rule)).toEqual(["claim-settlement"]);
    expect(r.because[0]?.nl).toBe("Gedeclareerd € 100,00, betaald € 100,00 (volledig).");
  });

  test("every line unpaid (no listed maximum for the code) is payment 'none'", () => {
    const r = settleClaim(
      claim({ ...base, maxTariffs: [{ code: "K9", max: "100.00" }] }),
      vgzMaternityClaims,
    );
    expect(r.value.paid).toBe(0);
    expect(r.value.payment).toBe("none");
    expect(r.value.unpaid).toBe(10000);
  });

  // A typed claim that skipped the decoder may repeat a caregiver or a code: the strictest entry holds.
  test("two registrations of a caregiver, both qualified and reported: the contracted midwifery line is paid", () => {
    const reg = { caregiver: "vk-1", qualifiedFor: ["midwifery" as const], reported: true };
    const r = settle({
      careType: "midwifery",
      contracted: true,
      lines: [line("1", "vk-1", "A", "100.00", "2026-03-01")],
      registrations: [reg, { ...reg }],
    });
    expect(r.value.paid).toBe(10000);
  });

  test("two registrations, the first qualified, the second not: the line is not paid", () => {
    const r = settle({
      careType: "midwifery",
      contracted: true,
      lines: [line("1", "vk-1", "A", "100.00", "2026-03-01")],
      registrations: [
        { caregiver: "vk-1", qualifiedFor: ["midwifery"], reported: true },
        { caregiver: "vk-1", qualifiedFor: [], reported: true },
      ],
    });
    expect(r.value.paid).toBe(0);
    expect(r.value.lines[0]?.reason).toBe("the caregiver is not qualified for midwifery.");
  });

  test("two maxima for a code, the lower one second: capped at the lower one", () => {
    const r = settle({
      lines: [line("1", "kz-1", "K1", "100.00", "2026-10-01")],
      maxTariffs: [
        { code: "K1", max: euros("90.00") },
        { code: "K1", max: euros("50.00") },
      ],
    });
    expect(r.value.paid).toBe(5000);
  });
});

describe("VGZ-GBZ: where a claim goes, and who hears of an authorisation", () => {
  test("contracted care: per contract, no attachments, one step citing the non-contracted rule's clause", () => {
    const r = claimRoute({ careType: "midwifery", contracted: true }, vgzMaternityClaims);
    expect(r.value).toStrictEqual({ route: "per-contract", attachments: [] });
    expect(r.because).toHaveLength(1);
    expect(r.because[0]?.rule).toBe("claim-route-contracted");
    expect(r.because[0]?.inputs).toEqual({ careType: "midwifery" });
    expect(r.because[0]?.citations).toEqual(vgzMaternityClaims.nonContractedCap.citations);
  });

  test("non-contracted midwifery goes to the insurer by the VECOZO EI standard", () => {
    const r = claimRoute({ careType: "midwifery", contracted: false }, vgzMaternityClaims);
    expect(r.because).toHaveLength(1);
    expect(r.because[0]?.rule).toBe("claim-route");
    expect(r.because[0]?.inputs).toEqual({ careType: "midwifery", contracted: false });
    expect(r.because[0]?.output).toBe("insurer");
    expect(r.because[0]?.en).toBe(
      "Without a contract, midwifery is claimed from the insurer (VECOZO EI standard).",
    );
    expect(r.because[0]?.nl).toBe(
      "Zonder contract wordt midwifery bij de verzekeraar gedeclareerd (VECOZO EI standard).",
    );
  });

  test("non-contracted kraamzorg is invoiced to the insured with the diploma and the LIP form", () => {
    const r = claimRoute({ careType: "maternity-care", contracted: false }, vgzMaternityClaims);
    expect(r.because[0]?.en).toBe(
      "Without a contract, maternity-care is invoiced to the insured (invoice to the insured, who claims it from VGZ and pays the provider) with: a copy of the caregiver's diploma; a copy of the completed and signed LIP form.",
    );
    expect(r.because[0]?.nl).toBe(
      "Zonder contract gaat de nota voor maternity-care naar de verzekerde (invoice to the insured, who claims it from VGZ and pays the provider) met: a copy of the caregiver's diploma; a copy of the completed and signed LIP form.",
    );
  });

  test("the decision on an authorisation goes to the insured, with a copy to the provider who filed it", () => {
    const filed = authorisationDecisionRecipients({ filedByProvider: true }, vgzMaternityClaims);
    expect(filed.value).toEqual(["insured", "provider (copy)"]);
    expect(filed.because).toHaveLength(1);
    expect(filed.because[0]?.rule).toBe("authorisation-decision-recipients");
    expect(filed.because[0]?.inputs).toEqual({ filedByProvider: true });
    expect(filed.because[0]?.output).toEqual(["insured", "provider (copy)"]);
    expect(filed.because[0]?.citations).toEqual(vgzMaternityClaims.authorisationDecision.citations);
    const own = authorisationDecisionRecipients({ filedByProvider: false }, vgzMaternityClaims);
    expect(own.value).toEqual(["insured"]);
    expect(own.because[0]?.en).toBe("The decision goes to the insured.");
  });
});
