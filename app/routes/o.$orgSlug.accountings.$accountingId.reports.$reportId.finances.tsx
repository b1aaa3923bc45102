import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { FormStack, Notice, Section, SubmitButton, TextField } from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { readDraft } from "~/domain/reports/draft";
import { useLocale, useT } from "~/i18n/use-t";
import { formatNumber } from "~/utils/format";
import { readForm } from "~server/forms.server";
import { notFound, redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { readFinancesForm } from "~server/reports/draft-forms.server";
import { requireReport } from "~server/reports/require-report.server";
import { saveDraft } from "~server/reports/save-draft.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "finances") }];

/** Budget and actual, co-financing and volunteer time for the report's finances section. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report } = await requireReport(request, params, {
    roles: rolesFor("edit"),
  });
  const draft = readDraft(report.draft);
  return json({
    draftVersion: report.draftVersion,
    finances: draft.finances ?? { rows: [], coFinancing: [] },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting, report } = await requireReport(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const form = await readForm(request);
  const parsed = readFinancesForm(form, t);
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await saveDraft({
    orgId: org.id,
    reportId: report.id,
    userId: user.id,
    expectedVersion: parsed.draftVersion,
    patch: { finances: parsed.patch },
  });
  if (!result.ok && result.reason === "not-found") notFound();
  if (!result.ok)
    return json(
      {
        errors: { form: t.reports.conflict },
        values: Object.fromEntries(form.entries()) as Record<string, string>,
      },
      { status: 409 },
    );
  return redirectWithFlash(`/o/${org.slug}/accountings/${accounting.id}/reports/${report.id}/finances`, {
    kind: "success",
    message: t.reports.finances.saved,
  });
}

export default function ReportFinances() {
  const t = useT();
  const locale = useLocale();
  const { draftVersion, finances } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errors: Record<string, string> = data?.errors ?? {};
  const values: Record<string, string> | undefined = data?.values;
  const f = t.reports.finances;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? "" : formatNumber(v, locale, 2));
  const val = (name: string, stored: string) => (values ? (values[name] ?? "") : stored);
  const rowCount = Math.max(
    finances.rows.length + 2,
    values ? Object.keys(values).filter((k) => /^rows\.\d+\.item$/.test(k)).length : 0,
  );
  const coCount = Math.max(
    finances.coFinancing.length + 1,
    values ? Object.keys(values).filter((k) => /^co\.\d+\.source$/.test(k)).length : 0,
  );
  return (
    <div className="max-w-4xl space-y-6">
      <h2 className="text-2xl font-semibold">{f.title}</h2>
      <p className="max-w-prose text-lg text-neutral-700">{f.intro}</p>
      <FormErrors errors={errors} />
      {errors.form ? <Notice kind="error">{errors.form}</Notice> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="draftVersion" value={draftVersion} />
        <FormStack>
          <Section title={f.rows} headingLevel={3}>
            <div className="space-y-4">
              {Array.from({ length: rowCount }, (_, i) => {
                const row = finances.rows[i];
                return (
                  <fieldset
                    key={i}
                    className="grid gap-4 rounded-lg border border-neutral-300 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr]"
                  >
                    <legend className="px-1 font-semibold">{f.row(i + 1)}</legend>
                    <TextField
                      name={`rows.${i}.item`}
                      label={f.item}
                      hint={i === 0 ? f.itemHint : undefined}
                      defaultValue={val(`rows.${i}.item`, row?.item ?? "")}
                      error={errors[`rows.${i}.item`]}
                      width="full"
                    />
                    <TextField
                      name={`rows.${i}.budget`}
                      label={f.budget}
                      inputMode="decimal"
                      defaultValue={val(`rows.${i}.budget`, n(row?.budget))}
                      error={errors[`rows.${i}.budget`]}
                      width="full"
                    />
                    <TextField
                      name={`rows.${i}.actual`}
                      label={f.actual}
                      inputMode="decimal"
                      defaultValue={val(`rows.${i}.actual`, n(row?.actual))}
                      error={errors[`rows.${i}.actual`]}
                      width="full"
                    />
                  </fieldset>
                );
              })}
              <p className="text-neutral-700">{f.actualHint}</p>
            </div>
          </Section>
          <Section title={f.coFinancing} headingLevel={3}>
            <div className="space-y-4">
              {Array.from({ length: coCount }, (_, i) => {
                const row = finances.coFinancing[i];
                return (
                  <fieldset
                    key={i}
                    className="grid gap-4 rounded-lg border border-neutral-300 bg-white p-4 sm:grid-cols-[2fr_1fr]"
                  >
                    <legend className="px-1 font-semibold">{f.coRow(i + 1)}</legend>
                    <TextField
                      name={`co.${i}.source`}
                      label={f.coSource}
                      defaultValue={val(`co.${i}.source`, row?.source ?? "")}
                      error={errors[`co.${i}.source`]}
                      width="full"
                    />
                    <TextField
                      name={`co.${i}.amount`}
                      label={f.coAmount}
                      inputMode="decimal"
                      defaultValue={val(`co.${i}.amount`, n(row?.amount))}
                      error={errors[`co.${i}.amount`]}
                      width="full"
                    />
                  </fieldset>
                );
              })}
            </div>
          </Section>
          <Section title={f.volunteer} headingLevel={3}>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                name="volunteerHours"
                label={f.volunteerHours}
                inputMode="decimal"
                defaultValue={val("volunteerHours", n(finances.volunteerHours))}
                error={errors.volunteerHours}
                width="medium"
              />
              <TextField
                name="volunteerHourValue"
                label={f.volunteerHourValue}
                hint={f.volunteerHourValueHint}
                inputMode="decimal"
                defaultValue={val("volunteerHourValue", n(finances.volunteerHourValue))}
                error={errors.volunteerHourValue}
                width="medium"
              />
            </div>
          </Section>
          <SubmitButton intent="save">{f.save}</SubmitButton>
        </FormStack>
      </Form>
    </div>
  );
}
