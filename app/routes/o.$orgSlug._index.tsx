import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DescriptionList, Notice, PageHeader, Section } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import { requireMembership } from "~server/auth/membership.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.org.name ?? "Synlig"} – Synlig` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, org, role } = await requireMembership(request, params.orgSlug);
  return json({ user: { name: user.name }, org, role });
}

export default function OrgHome() {
  const t = useT();
  const { user, org, role } = useLoaderData<typeof loader>();
  const details = [
    ...(org.orgNumber ? [{ label: t.org.home.orgNumber, value: org.orgNumber }] : []),
    ...(org.umbrellaName
      ? [{ label: t.org.home.umbrella, value: `${org.umbrellaName} (${t.org.umbrellaStatus[org.umbrellaStatus ?? "pending"].toLowerCase()})` }]
      : []),
    ...(org.sector ? [{ label: t.org.home.sector, value: t.org.sectors[org.sector as keyof typeof t.org.sectors] ?? org.sector }] : []),
    ...(org.sizeBand ? [{ label: t.org.home.size, value: t.org.sizeBands[org.sizeBand] }] : []),
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={org.name} description={`${t.org.home.welcome(user.name)}. ${t.org.home.actingAs(t.org.roles[role])}`} />
      {org.umbrellaStatus === "pending" && org.umbrellaName ? (
        <Notice kind="info">{t.org.home.pendingUmbrella(org.umbrellaName)}</Notice>
      ) : null}
      {org.kind === "association" ? (
        <Section title={t.org.home.nextStepsTitle}>
          <p>{t.org.home.nextSteps}</p>
        </Section>
      ) : null}
      {details.length > 0 ? (
        <Section title={t.org.home.details}>
          <DescriptionList items={details} />
        </Section>
      ) : null}
      <p>
        <Link to={`/o/${org.slug}/members`}>{t.org.home.members}</Link>
        {org.kind === "umbrella" ? (
          <>
            {" · "}
            <Link to={`/o/${org.slug}/affiliations`}>{t.org.home.affiliations}</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
