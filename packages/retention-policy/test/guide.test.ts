import * as core from "@zorgkit/core";
import { describeGuidePage } from "../../../tools/testkit/guide.js";
import * as api from "../src/index.js";

describeGuidePage("docs/guide/retention-policy.md", new URL("../../../docs/guide/retention-policy.md", import.meta.url), { ...core, ...api }, 15);
describeGuidePage("the package README", new URL("../README.md", import.meta.url), { ...core, ...api }, 3);
