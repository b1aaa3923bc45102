import { useState } from "react";
import { useFieldArray, useForm, type Control, type UseFormRegister } from "react-hook-form";
import { Button, NumberField, SelectField, Table, TBody, Td, TextField, Th, THead, Tr, TFoot } from "~/components/ui";
import { ACTOR_KEYS, AGGREGATE_LABELS, actorLabel, type SocioeconomicResult } from "~/domain/socioeconomic";
import { useLocale, useT } from "~/i18n/use-t";
import { formatNumber, formatSek } from "~/utils/format";
import { SocioeconomicPerActorChart } from "./charts";
import type { ConflictData } from "~/utils/action-data";
import { Fieldset, ValueFormFrame, noSubmit, visibleErrors } from "./value-form-frame";
import {
  emptySocioGroup,
  emptySocioItem,
  liveSocio,
  normaliseSocioForm,
  type SocioFormValues,
} from "~/domain/value/socioeconomic-model";

/**
 * The socio-economic account form (docs/domain/method-guide.md §6): participant groups (typical cases) with their
 * line items per actor. Posts without JavaScript; with JavaScript the per-actor result and chart
 * are recalculated in the browser as the user types.
 */

export interface SocioeconomicFormProps {
  initial: SocioFormValues;
  baseVersion: number;
  canEdit: boolean;
  serverErrors: Record<string, string>;
  conflict?: ConflictData | null;
  savedLine: string;
}

export function SocioeconomicForm({
  initial,
  baseVersion,
  canEdit,
  serverErrors,
  conflict,
  savedLine,
}: SocioeconomicFormProps) {
  const t = useT();
  const v = t.value;
  const locale = useLocale();
  const [attempted, setAttempted] = useState(false);
  const { register, control, watch } = useForm<SocioFormValues>({ defaultValues: initial });
  const groups = useFieldArray({ control, name: "groups" });
  const values = normaliseSocioForm(watch());
  const live = liveSocio(values, locale, {
    percentMissing: v.common.percentMissing,
    percentNotNumber: v.common.percentNotNumber,
    percentRange: v.common.percentRange,
    successRateName: v.socio.successRate,
  });
  const errors = visibleErrors(attempted, live.errors, serverErrors);
  const err = (path: string) => errors[path];

  return (
    <ValueFormFrame
      title={v.socio.title}
      baseVersion={baseVersion}
      canEdit={canEdit}
      savedLine={savedLine}
      conflict={conflict}
      errors={errors}
      onSubmit={() => setAttempted(true)}
      resultHeadingId="socio-result-heading"
      resultTitle={v.socio.resultTitle}
      result={
        live.result ? (
          <SocioKeyFigures result={live.result} />
        ) : (
          <p className="text-neutral-700">{v.common.cannotCalculate}</p>
        )
      }
      after={live.result ? <SocioPerActor result={live.result} /> : null}
    >
      <NumberField
        {...register("interventionCost")}
        label={v.socio.interventionCost}
        hint={v.socio.interventionCostHint}
        suffix="kr"
        width="medium"
        defaultValue={initial.interventionCost}
        error={err("interventionCost")}
      />
      <section aria-labelledby="groups-heading" className="space-y-4">
        <h2 id="groups-heading" className="text-2xl font-bold">
          {v.socio.groupsTitle}
        </h2>
        <p className="max-w-prose text-neutral-700">{v.socio.groupsIntro}</p>
        {err("groups") ? <p className="font-semibold text-danger-700">{err("groups")}</p> : null}
        {groups.fields.map((field, gi) => (
          <Fieldset
            key={field.id}
            legend={v.socio.groupHeading(gi + 1, values.groups[gi]?.label ?? "")}
            actions={
              canEdit && groups.fields.length > 1 ? (
                <Button
                  type="submit"
                  name="intent"
                  value={`remove-group:${gi}`}
                  variant="secondary"
                  size="sm"
                  onClick={noSubmit(() => groups.remove(gi))}
                >
                  {v.socio.removeGroup(gi + 1)}
                </Button>
              ) : null
            }
          >
            <TextField
              {...register(`groups.${gi}.label`)}
              label={v.socio.groupLabel}
              defaultValue={field.label}
              error={err(`groups.${gi}.label`)}
            />
            <div className="flex flex-wrap gap-6">
              <NumberField
                {...register(`groups.${gi}.participants`)}
                label={v.socio.participants}
                inputMode="numeric"
                width="xshort"
                defaultValue={field.participants}
                error={err(`groups.${gi}.participants`)}
              />
              <NumberField
                {...register(`groups.${gi}.years`)}
                label={v.socio.years}
                hint={v.socio.yearsHint}
                width="xshort"
                defaultValue={field.years}
                error={err(`groups.${gi}.years`)}
              />
              <NumberField
                {...register(`groups.${gi}.successRate`)}
                label={v.socio.successRate}
                hint={v.socio.successRateHint}
                suffix="%"
                width="xshort"
                defaultValue={field.successRate}
                error={err(`groups.${gi}.successRate`)}
              />
            </div>
            <NumberField
              {...register(`groups.${gi}.productionValue`)}
              label={v.socio.productionValue}
              hint={v.socio.productionValueHint}
              suffix="kr"
              width="medium"
              defaultValue={field.productionValue}
              error={err(`groups.${gi}.productionValue`)}
            />
            <Items control={control} register={register} groupIndex={gi} canEdit={canEdit} err={err} />
          </Fieldset>
        ))}
        {canEdit ? (
          <Button
            type="submit"
            name="intent"
            value="add-group"
            variant="secondary"
            onClick={noSubmit(() => groups.append(emptySocioGroup()))}
          >
            {v.socio.addGroup}
          </Button>
        ) : null}
      </section>
    </ValueFormFrame>
  );
}

