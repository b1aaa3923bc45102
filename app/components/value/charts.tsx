import { useId, type ReactElement, type ReactNode } from "react";
import { ClientOnlyChart, Table, TBody, Td, Th, THead, Tr, type Recharts } from "~/components/ui";
import { SROI_PARAMETERS, sroiParameterLabel, type SroiParameter } from "~/domain/sroi";
import { messagesFor } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { useLocale } from "~/i18n/use-t";
import { formatNumber, formatSek } from "~/utils/format";

/**
 * Charts of the value calculations (recharts 2.15). The drawing renders only in the browser
 * (`ClientOnly`): recharts generates ids and wraps text differently on the server, which made React
 * throw away the server HTML (hydration errors). The server sends a box of the same height. Each takes
 * plain data, so the report web view can draw them from a report model too, and each shows the
 * same numbers as a table under a "Visa som tabell" disclosure. The drawing is hidden from screen
 * readers; the table is the accessible version. `locale` defaults to the reader's language.
 */

/**
 * Colours from the palette (tailwind.config.ts). Text (ticks, legend, labels) is ink or
 * neutral-700, at least 4.5:1 on white; series colours are at least 3:1 on white, and series that
 * must be told apart also differ in pattern (hatching), not only in colour.
 */
const COLORS = {
  accent: "#0f5e51", // accent-700, 7.66:1
  accentMid: "#3a9883", // accent-400, 3.50:1 (always hatched)
  low: "#1d7d6a", // accent-500, 5.01:1
  high: "#b07a10", // warning-600, 3.73:1 (always hatched)
  danger: "#b3261e", // danger-700, 6.54:1
  grid: "#dadfdf",
  ink: "#1b2424", // 15.86:1
  text: "#3a4544", // neutral-700, 9.93:1
  axis: "#4f5b5a", // neutral-600, 7.06:1
};

/** Tick text: neutral-700, 14 px. */
const TICK = { fill: COLORS.text, fontSize: 14 };

/** Legend entries in ink, 14 px, instead of recharts' default (the series colour). */
const legendProps = {
  wrapperStyle: { fontSize: 14, color: COLORS.ink },
  formatter: (value: string) => <span style={{ color: COLORS.ink }}>{value}</span>,
};

/** A diagonal hatch over `color`, so a series is told apart without relying on colour. */
function Hatch({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={8} height={8} patternTransform="rotate(45)">
      <rect width={8} height={8} fill={color} />
      <line x1={0} y1={0} x2={0} y2={8} stroke="#ffffff" strokeWidth={3} />
    </pattern>
  );
}

/** An id usable inside `url(#…)` (React's ids contain colons). */
function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
}

interface ChartFrameProps {
  title: string;
  height: number;
  chart: (recharts: Recharts) => ReactElement;
  table: ReactNode;
  locale: Locale;
  /** Extra text under the title (for example what the bars mean). */
  description?: string;
  /** A short key under the drawing (for example what the reference lines mean). */
  note?: ReactNode;
}

function ChartFrame({ title, height, chart, table, locale, description, note }: ChartFrameProps) {
  const t = messagesFor(locale).value;
  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-lg font-semibold text-ink">{title}</figcaption>
      {description ? <p className="max-w-prose text-neutral-700">{description}</p> : null}
      <div aria-hidden="true" className="w-full" style={{ height }}>
        <ClientOnlyChart fallback={<div className="h-full w-full rounded-md bg-neutral-50" />}>
          {(rc) => (
            <rc.ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
              {chart(rc)}
            </rc.ResponsiveContainer>
          )}
        </ClientOnlyChart>
      </div>
      {note ? <div className="text-neutral-700">{note}</div> : null}
      <details className="rounded-md border border-neutral-300 bg-white p-3">
        <summary className="cursor-pointer font-semibold text-accent-700">{t.common.showTable}</summary>
        <div className="mt-3">{table}</div>
      </details>
    </figure>
  );
}

