/**
 * The method guide as typed data (docs/domain/method-guide.md §0–4, §7–8, §10.1): the eight methods and the
 * light path, step schemas and progress, the recommender, the comparison and the public API view.
 * Pure: no I/O, no React, no Node; safe to import in the browser.
 */
export * from "./types";
export * from "./catalogue";
export * from "./schema";
export * from "./recommender";
export * from "./comparison";
export * from "./accounting";
export * from "./api";
export { sampleStepValues } from "./sample-values";
export { validationMessages, type Messages as ValidationMessages } from "./messages";
export {
  ECG_LEVELS,
  ECG_MATRIX_VERSIONS,
  ECG_ROWS,
  ECG_ROW_KEYS,
  ECG_SCORE_MAX,
  ECG_SCORE_MIN,
  ECG_THEMES,
  ECG_VALUES,
  ECG_VALUE_KEYS,
  ecgQuickFieldName,
  type EcgMatrixVersion,
  type EcgRow,
  type EcgRowKey,
  type EcgTheme,
  type EcgValue,
  type EcgValueKey,
} from "./ecg-matrix";
export {
  ISO26000_COMMUNITY_ISSUES,
  ISO26000_CORE_SUBJECTS,
  ISO26000_PRINCIPLES,
  isoClauseLabel,
  type Iso26000Clause,
  type Iso26000Item,
} from "./iso26000-data";
export { GRI_DISCLOSURES, GRI_PRINCIPLES, griIncludeFieldName, type GriDisclosure } from "./gri-disclosures";
export {
  LFA_COLUMNS,
  LFA_COLUMN_KEYS,
  LFA_LOGFRAME,
  LFA_ROWS,
  LFA_ROW_KEYS,
  type LfaCell,
  type LfaCellSource,
  type LfaColumnKey,
  type LfaRowKey,
} from "./lfa-logframe";
export { LFA_OBJECTIVE_LEVELS } from "./methods/lfa";
export { SOCIAL_ACCOUNTING_PHASES } from "./methods/social-accounting";
export { SROI_DEFAULT_DISCOUNT_RATE } from "./methods/sroi";
export { SNABBSPAR_INDICATOR_RANGE } from "./methods/snabbspar";
