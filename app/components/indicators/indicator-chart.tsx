import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Table, TBody, Td, Th, THead, Tr } from "~/components/ui";
import type { IndicatorUnit } from "~/domain/indicators/units";
import { useLocale, useT } from "~/i18n/use-t";
import { formatIndicatorValue } from "./format";

export interface IndicatorChartPoint {
  periodKey: string;
  label: string;
  actual: number | null;
  target: number | null;
  baseline: number | null;
}

const COLORS = { actual: "#0f5e51", target: "#8a4b00", baseline: "#4f5b5a", grid: "#dadfdf", ink: "#1b2424" };

/**
 * Actual values against targets and the baseline over the accounting's periods (recharts 2.15,
 * which also renders on the server). The drawing is hidden from screen readers; the same numbers
 * are in the table under "Visa som tabell".
 */
export function IndicatorChart({ title, caption, data, unit, height = 300 }: { title: string; caption: string; data: IndicatorChartPoint[]; unit: IndicatorUnit; height?: number }) {
  const t = useT();
  const locale = useLocale();
  const baseline = data.find((d) => d.baseline !== null)?.baseline ?? null;
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-lg font-semibold text-ink">{title}</figcaption>
      <div aria-hidden="true" className="w-full" style={{ height }}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
          <ComposedChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" tick={{ fill: COLORS.ink, fontSize: 13 }} />
            <YAxis tick={{ fill: COLORS.ink, fontSize: 13 }} tickFormatter={(v: number) => fmt(v)} width={80} />
            <Tooltip formatter={(v: number) => fmt(v)} />
            <Legend />
            {baseline !== null ? (
              <ReferenceLine y={baseline} stroke={COLORS.baseline} strokeDasharray="2 4" label={{ value: t.indicators.chart.baseline, position: "insideTopLeft", fill: COLORS.baseline, fontSize: 12 }} />
            ) : null}
            <Line
              type="monotone"
              dataKey="target"
              name={t.indicators.chart.target}
              stroke={COLORS.target}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="actual"
              name={t.indicators.chart.actual}
              stroke={COLORS.actual}
              strokeWidth={3}
              dot={{ r: 5 }}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <details className="rounded-md border border-neutral-300 bg-white p-3">
        <summary className="cursor-pointer font-semibold text-accent-700">{t.common.showAsTable}</summary>
        <div className="mt-3">
          <Table caption={caption} captionHidden density="compact">
            <THead>
              <Tr>
                <Th>{t.indicators.detail.period}</Th>
                <Th numeric>{t.indicators.chart.actual}</Th>
                <Th numeric>{t.indicators.chart.target}</Th>
                <Th numeric>{t.indicators.chart.baseline}</Th>
              </Tr>
            </THead>
            <TBody>
              {data.map((d) => (
                <Tr key={d.periodKey}>
                  <Th>{d.label}</Th>
                  <Td numeric>{d.actual === null ? t.common.none : fmt(d.actual)}</Td>
                  <Td numeric>{d.target === null ? t.common.none : fmt(d.target)}</Td>
                  <Td numeric>{d.baseline === null ? t.common.none : fmt(d.baseline)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
