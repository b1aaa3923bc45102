import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { ReportTabs } from "~/components/reports/report-tabs";
import { Badge, PageHeader } from "~/components/ui";
import { can } from "~/domain/permissions";
import { templateName } from "~/domain/reports/templates";
import { useLocale, useT } from "~/i18n/use-t";
import { paths } from "~/utils/paths";
import { formatDate } from "~/utils/format";
import { listReportVersions } from "~server/reports/versions.server";
import { requireReport } from "~server/reports/require-report.server";

/** The report builder's frame: title, status (draft of version N+1) and the builder's pages. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting, report } = await requireReport(request, params);
  const versions = await listReportVersions(org.id, report.id);
  const latest = versions[0];
  return json({
    refs: { org: { slug: org.slug }, accounting: { id: accounting.id }, report: { id: report.id } },
    report: { id: report.id, title: report.title, template: report.template },
    latest: latest
      ? {
          version: latest.version,
          publishedAt: new Date(latest.publishedAt).toISOString(),
        }
      : null,
    versionCount: versions.length,
    canEdit: can(role, "edit"),
  });
}

export default function ReportLayout() {
  const t = useT();
  const locale = useLocale();
  const { refs, report, latest, versionCount, canEdit } = useLoaderData<typeof loader>();
  const tabs = t.reports.tabs;
  const items = [
    { label: tabs.content, to: paths.report(refs.org, refs.accounting, refs.report), end: true },
    ...(canEdit
      ? [
          { label: tabs.stories, to: paths.reportStories(refs.org, refs.accounting, refs.report) },
          { label: tabs.finances, to: paths.reportFinances(refs.org, refs.accounting, refs.report) },
          ...(report.template === "tender"
            ? [{ label: tabs.tender, to: paths.reportTender(refs.org, refs.accounting, refs.report) }]
            : []),
          { label: tabs.publish, to: paths.reportPublish(refs.org, refs.accounting, refs.report) },
        ]
      : []),
    {
      label: versionCount > 0 ? `${tabs.versions} (${versionCount})` : tabs.versions,
      to: paths.reportVersions(refs.org, refs.accounting, refs.report),
    },
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        className="!mb-2"
        caption={templateName(report.template, locale)}
        title={report.title}
        breadcrumbs={[
          { label: t.reports.list.title, to: paths.reports(refs.org, refs.accounting) },
          { label: report.title },
        ]}
        breadcrumbsLabel={t.reports.youAreHere}
        description={
          <span className="flex flex-wrap items-center gap-3 text-base">
            <Badge tone={latest ? "accent" : "neutral"}>{t.reports.status.draftOf((latest?.version ?? 0) + 1)}</Badge>
            <span>
              {latest
                ? t.reports.status.latest(latest.version, formatDate(latest.publishedAt, locale))
                : t.reports.status.noVersions}
            </span>
          </span>
        }
      />
      <ReportTabs label={tabs.label} items={items} />
      <Outlet />
    </div>
  );
}
