import { cite, euros } from "@zorgkit/core";
import type { CollectionCostRule } from "../rulebook.js";

/**
 * MDO-BV art. 6.11: after the second payment term has passed, a claim handed over for collection
 * bears collection costs of 5 % of the total amount owed, with a minimum of € 1.000 (once per
 * hand-over). Rounded half-up to the cent (this library's choice; the clause does not say).
 */
export const mdoCollectionCosts: CollectionCostRule = {
  id: "mdo-bv-6.11",
  bands: [{ percent: "5" }],
  minimum: euros("1000.00"),
  citations: [cite("MDO-BV", "6.11")],
};

/**
 * The statutory scale for extrajudicial collection costs (Besluit vergoeding voor
 * buitengerechtelijke incassokosten, art. 2, cited as `BIK`): 15 % of the first € 2.500, 10 % of
 * the next € 2.500, 5 % of the next € 5.000, 1 % of the next € 190.000, 0,5 % above; at least
 * € 40, at most € 6.775. For contracts that do not set their own costs (art. 6:96 lid 5 BW).
 */
export const statutoryCollectionCosts: CollectionCostRule = {
  id: "bik-art-2",
  bands: [
    { upTo: euros("2500.00"), percent: "15" },
    { upTo: euros("5000.00"), percent: "10" },
    { upTo: euros("10000.00"), percent: "5" },
    { upTo: euros("200000.00"), percent: "1" },
    { percent: "0.5" },
  ],
  minimum: euros("40.00"),
  maximum: euros("6775.00"),
  citations: [cite("BIK", "2")],
};
