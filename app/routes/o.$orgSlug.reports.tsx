import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, DataTable, EmptyState, PageHeader } from "~/components/ui";
import { templateName } from "~/domain/reports/templates";
import { useLocale, useT } from "~/i18n/use-t";
import { paths } from "~/utils/paths";
import { formatDate } from "~/utils/format";
import { listOrgReports } from "~server/reports/versions.server";
import { requireMembership } from "~server/auth/membership.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "reports") }];

/** All reports of the association, from every accounting (one query). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org } = await requireMembership(request, params.orgSlug, {
    kinds: ["association"],
  });
  const reports = await listOrgReports(org.id);
  return json({
    org: { slug: org.slug },
    reports: reports.map((r) => ({
      id: r.id,
      accountingId: r.accountingId,
      accountingTitle: r.accountingTitle,
      title: r.title,
      template: r.template,
      latestVersion: r.latestVersion,
      updatedAt: new Date(r.updatedAt).toISOString(),
    })),
  });
}

export default function OrgReports() {
  const t = useT();
  const locale = useLocale();
  const { org, reports } = useLoaderData<typeof loader>();
  const l = t.reports.list;
  return (
    <div className="space-y-8">
      <PageHeader title={l.title} description={l.orgIntro} />
      {reports.length === 0 ? (
        <EmptyState title={l.empty}>{l.emptyOrgText}</EmptyState>
      ) : (
        <DataTable
          caption={l.caption}
          captionHidden
          rowKey={(r) => r.id}
          rows={reports}
          columns={[
            {
              key: "title",
              header: l.report,
              rowHeader: true,
              cell: (r) => <Link to={paths.report(org, { id: r.accountingId }, r)}>{r.title}</Link>,
            },
            {
              key: "accounting",
              header: l.accounting,
              cell: (r) => <Link to={paths.accounting(org, { id: r.accountingId })}>{r.accountingTitle}</Link>,
            },
            {
              key: "template",
              header: l.template,
              cell: (r) => templateName(r.template, locale),
            },
            {
              key: "status",
              header: l.status,
              cell: (r) =>
                r.latestVersion ? (
                  <Badge tone="success">{l.published(r.latestVersion)}</Badge>
                ) : (
                  <Badge>{l.draft}</Badge>
                ),
            },
            {
              key: "updated",
              header: l.updated,
              cell: (r) => formatDate(r.updatedAt, locale),
            },
          ]}
        />
      )}
    </div>
  );
}
