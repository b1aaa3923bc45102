import { json, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReportView, shortHash, VersionDetails } from "~/components/reports/report-view";
import { buttonClasses, Notice } from "~/components/ui";
import type { ReportModel } from "~/domain/reports/types";
import { messagesFor } from "~/i18n";
import { metaLocale } from "~/i18n/page-title";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { notFound } from "~server/http.server";
import { resolvePublicLink } from "~server/reports/links.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${data?.title ?? messagesFor(metaLocale(matches)).reports.list.report} – Synlig` },
  { name: "robots", content: "noindex, nofollow" },
];

export const headers: HeadersFunction = () => ({
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "private, no-store",
});

/** A report shared with a public link: no sign-in, only that snapshot, hidden from search engines. */
export async function loader({ params }: LoaderFunctionArgs) {
  const version = await resolvePublicLink(params.token ?? "");
  if (!version) notFound();
  return json(
    {
      token: params.token!,
      organisation: version.organisation,
      title: version.title,
      version: version.version,
      publishedAt: new Date(version.publishedAt).toISOString(),
      contentHash: version.contentHash,
      model: version.snapshot,
    },
    {
      headers: {
        "X-Robots-Tag": "noindex, nofollow",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "private, no-store",
      },
    },
  );
}

export default function PublicReport() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const model = data.model as ReportModel;
  return (
    <div className="space-y-8">
      <div className="no-print flex flex-wrap items-center justify-between gap-4">
        <Notice kind="info" role="none">
          {t.reports.public.notice(data.organisation, data.version, formatDate(data.publishedAt, locale))}
        </Notice>
        <a href={`/r/${data.token}/pdf`} download className={buttonClasses({ variant: "primary" })}>
          {t.reports.public.download}
        </a>
      </div>
      <ReportView
        model={model}
        level={1}
        publishedAt={data.publishedAt}
        extraFacts={[
          {
            label: messagesFor(model.locale).reports.view.contentHash,
            value: <code className="text-sm">{shortHash(data.contentHash)}</code>,
          },
        ]}
      />
      <VersionDetails
        version={data.version}
        publishedAt={formatDate(data.publishedAt, locale)}
        contentHash={data.contentHash}
      />
    </div>
  );
}
