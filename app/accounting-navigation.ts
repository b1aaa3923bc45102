import type { Messages } from "~/i18n";

export interface AccountingTab {
  label: string;
  /** Path relative to the accounting, "" for its overview. */
  to: string;
  /** Other paths (relative to the accounting) that belong to this tab. */
  also?: string[];
}

/**
 * The tabs inside one accounting (overview, steps, indicators, value, reports). Each capability
 * adds its tab here; `method` lets a tab show only for methods that use it.
 */
export function accountingTabs(t: Messages, method: string): AccountingTab[] {
  return [
    { label: t.org.nav.overview, to: "", also: ["steps"] },
    { label: t.guide.nav.chain, to: "chain" },
    { label: t.guide.nav.stakeholders, to: "stakeholders" },
    { label: t.guide.nav.actionPlan, to: "action-plan" },
    { label: t.indicators.nav.tab, to: "indicators", also: ["evidence"] },
    ...(method === "sroi" ? [{ label: t.value.tabs.impactMap, to: "impact-map" }] : []),
    ...(method === "nyttosam" ? [{ label: t.value.tabs.socioeconomic, to: "socioeconomic" }] : []),
    { label: t.reports.nav, to: "reports" },
  ];
}
