import type { ReactNode } from "react";
import { ClientOnlyChart, Table, TBody, Td, Th, THead, Tr, type Recharts } from "~/components/ui";
import type { ReportChart } from "~/domain/reports/types";
import { messagesFor } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { formatNumber, formatPercent, formatSek } from "~/utils/format";

/**
 * One chart of a report model, drawn with recharts from the model's chart data (the PDF draws the
 * same data with jsPDF, so the numbers agree). Every chart has the same figures in a table under a
 * "Visa som tabell" disclosure. The drawing is rendered only in the browser after hydration
 * (recharts generates ids and wraps text differently on the server, which breaks hydration); the
 * server renders a placeholder box of the same aspect ratio, and the data table is always
 * server-rendered. Labels follow the report's own locale (a frozen report keeps its language).
 */

const ACCENT = "#146c5c";
const ACCENT_LIGHT = "#6fb9a8";
const TARGET = "#b07a10";
const BASELINE = "#4f5b5a";
const NEGATIVE = "#b3261e";
const GRID = "#dadfdf";
const WIDTH = 720;

/** Round axis ticks from min to max (steps of 1, 2, 2.5 or 5 times a power of ten), so the axes read easily. */
function niceAxis(min: number, max: number, count = 5): { domain: [number, number]; ticks: number[] } {
  const lo = min;
  const span = max - lo || 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { domain: [start, end], ticks };
}

