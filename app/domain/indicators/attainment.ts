import type { IndicatorDirection } from "./types";

/**
 * Target attainment (måluppfyllelse) for one indicator: how far the actual value (utfall) has come
 * from the baseline (utgångsläge) towards the target (målvärde), method guide §1.3 and §10.1
 * "outcomes vs baseline and target". The one formula used on the indicator pages, in the report
 * model (and so in the PDF and the API snapshot); docs/glossary.md states the definition.
 */

export const ATTAINMENT_STATUSES = ["reached", "on-track", "behind", "not-reached", "no-data"] as const;
export type AttainmentStatus = (typeof ATTAINMENT_STATUSES)[number];

/**
 * How the attainment was worked out:
 * - `baseline`: share = (actual − baseline) / (target − baseline), signed by direction
 * - `no-baseline`: no baseline, so there is no way to measure a share of: only reached or not
 * - `flat-target`: target equals baseline (the aim is to hold the level): only reached or not
 * - `none`: actual or target missing
 */
export type AttainmentMethod = "baseline" | "no-baseline" | "flat-target" | "none";

export interface AttainmentInput {
  baseline?: number | null;
  target?: number | null;
  actual?: number | null;
  direction: IndicatorDirection;
  /**
   * How much of the way to the target is expected by now (0–1): the elapsed share of the target
   * period, e.g. from `expectedShareAt`. Defaults to 1 (the target date has come), so anything
   * short of the target is "behind".
   */
  expectedShare?: number;
}

export interface Attainment {
  /**
   * Share of the way from baseline to target (1 = target reached, 0.5 = half-way, below 0 = moved
   * the wrong way, above 1 = beyond the target). Not clamped: clamp for bars, not for numbers.
   * `null` unless the method is `baseline`: without a baseline, or with a target equal to the
   * baseline, there is no way to measure a share of, and a percentage would be made up.
   */
  share: number | null;
  status: AttainmentStatus;
  method: AttainmentMethod;
}

const isNumber = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Target attainment. Share = (actual − baseline) / (target − baseline), with both differences
 * taken in the better direction, so "decrease" indicators work the same way (baseline 40, target
 * 20, actual 30 → 0.5). The share exists only when there is a baseline that differs from the
 * target; otherwise the attainment is only "reached" or "not-reached" (no baseline is not taken as
 * zero, and a flat target gives no 0 % / 100 %).
 *
 * Status: "no-data" without an actual value or a target; "reached" when the actual value is at or
 * beyond the target in the better direction; without a share "not-reached"; with a share
 * "on-track" when it is at least `expectedShare`, otherwise "behind".
 */
export function computeAttainment(input: AttainmentInput): Attainment {
  const { baseline, target, actual, direction } = input;
  if (!isNumber(actual) || !isNumber(target)) return { share: null, status: "no-data", method: "none" };
  const sign = direction === "increase" ? 1 : -1;
  const reached = sign * (actual - target) >= 0;

  if (!isNumber(baseline)) return { share: null, status: reached ? "reached" : "not-reached", method: "no-baseline" };
  const needed = sign * (target - baseline);
  if (needed === 0) return { share: null, status: reached ? "reached" : "not-reached", method: "flat-target" };

  const share = (sign * (actual - baseline)) / needed;
  if (reached) return { share, status: "reached", method: "baseline" };
  const expected = clamp01(input.expectedShare ?? 1);
  return { share, status: share >= expected ? "on-track" : "behind", method: "baseline" };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
}

/**
 * The share of a target period that has passed on a date (0 before the start, 1 from the end
 * date on), counted in whole days with both ends inclusive. The expected share for
 * `computeAttainment` under a straight-line plan from baseline to target.
 */
export function expectedShareAt(start: string, end: string, asOf: string): number {
  const day = (s: string): number => Date.parse(`${s.slice(0, 10)}T00:00:00Z`) / 86_400_000;
  const s = day(start);
  const e = day(end) + 1;
  const a = day(asOf) + 1;
  if (![s, e, a].every(Number.isFinite) || e <= s) return 1;
  return clamp01((a - s) / (e - s));
}
