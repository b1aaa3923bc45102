import type { Queryable } from "~db/client.server";
import { findAccounting } from "~db/queries/accountings.server";
import { findReportOrganisation } from "~db/queries/reports.server";
import { ACCOUNTING_PURPOSE_LABELS, findMethod, type AccountingPurpose } from "~/domain/method-guide";
import { applyDraft, type ReportDraft } from "~/domain/reports/draft";
import type { ReportSource, SourceSroi } from "~/domain/reports/types";
import { SROI_PARAMETER_LABELS } from "~/domain/sroi/labels";
import { messagesFor, type Locale } from "~/i18n";
import { localized, type StoredText } from "~/i18n/localized";
import { loadIndicatorReportData } from "../indicators/report-source.server";
import { loadMethodGuideReportData } from "../method-guide/report-source.server";
import { loadValueReportData } from "../value/report-source.server";

/** Bilingual content (method names, purposes, parameter labels) through the one `localized` helper. */
function labelOf(text: StoredText | undefined, locale: Locale): string | undefined {
  return text ? localized(text, locale) : undefined;
}

/** Sensitivity parameters named in the report's language ("Tillskrivning"), not by their keys ("attribution"). */
function withParameterLabels(sroi: SourceSroi, locale: Locale): SourceSroi {
  const labels = SROI_PARAMETER_LABELS as Record<string, StoredText | undefined>;
  return {
    ...sroi,
    result: {
      ...sroi.result,
      sensitivity: sroi.result.sensitivity.map((row) => ({
        ...row,
        parameter: labelOf(labels[row.parameter], locale) ?? row.parameter,
      })),
    },
  };
}

/**
 * Assembles the report source of an accounting (method guide §10.1): the organisation's facts, the
 * accounting itself, the impact chain, stakeholders and action plan (method guide), indicators and
 * outcomes (indicators), SROI and socio-economic results (value), and — when a draft is given — the
 * report's own inputs (stories with consent, finances, tender facts, chosen indicators).
 * Takes a Queryable so the demo seed can call it inside its transaction. Undefined when the
 * accounting is not this organisation's.
 */
export async function loadReportSource(
  db: Queryable,
  input: {
    orgId: string;
    accountingId: string;
    locale: Locale;
    draft?: ReportDraft;
  },
): Promise<ReportSource | undefined> {
  const { orgId, accountingId, locale } = input;
  const [org, accounting] = await Promise.all([
    findReportOrganisation(db, orgId),
    findAccounting(db, orgId, accountingId),
  ]);
  if (!org || !accounting) return undefined;
  const [guide, indicators, value] = await Promise.all([
    loadMethodGuideReportData(db, orgId, accountingId),
    loadIndicatorReportData(db, orgId, accountingId, locale),
    loadValueReportData(db, orgId, accountingId, locale),
  ]);
  const t = messagesFor(locale);
  const sectors = t.org.sectors as Record<string, string>;
  const method = findMethod(accounting.method);
  const purposeLabel = labelOf(ACCOUNTING_PURPOSE_LABELS[accounting.purpose as AccountingPurpose], locale);
  const base: ReportSource = {
    organisation: {
      name: org.name,
      orgNumber: org.orgNumber ?? "",
      ...(org.umbrellaName ? { umbrella: org.umbrellaName } : {}),
      ...(org.sector ? { sector: sectors[org.sector] ?? org.sector } : {}),
      registeredIdeaBased: Boolean(org.ideaRegisterNumber),
      ...(org.ideaRegisterNumber ? { registerNumber: org.ideaRegisterNumber } : {}),
    },
    accounting: {
      id: accounting.id,
      title: accounting.title,
      method: {
        key: accounting.method,
        name: labelOf(method?.name, locale) ?? accounting.method,
      },
      purpose: purposeLabel ?? accounting.purpose,
      periodStart: accounting.periodStart,
      periodEnd: accounting.periodEnd,
      ...(guide.scope ? { scope: guide.scope } : {}),
    },
    impactChain: guide.impactChain,
    stakeholders: guide.stakeholders,
    actionPlan: guide.actionPlan,
    indicators: indicators.indicators,
    outcomes: indicators.outcomes,
    ...(value.sroi ? { sroi: withParameterLabels(value.sroi, locale) } : {}),
    ...(value.socioeconomic ? { socioeconomic: value.socioeconomic } : {}),
    stories: [],
  };
  return input.draft ? applyDraft(base, input.draft) : base;
}
