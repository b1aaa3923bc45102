/**
 * The SROI key figures (method guide §5.2–5.4) as every page, step and report shows them: the ratio
 * always together with its sensitivity range, present value, inputs, net present value, payback and
 * the discount rate. One type and one range rule for the impact map, the method guide step and the
 * report builder.
 */

/** The lowest and highest ratio of a sensitivity analysis, the base ratio included. */
export interface RatioRange {
  low: number;
  high: number;
}

/**
 * The ratio's sensitivity range (§5.4): the smallest and largest of the base ratio and every
 * row's low and high ratio (non-finite values left out). Null when there is no sensitivity
 * analysis, because the ratio is never shown without its range.
 */
export function ratioRange(result: {
  ratio: number;
  sensitivity: readonly { low: number; high: number }[];
}): RatioRange | null {
  if (result.sensitivity.length === 0) return null;
  const all = [result.ratio, ...result.sensitivity.flatMap((row) => [row.low, row.high])].filter((x) =>
    Number.isFinite(x),
  );
  if (all.length === 0) return null;
  return { low: Math.min(...all), high: Math.max(...all) };
}

/** The key figures of one SROI calculation at full precision; shares are fractions (0.035 = 3,5 %). */
export interface SroiKeyFigures {
  kind: "forecast" | "evaluative" | null;
  discountRate: number;
  totalInputs: number;
  presentValue: number;
  netPresentValue: number;
  ratio: number;
  /** The lowest and highest ratio of the sensitivity analysis (the base ratio included). */
  ratioLow: number;
  ratioHigh: number;
  /** null when nothing is paid back in the first year. */
  paybackMonths: number | null;
}

/**
 * The key figures of an SROI result, or null when the result has no sensitivity analysis (the
 * ratio is never shown without its range).
 */
export function sroiKeyFigures(
  result: {
    totalInputs: number;
    presentValue: number;
    netPresentValue: number;
    ratio: number;
    paybackMonths: number | null;
    sensitivity: readonly { low: number; high: number }[];
  },
  calculation: { kind?: "forecast" | "evaluative" | null; discountRate: number },
): SroiKeyFigures | null {
  const range = ratioRange(result);
  if (!range) return null;
  return {
    kind: calculation.kind ?? null,
    discountRate: calculation.discountRate,
    totalInputs: result.totalInputs,
    presentValue: result.presentValue,
    netPresentValue: result.netPresentValue,
    ratio: result.ratio,
    ratioLow: range.low,
    ratioHigh: range.high,
    paybackMonths: result.paybackMonths,
  };
}
