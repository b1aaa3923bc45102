import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DiffView } from "~/components/reports/diff-view";
import { Notice } from "~/components/ui";
import type { ReportDiff } from "~/domain/reports/diff";
import type { ReportModel } from "~/domain/reports/types";
import { useT } from "~/i18n/use-t";
import { notFound } from "~server/http.server";
import { loadReportWorkspace } from "~server/reports/load-workspace.server";
import { parseVersionParam, requireReport } from "~server/reports/require-report.server";
import { compareModels, getVersion } from "~server/reports/versions.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "compareVersions") }];

/** Differences between two published versions, or between a version and the draft (?from=1&to=2, to=draft). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting, report } = await requireReport(request, params);
  const url = new URL(request.url);
  const side = async (
    value: string | null,
  ): Promise<{ label: { version: number } | "draft"; model: ReportModel } | undefined> => {
    if (value === "draft") {
      const ws = await loadReportWorkspace({
        orgId: org.id,
        accountingId: accounting.id,
        reportId: report.id,
      });
      return ws?.model ? { label: "draft", model: ws.model } : undefined;
    }
    const n = parseVersionParam(value ?? undefined);
    if (n === undefined) return undefined;
    const v = await getVersion(org.id, report.id, n);
    return v ? { label: { version: n }, model: v.snapshot } : undefined;
  };
  const [from, to] = await Promise.all([side(url.searchParams.get("from")), side(url.searchParams.get("to"))]);
  if ((url.searchParams.has("from") || url.searchParams.has("to")) && (!from || !to)) notFound();
  if (!from || !to)
    return json({
      from: null,
      to: null,
      diff: null,
      titles: {} as Record<string, string>,
    });
  const diff: ReportDiff = compareModels(from.model, to.model);
  const titles: Record<string, string> = {};
  for (const s of [...from.model.sections, ...to.model.sections]) titles[s.key] = s.title;
  return json({ from: from.label, to: to.label, diff, titles });
}

export default function ReportDiffPage() {
  const t = useT();
  const { from, to, diff, titles } = useLoaderData<typeof loader>();
  const d = t.reports.diff;
  if (!from || !to || !diff) return <Notice kind="info">{d.choose}</Notice>;
  const name = (x: typeof from) => (x === "draft" ? d.draft : d.version(x.version));
  return (
    <div className="space-y-6">
      <h2 className="text-2xl font-semibold">{d.heading(name(from), name(to))}</h2>
      <DiffView diff={diff as ReportDiff} sectionTitles={titles} />
    </div>
  );
}
