import { Form } from "@remix-run/react";
import {
  ConfirmDialog,
  NumberField,
  SelectField,
  SubmitButton,
  Table,
  TBody,
  Td,
  TextField,
  Th,
  THead,
  Tr,
} from "~/components/ui";
import { AGE_BANDS, DATA_QUALITIES, GENDERS, type DataQuality, type Gender } from "~/domain/indicators/disaggregation";
import { type IndicatorUnit } from "~/domain/indicators/units";
import { useLocale, useT } from "~/i18n/use-t";
import { formatIndicatorValue } from "./format";
import { messagesFor } from "~/i18n";

export interface Breakdown {
  id: string;
  periodKey: string;
  gender: Gender | null;
  ageBand: string | null;
  area: string | null;
  value: number;
  dataQuality: DataQuality;
}

/**
 * Broken-down actual values of a people indicator (gender, age band, area): the list, each with a
 * delete (intent "delete-value", confirmed first), and the form that adds one (intent "breakdown").
 */
export function BreakdownSection({
  breakdowns,
  periods,
  unit,
  canEdit,
  values,
  errors,
}: {
  breakdowns: Breakdown[];
  periods: { key: string; label: string }[];
  unit: IndicatorUnit;
  canEdit: boolean;
  /** What was posted with the add form, when the last post was this form's. */
  values: Record<string, string> | undefined;
  errors: Record<string, string>;
}) {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.detail;
  const periodLabels = Object.fromEntries(periods.map((p) => [p.key, p.label]));
  return (
    <>
      {breakdowns.length === 0 ? (
        <p>{m.breakdownNone}</p>
      ) : (
        <Table caption={m.breakdownCaption} captionHidden density="compact">
          <THead>
            <Tr>
              <Th>{m.period}</Th>
              <Th>{m.gender}</Th>
              <Th>{m.ageBand}</Th>
              <Th>{m.area}</Th>
              <Th numeric>{m.value}</Th>
              <Th>{m.dataQuality}</Th>
              {canEdit ? (
                <Th>
                  <span className="sr-only">{m.valueDelete}</span>
                </Th>
              ) : null}
            </Tr>
          </THead>
          <TBody>
            {breakdowns.map((b) => {
              const label = `${periodLabels[b.periodKey] ?? b.periodKey} (${[b.gender ? messagesFor(locale).indicators.labels.gender[b.gender] : null, b.ageBand, b.area].filter(Boolean).join(", ")})`;
              return (
                <Tr key={b.id}>
                  <Th>{periodLabels[b.periodKey] ?? b.periodKey}</Th>
                  <Td>{b.gender ? messagesFor(locale).indicators.labels.gender[b.gender] : m.genderAll}</Td>
                  <Td>{b.ageBand ?? t.common.none}</Td>
                  <Td>{b.area ?? t.common.none}</Td>
                  <Td numeric>{formatIndicatorValue(b.value, unit, locale)}</Td>
                  <Td>{messagesFor(locale).indicators.labels.dataQuality[b.dataQuality]}</Td>
                  {canEdit ? (
                    <Td>
                      <ConfirmDialog
                        title={m.valueDeleteTitle(label)}
                        body={<p>{m.valueDeleteBody}</p>}
                        confirmLabel={m.valueDeleteConfirm}
                        cancelLabel={t.common.cancel}
                        triggerLabel={
                          <>
                            {m.valueDelete}
                            <span className="sr-only"> {label}</span>
                          </>
                        }
                        triggerVariant="secondary"
                        triggerClassName="px-3 py-1.5"
                        form={{ fields: { intent: "delete-value", valueId: b.id, periodLabel: label } }}
                      />
                    </Td>
                  ) : null}
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
      {canEdit ? (
        <Form method="post" noValidate className="mt-6">
          <div className="flex flex-wrap items-start gap-6">
            <SelectField
              name="periodKey"
              label={m.period}
              defaultValue={values?.periodKey ?? periods[periods.length - 1]?.key}
              options={periods.map((p) => ({ value: p.key, label: p.label }))}
              error={errors.periodKey}
              width="medium"
            />
            <SelectField
              name="gender"
              label={m.gender}
              defaultValue={values?.gender ?? ""}
              options={[
                { value: "", label: m.genderAll },
                ...GENDERS.map((g) => ({ value: g, label: messagesFor(locale).indicators.labels.gender[g] })),
              ]}
              error={errors.gender}
              width="short"
            />
            <TextField
              name="ageBand"
              label={m.ageBand}
              hint={m.ageBandHint}
              list="age-bands"
              defaultValue={values?.ageBand ?? ""}
              error={errors.ageBand}
              width="short"
            />
            <datalist id="age-bands">
              {AGE_BANDS.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
            <TextField
              name="area"
              label={m.area}
              defaultValue={values?.area ?? ""}
              error={errors.area}
              width="medium"
            />
            <NumberField
              name="value"
              label={`${m.value} (${messagesFor(locale).indicators.labels.unit[unit]})`}
              defaultValue={values?.value ?? ""}
              error={errors.value}
            />
            <SelectField
              name="dataQuality"
              label={m.dataQuality}
              defaultValue={values?.dataQuality ?? "measured"}
              options={DATA_QUALITIES.map((d) => ({
                value: d,
                label: messagesFor(locale).indicators.labels.dataQuality[d],
              }))}
              error={errors.dataQuality}
              width="medium"
            />
          </div>
          <SubmitButton intent="breakdown" variant="secondary" className="mt-4">
            {m.breakdownAdd}
          </SubmitButton>
        </Form>
      ) : null}
    </>
  );
}