function Items({
  control,
  register,
  groupIndex,
  canEdit,
  err,
}: {
  control: Control<SocioFormValues>;
  register: UseFormRegister<SocioFormValues>;
  groupIndex: number;
  canEdit: boolean;
  err: (path: string) => string | undefined;
}) {
  const t = useT().value.socio;
  const locale = useLocale();
  const items = useFieldArray({ control, name: `groups.${groupIndex}.items` });
  const actorOptions = ACTOR_KEYS.map((a) => ({ value: a, label: actorLabel(a, locale) }));
  return (
    <div className="space-y-4 border-t border-neutral-200 pt-4">
      <h3 className="text-lg font-bold">{t.itemsTitle}</h3>
      <p className="max-w-prose text-neutral-700">{t.itemsIntro}</p>
      {items.fields.map((field, ii) => {
        const p = `groups.${groupIndex}.items.${ii}` as const;
        return (
          <fieldset key={field.id} className="min-w-0 rounded-md border border-neutral-200 bg-neutral-50 p-4">
            <legend className="px-1 font-semibold">{t.itemHeading(ii + 1)}</legend>
            <div className="grid gap-4 md:grid-cols-3">
              <SelectField
                {...register(`${p}.actor`)}
                label={t.actor}
                options={actorOptions}
                width="full"
                defaultValue={field.actor}
                error={err(`${p}.actor`)}
              />
              <TextField
                {...register(`${p}.label`)}
                label={t.itemLabel}
                width="full"
                className="md:col-span-2"
                defaultValue={field.label}
                error={err(`${p}.label`)}
              />
              <SelectField
                {...register(`${p}.type`)}
                label={t.type}
                width="full"
                defaultValue={field.type}
                error={err(`${p}.type`)}
                options={[
                  { value: "real", label: t.typeReal },
                  { value: "transfer", label: t.typeTransfer },
                ]}
              />
              <SelectField
                {...register(`${p}.kind`)}
                label={t.kind}
                width="full"
                className="md:col-span-2"
                defaultValue={field.kind || "cost"}
                options={[
                  { value: "cost", label: t.kindCost },
                  { value: "revenue", label: t.kindRevenue },
                ]}
              />
              <NumberField
                {...register(`${p}.amount`)}
                label={t.amount}
                suffix="kr"
                width="medium"
                defaultValue={field.amount}
                error={err(`${p}.amount`)}
              />
              <NumberField
                {...register(`${p}.before`)}
                label={t.before}
                suffix="kr"
                width="medium"
                defaultValue={field.before}
                error={err(`${p}.before`)}
              />
              <NumberField
                {...register(`${p}.after`)}
                label={t.after}
                suffix="kr"
                width="medium"
                defaultValue={field.after}
                error={err(`${p}.after`)}
              />
            </div>
            {canEdit ? (
              <div className="mt-4">
                <Button
                  type="submit"
                  name="intent"
                  value={`remove-item:${groupIndex}:${ii}`}
                  variant="secondary"
                  size="sm"
                  onClick={noSubmit(() => items.remove(ii))}
                >
                  {t.removeItem(ii + 1)}
                </Button>
              </div>
            ) : null}
          </fieldset>
        );
      })}
      {canEdit ? (
        <Button
          type="submit"
          name="intent"
          value={`add-item:${groupIndex}`}
          variant="secondary"
          size="sm"
          onClick={noSubmit(() => items.append(emptySocioItem()))}
        >
          {t.addItem}
        </Button>
      ) : null}
    </div>
  );
}

