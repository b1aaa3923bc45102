import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { FormStack, PageHeader, RadioGroup, SubmitButton, TextField } from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { ReportTemplateSchema } from "~/domain/reports/draft";
import { templateDescription, templateName } from "~/domain/reports/templates";
import { REPORT_TEMPLATES, type ReportTemplate } from "~/domain/reports/types";
import { LOCALES, type Messages } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { parseForm } from "~server/forms.server";
import { done, invalid, parseIntent } from "~server/mutation.server";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { getI18n } from "~server/i18n.server";
import { createReport } from "~server/reports/create-report.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "newReport") }];

const schema = (t: Messages) =>
  z.object({
    title: z.string().trim().min(1, t.reports.content.errors.title).max(200, t.reports.content.errors.title),
    template: ReportTemplateSchema,
    locale: z.enum(LOCALES),
  });

/** Suggests a template from the accounting's purpose (grant report → bidragsredovisning …). */
function suggestedTemplate(purpose: string): string {
  if (purpose === "grant-application" || purpose === "grant-report" || purpose === "tender") return purpose;
  return "annual";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting } = await requireAccounting(request, params, {
    roles: rolesFor("edit"),
  });
  const { locale } = await getI18n(request);
  const template = suggestedTemplate(accounting.purpose) as ReportTemplate;
  return json({
    back: paths.reports(org, accounting),
    here: paths.newReport(org, accounting),
    defaults: {
      template,
      title: `${templateName(template, locale)} – ${accounting.title}`,
      locale,
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, {
    roles: rolesFor("edit"),
  });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const parsed = parseForm(input.form, schema(t));
  if (!parsed.ok) {
    const errors = { ...parsed.errors };
    if (errors.template) errors.template = t.reports.create.template;
    return invalid(errors, parsed.values);
  }
  const { id } = await createReport({
    orgId: org.id,
    accountingId: accounting.id,
    userId: user.id,
    ...parsed.data,
  });
  return done(paths.report(org, accounting, { id }), { kind: "success", message: t.reports.create.created });
}

/** The page's one form creates the report. */
const Intent = z.discriminatedUnion("intent", [z.object({ intent: z.literal("create") })]);

export default function NewReport() {
  const t = useT();
  const locale = useLocale();
  const { back, here, defaults } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const errors: Record<string, string> = data?.errors ?? {};
  const values: Record<string, string> = data?.values ?? {};
  const c = t.reports.create;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={c.title}
        description={c.intro}
        breadcrumbs={[{ label: t.reports.list.title, to: back }, { label: c.title }]}
        breadcrumbsLabel={t.reports.youAreHere}
      />
      <ActionNotices data={data} cancelTo={here} />
      <Form method="post" noValidate className="mt-4">
        <FormStack>
          <RadioGroup
            name="template"
            label={c.template}
            hint={t.reports.templatesHint}
            defaultValue={values.template ?? defaults.template}
            error={errors.template}
            options={REPORT_TEMPLATES.map((key) => ({
              value: key,
              label: templateName(key, locale),
              hint: templateDescription(key, locale),
            }))}
          />
          <TextField
            name="title"
            label={c.reportTitle}
            hint={c.reportTitleHint}
            defaultValue={values.title ?? defaults.title}
            error={errors.title}
            width="full"
            required
          />
          <RadioGroup
            name="locale"
            label={c.locale}
            hint={c.localeHint}
            inline
            defaultValue={values.locale ?? defaults.locale}
            options={LOCALES.map((l) => ({ value: l, label: c.locales[l] }))}
          />
          <SubmitButton intent="create">{c.submit}</SubmitButton>
        </FormStack>
      </Form>
    </div>
  );
}
