import { sroiRatioOf } from "./core";
import type { SroiParameter } from "./labels";
import { MAX_DISCOUNT_RATE, MAX_DURATION_YEARS, type SroiInputBody, type SroiOutcomeBody } from "./schema";

/**
 * Sensitivity analysis and switching values for the SROI ratio (docs/domain/method-guide.md §5.4, §2.4 stage 5).
 *
 * Two kinds of change are used:
 * - `ratioWith` / `switchingValueFor` *set* a parameter to a value, on one outcome (`outcomeIndex`)
 *   or, when no index is given, on every outcome. This reproduces the §5.4 table.
 * - `sensitivityAnalysis` *moves* each assumption down and up from its current value, on every
 *   outcome at once, by the steps in `SENSITIVITY_STEPS`.
 *
 * Parameter values: deductions (`deadweight`, `displacement`, `attribution`, `dropOff`) and
 * `discountRate` are fractions; `duration` is whole years; `proxy` is a scale factor applied to the
 * financial proxies (1 = unchanged, 0.8 = every proxy 20 % lower).
 */

/** The parameters the standard sensitivity table shows, in display order. */
export const SENSITIVITY_PARAMETERS = [
  "deadweight",
  "attribution",
  "dropOff",
  "duration",
  "discountRate",
  "proxy",
] as const;
export type SensitivityParameter = (typeof SENSITIVITY_PARAMETERS)[number];

/**
 * How far the standard analysis moves each assumption ("low" = moved down, "high" = moved up):
 * - deductions: −/+ 10 percentage points on every outcome, kept within 0–100 %;
 * - duration: −/+ 1 year on every outcome, kept within 1–10 years;
 * - discount rate: set to 0 % and to 7 % (twice the default, a common pessimistic case);
 * - proxy: every financial proxy × 0.8 and × 1.2 (proxies are the least certain figures).
 */
export const SENSITIVITY_STEPS = {
  deadweight: { kind: "shift", low: -0.1, high: 0.1 },
  attribution: { kind: "shift", low: -0.1, high: 0.1 },
  dropOff: { kind: "shift", low: -0.1, high: 0.1 },
  duration: { kind: "shift", low: -1, high: 1 },
  discountRate: { kind: "set", low: 0, high: 0.07 },
  proxy: { kind: "scale", low: 0.8, high: 1.2 },
} as const satisfies Record<SensitivityParameter, { kind: "shift" | "set" | "scale"; low: number; high: number }>;

/**
 * The range a switching value is searched in: deductions 0–1, discount rate 0–0.10 (the valid
 * range of §5.3), proxy scale factor 0–10, duration 1–10 whole years.
 */
export const SWITCHING_RANGES: Record<SroiParameter, readonly [number, number]> = {
  deadweight: [0, 1],
  displacement: [0, 1],
  attribution: [0, 1],
  dropOff: [0, 1],
  duration: [1, MAX_DURATION_YEARS],
  discountRate: [0, MAX_DISCOUNT_RATE],
  proxy: [0, 10],
};

/** One row of the sensitivity table: the ratio with the assumption moved down (`low`) and up (`high`). */
export interface SensitivityRow {
  parameter: SensitivityParameter;
  /** The SROI ratio with the assumption moved down (for deductions this is usually the higher ratio). */
  low: number;
  /** The SROI ratio with the assumption moved up. */
  high: number;
  /** The value of the parameter, set on every outcome, at which the ratio is exactly 1.0; null if none in range. */
  switchingValue: number | null;
}

/** A change to one assumption: set `parameter` to `value` on one outcome, or on all when `outcomeIndex` is left out. */
export interface SroiChange {
  parameter: SroiParameter;
  value: number;
  /** Which outcome to change (0-based); left out = every outcome. Ignored for `discountRate`. */
  outcomeIndex?: number;
}

/** The parameter to find a switching value for, on one outcome or (no index) on all outcomes. */
export interface SwitchingTarget {
  parameter: SroiParameter;
  outcomeIndex?: number;
}

function setOnOutcome(
  outcome: SroiOutcomeBody,
  parameter: Exclude<SroiParameter, "discountRate">,
  value: number,
): SroiOutcomeBody {
  switch (parameter) {
    case "duration":
      return { ...outcome, durationYears: value };
    case "proxy":
      return { ...outcome, proxyValue: outcome.proxyValue * value };
    default:
      return { ...outcome, [parameter]: value };
  }
}

function checkOutcomeIndex(input: SroiInputBody, outcomeIndex: number | undefined): void {
  if (outcomeIndex === undefined) return;
  if (!Number.isInteger(outcomeIndex) || outcomeIndex < 0 || outcomeIndex >= input.outcomes.length) {
    throw new RangeError(`outcomeIndex ${outcomeIndex} is outside 0…${input.outcomes.length - 1}`);
  }
}

