import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireMembership } from "~server/auth/membership.server";

/** The tenant layout: every page under /o/:orgSlug acts in this organisation. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role } = await requireMembership(request, params.orgSlug);
  return json({
    org: { id: org.id, slug: org.slug, name: org.name, kind: org.kind },
    role,
  });
}

export default function OrgLayout() {
  return <Outlet />;
}
