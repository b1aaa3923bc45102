import { Fragment } from "react";
import { Table, TBody, Td, Th, THead, Tr } from "~/components/ui";
import { presentValueByStakeholder, ratioRange, type SensitivityParameter, type SroiResult } from "~/domain/sroi";
import { useLocale, useT } from "~/i18n/use-t";
import type { Locale } from "~/i18n/types";
import { formatNumber, formatPercent, formatRatio, formatSek, formatYears } from "~/utils/format";
import { SensitivityTornado, SroiByStakeholderChart, SroiByYearChart } from "./charts";
import type { SroiFormValues } from "~/domain/value/sroi-model";
import { parseDecimal } from "~/domain/value/form-data";

/** The key figures, the outcome table per stakeholder and the charts of an SROI result. */

/** The switching value of a sensitivity row in words: a share, whole years or a share of the proxy. */
export function formatSwitchingValue(
  parameter: SensitivityParameter,
  value: number | null,
  locale: Locale,
  proxyFactor: (pct: string) => string,
): string | null {
  if (value === null) return null;
  if (parameter === "duration") return formatYears(value, locale);
  if (parameter === "proxy") return proxyFactor(formatPercent(value, locale, 0));
  return formatPercent(value, locale, 1);
}

/** The SROI ratio with its range: never shown alone (issue 5). */
export function RatioWithRange({ result }: { result: SroiResult }) {
  const t = useT().value.sroi;
  const locale = useLocale();
  const range = ratioRange(result);
  return (
    <div aria-live="polite" aria-atomic="true" data-testid="sroi-ratio">
      <p className="text-2xl font-bold text-ink">{formatRatio(result.ratio, locale)}</p>
      {range ? (
        <p className="text-neutral-700">
          {t.ratioRange(formatNumber(range.low, locale, 2, 2), formatNumber(range.high, locale, 2, 2))}
        </p>
      ) : null}
    </div>
  );
}

/** Totals, ratio with range, net SROI and payback. */
export function SroiKeyFigures({ result }: { result: SroiResult }) {
  const t = useT().value.sroi;
  const locale = useLocale();
  // [label, value, short explanation of a less familiar term]
  const rows: [string, string, string?][] = [
    [t.totalInputs, formatSek(result.totalInputs, locale)],
    [t.presentValue, formatSek(result.presentValue, locale)],
    [t.netPresentValue, formatSek(result.netPresentValue, locale)],
    [t.netRatio, formatNumber(result.netRatio, locale, 2, 2), t.netRatioHint],
    [
      t.payback,
      result.paybackMonths === null ? t.paybackNone : t.paybackMonths(formatNumber(result.paybackMonths, locale, 1, 1)),
      t.paybackHint,
    ],
  ];
  return (
    <div className="space-y-4">
      <div>
        <p className="font-semibold text-neutral-700">{t.ratio}</p>
        <RatioWithRange result={result} />
      </div>
      <dl className="divide-y divide-neutral-200 border-t border-neutral-200">
        {rows.map(([label, value, hint]) => (
          <div key={label} className="flex flex-wrap justify-between gap-x-4 py-2">
            <dt className="text-neutral-700">{label}</dt>
            <dd className="font-semibold tabular-nums text-ink">{value}</dd>
            {hint ? <dd className="basis-full text-sm text-neutral-700">{hint}</dd> : null}
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The outcomes grouped by stakeholder, with indicator, quantity, proxy, deductions, duration and present value. */
export function OutcomesByStakeholderTable({ values, result }: { values: SroiFormValues; result: SroiResult | null }) {
  const t = useT().value.sroi;
  const locale = useLocale();
  const groups = new Map<string, number[]>();
  values.outcomes.forEach((o, index) => {
    const key = o.stakeholder.trim() || t.noStakeholder;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const pct = (raw: string) => {
    const n = parseDecimal(raw);
    return typeof n === "number" ? `${formatNumber(n, locale, 1)}\u00a0%` : "–";
  };
  const num = (raw: string, money = false) => {
    const n = parseDecimal(raw);
    if (typeof n !== "number") return "–";
    return money ? formatSek(n, locale) : formatNumber(n, locale, 2);
  };
  return (
    <Table caption={t.tableTitle} density="compact">
      <THead>
        <Tr>
          <Th>{t.colOutcome}</Th>
          <Th>{t.colIndicator}</Th>
          <Th numeric>{t.colQuantity}</Th>
          <Th numeric>{t.colProxy}</Th>
          <Th numeric>{t.colDeductions}</Th>
          <Th numeric>{t.colDuration}</Th>
          <Th numeric>{t.colPresentValue}</Th>
        </Tr>
      </THead>
      <TBody>
        {[...groups].map(([stakeholder, indexes]) => (
          <Fragment key={stakeholder}>
            <Tr className="bg-accent-50">
              <Th scope="colgroup" colSpan={7}>
                {stakeholder}
              </Th>
            </Tr>
            {indexes.map((i) => {
              const o = values.outcomes[i]!;
              const pv = result?.outcomes[i]?.presentValue;
              return (
                <Tr key={i}>
                  <Td>{o.label || "–"}</Td>
                  <Td>{o.indicatorLabel || "–"}</Td>
                  <Td numeric>
                    {num(o.quantity)}
                    {o.unit ? ` ${o.unit}` : ""}
                  </Td>
                  <Td numeric>
                    {o.negative && typeof parseDecimal(o.proxyValue) === "number" ? "−" : ""}
                    {num(o.proxyValue, true)}
                    {o.placeholder ? <span className="block text-sm text-neutral-700">{t.illustrative}</span> : null}
                  </Td>
                  <Td numeric>
                    {pct(o.deadweight)} / {pct(o.displacement)} / {pct(o.attribution)} / {pct(o.dropOff)}
                  </Td>
                  <Td numeric>{num(o.durationYears)}</Td>
                  <Td numeric>{pv === undefined ? "–" : formatSek(pv, locale)}</Td>
                </Tr>
              );
            })}
          </Fragment>
        ))}
      </TBody>
    </Table>
  );
}

/** The tornado chart, value per year and present value per stakeholder of a result. */
export function SroiCharts({ result }: { result: SroiResult }) {
  const t = useT().value;
  const locale = useLocale();
  const byStakeholder = presentValueByStakeholder(result).map((s) => ({
    stakeholder: s.stakeholder ?? t.sroi.noStakeholder,
    presentValue: s.presentValue,
  }));
  return (
    <div className="space-y-10">
      <section aria-labelledby="sensitivity-heading" className="space-y-3">
        <h2 id="sensitivity-heading" className="text-2xl font-bold">
          {t.sroi.sensitivityTitle}
        </h2>
        <p className="max-w-prose text-neutral-700">{t.sroi.sensitivityIntro}</p>
        <SensitivityTornado
          base={result.ratio}
          data={result.sensitivity.map((row) => ({
            parameter: row.parameter,
            low: row.low,
            high: row.high,
            switchingValue: formatSwitchingValue(row.parameter, row.switchingValue, locale, t.charts.proxyFactor),
          }))}
        />
      </section>
      <div className="grid gap-10 lg:grid-cols-2">
        <SroiByYearChart data={result.years} />
        <SroiByStakeholderChart data={byStakeholder} />
      </div>
    </div>
  );
}
