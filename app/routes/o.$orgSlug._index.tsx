import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ButtonLink, DescriptionList, EmptyState, Notice, PageHeader, Section } from "~/components/ui";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { paths } from "~/utils/paths";
import { recentAccountings } from "~server/accountings/read.server";
import { requireMembership } from "~server/auth/membership.server";
import { namedPageTitle } from "~/i18n/page-title";
import { countPendingAffiliations } from "~server/organisations/directory.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: namedPageTitle(matches, data?.org.name, "start") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, org, role } = await requireMembership(request, params.orgSlug);
  const recent = org.kind === "association" ? await recentAccountings(org.id) : [];
  const pendingAffiliations = org.kind === "umbrella" ? await countPendingAffiliations(org.id) : 0;
  return json({
    pendingAffiliations,
    user: { name: user.name },
    org,
    role,
    recent: recent.map((a) => ({ id: a.id, title: a.title, periodStart: a.periodStart, periodEnd: a.periodEnd })),
  });
}

export default function OrgHome() {
  const t = useT();
  const locale = useLocale();
  const { user, org, role, recent, pendingAffiliations } = useLoaderData<typeof loader>();
  const details = [
    ...(org.orgNumber ? [{ label: t.org.home.orgNumber, value: org.orgNumber }] : []),
    ...(org.umbrellaName
      ? [
          {
            label: t.org.home.umbrella,
            value: `${org.umbrellaName} (${t.org.umbrellaStatus[org.umbrellaStatus ?? "pending"].toLowerCase()})`,
          },
        ]
      : []),
    ...(org.sector
      ? [{ label: t.org.home.sector, value: t.org.sectors[org.sector as keyof typeof t.org.sectors] ?? org.sector }]
      : []),
    ...(org.sizeBand ? [{ label: t.org.home.size, value: t.org.sizeBands[org.sizeBand] }] : []),
  ];
  return (
    <div className="space-y-8">
      <PageHeader
        title={org.name}
        description={`${t.org.home.welcome(user.name)}. ${t.org.home.actingAs(t.org.roles[role])}`}
      />
      {org.umbrellaStatus === "pending" && org.umbrellaName ? (
        <Notice kind="info">{t.org.home.pendingUmbrella(org.umbrellaName)}</Notice>
      ) : null}
      {org.kind === "association" ? (
        <Section title={recent.length > 0 ? t.org.home.accountingsTitle : t.org.home.nextStepsTitle}>
          {recent.length === 0 ? <p className="max-w-prose">{t.org.home.nextSteps}</p> : null}
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink to={paths.guide(org)}>{t.guide.home.guideLink}</ButtonLink>
            {role !== "viewer" ? (
              <ButtonLink to={paths.newAccounting(org)} variant="secondary">
                {t.guide.home.newAccounting}
              </ButtonLink>
            ) : null}
          </div>
          {recent.length > 0 ? (
            <>
              <h3 className="mt-8 text-xl font-semibold">{t.guide.home.recentTitle}</h3>
              <ul className="mt-2 space-y-1">
                {recent.map((a) => (
                  <li key={a.id}>
                    <Link to={paths.accounting(org, a)}>{a.title}</Link>{" "}
                    <span className="text-neutral-600">
                      ({formatDate(a.periodStart, locale)} – {formatDate(a.periodEnd, locale)})
                    </span>
                  </li>
                ))}
              </ul>
              <p className="mt-2">
                <Link to={paths.accountings(org)}>{t.guide.home.allAccountings}</Link>
              </p>
            </>
          ) : null}
        </Section>
      ) : null}
      {org.kind === "funder" ? (
        <Section title={t.org.home.funderTitle}>
          <EmptyState title={t.org.home.funderEmpty}>{t.org.home.funderEmptyText}</EmptyState>
        </Section>
      ) : null}
      {org.kind === "network" ? (
        <Section title={t.org.home.networkTitle}>
          <EmptyState title={t.org.home.networkEmpty}>{t.org.home.networkEmptyText}</EmptyState>
        </Section>
      ) : null}
      {org.kind === "umbrella" ? (
        <Section title={t.org.home.affiliations}>
          <p>
            {pendingAffiliations > 0 ? t.org.home.umbrellaPending(pendingAffiliations) : t.org.home.umbrellaNonePending}
          </p>
          <p className="mt-3">
            <ButtonLink to={paths.affiliations(org)} variant={pendingAffiliations > 0 ? "primary" : "secondary"}>
              {t.org.home.reviewAffiliations}
            </ButtonLink>
          </p>
        </Section>
      ) : null}
      {details.length > 0 ? (
        <Section title={t.org.home.details}>
          <DescriptionList items={details} />
        </Section>
      ) : null}
      <p>
        <Link to={paths.members(org)}>{t.org.home.members}</Link>
        {org.kind === "umbrella" ? (
          <>
            {" · "}
            <Link to={paths.affiliations(org)}>{t.org.home.affiliations}</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
