import { useRouteLoaderData } from "@remix-run/react";
import type { OrgKind, Role } from "~/domain/permissions";

/** What the tenant layout (`routes/o.$orgSlug`) loads for every page under /o/:orgSlug. */
export interface OrgLayoutData {
  org: { id: string; slug: string; name: string; kind: OrgKind };
  role: Role;
}

export const ORG_LAYOUT_ROUTE = "routes/o.$orgSlug";

/**
 * The one way a component reads the current organisation and role: the tenant layout's loader
 * data (undefined outside /o/:orgSlug). Pages do not load the organisation again for display.
 */
export function useOrgLayout(): OrgLayoutData | undefined {
  return useRouteLoaderData(ORG_LAYOUT_ROUTE) as OrgLayoutData | undefined;
}
