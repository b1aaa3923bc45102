/**
 * In-process figures (kept from the first bench): PDF rendering of a long report, the report
 * model, SROI calculations. Median and p95 of N runs after three warm-up runs.
 */
import { buildReportModel } from "~/domain/reports/build-report";
import type { ReportSource } from "~/domain/reports/types";
import { calculateSroi, sroiWorkedExample } from "~/domain/sroi";
import { renderReportPdf } from "~server/reports/render-report-pdf.server";
import { fixtureOptions, fixtureSource } from "../../tests/unit/reports/fixture";

export interface MicroResult {
  name: string;
  median: number;
  p95: number;
  target?: number;
  note?: string;
}

function measure(name: string, runs: number, fn: () => void, target?: number, note?: string): MicroResult {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    median: times[Math.floor(runs / 2)]!,
    p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))]!,
    target,
    note,
  };
}

/** A report of about 20 pages: the fixture with many indicators, periods and long narratives. */
function largeSource(): ReportSource {
  const source = fixtureSource();
  const template = source.indicators[0]!;
  const periods = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);
  for (let i = 0; i < 12; i++) {
    source.indicators.push({
      ...template,
      id: `bench-${i}`,
      code: undefined,
      name: `Indikator ${i + 1}: deltagare som upplever förändring (${["kvinnor", "män", "unga", "äldre"][i % 4]})`,
      targets: periods.map((p, j) => ({ period: p, value: 10 + j * 2 })),
      actuals: periods.map((p, j) => ({
        period: p,
        periodLabel: p,
        value: 8 + j * 2 + (i % 3),
        dataQuality: 2 as const,
      })),
    });
  }
  return source;
}

/** Runs every in-process figure; `runs` scales the repetitions (small mode uses fewer). */
export function microBenchmarks(scale = 1): MicroResult[] {
  const results: MicroResult[] = [];
  const n = (runs: number) => Math.max(3, Math.round(runs * scale));
  const source = largeSource();
  const options = fixtureOptions("grant-report", {
    narratives: Object.fromEntries(
      Object.entries(fixtureOptions("grant-report").narratives).map(([k, v]) => [k, `${v}\n\n${(v ?? "").repeat(3)}`]),
    ),
  });
  const model = buildReportModel(source, options);
  const pdf = renderReportPdf(model);
  const pages = (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
  results.push(
    measure(
      `PDF render, ${pages}-page report with ${model.charts.length} charts (jsPDF, server)`,
      n(20),
      () => renderReportPdf(model),
      1000,
      `${(pdf.length / 1024).toFixed(0)} KiB`,
    ),
  );
  results.push(
    measure("Report model build (grant report, 13+ indicators)", n(50), () => buildReportModel(source, options), 100),
  );

  const example = sroiWorkedExample();
  results.push(measure("SROI calculation with sensitivity, §5.4 example", n(200), () => calculateSroi(example), 20));
  const big = {
    ...example,
    outcomes: Array.from({ length: 100 }, (_, i) => ({
      ...example.outcomes[i % 2]!,
      label: `Effekt ${i}`,
      durationYears: 10,
    })),
  };
  results.push(
    measure("SROI calculation with sensitivity, 100 outcomes × 10 years", n(30), () => calculateSroi(big), 100),
  );
  return results;
}
