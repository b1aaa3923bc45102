import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { ReportView } from "~/components/reports/report-view";
import { CheckboxGroup, FormStack, Notice, Section, SubmitButton, TextArea, TextField } from "~/components/ui";
import { can, rolesFor } from "~/domain/permissions";
import { draftSections, offeredSections } from "~/domain/reports/draft";
import { REPORT_TEMPLATE_DEFINITIONS, sectionTitle } from "~/domain/reports/templates";
import type { ReportModel, SectionKey } from "~/domain/reports/types";
import { useT } from "~/i18n/use-t";
import { notFound } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { readContentForm } from "~server/reports/draft-forms.server";
import { loadReportWorkspace } from "~server/reports/load-workspace.server";
import { requireReport } from "~server/reports/require-report.server";
import { saveDraftPage } from "~server/reports/save-draft.server";
import { BaseVersion, invalid, parseIntent } from "~server/mutation.server";
import { pageTitle } from "~/i18n/page-title";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "reportBuilder") }];

/** The builder's content page: sections, indicators and the narrative of each section, with a preview of the draft. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting, report } = await requireReport(request, params);
  const ws = await loadReportWorkspace(
    { orgId: org.id, accountingId: accounting.id, reportId: report.id },
    { compareWithLatest: true },
  );
  if (!ws) notFound();
  const template = report.template;
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id },
    canEdit: can(role, "edit"),
    report: {
      id: report.id,
      title: report.title,
      template,
      locale: report.locale,
      draftVersion: report.draftVersion,
    },
    offered: offeredSections(template),
    templateSections: REPORT_TEMPLATE_DEFINITIONS[template].sections,
    chosen: draftSections(template, ws.draft),
    narratives: ws.draft.narratives,
    indicators: ws.baseSource.indicators.map((i) => ({
      id: i.id,
      label: i.code ? `${i.code} ${i.name}` : i.name,
    })),
    chosenIndicators: ws.draft.indicatorIds ?? ws.baseSource.indicators.map((i) => i.id),
    model: ws.model ?? null,
    latestVersion: ws.latestVersion,
    changedSinceLatest: ws.changedSinceLatest ?? null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting, report } = await requireReport(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const form = input.form;
  const ws = await loadReportWorkspace({
    orgId: org.id,
    accountingId: accounting.id,
    reportId: report.id,
  });
  if (!ws) notFound();
  const parsed = readContentForm(
    form,
    report.template,
    ws.baseSource.indicators.map((i) => i.id),
    t,
  );
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  return saveDraftPage({
    orgId: org.id,
    reportId: report.id,
    userId: user.id,
    draftVersion: input.value.draftVersion,
    patch: parsed.patch.patch,
    title: parsed.patch.title,
    posted: input.values,
    conflictMessage: t.reports.conflict,
    to: paths.report(org, accounting, report),
    saved: t.reports.content.saved,
  });
}

/** The content page saves its one form (sections, indicators, narratives) at the draft version it showed. */
const Intent = z.discriminatedUnion("intent", [z.object({ intent: z.literal("save"), draftVersion: BaseVersion })]);

export default function ReportContent() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const c = t.reports.content;
  const { report, org, accounting } = data;
  const sectionLabel = (key: SectionKey) => sectionTitle(report.template, key, report.locale);
  const model = data.model as ReportModel | null;

  const preview = (
    <section aria-labelledby="preview-heading" className="min-w-0 space-y-3">
      <h2 id="preview-heading" className="text-2xl font-semibold">
        {c.preview}
      </h2>
      <p className="text-neutral-700">{c.previewIntro}</p>
      {data.latestVersion > 0 && data.changedSinceLatest !== null ? (
        <Notice kind="info" role="none">
          {data.changedSinceLatest ? t.reports.status.changed : t.reports.status.unchanged}{" "}
          {data.changedSinceLatest ? (
            <Link to={paths.reportDiff(org, accounting, report, { from: data.latestVersion, to: "draft" })}>
              {t.reports.status.compareDraft}
            </Link>
          ) : null}
        </Notice>
      ) : null}
      {model ? (
        <div
          role="region"
          aria-label={c.previewRegion}
          tabIndex={0}
          className="max-h-[85vh] overflow-y-auto rounded-lg border border-neutral-300 bg-white p-4 sm:p-6"
        >
          <p className="mb-4 inline-block rounded bg-warning-100 px-2 py-1 text-sm font-semibold text-warning-900">
            {t.reports.view.notPublished}
          </p>
          <ReportView model={model} level={3} idPrefix="preview" />
        </div>
      ) : (
        <Notice kind="warning">{c.previewUnavailable}</Notice>
      )}
    </section>
  );

  if (!data.canEdit) return preview;

  return (
    <div className="grid gap-10 xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <div className="min-w-0 space-y-6">
        <p className="max-w-prose text-lg text-neutral-700">{c.intro}</p>
        <ActionNotices data={actionData} cancelTo={paths.report(org, accounting, report)} />
        <Form method="post" noValidate>
          <input type="hidden" name="draftVersion" value={report.draftVersion} />
          <FormStack>
            <TextField
              name="title"
              label={t.reports.create.reportTitle}
              defaultValue={values.title ?? report.title}
              error={errors.title}
              width="full"
              required
            />
            <CheckboxGroup
              name="sections"
              label={c.sections}
              hint={c.sectionsHint}
              error={errors.sections}
              defaultValue={data.chosen}
              options={data.offered.map((key) => ({
                value: key,
                label: data.templateSections.includes(key) ? sectionLabel(key) : `${sectionLabel(key)} *`,
              }))}
            />
            {data.indicators.length === 0 ? (
              <p>
                <strong>{c.indicators}:</strong> {c.noIndicators}{" "}
                <Link to={paths.indicators(org, accounting)}>{c.addIndicators}</Link>
              </p>
            ) : (
              <>
                <input type="hidden" name="indicatorsOffered" value="yes" />
                <CheckboxGroup
                  name="indicators"
                  label={c.indicators}
                  hint={c.indicatorsHint}
                  defaultValue={data.chosenIndicators}
                  options={data.indicators.map((i) => ({
                    value: i.id,
                    label: i.label,
                  }))}
                />
              </>
            )}
            <Section title={c.narratives} description={c.narrativesIntro} headingLevel={2}>
              <FormStack>
                {data.chosen.map((key) => (
                  <TextArea
                    key={key}
                    name={`narrative.${key}`}
                    label={sectionLabel(key)}
                    hint={t.reports.narrativeHints[key]}
                    rows={key === "summary" ? 6 : 4}
                    defaultValue={values[`narrative.${key}`] ?? data.narratives[key] ?? ""}
                    error={errors[`narrative.${key}`]}
                    width="full"
                  />
                ))}
              </FormStack>
            </Section>
            <SubmitButton intent="save">{c.save}</SubmitButton>
          </FormStack>
        </Form>
      </div>
      {preview}
    </div>
  );
}
