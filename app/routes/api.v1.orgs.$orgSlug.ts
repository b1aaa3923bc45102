import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { listOrgMembers } from "~server/organisations/directory.server";
import { requireMembership } from "~server/auth/membership.server";

/** The organisation the caller is a member of: `{organisation: {slug, name, kind, orgNumber, role, members}}`. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role } = await requireMembership(request, params.orgSlug);
  const members = await listOrgMembers(org.id);
  return json({
    organisation: {
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      orgNumber: org.orgNumber,
      role,
      members: members.length,
    },
  });
}
