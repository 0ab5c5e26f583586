import { describeGuidePage } from "../../../tools/testkit/guide.js";
import * as decodeApi from "../src/decode.js";
import * as identifiersApi from "../src/identifiers.js";

describeGuidePage(
  "docs/guide/identifiers.md",
  new URL("../../../docs/guide/identifiers.md", import.meta.url),
  { ...decodeApi, ...identifiersApi },
  10,
);
