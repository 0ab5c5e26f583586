/**
 * `@zorgkit/contract-terms/testing`: fast-check arbitraries of contracts, notice periods, notices
 * and near-miss inputs, so teams can property-test their own services with realistic data.
 * Requires `fast-check` (an optional peer dependency).
 *
 * @module
 */
import { addDays, date, fromEpochDay, type LocalDate, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import type { Contract, ContractDuration, DurationSwitch, NoticePeriod, Party, Renewal } from "./contract.js";
import { initialTermEnd } from "./contract.js";
import type { TerminationClaim } from "./grounds.js";
import type { LiabilityCapInput } from "./money-clauses.js";
import type { ContractNotice } from "./notice.js";
import { mdoContract, switchToPaid } from "./presets/mdo-contract.js";

/** A date between two dates (inclusive). */
function arbDate(min: LocalDate, max: LocalDate): fc.Arbitrary<LocalDate> {
  return fc.integer({ min: toEpochDay(min), max: toEpochDay(max) }).map(fromEpochDay);
}

/**
 * `"customer"` or `"supplier"`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbParty(), (p) => otherParty(otherParty(p)) === p));
 * ```
 */
export function arbParty(): fc.Arbitrary<Party> {
  return fc.constantFrom<Party>("customer", "supplier");
}

/**
 * A positive notice period: months (1–36), days (1–120), or both.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbNoticePeriod(), (n) => Schema.is(NoticePeriod)(n)));
 * ```
 */
export function arbNoticePeriod(): fc.Arbitrary<NoticePeriod> {
  return fc.oneof(
    fc.integer({ min: 1, max: 36 }).map((months) => ({ months })),
    fc.integer({ min: 1, max: 120 }).map((days) => ({ days })),
    fc
      .tuple(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 30 }))
      .map(([months, days]) => ({ months, days })),
  );
}

/**
 * A renewal rule: none, per calendar year, or per 1–24 months.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbRenewal(), (r) => Schema.is(Renewal)(r)));
 * ```
 */
export function arbRenewal(): fc.Arbitrary<Renewal> {
  return fc.oneof(
    fc.constant<Renewal>({ _tag: "None", citations: [] }),
    fc.constant<Renewal>({ _tag: "CalendarYear", citations: [] }),
    fc.integer({ min: 1, max: 24 }).map((months): Renewal => ({ _tag: "Months", months, citations: [] })),
  );
}

/**
 * A duration whose initial term starts on `start` (a fixed end within 4 years, or 1–48 months).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import fc from "fast-check";
 * import { arbContractDuration } from "@zorgkit/contract-terms/testing";
 * fc.sample(arbContractDuration(date("2026-01-01")), 1).length; // => 1
 * ```
 */
export function arbContractDuration(
  start: LocalDate,
  options: { readonly renews?: boolean } = {},
): fc.Arbitrary<ContractDuration> {
  const renewal = options.renews === true ? arbRenewal().filter((r) => r._tag !== "None") : arbRenewal();
  return fc
    .record({
      initialTerm: fc.oneof(
        fc
          .integer({ min: 0, max: 4 * 366 })
          .map((n) => ({ _tag: "UntilDate" as const, end: addDays(start, n), citations: [] })),
        fc
          .integer({ min: 1, max: 48 })
          .map((months) => ({ _tag: "Length" as const, length: { months }, citations: [] })),
      ),
      renewal,
      customer: arbNoticePeriod(),
      supplier: arbNoticePeriod(),
      form: fc.constantFrom("any" as const, "written" as const, "registered-letter" as const),
    })
    .map((r) => ({
      name: "generated",
      initialTerm: r.initialTerm,
      renewal: r.renewal,
      notice: {
        customer: { value: r.customer, citations: [] },
        supplier: { value: r.supplier, citations: [] },
      },
      noticeForm: { value: r.form, citations: [] },
    }));
}

/**
 * A valid contract starting between 1990 and 2100, with up to two switches to a new duration
 * (each after the previous start, and before a non-renewing duration has ended; some naming the
 * parties whose notice can end the term the switch cuts short).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbContract(), (c) => Schema.is(Contract)(c)));
 * ```
 */