/** A copy of the input with one assumption changed (see `SroiChange`). Throws RangeError for a bad outcome index. */
export function applyChange(input: SroiInputBody, change: SroiChange): SroiInputBody {
  const { parameter, value, outcomeIndex } = change;
  if (parameter === "discountRate") return { ...input, discountRate: value };
  checkOutcomeIndex(input, outcomeIndex);
  return {
    ...input,
    outcomes: input.outcomes.map((outcome, index) =>
      outcomeIndex === undefined || index === outcomeIndex ? setOnOutcome(outcome, parameter, value) : outcome,
    ),
  };
}

/**
 * The SROI ratio (§5.2, PV / INV) after one change, e.g. §5.4 "attribution A 25 % → 50 %":
 * `ratioWith(input, { outcomeIndex: 0, parameter: "attribution", value: 0.5 })` ≈ 0.90.
 */
export function ratioWith(input: SroiInputBody, change: SroiChange): number {
  return sroiRatioOf(applyChange(input, change));
}

/** Finds x in [lo, hi] with f(x) = 0: a scan for the first sign change, then bisection. */
function findRoot(f: (x: number) => number, lo: number, hi: number, segments = 20): number | null {
  let xPrev = lo;
  let fPrev = f(lo);
  if (fPrev === 0) return lo;
  for (let k = 1; k <= segments; k += 1) {
    const x = lo + ((hi - lo) * k) / segments;
    const fx = f(x);
    if (fx === 0) return x;
    if (Math.sign(fx) !== Math.sign(fPrev)) return bisect(f, xPrev, x, fPrev);
    xPrev = x;
    fPrev = fx;
  }
  return null;
}

function bisect(f: (x: number) => number, lo: number, hi: number, fLo: number): number {
  let a = lo;
  let b = hi;
  let fa = fLo;
  for (let i = 0; i < 100 && b - a > 1e-12 * Math.max(1, Math.abs(b)); i += 1) {
    const mid = (a + b) / 2;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(fa)) {
      a = mid;
      fa = fm;
    } else {
      b = mid;
    }
  }
  return (a + b) / 2;
}

/**
 * The switching value (§5.4): the value of `parameter` at which the SROI ratio is exactly 1.0,
 * found by bisection within `SWITCHING_RANGES`; null when no value in that range reaches 1.0.
 * For `duration` (whole years) it is the first number of years at which the ratio reaches or
 * crosses 1.0, counting up from 1. With several roots, the lowest is returned.
 * Example (§5.4): `switchingValueFor(input, { outcomeIndex: 0, parameter: "deadweight" })` ≈ 0.389.
 */
export function switchingValueFor(input: SroiInputBody, target: SwitchingTarget): number | null {
  const { parameter, outcomeIndex } = target;
  if (parameter !== "discountRate") checkOutcomeIndex(input, outcomeIndex);
  const gap = (value: number) => ratioWith(input, { parameter, value, outcomeIndex }) - 1;
  const [lo, hi] = SWITCHING_RANGES[parameter];
  if (parameter === "duration") {
    let previous = gap(lo);
    if (previous === 0) return lo;
    for (let years = lo + 1; years <= hi; years += 1) {
      const current = gap(years);
      if (current === 0 || Math.sign(current) !== Math.sign(previous)) return years;
      previous = current;
    }
    return null;
  }
  return findRoot(gap, lo, hi);
}

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** The input with one standard sensitivity step applied to every outcome (see `SENSITIVITY_STEPS`). */
function stepped(input: SroiInputBody, parameter: SensitivityParameter, direction: "low" | "high"): SroiInputBody {
  const step = SENSITIVITY_STEPS[parameter][direction];
  switch (parameter) {
    case "discountRate":
      return { ...input, discountRate: step };
    case "proxy":
      return { ...input, outcomes: input.outcomes.map((o) => ({ ...o, proxyValue: o.proxyValue * step })) };
    case "duration":
      return {
        ...input,
        outcomes: input.outcomes.map((o) => ({
          ...o,
          durationYears: clamp(o.durationYears + step, 1, MAX_DURATION_YEARS),
        })),
      };
    default:
      return {
        ...input,
        outcomes: input.outcomes.map((o) => ({ ...o, [parameter]: clamp(o[parameter] + step, 0, 1) })),
      };
  }
}

/**
 * The standard sensitivity table (§2.4 stage 5, §5.4): for each of deadweight, attribution,
 * drop-off, duration, discount rate and proxy, the SROI ratio with the assumption moved down and up
 * (`SENSITIVITY_STEPS`), and its switching value (the value set on every outcome that gives 1.0).
 */
export function sensitivityAnalysis(input: SroiInputBody): SensitivityRow[] {
  return SENSITIVITY_PARAMETERS.map((parameter) => ({
    parameter,
    low: sroiRatioOf(stepped(input, parameter, "low")),
    high: sroiRatioOf(stepped(input, parameter, "high")),
    switchingValue: switchingValueFor(input, { parameter }),
  }));
}
