import { DEFAULT_DISCOUNT_RATE, type SroiInputBody, type SroiOutcomeBody } from "./schema";

/**
 * The arithmetic of docs/domain/method-guide.md §5.1–5.2, shared by the engine and the sensitivity analysis.
 * Everything is computed at full floating-point precision; rounding is for display only.
 * The functions trust their input: validate it with `parseSroiInput` first.
 */

/** r, with the §5.2 default of 3.5 % when the body leaves it out. */
export function discountRateOf(input: Pick<SroiInputBody, "discountRate">): number {
  return input.discountRate ?? DEFAULT_DISCOUNT_RATE;
}

/** s, the first year of an outcome: 1 (during the activity year, the default) or 2 (the year after). */
export function startYearOf(outcome: Pick<SroiOutcomeBody, "startYear">): number {
  return outcome.startYear ?? 1;
}

/** INV = Σ inputs, all in year 0 and not discounted (§5.2). */
export function totalInputsOf(input: Pick<SroiInputBody, "inputs">): number {
  return input.inputs.reduce((sum, item) => sum + item.amount, 0);
}

/** §5.1 I_i = Q_i × P_i × (1 − DW_i) × (1 − DS_i) × (1 − AT_i), the net impact in the outcome's first year. */
export function firstYearImpact(outcome: SroiOutcomeBody): number {
  return (
    outcome.quantity *
    outcome.proxyValue *
    (1 - outcome.deadweight) *
    (1 - outcome.displacement) *
    (1 - outcome.attribution)
  );
}

/** The last year the outcome lasts: s + D − 1. */
export function lastYearOf(outcome: SroiOutcomeBody): number {
  return startYearOf(outcome) + outcome.durationYears - 1;
}

/**
 * §5.1 V_i(t) = I_i × (1 − DO_i)^(t − s_i) for s_i ≤ t ≤ s_i + D_i − 1, otherwise 0: drop-off
 * applies from the outcome's second year, never in its first.
 */
export function outcomeValueInYear(outcome: SroiOutcomeBody, year: number): number {
  const start = startYearOf(outcome);
  if (year < start || year > lastYearOf(outcome)) return 0;
  return firstYearImpact(outcome) * Math.pow(1 - outcome.dropOff, year - start);
}

/** T, the last year any outcome lasts (at least 1). */
export function horizonOf(input: Pick<SroiInputBody, "outcomes">): number {
  return input.outcomes.reduce((max, outcome) => Math.max(max, lastYearOf(outcome)), 1);
}

/** The discount factor of year t: 1 / (1 + r)^t, so year 1 is discounted once (§5.2). */
export function discountFactor(rate: number, year: number): number {
  return 1 / Math.pow(1 + rate, year);
}

/** V(t) = Σ_i V_i(t) for t = 1 … T. Index 0 is year 1. */
export function yearlyValues(input: Pick<SroiInputBody, "outcomes">): number[] {
  const horizon = horizonOf(input);
  const values: number[] = [];
  for (let year = 1; year <= horizon; year += 1) {
    values.push(input.outcomes.reduce((sum, outcome) => sum + outcomeValueInYear(outcome, year), 0));
  }
  return values;
}

/**
 * PV = Σ_t V(t) / (1 + r)^t (§5.2), summed outcome by outcome over the years each one lasts
 * (the same sum in another order; this is the hot path of the sensitivity analysis).
 */
export function presentValueOf(input: Pick<SroiInputBody, "outcomes" | "discountRate">): number {
  const rate = discountRateOf(input);
  return input.outcomes.reduce((sum, outcome) => sum + outcomePresentValue(outcome, rate), 0);
}

/** The present value of one outcome: Σ_t V_i(t) / (1 + r)^t over s_i ≤ t ≤ s_i + D_i − 1. */
export function outcomePresentValue(outcome: SroiOutcomeBody, rate: number): number {
  const start = startYearOf(outcome);
  const last = lastYearOf(outcome);
  const impact = firstYearImpact(outcome);
  let sum = 0;
  for (let year = start; year <= last; year += 1) {
    sum += impact * Math.pow(1 - outcome.dropOff, year - start) * discountFactor(rate, year);
  }
  return sum;
}

/** SROI = PV / INV (§5.2). */
export function sroiRatioOf(input: SroiInputBody): number {
  return presentValueOf(input) / totalInputsOf(input);
}