export function ReportChartView({ chart, locale }: { chart: ReportChart; locale: Locale }) {
  const t = messagesFor(locale);
  const words = t.reports.view.chart;
  const sek = (v: number) => formatSek(v, locale);
  const compactSek = (v: number) => formatNumber(v, locale, 0);
  const ratio = (v: number) => formatNumber(v, locale, 2, 2);
  const share = (v: number) => formatPercent(v, locale, 0);
  const num = (v: number | null) => (v === null ? "–" : formatNumber(v, locale, 2));
  const axisTick = { fill: "#3a4544", fontSize: 13 };

  let drawing: (recharts: Recharts) => ReactNode;
  let height = 300;
  let table: { headers: string[]; numeric: boolean[]; rows: string[][] };

  switch (chart.kind) {
    case "indicator-progress": {
      const unit = chart.unit ? ` (${chart.unit})` : "";
      drawing = (rc) => (
        <rc.ComposedChart
          width={WIDTH}
          height={height}
          data={chart.data}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        >
          <rc.CartesianGrid stroke={GRID} vertical={false} />
          <rc.XAxis dataKey="label" tick={axisTick} />
          <rc.YAxis tick={axisTick} tickFormatter={(v: number) => formatNumber(v, locale, 1)} width={64} />
          <rc.Tooltip formatter={(v: number) => num(v)} isAnimationActive={false} />
          <rc.Legend />
          <rc.Bar dataKey="actual" name={`${words.actual}${unit}`} fill={ACCENT} isAnimationActive={false} />
          <rc.Line
            dataKey="target"
            name={`${words.target}${unit}`}
            stroke={TARGET}
            strokeWidth={3}
            strokeDasharray="6 4"
            connectNulls
            dot
            isAnimationActive={false}
          />
          <rc.Line
            dataKey="baseline"
            name={`${words.baseline}${unit}`}
            stroke={BASELINE}
            strokeWidth={2}
            connectNulls
            dot={false}
            isAnimationActive={false}
          />
        </rc.ComposedChart>
      );
      table = {
        headers: [words.period, `${words.baseline}${unit}`, `${words.target}${unit}`, `${words.actual}${unit}`],
        numeric: [false, true, true, true],
        rows: chart.data.map((p) => [p.label, num(p.baseline), num(p.target), num(p.actual)]),
      };
      break;
    }
    case "target-attainment": {
      height = Math.max(160, 48 * chart.data.length + 60);
      const axis = niceAxis(0, Math.max(1.2, ...chart.data.map((d) => d.share)));
      drawing = (rc) => (
        <rc.BarChart
          width={WIDTH}
          height={height}
          data={chart.data}
          layout="vertical"
          margin={{ top: 8, right: 32, bottom: 8, left: 8 }}
        >
          <rc.CartesianGrid stroke={GRID} horizontal={false} />
          <rc.XAxis type="number" tick={axisTick} tickFormatter={share} domain={axis.domain} ticks={axis.ticks} />
          <rc.YAxis type="category" dataKey="label" tick={axisTick} width={220} />
          <rc.Tooltip formatter={(v: number) => share(v)} isAnimationActive={false} />
          <rc.ReferenceLine x={1} stroke={TARGET} strokeWidth={2} strokeDasharray="6 4" />
          <rc.Bar dataKey="share" name={words.attainment} fill={ACCENT} isAnimationActive={false} />
        </rc.BarChart>
      );
      table = {
        headers: [words.indicator, words.attainment],
        numeric: [false, true],
        rows: chart.data.map((d) => [d.label, share(d.share)]),
      };
      break;
    }
    case "sroi-by-stakeholder": {
      height = Math.max(160, 48 * chart.data.length + 60);
      drawing = (rc) => (
        <rc.BarChart
          width={WIDTH}
          height={height}
          data={chart.data}
          layout="vertical"
          margin={{ top: 8, right: 32, bottom: 8, left: 8 }}
        >
          <rc.CartesianGrid stroke={GRID} horizontal={false} />
          <rc.XAxis type="number" tick={axisTick} tickFormatter={compactSek} />
          <rc.YAxis type="category" dataKey="stakeholder" tick={axisTick} width={220} />
          <rc.Tooltip formatter={(v: number) => sek(v)} isAnimationActive={false} />
          <rc.Bar dataKey="presentValue" name={words.presentValue} fill={ACCENT} isAnimationActive={false} />
        </rc.BarChart>
      );
      table = {
        headers: [words.stakeholder, words.presentValue],
        numeric: [false, true],
        rows: chart.data.map((d) => [d.stakeholder, sek(d.presentValue)]),
      };
      break;
    }
    case "sroi-by-year": {
      drawing = (rc) => (
        <rc.BarChart
          width={WIDTH}
          height={height}
          data={chart.data}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        >
          <rc.CartesianGrid stroke={GRID} vertical={false} />
          <rc.XAxis dataKey="year" tick={axisTick} />
          <rc.YAxis tick={axisTick} tickFormatter={compactSek} width={88} />
          <rc.Tooltip formatter={(v: number) => sek(v)} isAnimationActive={false} />
          <rc.Legend />
          <rc.Bar dataKey="value" name={words.value} fill={ACCENT_LIGHT} isAnimationActive={false} />
          <rc.Bar dataKey="presentValue" name={words.presentValue} fill={ACCENT} isAnimationActive={false} />
        </rc.BarChart>
      );
      table = {
        headers: [words.year, words.value, words.presentValue],
        numeric: [false, true, true],
        rows: chart.data.map((d) => [String(d.year), sek(d.value), sek(d.presentValue)]),
      };
      break;
    }
    case "sensitivity-tornado": {
      const data = chart.data.map((d) => ({
        parameter: d.parameter,
        range: [Math.min(d.low, d.high), Math.max(d.low, d.high)] as [number, number],
      }));
      const values = [chart.base, 1, ...chart.data.flatMap((d) => [d.low, d.high])];
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      const pad = (hi - lo) * 0.1 || 0.1;
      const axis = niceAxis(Math.max(0, lo - pad), hi + pad);
      height = Math.max(160, 44 * data.length + 60);
      drawing = (rc) => (
        <rc.BarChart
          width={WIDTH}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 16, right: 32, bottom: 8, left: 8 }}
        >
          <rc.CartesianGrid stroke={GRID} horizontal={false} />
          <rc.XAxis type="number" tick={axisTick} tickFormatter={ratio} domain={axis.domain} ticks={axis.ticks} />
          <rc.YAxis type="category" dataKey="parameter" tick={axisTick} width={220} />
          <rc.Tooltip
            formatter={(v: unknown) =>
              Array.isArray(v) ? `${ratio(v[0] as number)} – ${ratio(v[1] as number)}` : String(v)
            }
            isAnimationActive={false}
          />
          <rc.ReferenceLine
            x={chart.base}
            stroke={ACCENT}
            strokeWidth={2}
            label={{
              value: words.base,
              position: "top",
              fill: "#0b4a40",
              fontSize: 12,
            }}
          />
          <rc.ReferenceLine x={1} stroke={NEGATIVE} strokeDasharray="6 4" />
          <rc.Bar dataKey="range" name={words.parameter} fill={ACCENT_LIGHT} isAnimationActive={false} />
        </rc.BarChart>
      );
      table = {
        headers: [words.parameter, words.low, words.high],
        numeric: [false, true, true],
        rows: chart.data.map((d) => [d.parameter, ratio(d.low), ratio(d.high)]),
      };
      break;
    }
    case "socioeconomic-per-actor": {
      height = Math.max(160, 48 * chart.data.length + 60);
      drawing = (rc) => (
        <rc.BarChart
          width={WIDTH}
          height={height}
          data={chart.data}
          layout="vertical"
          margin={{ top: 8, right: 32, bottom: 8, left: 8 }}
        >
          <rc.CartesianGrid stroke={GRID} horizontal={false} />
          <rc.XAxis type="number" tick={axisTick} tickFormatter={compactSek} />
          <rc.YAxis type="category" dataKey="label" tick={axisTick} width={220} />
          <rc.Tooltip formatter={(v: number) => sek(v)} isAnimationActive={false} />
          <rc.ReferenceLine x={0} stroke={BASELINE} />
          <rc.Bar dataKey="total" name={words.total} fill={ACCENT} isAnimationActive={false} />
        </rc.BarChart>
      );
      table = {
        headers: [words.actor, words.total],
        numeric: [false, true],
        rows: chart.data.map((d) => [d.label, sek(d.total)]),
      };
      break;
    }
  }

  return (
    <figure className="report-chart my-6 break-inside-avoid">
      <figcaption className="mb-2 font-semibold text-ink">{chart.title}</figcaption>
      <div
        role="img"
        aria-label={t.reports.view.chartLabel(chart.title)}
        className="w-full overflow-hidden [&_.recharts-wrapper]:!h-auto [&_.recharts-wrapper]:!w-full [&_.recharts-wrapper>svg]:h-auto [&_.recharts-wrapper>svg]:w-full"
      >
        <ClientOnlyChart
          fallback={
            <div
              className="w-full rounded bg-neutral-50"
              style={{ aspectRatio: `${WIDTH} / ${height}` }}
              data-chart-placeholder=""
            />
          }
        >
          {(rc) => drawing(rc)}
        </ClientOnlyChart>
      </div>
      <details className="no-print mt-2">
        <summary className="font-semibold text-accent-700">{t.reports.view.showAsTable}</summary>
        <Table caption={chart.title} captionHidden density="compact" wrapperClassName="mt-2">
          <THead>
            <Tr>
              {table.headers.map((h, i) => (
                <Th key={h} numeric={table.numeric[i]}>
                  {h}
                </Th>
              ))}
            </Tr>
          </THead>
          <TBody>
            {table.rows.map((cells, r) => (
              <Tr key={r}>
                {cells.map((c, i) =>
                  i === 0 ? (
                    <Th key={i} scope="row">
                      {c}
                    </Th>
                  ) : (
                    <Td key={i} numeric={table.numeric[i]}>
                      {c}
                    </Td>
                  ),
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      </details>
    </figure>
  );
}
