import { describeTsdocCoverage } from "../../../tools/testkit/tsdoc.js";

describeTsdocCoverage(new URL("../src", import.meta.url));
