import { DateField, NumberField, TextField } from "~/components/ui";
import type { IndicatorUnit } from "~/domain/indicators/units";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { formatIndicatorValue, inputNumber } from "./format";
import { messagesFor } from "~/i18n";

export interface Baseline {
  value: number;
  date: string;
  source: string;
  note: string | null;
}

/**
 * The baseline fields of one indicator in an accounting: value, date, source and note; read-only
 * text for those who cannot edit. They sit in the page's one values form with the entry grid, so
 * the one save keeps the baseline too (issue 10: a separate form lost a typed baseline).
 */
export function BaselineForm({
  baseline,
  unit,
  canEdit,
  values,
  errors,
}: {
  baseline: Baseline | null;
  unit: IndicatorUnit;
  canEdit: boolean;
  /** What was posted with the values form, when the last post was that form's. */
  values: Record<string, string> | undefined;
  errors: Record<string, string>;
}) {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.detail;
  if (!canEdit)
    return baseline ? (
      <p>
        {formatIndicatorValue(baseline.value, unit, locale)} · {formatDate(baseline.date, locale)} · {baseline.source}
      </p>
    ) : null;
  return (
    <div>
      <div className="flex flex-wrap items-start gap-6">
        <NumberField
          name="baselineValue"
          label={`${m.baselineValue} (${messagesFor(locale).indicators.labels.unit[unit]})`}
          defaultValue={values?.baselineValue ?? inputNumber(baseline?.value, locale)}
          error={errors.baselineValue}
        />
        <DateField
          name="baselineDate"
          label={m.baselineDate}
          defaultValue={values?.baselineDate ?? baseline?.date ?? ""}
          error={errors.baselineDate}
        />
      </div>
      <TextField
        name="baselineSource"
        label={m.baselineSource}
        hint={m.baselineSourceHint}
        defaultValue={values?.baselineSource ?? baseline?.source ?? ""}
        error={errors.baselineSource}
        className="mt-4"
      />
      <TextField
        name="baselineNote"
        label={m.baselineNote}
        optionalLabel={t.common.optional}
        defaultValue={values?.baselineNote ?? baseline?.note ?? ""}
        error={errors.baselineNote}
        className="mt-4"
      />
    </div>
  );
}
