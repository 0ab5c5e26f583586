// `pnpm --filter @zorgkit/authorization-roles mutate` (run from the repository root; see stryker.shared.mjs).
import { strykerConfig } from "../../stryker.shared.mjs";

export default strykerConfig("authorization-roles");
