import { useState } from "react";
import { useFieldArray, useForm, type UseFormRegister } from "react-hook-form";
import {
  Button,
  CheckboxField,
  Notice,
  NumberField,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
} from "~/components/ui";
import { DEDUCTION_KEYS, sroiParameterLabel, type DeductionKey } from "~/domain/sroi";
import { useLocale, useT } from "~/i18n/use-t";
import { formatSek } from "~/utils/format";
import { numberToField, parseDecimal } from "~/domain/value/form-data";
import {
  VOLUNTEER_HOUR_SEK,
  emptySroiInput,
  emptySroiOutcome,
  liveSroi,
  normaliseSroiForm,
  type CatalogueProxy,
  type SroiFormValues,
} from "~/domain/value/sroi-model";
import { OutcomesByStakeholderTable, SroiCharts, SroiKeyFigures } from "./sroi-results";
import type { ConflictData } from "~/utils/action-data";
import { Fieldset, ValueFormFrame, noSubmit, visibleErrors } from "./value-form-frame";

/**
 * The impact map form (värdekarta). Plain inputs named by the API body's paths, so it posts and
 * saves without JavaScript; with JavaScript react-hook-form keeps the values, rows are added and
 * removed in place, and the result (totals, ratio with range, sensitivity) is recalculated in the
 * browser on every keystroke with the same validation and engine the server uses.
 */

export interface ImpactMapFormProps {
  initial: SroiFormValues;
  baseVersion: number;
  proxies: CatalogueProxy[];
  canEdit: boolean;
  /** Errors from the server (after a post); `_form` is a message for the whole form. */
  serverErrors: Record<string, string>;
  conflict?: ConflictData | null;
  savedLine: string;
}

