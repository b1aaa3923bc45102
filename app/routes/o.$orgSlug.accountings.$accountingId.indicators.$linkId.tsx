import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { ConfirmPage } from "~/components/indicators/confirm-page";
import { EvidenceTable, EvidenceUploadForm, evidenceAttachedTo } from "~/components/indicators/evidence";
import { formatIndicatorValue, inputNumber } from "~/components/indicators/format";
import { IndicatorChart } from "~/components/indicators/indicator-chart";
import {
  Badge,
  ConfirmDialog,
  DateField,
  DescriptionList,
  ErrorMessage,
  FormStack,
  NumberField,
  PageHeader,
  Section,
  SelectField,
  SubmitButton,
  Table,
  TBody,
  Td,
  TextField,
  Th,
  THead,
  Tr,
  controlClasses,
  fieldId,
} from "~/components/ui";
import { AGE_BANDS, DATA_QUALITIES, GENDERS } from "~/domain/indicators/disaggregation";
import { isPeopleUnit } from "~/domain/indicators/units";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { formValues, readForm } from "~server/forms.server";
import { notFound, redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import {
  getAccountingIndicator,
  loadIndicatorDetail,
  removeIndicator,
  removeValue,
  saveBaseline,
  saveBreakdown,
  saveEntryGrid,
  saveIndicatorLink,
} from "~server/indicators/accounting-indicators.server";
import { evidenceTargets } from "~server/indicators/evidence.server";
import { messagesFor } from "~/i18n";
import { localized } from "~/i18n/localized";
import { namedPageTitle } from "~/i18n/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: namedPageTitle(matches, data?.name, "indicator") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { t, locale } = await getI18n(request);
  const detail = await loadIndicatorDetail(org.id, accounting, params.linkId ?? "", locale);
  if (!detail) notFound();
  const targets = await evidenceTargets(org.id, accounting, locale, t, detail.link.id);
  const ind = detail.link.indicator;
  return json({
    base: `/o/${org.slug}/accountings/${accounting.id}`,
    title: accounting.title,
    canEdit: can(role, "edit"),
    name: ind.code ? `${ind.code} ${localized(ind.name, locale)}` : localized(ind.name, locale),
    link: {
      id: detail.link.id,
      chainItemId: detail.link.chainItemId,
      stakeholderId: detail.link.stakeholderId,
      baseline: detail.link.baseline,
      indicator: ind,
    },
    periods: detail.periods,
    rows: detail.rows,
    breakdowns: detail.breakdowns,
    outcomes: detail.outcomes,
    stakeholders: detail.stakeholders,
    evidence: detail.evidence.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    chart: detail.chart,
    targets,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const link = await getAccountingIndicator(org.id, accounting.id, params.linkId ?? "");
  if (!link) notFound();
  const { t, locale } = await getI18n(request);
  const m = t.indicators.detail;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/o/${org.slug}/accountings/${accounting.id}/indicators/${link.id}`;
  const name = link.indicator.code
    ? `${link.indicator.code} ${localized(link.indicator.name, locale)}`
    : localized(link.indicator.name, locale);
  if (intent === "remove" || intent === "delete-value") {
    const valueId = String(form.get("valueId") ?? "");
    const period = String(form.get("periodLabel") ?? "");
    if (form.get("confirmed") !== "yes") {
      const confirm =
        intent === "remove"
          ? { title: m.removeTitle(name), body: m.removeBody, confirmLabel: m.removeConfirm, fields: { intent } }
          : {
              title: m.valueDeleteTitle(period),
              body: m.valueDeleteBody,
              confirmLabel: m.valueDeleteConfirm,
              fields: { intent, valueId, periodLabel: period },
            };
      return json({ intent, confirm, errors: {} as Record<string, string>, values: {} as Record<string, string> });
    }
    if (intent === "remove") {
      await removeIndicator(org.id, accounting.id, link.id);
      return redirectWithFlash(`/o/${org.slug}/accountings/${accounting.id}/indicators`, {
        kind: "success",
        message: m.removed,
      });
    }
    if (!(await removeValue(org.id, accounting.id, valueId))) notFound();
    return redirectWithFlash(here, { kind: "success", message: m.valueDeleted });
  }
  const result =
    intent === "link"
      ? await saveIndicatorLink(org.id, accounting.id, link.id, form, t)
      : intent === "baseline"
        ? await saveBaseline(org.id, link, form, locale, t)
        : intent === "breakdown"
          ? await saveBreakdown(org.id, accounting, link, form, user.id, locale, t)
          : await saveEntryGrid(org.id, accounting, link, form, user.id, locale, t);
  if (!result.ok)
    return json({ intent, confirm: null, errors: result.errors, values: formValues(form) }, { status: 400 });
  return redirectWithFlash(here, { kind: "success", message: result.message });
}

export default function IndicatorEntry() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.detail;
  const data = useLoaderData<typeof loader>();
  const {
    base,
    title,
    canEdit,
    name,
    link,
    rows,
    breakdowns,
    outcomes,
    stakeholders,
    evidence,
    chart,
    targets,
    periods,
  } = data;
  const ind = link.indicator;
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result?.errors ?? {};
  const posted: Record<string, string> = result?.values ?? {};
  const errorsFor = (intent: string): Record<string, string> => (result?.intent === intent ? errors : {});
  const valuesFor = (intent: string): Record<string, string> | undefined =>
    result?.intent === intent ? posted : undefined;
  const gridIntent = result?.intent === "grid" || result?.intent === "";
  const gridValues = gridIntent ? posted : undefined;
  const gridErrors: Record<string, string> = gridIntent ? errors : {};
  const here = `${base}/indicators/${link.id}`;
  const unitSuffix = messagesFor(locale).indicators.labels.unit[ind.unit];
  const periodLabels = Object.fromEntries(periods.map((p) => [p.key, p.label]));
  const evidenceItems = evidence.map((e) => ({
    ...e,
    attachedTo: evidenceAttachedTo(e, periodLabels, locale, t.indicators.evidence.targetOutcome),
  }));
  const people = isPeopleUnit(ind.unit);
  const hasChartData = chart.some((c) => c.actual !== null || c.target !== null);

  const gridCell = (name: string, label: string, stored: string, width = "w-[11ch]") => {
    const id = fieldId(name);
    const error = gridErrors[name];
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
          defaultValue={gridValues ? (gridValues[name] ?? "") : stored}
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
    <div className="space-y-10">
      <PageHeader
        caption={title}
        title={name}
        breadcrumbs={[{ label: t.indicators.overview.title, to: `${base}/indicators` }, { label: name }]}
        breadcrumbsLabel={m.back}
      />
      {result?.confirm ? <ConfirmPage confirm={result.confirm} cancelTo={here} /> : null}
      <FormErrors errors={errors} />

      <Section title={m.facts}>
        <div className="mb-3">
          <Badge tone={ind.isCatalogue ? "accent" : "neutral"}>
            {ind.isCatalogue ? t.indicators.origin.catalogue : t.indicators.origin.own}
          </Badge>{" "}
          <span className="text-neutral-700">{ind.isCatalogue ? m.catalogueNote : m.ownNote}</span>
        </div>
        <DescriptionList
          items={[
            { label: m.definition, value: localized(ind.definition, locale) },
            { label: m.unit, value: messagesFor(locale).indicators.labels.unit[ind.unit] },
            { label: m.level, value: messagesFor(locale).indicators.labels.level[ind.level] },
            { label: m.direction, value: messagesFor(locale).indicators.labels.direction[ind.direction] },
            { label: m.dataSource, value: localized(ind.dataSource, locale) },
          ]}
        />
      </Section>

      <Section title={m.baselineTitle} description={m.baselineIntro}>
        {link.baseline && !canEdit ? (
          <p>
            {formatIndicatorValue(link.baseline.value, ind.unit, locale)} · {formatDate(link.baseline.date, locale)} ·{" "}
            {link.baseline.source}
          </p>
        ) : null}
        {canEdit ? (
          <Form method="post" noValidate>
            <div className="flex flex-wrap items-start gap-6">
              <NumberField
                name="baselineValue"
                label={`${m.baselineValue} (${unitSuffix})`}
                defaultValue={valuesFor("baseline")?.baselineValue ?? inputNumber(link.baseline?.value, locale)}
                error={errorsFor("baseline").baselineValue}
              />
              <DateField
                name="baselineDate"
                label={m.baselineDate}
                defaultValue={valuesFor("baseline")?.baselineDate ?? link.baseline?.date ?? ""}
                error={errorsFor("baseline").baselineDate}
              />
            </div>
            <TextField
              name="baselineSource"
              label={m.baselineSource}
              hint={m.baselineSourceHint}
              defaultValue={valuesFor("baseline")?.baselineSource ?? link.baseline?.source ?? ""}
              error={errorsFor("baseline").baselineSource}
              className="mt-4"
            />
            <TextField
              name="baselineNote"
              label={m.baselineNote}
              optionalLabel={t.common.optional}
              defaultValue={valuesFor("baseline")?.baselineNote ?? link.baseline?.note ?? ""}
              error={errorsFor("baseline").baselineNote}
              className="mt-4"
            />
            <SubmitButton intent="baseline" variant="secondary" className="mt-4">
              {m.baselineSave}
            </SubmitButton>
          </Form>
        ) : null}
      </Section>

      <Section title={m.gridTitle} description={`${m.unit}: ${unitSuffix}. ${canEdit ? m.gridIntro : ""}`}>
        <p id="evidence-level-hint" className="mb-3 max-w-prose text-neutral-700">
          {m.evidenceLevelHint}
        </p>
        <Form method="post" noValidate>
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
                      {gridCell(`target.${r.periodKey}`, m.cellLabel(m.target, r.label), inputNumber(r.target, locale))}
                    </Td>
                    <Td numeric>
                      {gridCell(
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
                        defaultValue={
                          gridValues ? (gridValues[q] ?? "measured") : (r.actual?.dataQuality ?? "measured")
                        }
                        className={controlClasses(Boolean(gridErrors[q]), "w-auto")}
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
                        defaultValue={
                          gridValues
                            ? (gridValues[lv] ?? "")
                            : r.actual?.evidenceLevel
                              ? String(r.actual.evidenceLevel)
                              : ""
                        }
                        className={controlClasses(Boolean(gridErrors[lv]), "w-auto")}
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
                      {gridCell(
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
                        defaultValue={gridValues ? (gridValues[note] ?? "") : (r.actual?.note ?? "")}
                        aria-invalid={gridErrors[note] ? true : undefined}
                        className={controlClasses(Boolean(gridErrors[note]), "w-full min-w-[16ch]")}
                      />
                      {gridErrors[note] ? (
                        <ErrorMessage prefix={t.common.errorPrefix} className="mt-1 text-sm">
                          {gridErrors[note]}
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
          {canEdit ? (
            <SubmitButton intent="grid" className="mt-4">
              {m.gridSave}
            </SubmitButton>
          ) : null}
        </Form>
      </Section>

      <Section title={m.chartTitle}>
        {hasChartData ? (
          <IndicatorChart title={name} caption={m.chartCaption(name)} data={chart} unit={ind.unit} />
        ) : (
          <p>{m.chartEmpty}</p>
        )}
      </Section>

      <Section title={m.linkTitle}>
        {canEdit ? (
          <Form method="post" noValidate>
            <FormStack>
              <SelectField
                name="outcome"
                label={m.outcome}
                defaultValue={valuesFor("link")?.outcome ?? link.chainItemId ?? ""}
                options={[
                  { value: "", label: t.indicators.add.outcomeNone },
                  ...outcomes.map((o) => ({ value: o.id, label: o.text })),
                ]}
                error={errorsFor("link").outcome}
              />
              <SelectField
                name="stakeholder"
                label={m.stakeholder}
                defaultValue={valuesFor("link")?.stakeholder ?? link.stakeholderId ?? ""}
                options={[
                  { value: "", label: m.stakeholderFromOutcome },
                  ...stakeholders.map((s) => ({ value: s.id, label: s.name })),
                ]}
                error={errorsFor("link").stakeholder}
              />
              <SubmitButton intent="link" variant="secondary">
                {m.linkSave}
              </SubmitButton>
            </FormStack>
          </Form>
        ) : (
          <p>{outcomes.find((o) => o.id === link.chainItemId)?.text ?? t.indicators.overview.noOutcome}</p>
        )}
      </Section>

      {people ? (
        <Section title={m.breakdownTitle} description={m.breakdownIntro}>
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
                      <Td numeric>{formatIndicatorValue(b.value, ind.unit, locale)}</Td>
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
                  defaultValue={valuesFor("breakdown")?.periodKey ?? periods[periods.length - 1]?.key}
                  options={periods.map((p) => ({ value: p.key, label: p.label }))}
                  error={errorsFor("breakdown").periodKey}
                  width="medium"
                />
                <SelectField
                  name="gender"
                  label={m.gender}
                  defaultValue={valuesFor("breakdown")?.gender ?? ""}
                  options={[
                    { value: "", label: m.genderAll },
                    ...GENDERS.map((g) => ({ value: g, label: messagesFor(locale).indicators.labels.gender[g] })),
                  ]}
                  error={errorsFor("breakdown").gender}
                  width="short"
                />
                <TextField
                  name="ageBand"
                  label={m.ageBand}
                  hint={m.ageBandHint}
                  list="age-bands"
                  defaultValue={valuesFor("breakdown")?.ageBand ?? ""}
                  error={errorsFor("breakdown").ageBand}
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
                  defaultValue={valuesFor("breakdown")?.area ?? ""}
                  error={errorsFor("breakdown").area}
                  width="medium"
                />
                <NumberField
                  name="value"
                  label={`${m.value} (${unitSuffix})`}
                  defaultValue={valuesFor("breakdown")?.value ?? ""}
                  error={errorsFor("breakdown").value}
                />
                <SelectField
                  name="dataQuality"
                  label={m.dataQuality}
                  defaultValue={valuesFor("breakdown")?.dataQuality ?? "measured"}
                  options={DATA_QUALITIES.map((d) => ({
                    value: d,
                    label: messagesFor(locale).indicators.labels.dataQuality[d],
                  }))}
                  error={errorsFor("breakdown").dataQuality}
                  width="medium"
                />
              </div>
              <SubmitButton intent="breakdown" variant="secondary" className="mt-4">
                {m.breakdownAdd}
              </SubmitButton>
            </Form>
          ) : null}
        </Section>
      ) : null}

      <Section title={t.indicators.evidence.sectionTitle} description={t.indicators.evidence.intro}>
        <EvidenceTable items={evidenceItems} base={base} canEdit={canEdit} redirectTo={here} />
        {canEdit ? (
          <div className="mt-6">
            <h3 className="mb-4 text-xl font-semibold">{t.indicators.evidence.uploadTitle}</h3>
            <EvidenceUploadForm
              base={base}
              targets={targets}
              redirectTo={here}
              errors={{}}
              values={{}}
              defaultTarget={targets[targets.length - 1]?.value}
            />
          </div>
        ) : null}
        <p className="mt-4">
          <Link to={`${base}/evidence`}>{t.indicators.overview.evidence}</Link>
        </p>
      </Section>

      {canEdit ? (
        <Section title={m.remove}>
          <ConfirmDialog
            title={m.removeTitle(name)}
            body={<p>{m.removeBody}</p>}
            confirmLabel={m.removeConfirm}
            cancelLabel={t.common.cancel}
            triggerLabel={m.remove}
            form={{ fields: { intent: "remove" } }}
          />
        </Section>
      ) : null}
    </div>
  );
}
