/** Socio-economic accounts (docs/domain/method-guide.md §6): schema and validation, engine, labels. */
export {
  MAX_GROUPS,
  MAX_ITEMS_PER_GROUP,
  MAX_YEARS,
  MAX_PARTICIPANTS,
  MAX_AMOUNT,
  MAX_INTERVENTION_COST,
  getSocioeconomicInputSchema,
  parseSocioeconomicInput,
  type SocioeconomicInput,
  type SocioeconomicInputBody,
  type ParticipantGroup,
  type CostItem,
  type SocioeconomicIssue,
  type ParseSocioeconomicResult,
} from "./schema";
export {
  calculateSocioeconomic,
  itemNet,
  effectivePersonYearsOf,
  type AmountSummary,
  type ActorSummary,
  type SocietySummary,
  type GroupSummary,
  type SocioeconomicResult,
} from "./engine";
export {
  ACTOR_KEYS,
  PUBLIC_ACTORS,
  STATE_ACTORS,
  EFFECT_TYPES,
  ACTOR_LABELS,
  AGGREGATE_LABELS,
  EFFECT_TYPE_LABELS,
  actorLabel,
  type ActorKey,
  type EffectType,
} from "./labels";
export { socioeconomicWorkedExample } from "./worked-example";
