// `pnpm --filter @zorgkit/sla-calculator mutate` (run from the repository root; see stryker.shared.mjs).
import { strykerConfig } from "../../stryker.shared.mjs";

export default strykerConfig("sla-calculator");
