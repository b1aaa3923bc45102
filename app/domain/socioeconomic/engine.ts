import { ACTOR_KEYS, PUBLIC_ACTORS, STATE_ACTORS, type ActorKey } from "./labels";
import type { CostItem, ParticipantGroup, SocioeconomicInputBody } from "./schema";

/**
 * A simplified socio-economic account (socioekonomiskt bokslut), docs/domain/method-guide.md §6.1:
 *
 *   N_a  = Σ items of actor a per effective person-year (avoided costs + new revenue)
 *   E    = participants × years × success rate                 (effective person-years)
 *   T_a  = N_a × E                                              (actor total)
 *   PUB  = Σ_a∈public T_a                                       (all actors except individ)
 *   SOC  = (production value + Σ real items) × E                (transfers excluded)
 *   PB_a = intervention cost / yearly total of a                (null when the yearly total ≤ 0)
 *
 * With several typical cases (groups), each group is weighted by its own E; "per person-year"
 * figures are then averages weighted by E. A "yearly" total counts each group's successful
 * participants for one year (participants × success rate); it equals the total when years = 1.
 * `realValuePerSek` is the society total (over the groups' years) per krona of intervention cost.
 * This is not NyttoSam; it is the simplified calculation the guide asks the app to produce.
 */

/** Amounts of one actor, a subtotal or the public sector. */
export interface AmountSummary {
  /** N: net gain per effective person-year (real + transfer). */
  netPerPersonYear: number;
  /** The real part of N (resources). */
  realPerPersonYear: number;
  /** The transfer part of N (money moved between actors). */
  transferPerPersonYear: number;
  /** Net gain per year: N × participants × success rate, summed over groups. */
  yearlyTotal: number;
  /** T = N × E, summed over groups. */
  total: number;
  /** Intervention cost / yearly total; null when the yearly total ≤ 0 (the cost is never paid back). */
  paybackYears: number | null;
}

export interface ActorSummary extends AmountSummary {
  actor: ActorKey;
}

/** Society as a whole, real effects only (§6.1 SOC). */
export interface SocietySummary {
  productionPerPersonYear: number;
  /** Σ real items of all actors per effective person-year. */
  realSavingsPerPersonYear: number;
  /** Production + real savings per effective person-year. */
  netPerPersonYear: number;
  yearlyTotal: number;
  total: number;
  paybackYears: number | null;
  /** Real value per krona of intervention cost: total / intervention cost. */
  realValuePerSek: number | null;
}

export interface GroupSummary {
  label: string;
  /** E of the group: participants × years × success rate. */
  effectivePersonYears: number;
  /** Participants × success rate: effective persons in one year. */
  effectivePersonsPerYear: number;
}

export interface SocioeconomicResult {
  interventionCost: number;
  effectivePersonYears: number;
  effectivePersonsPerYear: number;
  groups: GroupSummary[];
  /** Every actor, in `ACTOR_KEYS` order, also those without items (all zero). */
  actors: ActorSummary[];
  /** Kommun, region, Arbetsförmedlingen, Försäkringskassan and other state bodies. */
  publicSector: AmountSummary;
  /** "Staten": Arbetsförmedlingen, Försäkringskassan and other state bodies. */
  state: AmountSummary;
  society: SocietySummary;
}

/**
 * The gain of one line item for its actor per effective person-year (§6.1): the signed `amount`,
 * or for a cost the avoided cost (before − after), for a revenue the new revenue (after − before).
 */
export function itemNet(item: CostItem): number {
  if (item.amount !== undefined) return item.amount;
  const before = item.before ?? 0;
  const after = item.after ?? 0;
  return item.kind === "revenue" ? after - before : before - after;
}

/** E = participants × years × success rate (§6.1). */
export function effectivePersonYearsOf(
  group: Pick<ParticipantGroup, "participants" | "years" | "successRate">,
): number {
  return group.participants * group.years * group.successRate;
}

function effectivePersonsPerYearOf(group: ParticipantGroup): number {
  return group.participants * group.successRate;
}

const payback = (cost: number, yearly: number) => (yearly > 0 ? cost / yearly : null);
const perPersonYear = (total: number, personYears: number) => (personYears > 0 ? total / personYears : 0);

/** Sums the items of the given actors in a group, split into real and transfer. */
function groupNet(group: ParticipantGroup, actors: readonly ActorKey[]): { real: number; transfer: number } {
  let real = 0;
  let transfer = 0;
  for (const item of group.items ?? []) {
    if (!actors.includes(item.actor)) continue;
    if (item.type === "real") real += itemNet(item);
    else transfer += itemNet(item);
  }
  return { real, transfer };
}

function summarise(input: SocioeconomicInputBody, actors: readonly ActorKey[], personYears: number): AmountSummary {
  let real = 0;
  let transfer = 0;
  let yearlyTotal = 0;
  for (const group of input.groups) {
    const net = groupNet(group, actors);
    real += net.real * effectivePersonYearsOf(group);
    transfer += net.transfer * effectivePersonYearsOf(group);
    yearlyTotal += (net.real + net.transfer) * effectivePersonsPerYearOf(group);
  }
  const total = real + transfer;
  return {
    netPerPersonYear: perPersonYear(total, personYears),
    realPerPersonYear: perPersonYear(real, personYears),
    transferPerPersonYear: perPersonYear(transfer, personYears),
    yearlyTotal,
    total,
    paybackYears: payback(input.interventionCost, yearlyTotal),
  };
}

/**
 * Calculates the socio-economic account of docs/domain/method-guide.md §6.1 per actor, for the public sector,
 * for the state and for society (real effects only; transfers are never added into the society
 * total). Pure; expects a valid input (see `parseSocioeconomicInput`).
 */
export function calculateSocioeconomic(input: SocioeconomicInputBody): SocioeconomicResult {
  const groups = input.groups.map((group) => ({
    label: group.label,
    effectivePersonYears: effectivePersonYearsOf(group),
    effectivePersonsPerYear: effectivePersonsPerYearOf(group),
  }));
  const personYears = groups.reduce((sum, g) => sum + g.effectivePersonYears, 0);
  const personsPerYear = groups.reduce((sum, g) => sum + g.effectivePersonsPerYear, 0);

  let production = 0;
  let realSavings = 0;
  let societyYearly = 0;
  for (const group of input.groups) {
    const productionValue = group.productionValue ?? 0;
    const real = groupNet(group, ACTOR_KEYS).real;
    production += productionValue * effectivePersonYearsOf(group);
    realSavings += real * effectivePersonYearsOf(group);
    societyYearly += (productionValue + real) * effectivePersonsPerYearOf(group);
  }
  const societyTotal = production + realSavings;

  return {
    interventionCost: input.interventionCost,
    effectivePersonYears: personYears,
    effectivePersonsPerYear: personsPerYear,
    groups,
    actors: ACTOR_KEYS.map((actor) => ({ actor, ...summarise(input, [actor], personYears) })),
    publicSector: summarise(input, PUBLIC_ACTORS, personYears),
    state: summarise(input, STATE_ACTORS, personYears),
    society: {
      productionPerPersonYear: perPersonYear(production, personYears),
      realSavingsPerPersonYear: perPersonYear(realSavings, personYears),
      netPerPersonYear: perPersonYear(societyTotal, personYears),
      yearlyTotal: societyYearly,
      total: societyTotal,
      paybackYears: payback(input.interventionCost, societyYearly),
      realValuePerSek: input.interventionCost > 0 ? societyTotal / input.interventionCost : null,
    },
  };
}