export function arbContract(): fc.Arbitrary<Contract> {
  return arbDate(date("1990-01-01"), date("2100-12-31")).chain((start) =>
    arbContractDuration(start).chain((duration) =>
      fc.integer({ min: 0, max: 2 }).chain((switchCount) => {
        const build = (
          prevStart: LocalDate,
          prev: ContractDuration,
          left: number,
        ): fc.Arbitrary<ReadonlyArray<DurationSwitch>> => {
          if (left === 0) return fc.constant([]);
          const prevEnd = initialTermEnd(prev, prevStart) ?? prevStart;
          const maxGap =
            prev.renewal._tag === "None" ? Math.max(0, toEpochDay(prevEnd) - toEpochDay(prevStart)) : 6 * 366;
          if (maxGap < 1) return fc.constant([]);
          return fc.integer({ min: 1, max: maxGap }).chain((gap) => {
            const on = addDays(prevStart, gap);
            const endableBy = fc.option(fc.subarray(["customer", "supplier"] as Array<Party>), {
              nil: undefined,
            });
            return fc.tuple(arbContractDuration(on), endableBy).chain(([d, parties]) =>
              build(on, d, left - 1).map((rest) => [
                {
                  on,
                  duration: d,
                  ...(parties === undefined ? {} : { cutShortTermEndableBy: { parties, citations: [] } }),
                },
                ...rest,
              ]),
            );
          });
        };
        return build(start, duration, switchCount).map((switches) => ({ start, duration, switches }));
      }),
    ),
  );
}

/**
 * A funded MDO contract signed in 2025–2026, in half the cases switched to paid within 4 years.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbMdoContract(), (c) => termAt(c, c.start).value !== undefined));
 * ```
 */
export function arbMdoContract(): fc.Arbitrary<Contract> {
  return fc
    .tuple(arbDate(date("2025-06-04"), date("2026-12-31")), fc.option(fc.integer({ min: 1, max: 4 * 366 })))
    .map(([signedOn, switchAfter]) => {
      const c = mdoContract({ signedOn });
      return switchAfter === null ? c : switchToPaid(c, addDays(signedOn, switchAfter));
    });
}

/**
 * A day on which a notice is received: from a year before the contract's start to 10 years after.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbMdoContract().chain((c) => arbNoticeDate(c).map((d) => [c, d] as const)), ([c, d]) => noticeDeadline({ contract: c, party: "customer" }, d).because.length > 0));
 * ```
 */
export function arbNoticeDate(contract: Contract): fc.Arbitrary<LocalDate> {
  return arbDate(addDays(contract.start, -366), addDays(contract.start, 10 * 366));
}

/**
 * A regular notice on a contract (generic or MDO), received from a year before its start to ten
 * years after (so it includes notices before the contract exists).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { terminationDate } from "@zorgkit/contract-terms";
 * import { arbContractNotice } from "@zorgkit/contract-terms/testing";
 * fc.assert(fc.property(arbContractNotice(), (n) => terminationDate(n).because.length > 0));
 * ```
 */
export function arbContractNotice(): fc.Arbitrary<ContractNotice> {
  return fc
    .oneof(arbContract(), arbMdoContract())
    .chain((contract) =>
      fc.record({ contract: fc.constant(contract), party: arbParty(), receivedOn: arbNoticeDate(contract) }),
    );
}

/**
 * A termination claim on an MDO contract for one of the grounds whose facts are plain booleans
 * or dates (regular notice, mutual consent, undue advantage, business transfer, 6.5, non-payment,
 * dissolution, 9.6, force majeure, the connection-agreement grounds).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { mayTerminate, mdo2025 } from "@zorgkit/contract-terms";
 * import { arbTerminationClaim } from "@zorgkit/contract-terms/testing";
 * fc.assert(fc.property(arbTerminationClaim(), (c) => mayTerminate(c, mdo2025).reasons.length > 0));
 * ```
 */
