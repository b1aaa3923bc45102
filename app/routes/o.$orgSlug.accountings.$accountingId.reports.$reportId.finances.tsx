import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { FormStack, Section, SubmitButton, TextField } from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { readDraft } from "~/domain/reports/draft";
import { useLocale, useT } from "~/i18n/use-t";
import { formatNumber } from "~/utils/format";
import { getI18n } from "~server/i18n.server";
import { readFinancesForm } from "~server/reports/draft-forms.server";
import { requireReport } from "~server/reports/require-report.server";
import { saveDraftPage } from "~server/reports/save-draft.server";
import { BaseVersion, invalid, parseIntent } from "~server/mutation.server";
import { pageTitle } from "~/i18n/page-title";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "finances") }];

/** Budget and actual, co-financing and volunteer time for the report's finances section. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting, report } = await requireReport(request, params, {
    roles: rolesFor("edit"),
  });
  const draft = readDraft(report.draft);
  return json({
    here: paths.reportFinances(org, accounting, report),
    draftVersion: report.draftVersion,
    finances: draft.finances ?? { rows: [], coFinancing: [] },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting, report } = await requireReport(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const parsed = readFinancesForm(input.form, t);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  return saveDraftPage({
    orgId: org.id,
    reportId: report.id,
    userId: user.id,
    draftVersion: input.value.draftVersion,
    patch: { finances: parsed.patch },
    posted: input.values,
    conflictMessage: t.reports.conflict,
    to: paths.reportFinances(org, accounting, report),
    saved: t.reports.finances.saved,
  });
}

/** The finances page saves its one form at the draft version it showed. */
const Intent = z.discriminatedUnion("intent", [z.object({ intent: z.literal("save"), draftVersion: BaseVersion })]);

export default function ReportFinances() {
  const t = useT();
  const locale = useLocale();
  const { here, draftVersion, finances } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
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
      <ActionNotices data={data} cancelTo={here} />
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
