import type { Locale } from "~/i18n/types";
import {
  discountFactor,
  discountRateOf,
  firstYearImpact,
  outcomePresentValue,
  totalInputsOf,
  yearlyValues,
} from "./core";
import type { SroiInputBody, SroiIssue } from "./schema";
import { sensitivityAnalysis, type SensitivityRow } from "./sensitivity";
import { sroiWarnings } from "./warnings";

/** One year of the calculation: V(t) and V(t) / (1 + r)^t. */
export interface SroiYear {
  year: number;
  value: number;
  presentValue: number;
}

/** One outcome's share of the result. */
export interface SroiOutcomeResult {
  label: string;
  stakeholder?: string;
  /** I_i, the net impact in the outcome's first year (§5.1). */
  firstYearImpact: number;
  presentValue: number;
}

/** The result of an SROI calculation, unrounded (round only for display). Same shape as the API answer. */
export interface SroiResult {
  /** INV (§5.2). */
  totalInputs: number;
  /** PV (§5.2). */
  presentValue: number;
  /** NPV = PV − INV. */
  netPresentValue: number;
  /** SROI = PV / INV. */
  ratio: number;
  /** Net SROI = NPV / INV. */
  netRatio: number;
  /** PB = INV / (V(1) / 12); null when V(1) ≤ 0. */
  paybackMonths: number | null;
  years: SroiYear[];
  outcomes: SroiOutcomeResult[];
  sensitivity: SensitivityRow[];
  warnings: SroiIssue[];
}

/**
 * Calculates SROI by docs/domain/method-guide.md §5.1–5.2: I_i = Q×P×(1−DW)×(1−DS)×(1−AT); drop-off from an
 * outcome's second year; outcomes start in year 1 or 2; PV discounts year t by (1 + r)^t, year 1
 * included; inputs are year 0 and not discounted; ratio = PV / INV; net ratio = NPV / INV;
 * payback months = INV / (V(1) / 12). Adds the sensitivity table (§5.4) and the §5.3 warnings in
 * `locale`. Pure; expects a valid input (see `parseSroiInput`) and throws RangeError when the
 * inputs do not add up to more than 0.
 */
export function calculateSroi(input: SroiInputBody, locale: Locale = "sv"): SroiResult {
  const totalInputs = totalInputsOf(input);
  if (!(totalInputs > 0)) throw new RangeError("The inputs of an SROI calculation must add up to more than 0");
  const rate = discountRateOf(input);

  const years = yearlyValues(input).map((value, index) => ({
    year: index + 1,
    value,
    presentValue: value * discountFactor(rate, index + 1),
  }));
  const presentValue = years.reduce((sum, year) => sum + year.presentValue, 0);
  const netPresentValue = presentValue - totalInputs;
  const firstYear = years[0]?.value ?? 0;

  return {
    totalInputs,
    presentValue,
    netPresentValue,
    ratio: presentValue / totalInputs,
    netRatio: netPresentValue / totalInputs,
    paybackMonths: firstYear > 0 ? totalInputs / (firstYear / 12) : null,
    years,
    outcomes: input.outcomes.map((outcome) => ({
      label: outcome.label,
      ...(outcome.stakeholder !== undefined && outcome.stakeholder !== "" ? { stakeholder: outcome.stakeholder } : {}),
      firstYearImpact: firstYearImpact(outcome),
      presentValue: outcomePresentValue(outcome, rate),
    })),
    sensitivity: sensitivityAnalysis(input),
    warnings: sroiWarnings(input, locale),
  };
}

/** The present value of one stakeholder group; `stakeholder` is null for outcomes without one. */
export interface StakeholderValue {
  stakeholder: string | null;
  presentValue: number;
}

/**
 * Present value per stakeholder (Σ of the outcomes' PV per `stakeholder`), in order of first
 * appearance, for charts. Outcomes without a stakeholder are grouped under `null`; the UI names it.
 */
export function presentValueByStakeholder(result: Pick<SroiResult, "outcomes">): StakeholderValue[] {
  const totals = new Map<string | null, number>();
  for (const outcome of result.outcomes) {
    const key = outcome.stakeholder?.trim() || null;
    totals.set(key, (totals.get(key) ?? 0) + outcome.presentValue);
  }
  return [...totals].map(([stakeholder, presentValue]) => ({ stakeholder, presentValue }));
}