export function arbTerminationClaim(): fc.Arbitrary<TerminationClaim> {
  return arbMdoContract().chain((contract) =>
    fc
      .record({ party: arbParty(), receivedOn: arbNoticeDate(contract), b1: fc.boolean(), b2: fc.boolean() })
      .chain(({ party, receivedOn, b1, b2 }) => {
        const common = { contract, party, receivedOn };
        const near = arbDate(addDays(receivedOn, -120), addDays(receivedOn, 120));
        return fc.oneof(
          fc.constant<TerminationClaim>({ ...common, ground: "regular-notice" }),
          fc.constant<TerminationClaim>({ ...common, ground: "mutual-consent", bothPartiesAgree: b1 }),
          fc.constant<TerminationClaim>({
            ...common,
            ground: "undue-advantage",
            advantageOfferedWithoutWrittenPermission: b1,
          }),
          fc.constant<TerminationClaim>({
            ...common,
            ground: "business-transfer",
            transferredOutsideGroup: b1,
            goalsChangedSoContinuationCannotBeRequired: b2,
          }),
          near.map(
            (tariffAppliesFrom): TerminationClaim => ({
              ...common,
              ground: "tariff-not-accepted",
              tariffAppliesFrom,
            }),
          ),
          fc.constant<TerminationClaim>({
            ...common,
            ground: "non-payment",
            tariffCharged: b1,
            unpaidAfterReasonableTerm: b2,
          }),
          fc.integer({ min: 0, max: 4 }).map(
            (writtenDemands): TerminationClaim => ({
              ...common,
              ground: "dissolution-non-payment",
              writtenDemands,
              stillUnpaid: b1,
              customerHasSuspensionRight: b2,
            }),
          ),
          fc.constant<TerminationClaim>({
            ...common,
            ground: "ip-claim-no-alternative",
            productSubjectOfIpClaim: b1,
            noAlternativeCommerciallyFeasible: b2,
          }),
          fc.tuple(near, arbParty()).map(
            ([since, forceMajeureOf]): TerminationClaim => ({
              ...common,
              ground: "force-majeure",
              forceMajeureOf,
              since,
              agreedSolution: b1,
            }),
          ),
          fc
            .constantFrom("insolvency", "change-of-law", "supervisor-claim", "all-agb-codes-ended" as const)
            .map((ground): TerminationClaim => ({ ...common, ground })),
        );
      }),
  );
}

/**
 * Liabilities of one or more customers in 2026–2028 and a year to divide the cap for (amounts up
 * to € 5 000 000, a few customers so that the one-customer case of MDO-BV 13.1 comes up often).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { distributeLiabilityCap, mdo2025 } from "@zorgkit/contract-terms";
 * import { arbLiabilityCapInput } from "@zorgkit/contract-terms/testing";
 * fc.assert(fc.property(arbLiabilityCapInput(), (i) => distributeLiabilityCap(i, mdo2025).value.year === i.year));
 * ```
 */
export function arbLiabilityCapInput(): fc.Arbitrary<LiabilityCapInput> {
  return fc.record({
    liabilities: fc.array(
      fc.record({
        customer: fc.constantFrom("A", "B", "C"),
        amount: fc
          .integer({ min: 0, max: 500_000_000 })
          .map((n) => n as LiabilityCapInput["liabilities"][number]["amount"]),
        damageEventOn: arbDate(date("2026-01-01"), date("2028-12-31")),
      }),
      { maxLength: 8 },
    ),
    year: fc.integer({ min: 2026, max: 2028 }),
  });
}

/**
 * Near-miss contract inputs that the decoder must reject (each with one realistic mistake).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidContractInput(), (u) => !decodeContract(u).ok));
 * ```
 */
export function arbInvalidContractInput(): fc.Arbitrary<unknown> {
  const valid = {
    start: "2026-03-01",
    duration: {
      name: "x",
      initialTerm: { _tag: "UntilDate", end: "2026-12-31", citations: [] },
      renewal: { _tag: "CalendarYear", citations: [] },
      notice: {
        customer: { value: { months: 2 }, citations: [] },
        supplier: { value: { months: 24 }, citations: [] },
      },
      noticeForm: { value: "any", citations: [] },
    },
    switches: [],
  };
  const notice = (customer: unknown) => ({
    ...valid,
    duration: {
      ...valid.duration,
      notice: { ...valid.duration.notice, customer: { value: customer, citations: [] } },
    },
  });
  return fc.constantFrom<unknown>(
    { ...valid, start: "2026-04-31" },
    { ...valid, start: "2026-13-01" },
    { ...valid, start: "01-03-2026" },
    { ...valid, start: "2027-01-01" },
    notice({ months: 0 }),
    notice({ months: -2 }),
    notice({ months: 1.5 }),
    notice({ months: 120000 }),
    notice({ days: 40000 }),
    {
      ...valid,
      duration: {
        ...valid.duration,
        notice: { client: valid.duration.notice.customer, supplier: valid.duration.notice.supplier },
      },
    },
    { ...valid, duration: { ...valid.duration, renewal: { _tag: "Weekly", citations: [] } } },
    { ...valid, duration: { ...valid.duration, renewal: { _tag: "Months", months: 5000, citations: [] } } },
    { ...valid, duration: { ...valid.duration, noticeForm: { value: "fax", citations: [] } } },
    { ...valid, switches: [{ on: "2026-02-01", duration: valid.duration }] },
    { ...valid, start: 20260301 },
    null,
    "2026-03-01",
  );
}