function Warnings({ messages, id }: { messages: string[] | undefined; id?: string }) {
  if (!messages || messages.length === 0) return null;
  return (
    <ul id={id} className="mt-2 space-y-1 border-l-4 border-warning-500 bg-warning-50 px-3 py-2 text-warning-800">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

export function ImpactMapForm({
  initial,
  baseVersion,
  proxies,
  canEdit,
  serverErrors,
  conflict,
  savedLine,
}: ImpactMapFormProps) {
  const t = useT();
  const v = t.value;
  const locale = useLocale();
  const [attempted, setAttempted] = useState(false);
  const { register, control, watch, setValue } = useForm<SroiFormValues>({ defaultValues: initial });
  const inputs = useFieldArray({ control, name: "inputs" });
  const outcomes = useFieldArray({ control, name: "outcomes" });

  const values = normaliseSroiForm(watch());
  const live = liveSroi(values, locale, {
    percentMissing: v.common.percentMissing,
    percentNotNumber: v.common.percentNotNumber,
    percentRange: v.common.percentRange,
    hoursNotNumber: v.common.hoursNotNumber,
  });
  const errors = visibleErrors(attempted, live.errors, serverErrors);
  const err = (path: string) => errors[path];
  const warnings: Record<string, string[]> = {};
  for (const w of live.result?.warnings ?? []) (warnings[w.path] ??= []).push(w.message);

  const percentHints: Record<DeductionKey, string> = {
    deadweight: v.sroi.deadweightHint,
    displacement: v.sroi.displacementHint,
    attribution: v.sroi.attributionHint,
    dropOff: v.sroi.dropOffHint,
  };

  const status = live.result ? (
    live.missingJustifications > 0 ? (
      <Notice kind="warning" role="none" title={v.sroi.missingJustifications(live.missingJustifications)} />
    ) : (
      <Notice kind="success" role="none" title={v.sroi.allJustified} />
    )
  ) : null;

  return (
    <ValueFormFrame
      title={v.sroi.title}
      baseVersion={baseVersion}
      canEdit={canEdit}
      savedLine={savedLine}
      conflict={conflict}
      errors={errors}
      onSubmit={() => setAttempted(true)}
      resultHeadingId="result-heading"
      resultTitle={v.sroi.resultTitle}
      result={
        <>
          {live.result ? (
            <SroiKeyFigures result={live.result} />
          ) : (
            <p className="text-neutral-700">{v.common.cannotCalculate}</p>
          )}
          {status}
        </>
      }
      after={
        <>
          <OutcomesByStakeholderTable values={values} result={live.result} />
          {live.result ? <SroiCharts result={live.result} /> : null}
        </>
      }
    >
      <Fieldset legend={v.sroi.settingsTitle}>
        <RadioGroup
          {...register("kind")}
          label={v.sroi.kind}
          inline
          defaultValue={initial.kind}
          options={[
            { value: "evaluative", label: v.sroi.kindEvaluative },
            { value: "forecast", label: v.sroi.kindForecast },
          ]}
        />
        <NumberField
          {...register("discountRate")}
          label={v.sroi.discountRate}
          hint={v.sroi.discountRateHint}
          suffix="%"
          width="xshort"
          defaultValue={initial.discountRate}
          error={err("discountRate")}
        />
      </Fieldset>

      <section aria-labelledby="inputs-heading" className="space-y-4">
        <h2 id="inputs-heading" className="text-2xl font-bold">
          {v.sroi.inputsTitle}
        </h2>
        <p className="max-w-prose text-neutral-700">{v.sroi.inputsIntro}</p>
        {err("inputs") ? <p className="font-semibold text-danger-700">{err("inputs")}</p> : null}
        {inputs.fields.map((field, i) => (
          <Fieldset
            key={field.id}
            legend={v.sroi.inputHeading(i + 1)}
            actions={
              canEdit && inputs.fields.length > 1 ? (
                <Button
                  type="submit"
                  name="intent"
                  value={`remove-input:${i}`}
                  variant="secondary"
                  size="sm"
                  onClick={noSubmit(() => inputs.remove(i))}
                >
                  {v.sroi.removeInput(i + 1)}
                </Button>
              ) : null
            }
          >
            <TextField
              {...register(`inputs.${i}.label`)}
              label={v.sroi.inputLabel}
              defaultValue={field.label}
              error={err(`inputs.${i}.label`)}
            />
            <div className="flex flex-wrap gap-6">
              <NumberField
                {...register(`inputs.${i}.amount`)}
                label={v.sroi.inputAmount}
                suffix="kr"
                width="medium"
                defaultValue={field.amount}
                error={err(`inputs.${i}.amount`)}
              />
              <NumberField
                {...register(`inputs.${i}.volunteerHours`, {
                  onChange: (event: { target: { value: string } }) => {
                    const hours = parseDecimal(event.target.value);
                    if (typeof hours === "number" && hours >= 0) {
                      setValue(`inputs.${i}.amount`, numberToField(hours * VOLUNTEER_HOUR_SEK, locale));
                    }
                  },
                })}
                label={v.sroi.inputHours}
                hint={v.sroi.inputHoursHint(formatSek(VOLUNTEER_HOUR_SEK, locale))}
                suffix="h"
                width="short"
                defaultValue={field.volunteerHours}
                error={err(`inputs.${i}.volunteerHours`)}
              />
            </div>
          </Fieldset>
        ))}
        {canEdit ? (
          <Button
            type="submit"
            name="intent"
            value="add-input"
            variant="secondary"
            onClick={noSubmit(() => inputs.append(emptySroiInput()))}
          >
            {v.sroi.addInput}
          </Button>
        ) : null}
      </section>

      <section aria-labelledby="outcomes-heading" className="space-y-4">
        <h2 id="outcomes-heading" className="text-2xl font-bold">
          {v.sroi.outcomesTitle}
        </h2>
        <p className="max-w-prose text-neutral-700">{v.sroi.outcomesIntro}</p>
        {err("outcomes") ? <p className="font-semibold text-danger-700">{err("outcomes")}</p> : null}
        {outcomes.fields.map((field, i) => {
          const p = `outcomes.${i}` as const;
          const current = values.outcomes[i];
          return (
            <Fieldset
              key={field.id}
              legend={v.sroi.outcomeHeading(i + 1, current?.label ?? "")}
              actions={
                canEdit && outcomes.fields.length > 1 ? (
                  <Button
                    type="submit"
                    name="intent"
                    value={`remove-outcome:${i}`}
                    variant="secondary"
                    size="sm"
                    onClick={noSubmit(() => outcomes.remove(i))}
                  >
                    {v.sroi.removeOutcome(i + 1)}
                  </Button>
                ) : null
              }
            >
              <div className="grid gap-6 md:grid-cols-2">
                <TextField
                  {...register(`${p}.stakeholder`)}
                  label={v.sroi.stakeholder}
                  hint={v.sroi.stakeholderHint}
                  defaultValue={field.stakeholder}
                  error={err(`${p}.stakeholder`)}
                />
                <TextField
                  {...register(`${p}.indicatorLabel`)}
                  label={v.sroi.indicator}
                  hint={v.sroi.indicatorHint}
                  defaultValue={field.indicatorLabel}
                  error={err(`${p}.indicatorLabel`)}
                />
              </div>
              <TextField
                {...register(`${p}.label`)}
                label={v.sroi.outcomeLabel}
                hint={v.sroi.outcomeLabelHint}
                defaultValue={field.label}
                error={err(`${p}.label`)}
              />
              <div className="flex flex-wrap gap-6">
                <NumberField
                  {...register(`${p}.quantity`)}
                  label={v.sroi.quantity}
                  hint={v.sroi.quantityHint}
                  defaultValue={field.quantity}
                  error={err(`${p}.quantity`)}
                />
                <TextField
                  {...register(`${p}.unit`)}
                  label={v.sroi.unit}
                  hint={v.sroi.unitHint}
                  width="medium"
                  defaultValue={field.unit}
                  error={err(`${p}.unit`)}
                />
              </div>

              <div className="space-y-4 border-t border-neutral-200 pt-4">
                <h3 className="text-lg font-bold">{v.sroi.proxyTitle}</h3>
                {proxies.length > 0 ? (
                  <SelectField
                    {...register(`${p}.catalogueProxy`, {
                      onChange: (event: { target: { value: string } }) => {
                        const proxy = proxies.find((x) => x.code === event.target.value);
                        if (!proxy) return;
                        setValue(`${p}.proxyValue`, numberToField(proxy.valueSek, locale));
                        setValue(`${p}.proxySource`, proxy.source);
                        setValue(`${p}.proxyYear`, String(proxy.year));
                        setValue(`${p}.placeholder`, false);
                      },
                    })}
                    label={v.sroi.catalogueProxy}
                    hint={v.sroi.catalogueProxyHint}
                    defaultValue={field.catalogueProxy}
                    options={[
                      { value: "", label: v.sroi.catalogueProxyNone },
                      ...proxies.map((x) => ({
                        value: x.code,
                        label: v.sroi.catalogueProxyOption(x.code, x.name, formatSek(x.valueSek, locale)),
                      })),
                    ]}
                  />
                ) : null}
                <div className="flex flex-wrap gap-6">
                  <div>
                    <NumberField
                      {...register(`${p}.proxyValue`)}
                      label={v.sroi.proxyValue}
                      suffix="kr"
                      width="medium"
                      defaultValue={field.proxyValue}
                      error={err(`${p}.proxyValue`)}
                    />
                    <Warnings messages={warnings[`${p}.proxyValue`]} />
                  </div>
                  <div>
                    <NumberField
                      {...register(`${p}.proxyYear`)}
                      label={v.sroi.proxyYear}
                      inputMode="numeric"
                      width="xshort"
                      defaultValue={field.proxyYear}
                      error={err(`${p}.proxyYear`)}
                    />
                    <Warnings messages={warnings[`${p}.proxyYear`]} />
                  </div>
                </div>
                <div>
                  <TextField
                    {...register(`${p}.proxySource`)}
                    label={v.sroi.proxySource}
                    hint={v.sroi.proxySourceHint}
                    defaultValue={field.proxySource}
                    error={err(`${p}.proxySource`)}
                  />
                  <Warnings messages={warnings[`${p}.proxySource`]} />
                </div>
                <CheckboxField
                  {...register(`${p}.placeholder`)}
                  value="true"
                  label={v.sroi.placeholder}
                  hint={v.sroi.placeholderHint}
                  defaultChecked={field.placeholder}
                />
                <CheckboxField
                  {...register(`${p}.negative`)}
                  value="true"
                  label={v.sroi.negative}
                  hint={v.sroi.negativeHint}
                  defaultChecked={field.negative}
                />
              </div>

              <div className="space-y-4 border-t border-neutral-200 pt-4">
                <h3 className="text-lg font-bold">{v.sroi.deductionsTitle}</h3>
                <p className="max-w-prose text-neutral-700">{v.sroi.deductionsIntro}</p>
                {DEDUCTION_KEYS.map((key) => (
                  <DeductionRow
                    key={key}
                    register={register}
                    index={i}
                    deduction={key}
                    label={sroiParameterLabel(key, locale)}
                    hint={percentHints[key]}
                    justificationLabel={v.sroi.justification(sroiParameterLabel(key, locale))}
                    defaultPercent={field[key]}
                    defaultJustification={field.justifications?.[key] ?? ""}
                    error={err(`${p}.${key}`)}
                    justificationError={err(`${p}.justifications.${key}`)}
                    warnings={warnings[`${p}.${key}`]}
                    justificationWarnings={warnings[`${p}.justifications.${key}`]}
                  />
                ))}
              </div>

              <div className="space-y-4 border-t border-neutral-200 pt-4">
                <h3 className="text-lg font-bold">{v.sroi.durationTitle}</h3>
                <div className="flex flex-wrap gap-6">
                  <div>
                    <NumberField
                      {...register(`${p}.durationYears`)}
                      label={v.sroi.durationYears}
                      hint={v.sroi.durationHint}
                      inputMode="numeric"
                      width="xshort"
                      defaultValue={field.durationYears}
                      error={err(`${p}.durationYears`)}
                    />
                    <Warnings messages={warnings[`${p}.durationYears`]} />
                  </div>
                  <SelectField
                    {...register(`${p}.startYear`)}
                    label={v.sroi.startYear}
                    width="medium"
                    defaultValue={field.startYear || "1"}
                    error={err(`${p}.startYear`)}
                    options={[
                      { value: "1", label: v.sroi.startYear1 },
                      { value: "2", label: v.sroi.startYear2 },
                    ]}
                  />
                </div>
              </div>
            </Fieldset>
          );
        })}
        {canEdit ? (
          <Button
            type="submit"
            name="intent"
            value="add-outcome"
            variant="secondary"
            onClick={noSubmit(() =>
              outcomes.append(emptySroiOutcome(values.outcomes[values.outcomes.length - 1]?.stakeholder ?? "")),
            )}
          >
            {v.sroi.addOutcome}
          </Button>
        ) : null}
      </section>
    </ValueFormFrame>
  );
}

interface DeductionRowProps {
  register: UseFormRegister<SroiFormValues>;
  index: number;
  deduction: DeductionKey;
  label: string;
  hint: string;
  justificationLabel: string;
  defaultPercent: string;
  defaultJustification: string;
  error?: string;
  justificationError?: string;
  warnings?: string[];
  justificationWarnings?: string[];
}

/** One deduction: the percent beside its justification. */
function DeductionRow(props: DeductionRowProps) {
  const { register, index, deduction } = props;
  return (
    <div className="grid gap-4 md:grid-cols-[12rem_minmax(0,1fr)]">
      <div>
        <NumberField
          {...register(`outcomes.${index}.${deduction}`)}
          label={props.label}
          hint={props.hint}
          suffix="%"
          width="xshort"
          defaultValue={props.defaultPercent}
          error={props.error}
        />
        <Warnings messages={props.warnings} />
      </div>
      <div>
        <TextArea
          {...register(`outcomes.${index}.justifications.${deduction}`)}
          label={props.justificationLabel}
          rows={2}
          width="full"
          defaultValue={props.defaultJustification}
          error={props.justificationError}
        />
        <Warnings messages={props.justificationWarnings} />
      </div>
    </div>
  );
}
