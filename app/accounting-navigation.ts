import type { Messages } from "~/i18n";
import { paths, type IdRef, type OrgRef } from "~/utils/paths";

export interface AccountingTab {
  label: string;
  /** The tab's page. */
  to: string;
  /** Other paths (with their sub-pages) that belong to this tab. */
  also?: string[];
}

/**
 * The tabs inside one accounting (overview, steps, indicators, value, reports). Each capability
 * adds its tab here; `method` lets a tab show only for methods that use it.
 */
export function accountingTabs(t: Messages, method: string, org: OrgRef, accounting: IdRef): AccountingTab[] {
  return [
    { label: t.org.nav.overview, to: paths.accounting(org, accounting), also: [paths.steps(org, accounting)] },
    { label: t.guide.nav.chain, to: paths.chain(org, accounting) },
    { label: t.guide.nav.stakeholders, to: paths.stakeholders(org, accounting) },
    { label: t.guide.nav.actionPlan, to: paths.actionPlan(org, accounting) },
    { label: t.indicators.nav.tab, to: paths.indicators(org, accounting), also: [paths.evidence(org, accounting)] },
    ...(method === "sroi" ? [{ label: t.value.tabs.impactMap, to: paths.impactMap(org, accounting) }] : []),
    ...(method === "nyttosam" ? [{ label: t.value.tabs.socioeconomic, to: paths.socioeconomic(org, accounting) }] : []),
    { label: t.reports.nav, to: paths.reports(org, accounting) },
  ];
}