function SocioKeyFigures({ result }: { result: SocioeconomicResult }) {
  const t = useT().value.socio;
  const locale = useLocale();
  const rows: [string, string][] = [
    [t.effectivePersonYears, formatNumber(result.effectivePersonYears, locale, 2)],
    [t.publicTotal, formatSek(result.publicSector.total, locale)],
    [
      t.publicPayback,
      result.publicSector.paybackYears === null
        ? t.paybackNone
        : t.paybackYears(formatNumber(result.publicSector.paybackYears, locale, 2, 2)),
    ],
    [t.societyTotal, formatSek(result.society.total, locale)],
    [
      t.realValuePerSek,
      result.society.realValuePerSek === null ? "–" : formatSek(result.society.realValuePerSek, locale, 2),
    ],
  ];
  return (
    <dl
      className="divide-y divide-neutral-200 border-t border-neutral-200"
      aria-live="polite"
      data-testid="socio-figures"
    >
      {rows.map(([label, value]) => (
        <div key={label} className="flex flex-wrap justify-between gap-x-4 py-2">
          <dt className="text-neutral-700">{label}</dt>
          <dd className="font-semibold tabular-nums text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The per-actor table (net per person-year, real and transfer parts, per year, total, payback) and bar chart. */
export function SocioPerActor({ result }: { result: SocioeconomicResult }) {
  const v = useT().value;
  const t = v.socio;
  const locale = useLocale();
  const sek = (n: number) => formatSek(n, locale);
  const payback = (n: number | null) => (n === null ? "–" : t.paybackYears(formatNumber(n, locale, 2, 2)));
  // With every typical case counted for one year, "per year" equals "total": show it once.
  const showYearly = result.effectivePersonYears !== result.effectivePersonsPerYear;
  const summaryRow = (key: string, label: string, s: SocioeconomicResult["publicSector"], total = false) => (
    <Tr key={key} className={total ? "font-semibold" : undefined}>
      <Th>{label}</Th>
      <Td numeric>{sek(s.netPerPersonYear)}</Td>
      <Td numeric>{sek(s.realPerPersonYear)}</Td>
      <Td numeric>{sek(s.transferPerPersonYear)}</Td>
      {showYearly ? <Td numeric>{sek(s.yearlyTotal)}</Td> : null}
      <Td numeric>{sek(s.total)}</Td>
      <Td numeric>{payback(s.paybackYears)}</Td>
    </Tr>
  );
  return (
    <section aria-labelledby="per-actor-heading" className="space-y-6">
      <h2 id="per-actor-heading" className="text-2xl font-bold">
        {t.perActorTitle}
      </h2>
      <Table caption={t.perActorTitle} captionHidden density="compact">
        <THead>
          <Tr>
            <Th>{t.colActor}</Th>
            <Th numeric>{t.colNet}</Th>
            <Th numeric>{t.colReal}</Th>
            <Th numeric>{t.colTransfer}</Th>
            {showYearly ? <Th numeric>{t.colYearly}</Th> : null}
            <Th numeric>{t.colTotal}</Th>
            <Th numeric>{t.colPayback}</Th>
          </Tr>
        </THead>
        <TBody>
          {result.actors.map((a) => summaryRow(a.actor, actorLabel(a.actor, locale), a))}
          {summaryRow("state", AGGREGATE_LABELS.state[locale], result.state)}
        </TBody>
        <TFoot>
          {summaryRow("public", AGGREGATE_LABELS.publicSector[locale], result.publicSector, true)}
          <Tr>
            <Th>{AGGREGATE_LABELS.society[locale]}</Th>
            <Td numeric>{sek(result.society.netPerPersonYear)}</Td>
            <Td numeric>{sek(result.society.netPerPersonYear)}</Td>
            <Td numeric>–</Td>
            {showYearly ? <Td numeric>{sek(result.society.yearlyTotal)}</Td> : null}
            <Td numeric>{sek(result.society.total)}</Td>
            <Td numeric>{payback(result.society.paybackYears)}</Td>
          </Tr>
        </TFoot>
      </Table>
      <p className="max-w-prose text-neutral-700">{t.paybackNote}</p>
      <SocioeconomicPerActorChart
        data={result.actors.map((a) => ({ actor: a.actor, label: actorLabel(a.actor, locale), total: a.total }))}
      />
    </section>
  );
}
