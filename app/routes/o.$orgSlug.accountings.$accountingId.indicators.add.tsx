import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { CatalogueFilter } from "~/components/indicators/catalogue-filter";
import {
  Badge,
  ErrorMessage,
  FormStack,
  PageHeader,
  Section,
  SelectField,
  SubmitButton,
  TextField,
  fieldId,
} from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { getI18n } from "~server/i18n.server";
import { addIndicators, linkedIndicatorIds, loadOutcomeChoices } from "~server/indicators/accounting-indicators.server";
import { browseIndicators, readCatalogueFilter } from "~server/indicators/catalogue.server";
import { pageTitle } from "~/i18n/page-title";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { done, invalid, parseIntent } from "~server/mutation.server";
import { messagesFor } from "~/i18n";
import { localized } from "~/i18n/localized";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "addIndicators") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const filter = readCatalogueFilter(new URL(request.url));
  const [{ rows }, linked, choices] = await Promise.all([
    browseIndicators(org.id, filter),
    linkedIndicatorIds(org.id, accounting.id),
    loadOutcomeChoices(org.id, accounting.id),
  ]);
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id, title: accounting.title },
    filter,
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      unit: r.unit,
      level: r.level,
      isCatalogue: r.isCatalogue,
      linked: linked.has(r.id),
    })),
    outcomes: choices.outcomes.map((o) => ({ id: o.id, text: o.text })),
    stakeholders: choices.stakeholders,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "add": {
      const form = input.form;
      const result = await addIndicators({ orgId: org.id, accountingId: accounting.id, form, t });
      if (!result.ok) return invalid(result.errors, input.values, { chosen: form.getAll("indicatorId").map(String) });
      const only = result.linkIds && result.linkIds.length === 1 ? result.linkIds[0] : undefined;
      const to = only ? paths.indicator(org, accounting, { id: only }) : paths.indicators(org, accounting);
      return done(to, { kind: "success", message: result.message });
    }
    default:
      return input.value.intent satisfies never;
  }
}

/** The page's one form adds the ticked indicators. */
const Intent = z.discriminatedUnion("intent", [z.object({ intent: z.literal("add") })]);

export default function AddIndicators() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.add;
  const { org, accounting, filter, rows, outcomes, stakeholders } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData<{ chosen?: string[] }> | undefined;
  const errors: Record<string, string> = data?.errors ?? {};
  const values: Record<string, string> = data?.values ?? {};
  const chosen = new Set(data?.chosen ?? []);
  const [outcome, setOutcome] = useState(values.outcome ?? "");
  const [stakeholder, setStakeholder] = useState(values.stakeholder ?? "");
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div className="space-y-8">
      <PageHeader caption={accounting.title} title={m.title} description={m.intro} />
      <ActionNotices data={data} cancelTo={paths.addIndicators(org, accounting)} />
      <Section title={m.filterTitle}>
        <CatalogueFilter values={filter} clearTo={paths.addIndicators(org, accounting)} />
      </Section>
      <Form method="post" noValidate className="space-y-8">
        <fieldset
          className={errors.indicatorId ? "border-l-4 border-danger-700 pl-4" : undefined}
          aria-describedby={errors.indicatorId ? `${fieldId("indicatorId")}-error` : undefined}
        >
          <legend className="text-2xl font-semibold">{m.choose}</legend>
          <p role="status" className="mt-1 text-neutral-700">
            {t.indicators.catalogue.results(rows.length)}
          </p>
          {errors.indicatorId ? (
            <ErrorMessage id={`${fieldId("indicatorId")}-error`} prefix={t.common.errorPrefix} className="mt-2">
              {errors.indicatorId}
            </ErrorMessage>
          ) : null}
          {rows.length === 0 ? <p className="mt-3">{t.indicators.catalogue.none}</p> : null}
          <ul className="mt-3 divide-y divide-neutral-200 rounded-lg border border-neutral-300 bg-white">
            {rows.map((r, index) => {
              const id = index === 0 ? fieldId("indicatorId") : `indicator-${r.id}`;
              const name = localized(r.name, locale);
              return (
                <li key={r.id} className="flex items-start gap-3 px-4 py-2">
                  <input
                    id={id}
                    type="checkbox"
                    name="indicatorId"
                    value={r.id}
                    disabled={r.linked}
                    defaultChecked={chosen.has(r.id)}
                    className="mt-2.5 h-6 w-6 shrink-0 cursor-pointer disabled:cursor-not-allowed"
                  />
                  <label htmlFor={id} className="block min-h-tap cursor-pointer py-2">
                    {r.code ? <span className="font-mono font-semibold">{r.code} </span> : null}
                    <span className="font-semibold">{name}</span>
                    {r.linked ? <span className="text-neutral-600"> ({m.alreadyAdded})</span> : null}
                    <span className="mt-1 flex flex-wrap items-center gap-2 text-neutral-700">
                      <Badge tone={r.isCatalogue ? "accent" : "neutral"}>
                        {r.isCatalogue ? t.indicators.origin.catalogue : t.indicators.origin.own}
                      </Badge>
                      <span>
                        {messagesFor(locale).indicators.labels.unit[r.unit]} ·{" "}
                        {messagesFor(locale).indicators.labels.level[r.level]}
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <p className="mt-3">
            <Link to={paths.newIndicator(org)}>{m.createOwn}</Link>
          </p>
        </fieldset>
        <FormStack>
          <SelectField
            name="outcome"
            label={m.outcome}
            hint={m.outcomeHint}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            options={[
              { value: "", label: m.outcomeNone },
              ...outcomes.map((o) => ({ value: o.id, label: o.text })),
              { value: "new", label: m.outcomeNew },
            ]}
            error={errors.outcome}
          />
          {!hydrated || outcome === "new" ? (
            <>
              <TextField
                name="newOutcome"
                label={m.newOutcomeText}
                hint={m.newOutcomeHint}
                defaultValue={values.newOutcome}
                error={errors.newOutcome}
              />
              <SelectField
                name="stakeholder"
                label={m.stakeholder}
                value={stakeholder}
                onChange={(e) => setStakeholder(e.target.value)}
                options={[
                  { value: "", label: m.stakeholderNone },
                  ...stakeholders.map((s) => ({ value: s.id, label: s.name })),
                  { value: "new", label: m.stakeholderNew },
                ]}
                error={errors.stakeholder}
              />
              {!hydrated || stakeholder === "new" ? (
                <TextField
                  name="newStakeholder"
                  label={m.newStakeholderName}
                  hint={m.newStakeholderHint}
                  defaultValue={values.newStakeholder}
                  error={errors.newStakeholder}
                />
              ) : null}
            </>
          ) : null}
          <SubmitButton intent="add">{m.submit}</SubmitButton>
        </FormStack>
      </Form>
    </div>
  );
}
