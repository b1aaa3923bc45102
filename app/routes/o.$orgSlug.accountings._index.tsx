import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, ButtonLink, DataTable, EmptyState, PageHeader } from "~/components/ui";
import { ACCOUNTING_PURPOSE_LABELS, type AccountingPurpose } from "~/domain/method-guide";
import { can } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireMembership } from "~server/auth/membership.server";
import { listAccountingsWithProgress } from "~server/method-guide/progress.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "accountings") }];

/** The association's accountings with how far each has come. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role } = await requireMembership(request, params.orgSlug, { kinds: ["association"] });
  const list = await listAccountingsWithProgress(org.id);
  const titles = new Map(list.map((a) => [a.accounting.id, a.accounting.title]));
  return json({
    canEdit: can(role, "edit"),
    accountings: list.map(({ accounting: a, method, progress }) => ({
      id: a.id,
      title: a.title,
      method: method?.name ?? { sv: a.method, en: a.method },
      purpose: a.purpose,
      periodStart: a.periodStart,
      periodEnd: a.periodEnd,
      done: progress?.doneCount ?? 0,
      total: progress?.total ?? 0,
      copiedFromTitle: a.copiedFrom ? (titles.get(a.copiedFrom) ?? null) : null,
    })),
  });
}

export default function Accountings() {
  const t = useT();
  const locale = useLocale();
  const a = t.guide.accountings;
  const { canEdit, accountings } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  return (
    <div className="space-y-8">
      <PageHeader
        title={a.title}
        description={a.intro}
        actions={
          canEdit && accountings.length > 0 ? <ButtonLink to={paths.newAccounting(org)}>{a.new}</ButtonLink> : null
        }
      />
      {accountings.length === 0 ? (
        <EmptyState
          title={a.emptyTitle}
          action={
            canEdit ? (
              <div className="flex flex-wrap justify-center gap-3">
                <ButtonLink to={paths.guide(org)}>{a.emptyGuide}</ButtonLink>
                <ButtonLink to={paths.newAccounting(org)} variant="secondary">
                  {a.new}
                </ButtonLink>
              </div>
            ) : undefined
          }
        >
          <p>{a.emptyText}</p>
        </EmptyState>
      ) : (
        <DataTable
          caption={a.caption}
          captionHidden
          rows={accountings}
          rowKey={(r) => r.id}
          columns={[
            {
              key: "title",
              header: a.columns.title,
              rowHeader: true,
              cell: (r) => (
                <>
                  <Link to={paths.accounting(org, r)}>{r.title}</Link>
                  {r.copiedFromTitle ? (
                    <span className="block text-sm font-normal text-neutral-600">
                      {a.copiedFrom(r.copiedFromTitle)}
                    </span>
                  ) : null}
                </>
              ),
            },
            { key: "method", header: a.columns.method, cell: (r) => r.method[locale] },
            {
              key: "period",
              header: a.columns.period,
              cell: (r) => `${formatDate(r.periodStart, locale)} – ${formatDate(r.periodEnd, locale)}`,
            },
            {
              key: "purpose",
              header: a.columns.purpose,
              cell: (r) => ACCOUNTING_PURPOSE_LABELS[r.purpose as AccountingPurpose]?.[locale] ?? r.purpose,
            },
            {
              key: "progress",
              header: a.columns.progress,
              cell: (r) => (
                <Badge tone={r.total > 0 && r.done === r.total ? "success" : r.done > 0 ? "accent" : "neutral"}>
                  {a.progress(r.done, r.total)}
                </Badge>
              ),
            },
            ...(canEdit
              ? [
                  {
                    key: "actions",
                    header: a.columns.actions,
                    cell: (r: (typeof accountings)[number]) => (
                      <Link to={paths.newAccounting(org, { copyFrom: r.id })}>
                        {a.copy}
                        <span className="sr-only">: {r.title}</span>
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </div>
  );
}