function useChartLocale(locale: Locale | undefined): Locale {
  const fromApp = useLocale();
  return locale ?? fromApp;
}

/**
 * An axis tick formatter for kronor with one unit on the whole axis: thousands ("0 tkr",
 * "250 tkr", "1 000 tkr") when the largest value is 10 000 kr or more, whole kronor otherwise.
 */
export function sekAxisFormatter(values: readonly number[], locale: Locale): (value: number) => string {
  const largest = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  if (largest < 10_000) return (value) => formatSek(value, locale);
  const { thousandSek } = messagesFor(locale).format;
  return (value) => thousandSek(formatNumber(value / 1000, locale, 1));
}

/* ------------------------------------------------------------------------------------------ */

export interface SensitivityTornadoRow {
  /** An SROI parameter key (translated) or a ready label. */
  parameter: string;
  low: number;
  high: number;
  /** The switching value, formatted for the table; null or left out when there is none. */
  switchingValue?: string | null;
}

export interface SensitivityTornadoProps {
  /** The base SROI ratio the bars are drawn around. */
  base: number;
  data: SensitivityTornadoRow[];
  title?: string;
  locale?: Locale;
}

function parameterLabel(parameter: string, locale: Locale): string {
  return (SROI_PARAMETERS as readonly string[]).includes(parameter)
    ? sroiParameterLabel(parameter as SroiParameter, locale)
    : parameter;
}

/**
 * The tornado chart of the sensitivity analysis: for each assumption a bar from the base ratio to
 * the ratio with the assumption moved down, and one to the ratio with it moved up, widest first;
 * reference lines at the base ratio and at 1.0 (break-even), explained in a key under the drawing.
 * The "up" bars are hatched so the two directions differ in more than colour.
 */
export function SensitivityTornado({ base, data, title, locale: localeProp }: SensitivityTornadoProps) {
  const locale = useChartLocale(localeProp);
  const t = messagesFor(locale).value.charts;
  const rows = data
    .map((row) => ({
      label: parameterLabel(row.parameter, locale),
      low: row.low,
      high: row.high,
      switchingValue: row.switchingValue ?? null,
      lowBar: [Math.min(base, row.low), Math.max(base, row.low)] as [number, number],
      highBar: [Math.min(base, row.high), Math.max(base, row.high)] as [number, number],
      spread: Math.abs(row.high - row.low),
    }))
    .sort((a, b) => b.spread - a.spread);
  const values = [base, 1, ...rows.flatMap((r) => [r.low, r.high])].filter(Number.isFinite);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max((max - min) * 0.08, 0.05);
  const domain: [number, number] = [Math.max(0, Math.floor((min - pad) * 10) / 10), Math.ceil((max + pad) * 10) / 10];
  const ratio = (v: number) => formatNumber(v, locale, 2, 2);
  const height = rows.length * 44 + 100;
  const highPattern = useSvgId("tornado-high");
  return (
    <ChartFrame
      title={title ?? t.tornadoTitle}
      height={height}
      locale={locale}
      chart={(rc) => (
        <rc.BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 28, right: 32, bottom: 8, left: 8 }}
          barGap={-16}
          barSize={16}
        >
          <defs>
            <Hatch id={highPattern} color={COLORS.high} />
          </defs>
          <rc.CartesianGrid horizontal={false} stroke={COLORS.grid} />
          <rc.XAxis type="number" domain={domain} tickFormatter={ratio} stroke={COLORS.axis} tick={TICK} />
          <rc.YAxis
            type="category"
            dataKey="label"
            width={170}
            stroke={COLORS.axis}
            tick={{ fill: COLORS.ink, fontSize: 14 }}
          />
          <rc.Tooltip
            formatter={(value: unknown, name: string) => {
              const pair = Array.isArray(value) ? (value as number[]) : [];
              const end = pair.find((v) => v !== base) ?? base;
              return [ratio(end), name];
            }}
          />
          <rc.Legend {...legendProps} />
          <rc.Bar dataKey="lowBar" name={t.lowLegend} fill={COLORS.low} isAnimationActive={false} />
          <rc.Bar
            dataKey="highBar"
            name={t.highLegend}
            fill={`url(#${highPattern})`}
            stroke={COLORS.high}
            isAnimationActive={false}
          />
          <rc.ReferenceLine
            x={base}
            stroke={COLORS.ink}
            strokeWidth={2}
            label={{
              value: `${t.base} ${ratio(base)}`,
              position: "top",
              fill: COLORS.ink,
              fontSize: 14,
            }}
          />
          <rc.ReferenceLine x={1} stroke={COLORS.danger} strokeDasharray="6 4" strokeWidth={2} />
        </rc.BarChart>
      )}
      note={
        <ul className="space-y-1">
          <li>
            <span aria-hidden="true" className="mr-2 inline-block w-6 border-t-2 border-ink align-middle" />
            {t.baseKey(ratio(base))}
          </li>
          <li>
            <span
              aria-hidden="true"
              className="mr-2 inline-block w-6 border-t-2 border-dashed border-danger-700 align-middle"
            />
            {t.breakEven}
          </li>
        </ul>
      }
      table={
        <Table caption={title ?? t.tornadoTitle} captionHidden density="compact">
          <THead>
            <Tr>
              <Th>{t.parameter}</Th>
              <Th numeric>{t.low}</Th>
              <Th numeric>{t.high}</Th>
              <Th numeric>{t.switchingValue}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <Tr key={row.label}>
                <Th>{row.label}</Th>
                <Td numeric>{ratio(row.low)}</Td>
                <Td numeric>{ratio(row.high)}</Td>
                <Td numeric>{row.switchingValue ?? t.none}</Td>
              </Tr>
            ))}
            <Tr>
              <Th>{t.base}</Th>
              <Td numeric>{ratio(base)}</Td>
              <Td numeric>{ratio(base)}</Td>
              <Td numeric>{t.none}</Td>
            </Tr>
          </TBody>
        </Table>
      }
    />
  );
}

