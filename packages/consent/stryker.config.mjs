// `pnpm --filter @zorgkit/consent mutate` (run from the repository root; see stryker.shared.mjs).
import { strykerConfig } from "../../stryker.shared.mjs";

export default strykerConfig("consent");
