/**
 * `@zorgkit/consent`: a patient's consent profile for exchanging medical data between providers
 * (MijnMitz, Volgjezorg) and the consent check "may this custodian make this kind of data
 * available to this requester now?". Pure: events in, profiles, decisions and effects out.
 *
 * @module
 */
export { type AuditRecordOptions, auditRecord, type ConsentAuditRecord } from "./audit.js";
export { type CodeIndex, codeIndexOf, codeListsProblem, covers, indexCodeLists } from "./codes.js";
export {
  type CompileArena,
  type CompiledProfile,
  type CompileProfileOptions,
  compileProfile,
  createArena,
} from "./compile.js";
export {
  type ConsentAnswer,
  type ConsentDecision,
  type DecideOptions,
  type DecisionReason,
  decide,
} from "./decide.js";
export {
  ConsentEventFor,
  ConsentEventLogFor,
  ConsentRequestFor,
  decodeConsentRules,
  decodeEvent,
  decodeEventLog,
  decodeRequest,
  MAX_LOG_EVENTS,
} from "./decode.js";
export {
  type ChoiceChange,
  type ConsentEffect,
  type DeregisterFromReferenceIndex,
  type InformCustodian,
  type NotifyConsentProcessed,
  type NotifyDataExchanged,
  type NotifyPatient,
  notifyConsentProcessed,
  notifyDataExchanged,
  type OutboxEntry,
  type RegisterInReferenceIndex,
} from "./effects.js";
export { ConsentEvent, type ConsentEventTag, type EventOf } from "./events.js";
export {
  type DecodeFhirConsentOptions,
  decodeFhirConsent,
  defaultFhirSystems,
  type EncodeFhirConsentOptions,
  encodeFhirConsent,
  type FhirChoice,
  type FhirCoding,
  type FhirConsent,
  type FhirExtension,
  type FhirReference,
  type FhirSystems,
  fhirChoiceProblem,
  mitzFhirSystems,
} from "./fhir.js";
export { idProblem, maskBsnRuns } from "./ids.js";
export {
  decodeMitzNotification,
  type EncodeMitzNotificationOptions,
  encodeMitzNotification,
  type FhirBundle,
  type FhirBundleEntry,
  type MitzNotification,
  type MitzNotifiedConsent,
  type MitzOrganization,
  type MitzPatient,
} from "./mitz/notification.js";
export {
  decodeMitzClosedQuestion,
  type Hl7CodedValue,
  type Hl7InstanceIdentifier,
  type MitzClosedQuestion,
  type MitzConsentRequestOptions,
  type MitzXacmlAttribute,
  mitzConsentRequest,
  mitzXacmlAttributes,
} from "./mitz/xacml.js";
export {
  Actor,
  type Choice,
  ChoiceEffect,
  ChoiceOrigin,
  Code,
  Custodian,
  choiceKey,
  describeActor,
  describeCustodian,
  describeRequesters,
  isValidAt,
  Requesters,
} from "./model.js";
export {
  compareSpecificity,
  custodianLevel,
  requesterLevel,
  type Specificity,
  specificityRank,
} from "./precedence.js";
export { mitzRules, precedenceCitation } from "./presets/mitz.js";
export {
  ALL_DATA,
  MEDICATION,
  mitzCodeLists2026,
  RESULTS,
  TREATMENT_DATA,
} from "./presets/mitz-codes-2026.js";
export {
  type MitzInterop,
  type MitzXacmlSystems,
  mitzInterop,
  mitzInteropSources,
  mitzOrganisationTypes2026,
  mitzXacmlSystems,
  type OrganisationTypeEntry,
  type OrganisationTypeTable,
} from "./presets/mitz-interop.js";
export {
  type ConsentProfile,
  type ConsentRejectedEvent,
  type ConsentsForOptions,
  consentsFor,
  emptyProfile,
  foldProfile,
  type PendingChoice,
  profileAt,
  replay,
  rootCategoryOf,
  sortEvents,
} from "./profile.js";
export {
  type AgeGroup,
  ageGroupOf,
  type MayRecordDetails,
  type MayRecordOptions,
  mayRecord,
  type RecordAction,
  type RecordAttempt,
} from "./representation.js";
export { ConsentRequest } from "./request.js";
export {
  auditRetentionFact,
  type ConsentRecordClass,
  type RetentionFact,
  retentionFacts,
} from "./retention.js";
export {
  type CodeEntry,
  type CodeLists,
  type ConsentClauses,
  ConsentRules,
  type DataCategoryEntry,
  emergencyHoursText,
  emergencyMaxMs,
} from "./rulebook.js";
export {
  type BuildConsentStoreOptions,
  buildConsentStore,
  type ConsentStore,
  type ConsentStoreOptions,
  type ConsentStoreProgress,
  type ConsentStoreStats,
  createConsentStore,
} from "./store/consent-store.js";
export {
  CONSENT_STORE_SNAPSHOT_VERSION,
  type ConsentStoreSource,
  loadConsentStore,
  snapshotConsentStore,
} from "./store/snapshot.js";
export { createProfileStore, type ProfileStore } from "./store.js";
export {
  decodeXacmlAttributes,
  defaultXacmlAttributeIds,
  XACML_CATEGORY,
  type XacmlAttribute,
  type XacmlAttributeIds,
  xacmlAttributes,
} from "./xacml.js";
