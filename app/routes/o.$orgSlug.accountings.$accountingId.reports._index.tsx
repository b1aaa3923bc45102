import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, ButtonLink, DataTable, EmptyState, PageHeader } from "~/components/ui";
import { can } from "~/domain/permissions";
import { templateName } from "~/domain/reports/templates";
import { useLocale, useT } from "~/i18n/use-t";
import { paths } from "~/utils/paths";
import { formatDate } from "~/utils/format";
import { listOrgReports } from "~server/reports/versions.server";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "reports") }];

/** The reports made from one accounting, with their latest published version. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const reports = await listOrgReports(org.id, accounting.id);
  return json({
    refs: { org: { slug: org.slug }, accounting: { id: accounting.id } },
    canEdit: can(role, "edit"),
    reports: reports.map((r) => ({
      id: r.id,
      title: r.title,
      template: r.template,
      latestVersion: r.latestVersion,
      updatedAt: new Date(r.updatedAt).toISOString(),
    })),
  });
}

export default function AccountingReports() {
  const t = useT();
  const locale = useLocale();
  const { refs, canEdit, reports } = useLoaderData<typeof loader>();
  const l = t.reports.list;
  return (
    <div className="space-y-8">
      <PageHeader
        title={l.title}
        description={l.intro}
        actions={
          canEdit && reports.length > 0 ? (
            <ButtonLink to={paths.newReport(refs.org, refs.accounting)}>{l.create}</ButtonLink>
          ) : undefined
        }
      />
      {reports.length === 0 ? (
        <EmptyState
          title={l.empty}
          action={
            canEdit ? <ButtonLink to={paths.newReport(refs.org, refs.accounting)}>{l.create}</ButtonLink> : undefined
          }
        >
          {l.emptyText}
        </EmptyState>
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
              cell: (r) => <Link to={paths.report(refs.org, refs.accounting, r)}>{r.title}</Link>,
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
