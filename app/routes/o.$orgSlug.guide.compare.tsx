import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { ButtonLink, DataTable, PageHeader, Section } from "~/components/ui";
import {
  COMPARISON_COLUMN_LABELS,
  METHODS,
  SNABBSPAR,
  comparisonRows,
  type ComparisonRow,
} from "~/domain/method-guide";
import { useLocale, useT } from "~/i18n/use-t";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireMembership } from "~server/auth/membership.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "compareMethods") }];

/** The eight methods side by side (docs/domain/method-guide.md §3.3), then each method in a few lines. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMembership(request, params.orgSlug, { kinds: ["association"] });
  return json({});
}

export default function CompareMethods() {
  const t = useT();
  const locale = useLocale();
  const c = t.guide.compare;
  const org = useOrgLayout()!.org;
  const rows = comparisonRows();
  const L = COMPARISON_COLUMN_LABELS;
  return (
    <div className="space-y-10">
      <PageHeader
        title={c.title}
        description={c.intro}
        breadcrumbs={[{ label: t.guide.questionnaire.title, to: paths.guide(org) }, { label: c.title }]}
        breadcrumbsLabel={t.guide.youAreHere}
      />
      <DataTable<ComparisonRow>
        caption={c.caption}
        captionHidden
        scrollLabel={c.caption}
        rows={rows}
        rowKey={(r) => r.method}
        className="min-w-[56rem]"
        columns={[
          {
            key: "method",
            header: L.method[locale],
            rowHeader: true,
            className: "min-w-[14rem]",
            cell: (r) => (
              <>
                <a href={`#method-${r.method}`} className="font-semibold">
                  {r.name[locale]}
                </a>
                <span className="mt-1 block text-sm font-normal text-neutral-600">{r.summary[locale]}</span>
              </>
            ),
          },
          { key: "size", header: L.size[locale], cell: (r) => r.size.label },
          { key: "mainPurpose", header: L.mainPurpose[locale], cell: (r) => r.mainPurpose[locale] },
          { key: "effort", header: L.effort[locale], cell: (r) => r.effort.label[locale] },
          { key: "monetary", header: L.monetary[locale], cell: (r) => r.monetary.label[locale] },
          { key: "verification", header: L.verification[locale], cell: (r) => r.verification[locale] },
        ]}
      />
      <p className="max-w-prose text-neutral-700">
        {c.lightPath} <Link to={paths.newAccounting(org, { method: SNABBSPAR.key })}>{SNABBSPAR.name[locale]}</Link>
      </p>

      <div className="space-y-8">
        {METHODS.map((m) => (
          <Section key={m.key} id={`method-${m.key}`} title={m.name[locale]} description={m.summary[locale]}>
            <dl className="grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">{c.suits}</dt>
              <dd>{m.suits[locale]}</dd>
              <dt className="font-semibold">{L.effort[locale]}</dt>
              <dd>{m.effortLabel[locale]}</dd>
              <dt className="font-semibold">{c.steps(m.steps.length)}</dt>
              <dd>
                <ol className="list-decimal space-y-1 pl-5">
                  {m.steps.map((s) => (
                    <li key={s.key}>{s.title[locale]}</li>
                  ))}
                </ol>
              </dd>
            </dl>
            <ButtonLink to={paths.newAccounting(org, { method: m.key })} variant="secondary" className="mt-4">
              {t.guide.questionnaire.startWith}
              <span className="sr-only">: {m.name[locale]}</span>
            </ButtonLink>
          </Section>
        ))}
      </div>
      <p>
        <Link to={paths.guide(org)}>{c.backToGuide}</Link>
      </p>
    </div>
  );
}
