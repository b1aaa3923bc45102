import type { IndicatorDirection, LocalizedText } from "./types";

/**
 * Target attainment (måluppfyllelse) for one indicator: how far the actual value (utfall) has come
 * from the baseline (utgångsläge) towards the target (målvärde), method guide §1.3 and §10.1
 * "outcomes vs baseline and target".
 */

export const ATTAINMENT_STATUSES = ["reached", "on-track", "behind", "no-data"] as const;
export type AttainmentStatus = (typeof ATTAINMENT_STATUSES)[number];

export const ATTAINMENT_STATUS_LABELS: Record<AttainmentStatus, LocalizedText> = {
  reached: { sv: "Målet är nått", en: "Target reached" },
  "on-track": { sv: "På väg mot målet", en: "On track" },
  behind: { sv: "Efter plan", en: "Behind plan" },
  "no-data": { sv: "Uppgifter saknas", en: "No data yet" },
};

/**
 * How the share was worked out:
 * - `baseline`: (actual − baseline) / (target − baseline), signed by direction
 * - `no-baseline`: no baseline given; actual / target for "increase", target / actual for "decrease"
 * - `flat-target`: target equals baseline (the aim is to hold the level); share 1 if held, else 0
 * - `none`: no share (actual or target missing)
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
   * `null` when it cannot be worked out.
   */
  share: number | null;
  status: AttainmentStatus;
  method: AttainmentMethod;
}

const isNumber = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Target attainment. Share = (actual − baseline) / (target − baseline), with both differences
 * taken in the better direction, so "decrease" indicators work the same way (baseline 40, target
 * 20, actual 30 → 0.5). Without a baseline the share is actual / target for "increase" (the
 * baseline is taken as zero) and target / actual for "decrease" (actual 0 counts as reached).
 * When target equals baseline the share is 1 if the level is held or bettered, else 0.
 *
 * Status: "no-data" without an actual value or a target; "reached" when the actual value is at or
 * beyond the target in the better direction; "on-track" when the share is at least
 * `expectedShare`; otherwise "behind".
 */
export function computeAttainment(input: AttainmentInput): Attainment {
  const { baseline, target, actual, direction } = input;
  if (!isNumber(actual) || !isNumber(target)) return { share: null, status: "no-data", method: "none" };
  const sign = direction === "increase" ? 1 : -1;
  const reached = sign * (actual - target) >= 0;

  let share: number;
  let method: AttainmentMethod;
  if (isNumber(baseline)) {
    const needed = sign * (target - baseline);
    if (needed === 0) {
      share = reached ? 1 : 0;
      method = "flat-target";
    } else {
      share = (sign * (actual - baseline)) / needed;
      method = "baseline";
    }
  } else if (direction === "increase") {
    share = target === 0 ? (reached ? 1 : 0) : actual / target;
    method = target === 0 ? "flat-target" : "no-baseline";
  } else {
    share = actual === 0 ? 1 : target / actual;
    method = "no-baseline";
  }

  if (reached) return { share, status: "reached", method };
  const expected = clamp01(input.expectedShare ?? 1);
  return { share, status: share >= expected ? "on-track" : "behind", method };
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
