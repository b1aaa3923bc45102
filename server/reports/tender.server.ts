import { getDb } from "~db/index.server";
import { findReportOrganisation } from "~db/queries/reports.server";
import type { ReportDraft } from "~/domain/reports/draft";
import type { Locale } from "~/i18n/types";
import { loadReportSource } from "./load-report-source.server";

/** What the tender page shows beside the draft: the organisation's register facts and the report's source data. */
export async function loadTenderFacts({
  orgId,
  accountingId,
  locale,
  draft,
}: {
  orgId: string;
  accountingId: string;
  locale: Locale;
  draft: ReportDraft;
}) {
  const db = await getDb();
  const [facts, source] = await Promise.all([
    findReportOrganisation(db, orgId),
    loadReportSource(db, { orgId, accountingId, locale, draft }),
  ]);
  return { facts, source };
}
