// `pnpm --filter @zorgkit/retention-policy mutate` (run from the repository root; see stryker.shared.mjs).
import { strykerConfig } from "../../stryker.shared.mjs";

export default strykerConfig("retention-policy");
