/** SROI calculation (docs/domain/method-guide.md §5): schema and validation, engine, sensitivity, warnings, labels. */
export {
  DEFAULT_DISCOUNT_RATE,
  MAX_DISCOUNT_RATE,
  MAX_DURATION_YEARS,
  MAX_INPUTS,
  MAX_OUTCOMES,
  MAX_INPUT_AMOUNT,
  MAX_QUANTITY,
  MAX_ABS_PROXY,
  MIN_PROXY_YEAR,
  MAX_PROXY_YEAR,
  PERSON_UNITS,
  isPersonUnit,
  getSroiInputSchema,
  parseSroiInput,
  type SroiInput,
  type SroiInputBody,
  type SroiInputItem,
  type SroiOutcomeInput,
  type SroiOutcomeBody,
  type SroiIssue,
  type ParseSroiResult,
} from "./schema";
export {
  calculateSroi,
  presentValueByStakeholder,
  type SroiResult,
  type SroiYear,
  type SroiOutcomeResult,
  type StakeholderValue,
} from "./engine";
export {
  firstYearImpact,
  outcomeValueInYear,
  outcomePresentValue,
  presentValueOf,
  totalInputsOf,
  sroiRatioOf,
  yearlyValues,
} from "./core";
export {
  SENSITIVITY_PARAMETERS,
  SENSITIVITY_STEPS,
  SWITCHING_RANGES,
  applyChange,
  ratioWith,
  switchingValueFor,
  sensitivityAnalysis,
  type SensitivityParameter,
  type SensitivityRow,
  type SroiChange,
  type SwitchingTarget,
} from "./sensitivity";
export {
  PROXY_WARNING_THRESHOLD,
  DURATION_WARNING_YEARS,
  HIGH_DEDUCTION_SHARE,
  sroiWarnings,
  findMissingJustifications,
} from "./warnings";
export {
  SROI_PARAMETERS,
  SROI_PARAMETER_LABELS,
  DEDUCTION_KEYS,
  sroiParameterLabel,
  type SroiParameter,
  type DeductionKey,
} from "./labels";
export { sroiWorkedExample } from "./worked-example";
export { ratioRange, sroiKeyFigures, type RatioRange, type SroiKeyFigures } from "./key-figures";
