import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CatalogueFilter } from "~/components/indicators/catalogue-filter";
import { Badge, ButtonLink, DataTable, Notice, PageHeader } from "~/components/ui";
import { can } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { requireMembership } from "~server/auth/membership.server";
import { browseIndicators, canEditCatalogue, readCatalogueFilter } from "~server/indicators/catalogue.server";
import { pageTitle } from "~/i18n/page-title";
import { paths } from "~/utils/paths";
import { messagesFor } from "~/i18n";
import { localized } from "~/i18n/localized";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "catalogue") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role } = await requireMembership(request, params.orgSlug, { kinds: ["association", "network"] });
  const filter = readCatalogueFilter(new URL(request.url));
  const own = org.kind === "association";
  const { rows, total } = await browseIndicators(
    own ? org.id : null,
    own ? filter : { ...filter, origin: "catalogue" },
  );
  return json({
    org: { slug: org.slug, kind: org.kind },
    canCreateOwn: own && can(role, "edit"),
    canEditCatalogue: canEditCatalogue(org.kind, role),
    filter,
    total,
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      unit: r.unit,
      level: r.level,
      sectors: r.sectors,
      isCatalogue: r.isCatalogue,
      edited: r.editedAt !== null,
    })),
  });
}

export default function IndicatorCatalogue() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.catalogue;
  const { org, canCreateOwn, canEditCatalogue, filter, rows } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <PageHeader
        title={m.title}
        description={org.kind === "network" ? m.networkIntro : m.intro}
        actions={canCreateOwn ? <ButtonLink to={paths.newIndicator(org)}>{m.newOwn}</ButtonLink> : null}
      />
      {org.kind === "association" ? <Notice kind="info">{m.comparableNote}</Notice> : null}
      <CatalogueFilter values={filter} clearTo={paths.catalogue(org)} showOrigin={org.kind === "association"} />
      <p role="status" aria-live="polite" className="font-semibold">
        {m.results(rows.length)}
      </p>
      {rows.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <DataTable
          caption={m.title}
          captionHidden
          rowKey={(r) => r.id}
          rows={rows}
          columns={[
            {
              key: "code",
              header: m.code,
              cell: (r) => <span className="whitespace-nowrap font-mono">{r.code ?? t.common.none}</span>,
            },
            {
              key: "name",
              header: m.name,
              rowHeader: true,
              cell: (r) => (
                <Link to={paths.catalogueIndicator(org, r)}>
                  {localized(r.name, locale)}
                  {canEditCatalogue && r.isCatalogue ? <span className="sr-only"> ({t.common.edit})</span> : null}
                </Link>
              ),
            },
            { key: "unit", header: m.unit, cell: (r) => messagesFor(locale).indicators.labels.unit[r.unit] },
            { key: "level", header: m.levelColumn, cell: (r) => messagesFor(locale).indicators.labels.level[r.level] },
            {
              key: "sectors",
              header: m.sectors,
              cell: (r) => r.sectors.map((s) => messagesFor(locale).indicators.labels.sector[s]).join(", "),
            },
            {
              key: "origin",
              header: m.origin,
              cell: (r) => (
                <span className="flex flex-wrap gap-1">
                  <Badge tone={r.isCatalogue ? "accent" : "neutral"}>
                    {r.isCatalogue ? t.indicators.origin.catalogue : t.indicators.origin.own}
                  </Badge>
                  {r.edited ? <Badge tone="warning">{m.editedByGse}</Badge> : null}
                </span>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
