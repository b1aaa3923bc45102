import type { Messages } from "~/i18n";

export interface AccountingTab {
  label: string;
  /** Path relative to the accounting, "" for its overview. */
  to: string;
}

/**
 * The tabs inside one accounting (overview, steps, indicators, value, reports). Each capability
 * adds its tab here; `method` lets a tab show only for methods that use it.
 */
export function accountingTabs(t: Messages, method: string): AccountingTab[] {
  void method;
  return [{ label: t.org.nav.overview, to: "" }];
}
