// `pnpm --filter @zorgkit/contract-terms mutate` (run from the repository root; see stryker.shared.mjs).
import { strykerConfig } from "../../stryker.shared.mjs";

export default strykerConfig("contract-terms");
