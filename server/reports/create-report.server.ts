import { getDb } from "~db/index.server";
import { insertReport } from "~db/queries/reports.server";
import type { ReportDraft } from "~/domain/reports/draft";
import type { ReportTemplate } from "~/domain/reports/types";
import type { Locale } from "~/i18n/types";

/** Creates a report draft for an accounting with the template's default sections and all indicators. */
export async function createReport(input: {
  orgId: string;
  accountingId: string;
  userId: string;
  title: string;
  template: ReportTemplate;
  locale: Locale;
}): Promise<{ id: string }> {
  const draft: Partial<ReportDraft> = {
    narratives: {},
    stories: [],
    audience: input.template === "annual" ? "internal" : "external",
  };
  return insertReport(await getDb(), { ...input, draft });
}
