import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { QualityChecklist } from "~/components/reports/quality-checklist";
import { DescriptionList, FormStack, Notice, RadioGroup, Section, SubmitButton } from "~/components/ui";
import { can, rolesFor } from "~/domain/permissions";
import { canPublish } from "~/domain/reports/quality-check";
import { draftSections, ReportAudienceSchema } from "~/domain/reports/draft";
import { sectionTitle, templateName } from "~/domain/reports/templates";
import { useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { forbidden, notFound } from "~server/http.server";
import { BaseVersion, done, formError, invalid, parseIntent } from "~server/mutation.server";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { getI18n } from "~server/i18n.server";
import { fixPath, loadReportWorkspace } from "~server/reports/load-workspace.server";
import { publishReport } from "~server/reports/publish-report.server";
import { requireReport } from "~server/reports/require-report.server";
import { saveDraftPage } from "~server/reports/save-draft.server";
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
  const base = paths.report(org, accounting, report);
  const ids = {
    orgSlug: org.slug,
    accountingId: accounting.id,
    reportId: report.id,
  };
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id },
    report: { id: report.id },
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
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  const p = t.reports.publish;
  switch (value.intent) {
    case "audience": {
      const audience = ReportAudienceSchema.safeParse(value.audience);
      if (!audience.success) return invalid({ audience: p.audience }, input.values);
      return saveDraftPage({
        orgId: org.id,
        reportId: report.id,
        userId: user.id,
        draftVersion: value.draftVersion,
        patch: { audience: audience.data },
        posted: input.values,
        conflictMessage: t.reports.conflict,
        to: paths.reportPublish(org, accounting, report),
        saved: p.audienceSaved,
      });
    }
    case "publish": {
      if (!can(role, "publish")) forbidden();
      const result = await publishReport({
        orgId: org.id,
        accountingId: accounting.id,
        reportId: report.id,
        user: { id: user.id, name: user.name },
        expectedDraftVersion: value.draftVersion,
      });
      if (!result.ok) {
        if (result.reason === "not-found") notFound();
        if (result.reason === "stale") return formError(p.stale, input.values, 409);
        if (result.reason === "unchanged") return formError(p.unchanged(result.version), input.values, 409);
        return formError(p.blocked, input.values);
      }
      return done(paths.reportVersion(org, accounting, report, result.version), {
        kind: "success",
        message: p.published(result.version),
      });
    }
    default:
      return value satisfies never;
  }
}

/** Save the audience, or publish the draft as it was shown (its draft version). */
const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("audience"), audience: z.string().optional(), draftVersion: BaseVersion }),
  z.object({ intent: z.literal("publish"), draftVersion: BaseVersion }),
]);

export default function PublishReport() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const p = t.reports.publish;
  const a = data.answers;
  return (
    <div className="max-w-4xl space-y-10">
      <p className="max-w-prose text-lg text-neutral-700">{p.intro}</p>
      <ActionNotices data={actionData} cancelTo={paths.reportPublish(data.org, data.accounting, data.report)} />
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
                to: paths.reportStories(data.org, data.accounting, data.report),
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
            <Link to={paths.reportVersion(data.org, data.accounting, data.report, data.latestVersion)}>
              {p.showLatest(data.latestVersion)}
            </Link>
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
