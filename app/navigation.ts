import type { OrgKind, Role } from "~/domain/permissions";
import type { Messages } from "~/i18n";

export interface NavItem {
  label: string;
  to: string;
  /** Matched as a path prefix for the active state (defaults to `to`); `end` = exact match only. */
  end?: boolean;
}

/**
 * The primary navigation inside an organisation, by kind and role. Each capability adds its
 * entries here, so the shell stays the same everywhere.
 */
export function orgNavigation(org: { slug: string; kind: OrgKind }, role: Role, t: Messages): NavItem[] {
  const base = `/o/${org.slug}`;
  const items: NavItem[] = [{ label: t.org.nav.overview, to: base, end: true }];
  if (org.kind === "association") {
    items.push({ label: t.guide.nav.accountings, to: `${base}/accountings` });
    items.push({ label: t.guide.nav.guide, to: `${base}/guide` });
    items.push({ label: t.reports.nav, to: `${base}/reports` });
  }
  if (org.kind === "association" || org.kind === "network")
    items.push({ label: t.indicators.nav.catalogue, to: `${base}/indicators` });
  if (org.kind === "umbrella") items.push({ label: t.org.nav.affiliations, to: `${base}/affiliations` });
  items.push({ label: t.org.nav.members, to: `${base}/members` });
  // The association's own details (name, organisationsnummer …): administrators only.
  if (org.kind === "association" && role === "admin")
    items.push({ label: t.org.settings.navLabel, to: `${base}/settings` });
  return items;
}
