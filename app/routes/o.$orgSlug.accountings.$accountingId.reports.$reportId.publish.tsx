import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { QualityChecklist } from "~/components/reports/quality-checklist";
import { DescriptionList, FormStack, Notice, RadioGroup, Section, SubmitButton } from "~/components/ui";
import { can, rolesFor } from "~/domain/permissions";
import { canPublish } from "~/domain/reports/quality-check";
import { draftSections, ReportAudienceSchema } from "~/domain/reports/draft";
import { sectionTitle, templateName } from "~/domain/reports/templates";
import { useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { readForm } from "~server/forms.server";
import { forbidden, notFound, redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { fixPath, loadReportWorkspace } from "~server/reports/load-workspace.server";
import { publishReport } from "~server/reports/publish-report.server";
import { requireReport } from "~server/reports/require-report.server";
import { saveDraft } from "~server/reports/save-draft.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "publish") }];

/** The quality check, the audience, "check your answers" and the publish button (GOV.UK pattern). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting, report } = await requireReport(request, params, { roles: rolesFor("edit") });
  const { locale } = await getI18n(request);
  const ws = await loadReportWorkspace(
    {
      orgId: org.id,
      accountingId: accounting.id,
      reportId: report.id,
    },
    { compareWithLatest: true, locale },
  );
  if (!ws) notFound();
  const base = `/o/${org.slug}/accountings/${accounting.id}/reports/${report.id}`;
  const ids = {
    orgSlug: org.slug,
    accountingId: accounting.id,
    reportId: report.id,
  };
  return json({
    base,
    mayPublish: can(role, "publish"),
    draftVersion: report.draftVersion,
    nextVersion: ws.latestVersion + 1,
    latestVersion: ws.latestVersion,
    // Same content and audience as the latest version: publishing would only repeat it.
    unchanged: ws.changedSinceLatest === false && ws.versions[0]?.audience === ws.draft.audience,
    audience: ws.draft.audience,
    canPublish: ws.draft.audience === "internal" || canPublish(ws.quality),
    quality: ws.quality.map((q) => ({
      code: q.code,
      severity: q.severity,
      message: q.message,
      fixTo: fixPath(q.fix.area, ids),
    })),
    answers: {
      title: report.title,
      template: templateName(report.template, locale),
      locale: report.locale,
      accounting: accounting.title,
      period: `${formatDate(accounting.periodStart, locale)} – ${formatDate(accounting.periodEnd, locale)}`,
      sections: draftSections(report.template, ws.draft).map((k) => sectionTitle(report.template, k, locale)),
      indicators: {
        chosen: ws.source.indicators.length,
        of: ws.baseSource.indicators.length,
        all: ws.draft.indicatorIds === undefined,
      },
      stories: {
        withConsent: ws.source.stories.filter((s) => s.consent).length,
        total: ws.source.stories.length,
      },
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, role, user, accounting, report } = await requireReport(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const form = await readForm(request);
  const base = `/o/${org.slug}/accountings/${accounting.id}/reports/${report.id}`;
  const expected = Number(form.get("draftVersion"));
  if (form.get("intent") === "audience") {
    const audience = ReportAudienceSchema.safeParse(form.get("audience"));
    if (!audience.success) return json({ error: t.reports.publish.audience }, { status: 400 });
    const result = await saveDraft({
      orgId: org.id,
      reportId: report.id,
      userId: user.id,
      expectedVersion: expected,
      patch: { audience: audience.data },
    });
    if (!result.ok) return json({ error: t.reports.conflict }, { status: 409 });
    return redirectWithFlash(`${base}/publish`, {
      kind: "success",
      message: t.reports.publish.audienceSaved,
    });
  }
  if (!can(role, "publish")) forbidden();
  const result = await publishReport({
    orgId: org.id,
    accountingId: accounting.id,
    reportId: report.id,
    user: { id: user.id, name: user.name },
    expectedDraftVersion: Number.isInteger(expected) ? expected : -1,
  });
  if (!result.ok) {
    if (result.reason === "not-found") notFound();
    if (result.reason === "stale") return json({ error: t.reports.publish.stale }, { status: 409 });
    if (result.reason === "unchanged")
      return json({ error: t.reports.publish.unchanged(result.version) }, { status: 409 });
    return json({ error: t.reports.publish.blocked }, { status: 400 });
  }
  return redirectWithFlash(`${base}/versions/${result.version}`, {
    kind: "success",
    message: t.reports.publish.published(result.version),
  });
}

export default function PublishReport() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const p = t.reports.publish;
  const a = data.answers;
  return (
    <div className="max-w-4xl space-y-10">
      <p className="max-w-prose text-lg text-neutral-700">{p.intro}</p>
      {actionData?.error ? <Notice kind="error">{actionData.error}</Notice> : null}
      <Section title={p.checkTitle}>
        <QualityChecklist items={data.quality} />
      </Section>
      <Section title={p.audience} id="audience">
        <Form method="post" noValidate>
          <input type="hidden" name="draftVersion" value={data.draftVersion} />
          <FormStack>
            <RadioGroup
              name="audience"
              label={p.audience}
              defaultValue={data.audience}
              options={(["external", "internal"] as const).map((key) => ({
                value: key,
                label: p.audiences[key],
                hint: p.audienceHints[key],
              }))}
            />
            <SubmitButton intent="audience" variant="secondary">
              {p.saveAudience}
            </SubmitButton>
          </FormStack>
        </Form>
      </Section>
      <Section title={p.answers}>
        <DescriptionList
          items={[
            {
              label: p.answerTitle,
              value: a.title,
              action: {
                label: p.change,
                to: data.base,
                hiddenLabel: p.answerTitle.toLowerCase(),
              },
            },
            { label: p.answerTemplate, value: a.template },
            {
              label: p.answerLocale,
              value: t.reports.create.locales[a.locale],
            },
            { label: p.answerAccounting, value: a.accounting },
            { label: p.answerPeriod, value: a.period },
            {
              label: p.answerSections,
              value: (
                <ol className="list-decimal pl-6">
                  {a.sections.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
              ),
              action: {
                label: p.change,
                to: data.base,
                hiddenLabel: p.answerSections.toLowerCase(),
              },
            },
            {
              label: p.answerIndicators,
              value: a.indicators.all
                ? p.allIndicators(a.indicators.of)
                : p.someIndicators(a.indicators.chosen, a.indicators.of),
              action: {
                label: p.change,
                to: data.base,
                hiddenLabel: p.answerIndicators.toLowerCase(),
              },
            },
            {
              label: p.answerStories,
              value: p.storiesCount(a.stories.withConsent, a.stories.total),
              action: {
                label: p.change,
                to: `${data.base}/stories`,
                hiddenLabel: p.answerStories.toLowerCase(),
              },
            },
            {
              label: p.answerAudience,
              value: p.audiences[data.audience],
              action: {
                label: p.change,
                to: "#audience",
                hiddenLabel: p.answerAudience.toLowerCase(),
              },
            },
            {
              label: p.answerVersion,
              value: data.unchanged ? p.unchangedAnswer(data.latestVersion) : p.versionN(data.nextVersion),
            },
          ]}
        />
      </Section>
      {!data.mayPublish ? (
        <Notice kind="info">{p.onlyAdmins}</Notice>
      ) : data.unchanged ? (
        <Notice kind="info" title={p.unchangedTitle}>
          <p>{p.unchanged(data.latestVersion)}</p>
          <p className="mt-2">
            <Link to={`${data.base}/versions/${data.latestVersion}`}>{p.showLatest(data.latestVersion)}</Link>
          </p>
        </Notice>
      ) : data.canPublish ? (
        <Form method="post" className="space-y-4">
          <input type="hidden" name="draftVersion" value={data.draftVersion} />
          <p className="max-w-prose">{p.confirmText}</p>
          <SubmitButton intent="publish" size="lg">
            {p.submit(data.nextVersion)}
          </SubmitButton>
        </Form>
      ) : (
        <Notice kind="warning">{p.blocked}</Notice>
      )}
    </div>
  );
}
