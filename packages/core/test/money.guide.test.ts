import { describeGuidePage } from "../../../tools/testkit/guide.js";
import * as decodeApi from "../src/decode.js";
import * as moneyApi from "../src/money.js";

describeGuidePage(
  "docs/guide/money.md",
  new URL("../../../docs/guide/money.md", import.meta.url),
  { ...decodeApi, ...moneyApi },
  20,
);
