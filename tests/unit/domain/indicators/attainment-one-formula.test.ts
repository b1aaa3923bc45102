import { describe, expect, it } from "vitest";
import { computeAttainment, type AttainmentInput } from "~/domain/indicators/attainment";
import { buildReportModel } from "~/domain/reports/build-report";
import type { ReportModel, SourceIndicator } from "~/domain/reports/types";
import { fixtureOptions, fixtureSource } from "../../reports/fixture";

/**
 * The indicator pages and the report model use one attainment formula (computeAttainment). These are
 * the two cases where they used to disagree: "lower is better" without a baseline (page: target ÷
 * actual; report: no share) and a flat target, target = baseline (page: 100 % or 0 %; report: no
 * share). Neither has a way from a baseline to a target to measure a share of, so both say only
 * "reached" or "not reached".
 */

function indicator(
  id: string,
  spec: { direction: "increase" | "decrease"; baseline: number | null; target: number; actual: number },
): SourceIndicator {
  return {
    id,
    name: id,
    unit: "dagar",
    level: "output",
    direction: spec.direction,
    dataSource: "Egen uppföljning",
    ...(spec.baseline === null ? {} : { baseline: { value: spec.baseline, date: "2024-12-31", source: "2024" } }),
    targets: [{ period: "2025", value: spec.target }],
    actuals: [{ period: "2025", periodLabel: "2025", value: spec.actual, dataQuality: 2 }],
    evidenceCount: 1,
  };
}

const CASES = {
  "decrease-no-baseline": { direction: "decrease", baseline: null, target: 10, actual: 20 },
  "decrease-no-baseline-reached": { direction: "decrease", baseline: null, target: 10, actual: 8 },
  "flat-target-held": { direction: "increase", baseline: 50, target: 50, actual: 52 },
  "flat-target-missed": { direction: "increase", baseline: 50, target: 50, actual: 48 },
} as const;

function shareCell(model: ReportModel, id: string) {
  return model.tables.find((t) => t.id === "promised-vs-achieved")!.rows.find((r) => r.key === id)!.cells.share!;
}

describe("one attainment formula for pages and reports", () => {
  it("has no share for lower-is-better without a baseline, only reached or not", () => {
    const input: AttainmentInput = { direction: "decrease", target: 10, actual: 20 };
    expect(computeAttainment(input)).toEqual({ share: null, status: "not-reached", method: "no-baseline" });
    expect(computeAttainment({ ...input, actual: 8 })).toEqual({
      share: null,
      status: "reached",
      method: "no-baseline",
    });
  });

  it("has no share for a flat target (target = baseline), only reached or not", () => {
    const input: AttainmentInput = { direction: "increase", baseline: 50, target: 50, actual: 52 };
    expect(computeAttainment(input)).toEqual({ share: null, status: "reached", method: "flat-target" });
    expect(computeAttainment({ ...input, actual: 48 })).toEqual({
      share: null,
      status: "not-reached",
      method: "flat-target",
    });
  });

  it("states in the report model exactly what the page states", () => {
    const source = fixtureSource();
    source.indicators = Object.entries(CASES).map(([id, spec]) => indicator(id, spec));
    const model = buildReportModel(source, fixtureOptions("grant-report"));
    const expected = {
      "decrease-no-baseline": "Målet inte nått",
      "decrease-no-baseline-reached": "Målet nått",
      "flat-target-held": "Målet nått",
      "flat-target-missed": "Målet inte nått",
    };
    for (const [id, spec] of Object.entries(CASES)) {
      const page = computeAttainment(spec);
      expect(shareCell(model, id), id).toEqual({ text: expected[id as keyof typeof expected], value: page.share });
    }
    // No made-up bar in the attainment chart either.
    expect(model.charts.find((c) => c.kind === "target-attainment")).toBeUndefined();
  });
});
