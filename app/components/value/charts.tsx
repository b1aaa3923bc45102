import type { ReactElement, ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { Table, TBody, Td, Th, THead, Tr } from "~/components/ui";
import { SROI_PARAMETERS, sroiParameterLabel, type SroiParameter } from "~/domain/sroi";
import { messagesFor } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { useLocale } from "~/i18n/use-t";
import { formatNumber, formatSek } from "~/utils/format";

/**
 * Charts of the value calculations (recharts 2.15, which also renders on the server). Each takes
 * plain data, so the report web view can draw them from a report model too, and each shows the
 * same numbers as a table under a "Visa som tabell" disclosure. The drawing is hidden from screen
 * readers; the table is the accessible version. `locale` defaults to the reader's language.
 */

const COLORS = {
  accent: "#0f5e51",
  accentLight: "#6fb9a8",
  low: "#1d7d6a",
  high: "#d9971a",
  danger: "#b3261e",
  grid: "#dadfdf",
  ink: "#1b2424",
  muted: "#4f5b5a",
};

interface ChartFrameProps {
  title: string;
  height: number;
  chart: ReactElement;
  table: ReactNode;
  locale: Locale;
  /** Extra text under the title (for example what the bars mean). */
  description?: string;
}

function ChartFrame({ title, height, chart, table, locale, description }: ChartFrameProps) {
  const t = messagesFor(locale).value;
  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-lg font-semibold text-ink">{title}</figcaption>
      {description ? <p className="max-w-prose text-neutral-700">{description}</p> : null}
      <div aria-hidden="true" className="w-full" style={{ height }}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
          {chart}
        </ResponsiveContainer>
      </div>
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

const shortSek = (value: number, locale: Locale) =>
  Math.abs(value) >= 10_000 ? `${formatNumber(value / 1000, locale, 0)} ${locale === "sv" ? "tkr" : "kSEK"}` : formatSek(value, locale);

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
  return (SROI_PARAMETERS as readonly string[]).includes(parameter) ? sroiParameterLabel(parameter as SroiParameter, locale) : parameter;
}

/**
 * The tornado chart of the sensitivity analysis: for each assumption a bar from the base ratio to
 * the ratio with the assumption moved down, and one to the ratio with it moved up, widest first;
 * reference lines at the base ratio and at 1.0 (break-even).
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
  return (
    <ChartFrame
      title={title ?? t.tornadoTitle}
      height={height}
      locale={locale}
      chart={
        <BarChart data={rows} layout="vertical" margin={{ top: 28, right: 32, bottom: 8, left: 8 }} barGap={-16} barSize={16}>
          <CartesianGrid horizontal={false} stroke={COLORS.grid} />
          <XAxis type="number" domain={domain} tickFormatter={ratio} stroke={COLORS.muted} />
          <YAxis type="category" dataKey="label" width={150} stroke={COLORS.muted} tick={{ fill: COLORS.ink, fontSize: 14 }} />
          <Tooltip
            formatter={(value: unknown, name: string) => {
              const pair = Array.isArray(value) ? (value as number[]) : [];
              const end = pair.find((v) => v !== base) ?? base;
              return [ratio(end), name];
            }}
          />
          <Legend />
          <Bar dataKey="lowBar" name={t.lowLegend} fill={COLORS.low} isAnimationActive={false} />
          <Bar dataKey="highBar" name={t.highLegend} fill={COLORS.high} isAnimationActive={false} />
          <ReferenceLine
            x={base}
            stroke={COLORS.ink}
            strokeWidth={2}
            label={{ value: `${t.base} ${ratio(base)}`, position: "top", fill: COLORS.ink, fontSize: 13 }}
          />
          <ReferenceLine
            x={1}
            stroke={COLORS.danger}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: t.breakEven, position: "insideBottomRight", fill: COLORS.danger, fontSize: 13 }}
          />
        </BarChart>
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

/** Present value per stakeholder as horizontal bars (negative values in red). */
export function SroiByStakeholderChart({ data, title, locale: localeProp }: SroiByStakeholderChartProps) {
  const locale = useChartLocale(localeProp);
  const t = messagesFor(locale).value.charts;
  const height = data.length * 48 + 60;
  return (
    <ChartFrame
      title={title ?? t.byStakeholderTitle}
      height={height}
      locale={locale}
      chart={
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barSize={22}>
          <CartesianGrid horizontal={false} stroke={COLORS.grid} />
          <XAxis type="number" tickFormatter={(v: number) => shortSek(v, locale)} stroke={COLORS.muted} />
          <YAxis type="category" dataKey="stakeholder" width={160} stroke={COLORS.muted} tick={{ fill: COLORS.ink, fontSize: 14 }} />
          <Tooltip formatter={(v: number) => formatSek(v, locale)} />
          <ReferenceLine x={0} stroke={COLORS.muted} />
          <Bar dataKey="presentValue" name={t.presentValue} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.stakeholder} fill={d.presentValue < 0 ? COLORS.danger : COLORS.accent} />
            ))}
          </Bar>
        </BarChart>
      }
      table={
        <Table caption={title ?? t.byStakeholderTitle} captionHidden density="compact">
          <THead>
            <Tr>
              <Th>{t.stakeholder}</Th>
              <Th numeric>{t.presentValue}</Th>
            </Tr>
          </THead>
          <TBody>
            {data.map((d) => (
              <Tr key={d.stakeholder}>
                <Th>{d.stakeholder}</Th>
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

export interface SroiByYearChartProps {
  data: { year: number; value: number; presentValue: number }[];
  title?: string;
  locale?: Locale;
}

/** Value V(t) and present value per year as grouped columns. */
export function SroiByYearChart({ data, title, locale: localeProp }: SroiByYearChartProps) {
  const locale = useChartLocale(localeProp);
  const t = messagesFor(locale).value.charts;
  const rows = data.map((d) => ({ ...d, label: t.yearLabel(d.year) }));
  return (
    <ChartFrame
      title={title ?? t.byYearTitle}
      height={280}
      locale={locale}
      chart={
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid vertical={false} stroke={COLORS.grid} />
          <XAxis dataKey="label" stroke={COLORS.muted} />
          <YAxis width={80} tickFormatter={(v: number) => shortSek(v, locale)} stroke={COLORS.muted} />
          <Tooltip formatter={(v: number) => formatSek(v, locale)} />
          <Legend />
          <ReferenceLine y={0} stroke={COLORS.muted} />
          <Bar dataKey="value" name={t.value} fill={COLORS.accentLight} isAnimationActive={false} />
          <Bar dataKey="presentValue" name={t.presentValue} fill={COLORS.accent} isAnimationActive={false} />
        </BarChart>
      }
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
  const height = data.length * 48 + 60;
  return (
    <ChartFrame
      title={title ?? t.perActorTitle}
      height={height}
      locale={locale}
      chart={
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barSize={22}>
          <CartesianGrid horizontal={false} stroke={COLORS.grid} />
          <XAxis type="number" tickFormatter={(v: number) => shortSek(v, locale)} stroke={COLORS.muted} />
          <YAxis type="category" dataKey="label" width={200} stroke={COLORS.muted} tick={{ fill: COLORS.ink, fontSize: 13 }} />
          <Tooltip formatter={(v: number) => formatSek(v, locale)} />
          <ReferenceLine x={0} stroke={COLORS.ink} />
          <Bar dataKey="total" name={t.total} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.actor} fill={d.total < 0 ? COLORS.danger : COLORS.accent} />
            ))}
          </Bar>
        </BarChart>
      }
      table={
        <Table caption={title ?? t.perActorTitle} captionHidden density="compact">
          <THead>
            <Tr>
              <Th>{t.actor}</Th>
              <Th numeric>{t.total}</Th>
            </Tr>
          </THead>
          <TBody>
            {data.map((d) => (
              <Tr key={d.actor}>
                <Th>{d.label}</Th>
                <Td numeric>{formatSek(d.total, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      }
    />
  );
}