/* ------------------------------------------------------------------------------------------ */

export interface SroiByStakeholderChartProps {
  data: { stakeholder: string; presentValue: number }[];
  title?: string;
  locale?: Locale;
}

interface SignedSekBarsProps {
  rows: { key: string; label: string; value: number }[];
  title: string;
  /** Header of the label column; `valueName` names the series and the value column. */
  labelHeader: string;
  valueName: string;
  labelWidth: number;
  locale: Locale;
}

/** Horizontal bars of signed SEK amounts (gains in the accent colour, losses in red), with the same numbers as a table. */
function SignedSekBars({ rows, title, labelHeader, valueName, labelWidth, locale }: SignedSekBarsProps) {
  const sekTick = sekAxisFormatter(
    rows.map((r) => r.value),
    locale,
  );
  return (
    <ChartFrame
      title={title}
      height={rows.length * 48 + 60}
      locale={locale}
      chart={(rc) => (
        <rc.BarChart data={rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} barSize={22}>
          <rc.CartesianGrid horizontal={false} stroke={COLORS.grid} />
          <rc.XAxis type="number" tickFormatter={sekTick} stroke={COLORS.axis} tick={TICK} />
          <rc.YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            stroke={COLORS.axis}
            tick={{ fill: COLORS.ink, fontSize: 14 }}
          />
          <rc.Tooltip formatter={(v: number) => formatSek(v, locale)} />
          <rc.ReferenceLine x={0} stroke={COLORS.ink} />
          <rc.Bar dataKey="value" name={valueName} isAnimationActive={false}>
            {rows.map((r) => (
              <rc.Cell key={r.key} fill={r.value < 0 ? COLORS.danger : COLORS.accent} />
            ))}
          </rc.Bar>
        </rc.BarChart>
      )}
      table={
        <Table caption={title} captionHidden density="compact">
          <THead>
            <Tr>
              <Th>{labelHeader}</Th>
              <Th numeric>{valueName}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.key}>
                <Th>{r.label}</Th>
                <Td numeric>{formatSek(r.value, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      }
    />
  );
}

/** Present value per stakeholder as horizontal bars (negative values in red). */
export function SroiByStakeholderChart({ data, title, locale: localeProp }: SroiByStakeholderChartProps) {
  const locale = useChartLocale(localeProp);
  const t = messagesFor(locale).value.charts;
  return (
    <SignedSekBars
      rows={data.map((d) => ({ key: d.stakeholder, label: d.stakeholder, value: d.presentValue }))}
      title={title ?? t.byStakeholderTitle}
      labelHeader={t.stakeholder}
      valueName={t.presentValue}
      labelWidth={160}
      locale={locale}
    />
  );
}

/* ------------------------------------------------------------------------------------------ */

export interface SroiByYearChartProps {
  data: { year: number; value: number; presentValue: number }[];
  title?: string;
  locale?: Locale;
}

/** Value V(t) (hatched) and present value (solid) per year as grouped columns. */
export function SroiByYearChart({ data, title, locale: localeProp }: SroiByYearChartProps) {
  const locale = useChartLocale(localeProp);
  const t = messagesFor(locale).value.charts;
  const rows = data.map((d) => ({ ...d, label: t.yearLabel(d.year) }));
  const sekTick = sekAxisFormatter(
    data.flatMap((d) => [d.value, d.presentValue]),
    locale,
  );
  const valuePattern = useSvgId("year-value");
  return (
    <ChartFrame
      title={title ?? t.byYearTitle}
      height={280}
      locale={locale}
      chart={(rc) => (
        <rc.BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <defs>
            <Hatch id={valuePattern} color={COLORS.accentMid} />
          </defs>
          <rc.CartesianGrid vertical={false} stroke={COLORS.grid} />
          <rc.XAxis dataKey="label" stroke={COLORS.axis} tick={TICK} />
          <rc.YAxis width={90} tickFormatter={sekTick} stroke={COLORS.axis} tick={TICK} />
          <rc.Tooltip formatter={(v: number) => formatSek(v, locale)} />
          <rc.Legend {...legendProps} />
          <rc.ReferenceLine y={0} stroke={COLORS.axis} />
          <rc.Bar
            dataKey="value"
            name={t.value}
            fill={`url(#${valuePattern})`}
            stroke={COLORS.accentMid}
            isAnimationActive={false}
          />
          <rc.Bar dataKey="presentValue" name={t.presentValue} fill={COLORS.accent} isAnimationActive={false} />
        </rc.BarChart>
      )}
      table={
        <Table caption={title ?? t.byYearTitle} captionHidden density="compact">
          <THead>
            <Tr>
              <Th>{t.year}</Th>
              <Th numeric>{t.value}</Th>
              <Th numeric>{t.presentValue}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((d) => (
              <Tr key={d.year}>
                <Th>{d.label}</Th>
                <Td numeric>{formatSek(d.value, locale)}</Td>
                <Td numeric>{formatSek(d.presentValue, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      }
    />
  );
}

/* ------------------------------------------------------------------------------------------ */

export interface SocioeconomicPerActorChartProps {
  /** One bar per actor: `label` is shown, `total` in SEK (negative = the actor pays). */
  data: { actor: string; label: string; total: number }[];
  title?: string;
  locale?: Locale;
}

/** Net gain per actor as horizontal bars: gains in the accent colour, costs in red. */
export function SocioeconomicPerActorChart({ data, title, locale: localeProp }: SocioeconomicPerActorChartProps) {
  const locale = useChartLocale(localeProp);
  const t = messagesFor(locale).value.charts;
  return (
    <SignedSekBars
      rows={data.map((d) => ({ key: d.actor, label: d.label, value: d.total }))}
      title={title ?? t.perActorTitle}
      labelHeader={t.actor}
      valueName={t.total}
      labelWidth={200}
      locale={locale}
    />
  );
}
