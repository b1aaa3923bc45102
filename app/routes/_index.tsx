import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, ButtonLink, EmptyState, PageHeader } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import { paths } from "~/utils/paths";
import { getUserId } from "~server/auth/session.server";
import { listUserOrganisations } from "~server/organisations/directory.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "start") }];

/** Start: anonymous visitors sign in; a member of one organisation goes straight to it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await getUserId(request);
  if (!userId) throw redirect(paths.login());
  const memberships = await listUserOrganisations(userId);
  if (memberships.length === 1) throw redirect(paths.org(memberships[0]!.org));
  return json({
    orgs: memberships.map((m) => ({ slug: m.org.slug, name: m.org.name, kind: m.org.kind, role: m.role })),
  });
}

export default function Index() {
  const t = useT();
  const { orgs } = useLoaderData<typeof loader>();
  if (orgs.length === 0) {
    return (
      <div className="space-y-6">
        <PageHeader title={t.org.chooser.title} />
        <EmptyState
          title={t.org.chooser.empty}
          action={<ButtonLink to={paths.newOrg()}>{t.org.chooser.createAssociation}</ButtonLink>}
        >
          {t.org.chooser.emptyText}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t.org.chooser.title} description={t.org.chooser.intro} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {orgs.map((o) => (
          <li key={o.slug} className="rounded-md border border-neutral-300 bg-white p-4 shadow-card">
            <Link to={paths.org(o)} className="text-lg font-semibold">
              {o.name}
            </Link>
            <div className="mt-2 flex flex-wrap gap-2">
              <Badge>{t.org.kinds[o.kind]}</Badge>
              <Badge>{t.org.roles[o.role]}</Badge>
            </div>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.newOrg()}>{t.org.chooser.createAssociation}</Link>
      </p>
    </div>
  );
}
