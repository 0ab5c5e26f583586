// The README's quick start, run by test/docs.test.ts. Only the part between the markers is shown.
import { explainToText } from "@zorgkit/core";
import {
  compileProfile,
  decide,
  decodeEventLog,
  decodeRequest,
  foldProfile,
  mitzRules,
} from "../../src/index.js";

const patient = "111222333";
const at = (iso: string) => iso;
const eventsJson: unknown = [
  {
    _tag: "ProfileCreated",
    eventId: "e1",
    at: at("2026-01-05T09:00:00+01:00"),
    patient,
    actor: { _tag: "Patient" },
    birthDate: "1980-05-17",
  },
  {
    _tag: "ChoiceRecorded",
    eventId: "e2",
    at: at("2026-01-05T09:05:00+01:00"),
    patient,
    actor: { _tag: "Patient" },
    choiceId: "hospitals-yes",
    custodian: { _tag: "ProviderType", type: "RPZAC104" },
    dataCategory: "zorgkit:all",
    requesters: { _tag: "AllRequesters" },
    decision: "permit",
  },
  {
    _tag: "ChoiceRecorded",
    eventId: "e3",
    at: at("2026-01-05T09:06:00+01:00"),
    patient,
    actor: { _tag: "Patient" },
    choiceId: "x-no-medication",
    custodian: { _tag: "Organisation", ura: "00001111" },
    dataCategory: "GGC013",
    requesters: { _tag: "AllRequesters" },
    decision: "deny",
  },
];
const requestJson: unknown = {
  patient,
  custodian: { ura: "00001111", type: "RPZAC104" },
  dataCategory: "GGC013",
  requester: { ura: "00003333", category: "RPZAC001", professional: { uzi: "000000011", role: "01.015" } },
  purpose: "TREAT",
  treatmentRelationship: true,
  at: "2026-02-01T10:00:00+01:00",
};

export function quickStart(): { value: string; choice: string | undefined; text: string } {
  const out = { value: "", choice: undefined as string | undefined, text: "" };
  // --- README start
  const log = decodeEventLog(eventsJson, mitzRules); // untrusted JSON → events; errors never show a BSN
  const req = decodeRequest(requestJson, mitzRules);
  if (log.ok && req.ok) {
    const profile = compileProfile(foldProfile(log.value, mitzRules), mitzRules); // once per profile version
    const answer = decide(req.value, profile); // Permit | Deny | NotApplicable | Indeterminate
    console.log(answer.value, answer.choice?.id); // "Deny" "x-no-medication"
    console.log(explainToText(answer, "nl")); // the rules that decided, with citations
    // --- README end
    out.value = answer.value;
    out.choice = answer.choice?.id;
    out.text = explainToText(answer, "nl");
  }
  return out;
}
