import { ClientOnlyChart, Table, TBody, Td, Th, THead, Tr } from "~/components/ui";
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

/**
 * Palette colours (tailwind.config.ts). Lines are at least 3:1 on white and also differ in dash
 * pattern and marker (actual solid with dots, target dashed, baseline dotted); text is ink or
 * neutral-700 (≥ 4.5:1) at 14 px.
 */
const COLORS = {
  actual: "#0f5e51",
  target: "#8a4b00",
  baseline: "#4f5b5a",
  grid: "#dadfdf",
  ink: "#1b2424",
  text: "#3a4544",
  axis: "#4f5b5a",
};
const TICK = { fill: COLORS.text, fontSize: 14 };

/**
 * Actual values against targets and the baseline over the accounting's periods (recharts 2.15).
 * The drawing renders only in the browser (`ClientOnly`; recharts' ids and text layout differ on
 * the server and broke hydration); the server sends a box of the same height. The drawing is
 * hidden from screen readers; the same numbers are in the server-rendered table under "Visa som tabell".
 */
export function IndicatorChart({
  title,
  caption,
  data,
  unit,
  height = 300,
}: {
  title: string;
  caption: string;
  data: IndicatorChartPoint[];
  unit: IndicatorUnit;
  height?: number;
}) {
  const t = useT();
  const locale = useLocale();
  const baseline = data.find((d) => d.baseline !== null)?.baseline ?? null;
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-lg font-semibold text-ink">{title}</figcaption>
      <div aria-hidden="true" className="w-full" style={{ height }}>
        <ClientOnlyChart fallback={<div className="h-full w-full rounded-md bg-neutral-50" />}>
          {(rc) => (
            <rc.ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
              <rc.ComposedChart data={data} margin={{ top: 16, right: 32, bottom: 8, left: 8 }}>
                <rc.CartesianGrid stroke={COLORS.grid} vertical={false} />
                <rc.XAxis dataKey="label" tick={TICK} stroke={COLORS.axis} padding={{ left: 40, right: 40 }} />
                <rc.YAxis tick={TICK} stroke={COLORS.axis} tickFormatter={(v: number) => fmt(v)} width={90} />
                <rc.Tooltip formatter={(v: number) => fmt(v)} />
                <rc.Legend
                  wrapperStyle={{ fontSize: 14, color: COLORS.ink }}
                  formatter={(value: string) => <span style={{ color: COLORS.ink }}>{value}</span>}
                />
                {baseline !== null ? (
                  <rc.ReferenceLine
                    y={baseline}
                    stroke={COLORS.baseline}
                    strokeDasharray="2 4"
                    strokeWidth={2}
                    label={{
                      value: t.indicators.chart.baseline,
                      position: "insideTopLeft",
                      fill: COLORS.ink,
                      fontSize: 14,
                    }}
                  />
                ) : null}
                <rc.Line
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
                <rc.Line
                  type="monotone"
                  dataKey="actual"
                  name={t.indicators.chart.actual}
                  stroke={COLORS.actual}
                  strokeWidth={3}
                  dot={{ r: 5 }}
                  connectNulls
                  isAnimationActive={false}
                />
              </rc.ComposedChart>
            </rc.ResponsiveContainer>
          )}
        </ClientOnlyChart>
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
