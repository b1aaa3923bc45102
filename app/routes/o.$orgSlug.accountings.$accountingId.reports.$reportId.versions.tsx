import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button, DataTable, EmptyState, Section, SelectField } from "~/components/ui";
import { useLocale, useT } from "~/i18n/use-t";
import { paths } from "~/utils/paths";
import { formatDateTime } from "~/utils/format";
import { listReportVersions } from "~server/reports/versions.server";
import { requireReport } from "~server/reports/require-report.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "versions") }];

/** Every published version of the report (never changed), and a form to compare two of them. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting, report } = await requireReport(request, params);
  const versions = await listReportVersions(org.id, report.id);
  return json({
    refs: { org: { slug: org.slug }, accounting: { id: accounting.id }, report: { id: report.id } },
    versions: versions.map((v) => ({
      version: v.version,
      publishedAt: new Date(v.publishedAt).toISOString(),
      publishedBy: v.publishedByName,
      audience: v.audience,
      hash: v.contentHash.slice(0, 12),
    })),
  });
}

export default function ReportVersions() {
  const t = useT();
  const locale = useLocale();
  const { refs, versions } = useLoaderData<typeof loader>();
  const v = t.reports.versions;
  if (versions.length === 0) return <EmptyState title={v.empty} headingLevel={2} />;
  const options = [
    ...versions.map((x) => ({
      value: String(x.version),
      label: t.reports.diff.version(x.version),
    })),
    { value: "draft", label: v.draft },
  ];
  return (
    <div className="space-y-10">
      <Section title={v.title} description={v.intro}>
        <DataTable
          caption={v.caption}
          captionHidden
          rowKey={(x) => String(x.version)}
          rows={versions}
          columns={[
            {
              key: "version",
              header: v.version,
              rowHeader: true,
              cell: (x) => (
                <Link to={paths.reportVersion(refs.org, refs.accounting, refs.report, x.version)}>
                  {v.view(x.version)}
                </Link>
              ),
            },
            {
              key: "publishedAt",
              header: v.publishedAt,
              cell: (x) => formatDateTime(x.publishedAt, locale),
            },
            {
              key: "by",
              header: v.publishedBy,
              cell: (x) => x.publishedBy || "–",
            },
            {
              key: "audience",
              header: v.audience,
              cell: (x) => v.audiences[x.audience],
            },
            {
              key: "hash",
              header: v.hash,
              cell: (x) => <code className="text-sm">{x.hash}</code>,
            },
            {
              key: "pdf",
              header: "PDF",
              cell: (x) => (
                <a href={paths.reportVersionPdf(refs.org, refs.accounting, refs.report, x.version)} download>
                  {v.pdf(x.version)}
                </a>
              ),
            },
          ]}
        />
      </Section>
      <Section title={v.compare}>
        <Form
          method="get"
          action={paths.reportDiff(refs.org, refs.accounting, refs.report)}
          className="flex flex-wrap items-end gap-4"
        >
          <SelectField
            name="from"
            label={v.from}
            options={options}
            defaultValue={String(versions[1]?.version ?? versions[0]!.version)}
            width="medium"
          />
          <SelectField
            name="to"
            label={v.to}
            options={options}
            defaultValue={versions.length > 1 ? String(versions[0]!.version) : "draft"}
            width="medium"
          />
          <Button type="submit" variant="secondary">
            {v.compareSubmit}
          </Button>
        </Form>
      </Section>
    </div>
  );
}
