import { ErrorMessage, Table, TBody, Td, Th, THead, Tr, controlClasses, fieldId } from "~/components/ui";
import { DATA_QUALITIES, type DataQuality } from "~/domain/indicators/disaggregation";
import { useLocale, useT } from "~/i18n/use-t";
import { inputNumber } from "./format";
import { messagesFor } from "~/i18n";

export interface EntryRow {
  periodKey: string;
  label: string;
  target: number | null;
  actual: {
    value: number;
    note: string | null;
    dataQuality: DataQuality;
    evidenceLevel: number | null;
    n: number | null;
  } | null;
}

/**
 * The data entry grid of one indicator (inside the page's values form, intent "grid"): per period a target and a total actual
 * value with data quality, evidence level, number of respondents and note. After a refused post
 * the cells show what was posted, with each cell's message below it.
 */
export function EntryGrid({
  rows,
  canEdit,
  values,
  errors,
}: {
  rows: EntryRow[];
  canEdit: boolean;
  /** What was posted with the grid, when the last post was the grid's. */
  values: Record<string, string> | undefined;
  errors: Record<string, string>;
}) {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.detail;
  const shown = (name: string, stored: string, fallback = "") => (values ? (values[name] ?? fallback) : stored);

  const cell = (name: string, label: string, stored: string, width = "w-[11ch]") => {
    const id = fieldId(name);
    const error = errors[name];
    return (
      <>
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={shown(name, stored)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          disabled={!canEdit}
          className={controlClasses(Boolean(error), `${width} text-right tabular-nums`)}
        />
        {error ? (
          <ErrorMessage
            id={`${id}-error`}
            prefix={t.common.errorPrefix}
            className="mt-1 min-w-[24ch] whitespace-normal text-left text-sm"
          >
            {error}
          </ErrorMessage>
        ) : null}
      </>
    );
  };

  return (
    <>
      <p id="evidence-level-hint" className="mb-3 max-w-prose text-neutral-700">
        {m.evidenceLevelHint}
      </p>
      <div>
        <Table caption={m.gridCaption} captionHidden density="compact">
          <THead>
            <Tr>
              <Th>{m.period}</Th>
              <Th numeric>{m.target}</Th>
              <Th numeric>{m.actual}</Th>
              <Th>{m.dataQuality}</Th>
              <Th>{m.evidenceLevel}</Th>
              <Th numeric>{m.n}</Th>
              <Th>{m.note}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((r) => {
              const q = `quality.${r.periodKey}`;
              const lv = `level.${r.periodKey}`;
              const note = `note.${r.periodKey}`;
              return (
                <Tr key={r.periodKey}>
                  <Th className="whitespace-nowrap">{r.label}</Th>
                  <Td numeric>
                    {cell(`target.${r.periodKey}`, m.cellLabel(m.target, r.label), inputNumber(r.target, locale))}
                  </Td>
                  <Td numeric>
                    {cell(
                      `actual.${r.periodKey}`,
                      m.cellLabel(m.actual, r.label),
                      inputNumber(r.actual?.value, locale),
                    )}
                  </Td>
                  <Td>
                    <label htmlFor={fieldId(q)} className="sr-only">
                      {m.cellLabel(m.dataQuality, r.label)}
                    </label>
                    <select
                      id={fieldId(q)}
                      name={q}
                      disabled={!canEdit}
                      defaultValue={shown(q, r.actual?.dataQuality ?? "measured", "measured")}
                      className={controlClasses(Boolean(errors[q]), "w-auto")}
                    >
                      {DATA_QUALITIES.map((d) => (
                        <option key={d} value={d}>
                          {messagesFor(locale).indicators.labels.dataQuality[d]}
                        </option>
                      ))}
                    </select>
                  </Td>
                  <Td>
                    <label htmlFor={fieldId(lv)} className="sr-only">
                      {m.cellLabel(m.evidenceLevel, r.label)}
                    </label>
                    <select
                      id={fieldId(lv)}
                      name={lv}
                      disabled={!canEdit}
                      defaultValue={shown(lv, r.actual?.evidenceLevel ? String(r.actual.evidenceLevel) : "")}
                      className={controlClasses(Boolean(errors[lv]), "w-auto")}
                      aria-describedby="evidence-level-hint"
                    >
                      <option value="">{m.evidenceLevelNone}</option>
                      {([1, 2, 3, 4, 5] as const).map((n) => (
                        <option key={n} value={String(n)}>
                          {t.indicators.evidenceLevelOptions[n]}
                        </option>
                      ))}
                    </select>
                  </Td>
                  <Td numeric>
                    {cell(
                      `n.${r.periodKey}`,
                      m.cellLabel(m.n, r.label),
                      r.actual?.n != null ? String(r.actual.n) : "",
                      "w-[8ch]",
                    )}
                  </Td>
                  <Td>
                    <label htmlFor={fieldId(note)} className="sr-only">
                      {m.cellLabel(m.note, r.label)}
                    </label>
                    <input
                      id={fieldId(note)}
                      name={note}
                      type="text"
                      disabled={!canEdit}
                      defaultValue={shown(note, r.actual?.note ?? "")}
                      aria-invalid={errors[note] ? true : undefined}
                      className={controlClasses(Boolean(errors[note]), "w-full min-w-[16ch]")}
                    />
                    {errors[note] ? (
                      <ErrorMessage prefix={t.common.errorPrefix} className="mt-1 text-sm">
                        {errors[note]}
                      </ErrorMessage>
                    ) : null}
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
        <details className="mt-3 text-neutral-700">
          <summary className="cursor-pointer font-semibold text-accent-700">{m.evidenceLevelScale}</summary>
          <ul className="mt-2 list-none space-y-1">
            {([1, 2, 3, 4, 5] as const).map((n) => (
              <li key={n}>{t.indicators.evidenceLevels[n]}</li>
            ))}
          </ul>
        </details>
      </div>
    </>
  );
}
