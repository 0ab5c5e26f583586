// The minute-stepping reference now lives in src/testing (exported from @zorgkit/core/testing).
export {
  refAddWorkingDays,
  refAddWorkingTime,
  refIsOpen,
  refIsWorkingDay,
  refOpeningHours,
  refWorkingDaysBetween,
  refWorkingTimeBetween,
} from "../../src/testing/working-time-reference.js";
