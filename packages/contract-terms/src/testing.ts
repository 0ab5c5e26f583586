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
import { mdoContract, switchToPaid } from "./presets/mdo-2025.js";

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
 * fc.sample(arbContractDuration(date("2026-01-01")), 1);
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
 * fc.assert(fc.property(arbMdoContract().chain((c) => arbNoticeDate(c).map((d) => [c, d] as const)), ([c, d]) => noticeDeadline(c, "customer", d).because.length > 0));
 * ```
 */
export function arbNoticeDate(contract: Contract): fc.Arbitrary<LocalDate> {
  return arbDate(addDays(contract.start, -366), addDays(contract.start, 10 * 366));
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
