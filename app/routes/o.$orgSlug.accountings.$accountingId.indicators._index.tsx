import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatIndicatorValue } from "~/components/indicators/format";
import {
  Badge,
  ButtonLink,
  EmptyState,
  Notice,
  PageHeader,
  Section,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
  type BadgeTone,
} from "~/components/ui";
import type { AttainmentStatus } from "~/domain/indicators/attainment";
import { can } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatPercent } from "~/utils/format";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { getI18n } from "~server/i18n.server";
import { loadIndicatorOverview } from "~server/indicators/accounting-indicators.server";
import { pageTitle } from "~/i18n/page-title";
import { paths } from "~/utils/paths";
import { messagesFor } from "~/i18n";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "indicators") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { locale } = await getI18n(request);
  const { indicators, outcomes } = await loadIndicatorOverview({ orgId: org.id, accounting, locale });
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id, title: accounting.title },
    canEdit: can(role, "edit"),
    indicators,
    outcomes,
  });
}

const STATUS_TONES: Record<AttainmentStatus, BadgeTone> = {
  reached: "success",
  "on-track": "accent",
  behind: "warning",
  "not-reached": "warning",
  "no-data": "neutral",
};

export default function AccountingIndicators() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.overview;
  const { org, accounting, canEdit, indicators, outcomes } = useLoaderData<typeof loader>();
  const actions = (
    <>
      {canEdit ? <ButtonLink to={paths.addIndicators(org, accounting)}>{m.add}</ButtonLink> : null}
      {canEdit && indicators.length > 0 ? (
        <ButtonLink to={paths.indicatorsImport(org, accounting)} variant="secondary">
          {m.import}
        </ButtonLink>
      ) : null}
    </>
  );
  return (
    <div className="space-y-10">
      <PageHeader caption={accounting.title} title={m.title} description={m.intro} actions={actions} />
      {indicators.length === 0 ? (
        <EmptyState
          title={m.emptyTitle}
          action={canEdit ? <ButtonLink to={paths.addIndicators(org, accounting)}>{m.add}</ButtonLink> : undefined}
        >
          <p>{m.emptyBody}</p>
        </EmptyState>
      ) : (
        <>
          <Table caption={m.tableCaption} captionHidden density="compact">
            <THead>
              <Tr>
                <Th className="min-w-[12rem]">{m.indicator}</Th>
                <Th className="min-w-[10rem]">{m.outcome}</Th>
                <Th numeric>{m.latest}</Th>
                <Th numeric>{m.target}</Th>
                <Th>{m.attainment}</Th>
                <Th>{m.quality}</Th>
                <Th numeric>{m.evidenceCount}</Th>
              </Tr>
            </THead>
            <TBody>
              {indicators.map((i) => (
                <Tr key={i.linkId}>
                  <Th>
                    <Link to={paths.indicator(org, accounting, { id: i.linkId })}>
                      {i.code ? <span className="font-mono">{i.code} </span> : null}
                      {i.name}
                    </Link>
                    <div className="mt-1">
                      <Badge tone={i.isCatalogue ? "accent" : "neutral"}>
                        {i.isCatalogue ? t.indicators.origin.catalogue : t.indicators.origin.own}
                      </Badge>
                    </div>
                  </Th>
                  <Td>
                    {i.outcomeText ?? <span className="text-neutral-600">{m.noOutcome}</span>}
                    {i.stakeholderName ? <div className="text-neutral-600">{i.stakeholderName}</div> : null}
                  </Td>
                  <Td numeric>
                    {i.latest ? (
                      <>
                        {formatIndicatorValue(i.latest.value, i.unit, locale)}
                        <div className="font-normal text-neutral-600">{m.period(i.latest.periodLabel)}</div>
                      </>
                    ) : (
                      <span className="text-neutral-600">{m.noValue}</span>
                    )}
                  </Td>
                  <Td numeric>
                    {i.target ? (
                      <>
                        {formatIndicatorValue(i.target.value, i.unit, locale)}
                        <div className="text-neutral-600">{m.period(i.target.periodLabel)}</div>
                      </>
                    ) : (
                      t.common.none
                    )}
                  </Td>
                  <Td>
                    <Badge tone={STATUS_TONES[i.attainment.status]}>
                      {t.indicators.attainment.status[i.attainment.status]}
                    </Badge>
                    {i.attainment.share !== null && i.attainment.status !== "reached" ? (
                      <div className="mt-1 text-neutral-700">
                        {t.indicators.attainment.share(formatPercent(i.attainment.share, locale, 0))}
                      </div>
                    ) : null}
                  </Td>
                  <Td>
                    {i.latest ? messagesFor(locale).indicators.labels.dataQuality[i.latest.dataQuality] : t.common.none}
                  </Td>
                  <Td numeric>{i.evidenceCount}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <div className="flex flex-wrap gap-3">
            <a href={paths.indicatorsExport(org, accounting, "xlsx")} download>
              {m.exportXlsx}
            </a>
            <a href={paths.indicatorsExport(org, accounting, "csv")} download>
              {m.exportCsv}
            </a>
            <Link to={paths.evidence(org, accounting)}>{m.evidence}</Link>
          </div>
        </>
      )}
      <Notice kind="info">{t.indicators.catalogue.comparableNote}</Notice>
      <Section title={m.outcomesTitle} description={m.outcomesIntro}>
        {outcomes.length === 0 ? (
          <p>{m.noOutcomes}</p>
        ) : (
          <ul className="space-y-4">
            {outcomes.map((o) => {
              const measured = indicators.filter((i) => i.chainItemId === o.id);
              return (
                <li key={o.id} className="rounded-lg border border-neutral-300 bg-white p-4">
                  <p className="font-semibold">{o.text}</p>
                  {o.stakeholderName ? (
                    <p className="text-neutral-700">
                      {m.stakeholder}: {o.stakeholderName}
                    </p>
                  ) : null}
                  {measured.length === 0 ? (
                    <p className="mt-2 text-neutral-700">{m.outcomeWithout}</p>
                  ) : (
                    <ul className="mt-2 list-disc pl-6">
                      {measured.map((i) => (
                        <li key={i.linkId}>
                          <Link to={paths.indicator(org, accounting, { id: i.linkId })}>
                            {i.code ? `${i.code} ${i.name}` : i.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </div>
  );
}
