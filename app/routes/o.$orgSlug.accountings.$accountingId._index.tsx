import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, ButtonLink, Card, DescriptionList, Notice, PageHeader, Section, type BadgeTone } from "~/components/ui";
import { ACCOUNTING_PURPOSE_LABELS, type AccountingPurpose, type StepState } from "~/domain/method-guide";
import { can } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { loadOverview } from "~server/method-guide/pages.server";
import { namedPageTitle } from "~/i18n/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: namedPageTitle(matches, data?.accounting.title, "accounting") },
];

/** The accounting's progress view: every step with its state and what is missing. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { method, progress, blocks, source } = await loadOverview(org.id, accounting);
  return json({
    canEdit: can(role, "edit"),
    accounting: {
      id: accounting.id,
      title: accounting.title,
      purpose: accounting.purpose,
      periodStart: accounting.periodStart,
      periodEnd: accounting.periodEnd,
      copiedFrom: source ? { id: source.id, title: source.title } : null,
    },
    method: method ? { key: method.key, name: method.name, summary: method.summary } : null,
    steps: method
      ? method.steps.map((s, i) => ({
          key: s.key,
          title: s.title,
          state: progress!.steps[i]!.state,
          missing: progress!.steps[i]!.missing,
        }))
      : [],
    doneCount: progress?.doneCount ?? 0,
    nextStepKey: progress?.nextStepKey ?? null,
    counts: blocks.counts,
  });
}

const TONES: Record<StepState, BadgeTone> = { "not-started": "neutral", "in-progress": "accent", done: "success" };

export default function AccountingOverview() {
  const t = useT();
  const locale = useLocale();
  const o = t.guide.overview;
  const { canEdit, accounting, method, steps, doneCount, nextStepKey, counts } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const started = steps.some((s) => s.state !== "not-started");
  return (
    <div className="space-y-10">
      <PageHeader
        title={accounting.title}
        caption={method?.name[locale]}
        description={method?.summary[locale]}
        actions={
          canEdit ? (
            <ButtonLink to={paths.newAccounting(org, { copyFrom: accounting.id })} variant="secondary">
              {o.copy}
            </ButtonLink>
          ) : null
        }
      />
      <DescriptionList
        items={[
          { label: o.method, value: method?.name[locale] ?? "–" },
          {
            label: o.period,
            value: `${formatDate(accounting.periodStart, locale)} – ${formatDate(accounting.periodEnd, locale)}`,
          },
          {
            label: o.purpose,
            value: ACCOUNTING_PURPOSE_LABELS[accounting.purpose as AccountingPurpose]?.[locale] ?? accounting.purpose,
          },
          ...(accounting.copiedFrom
            ? [
                {
                  label: o.copiedFrom,
                  value: <Link to={paths.accounting(org, accounting.copiedFrom)}>{accounting.copiedFrom.title}</Link>,
                },
              ]
            : []),
        ]}
      />

      <Section
        title={o.stepsTitle}
        description={
          <>
            <span className="font-semibold text-ink">{o.summary(doneCount, steps.length)}.</span> {o.stepsIntro}
          </>
        }
        actions={
          nextStepKey ? (
            <ButtonLink to={paths.step(org, accounting, nextStepKey)}>{started ? o.continue : o.start}</ButtonLink>
          ) : null
        }
      >
        {!nextStepKey && steps.length > 0 ? (
          <Notice kind="success" role="none" className="mb-4">
            {o.allDone}
          </Notice>
        ) : null}
        {!started ? (
          <Notice kind="info" role="none" className="mb-4">
            {o.startAdvice} <Link to={paths.chain(org, accounting)}>{t.guide.nav.chain}</Link>
          </Notice>
        ) : null}
        <ol className="space-y-3" aria-label={o.stepsNav}>
          {steps.map((s, i) => (
            <li
              key={s.key}
              className="rounded-lg border border-neutral-300 bg-white p-4 sm:p-5"
              data-step={s.key}
              data-state={s.state}
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <span className="mr-2 font-semibold tabular-nums text-neutral-600">{i + 1}.</span>
                  <Link to={paths.step(org, accounting, s.key)} className="font-semibold">
                    {s.title[locale]}
                  </Link>
                </div>
                <Badge tone={TONES[s.state]}>{o.states[s.state]}</Badge>
              </div>
              {s.state === "in-progress" && s.missing.length > 0 ? (
                <div className="mt-2 text-neutral-700">
                  <span>{o.missing}</span> <span>{s.missing.map((m) => m[locale]).join(", ")}</span>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>

      <Section title={o.blocksTitle} description={o.blocksIntro}>
        <ul className="grid gap-4 sm:grid-cols-3">
          <li>
            <Card
              title={t.guide.nav.chain}
              to={paths.chain(org, accounting)}
              meta={<Badge>{o.blockRows(counts.chainItems)}</Badge>}
            />
          </li>
          <li>
            <Card
              title={t.guide.nav.stakeholders}
              to={paths.stakeholders(org, accounting)}
              meta={<Badge>{o.blockRows(counts.stakeholders)}</Badge>}
            />
          </li>
          <li>
            <Card
              title={t.guide.nav.actionPlan}
              to={paths.actionPlan(org, accounting)}
              meta={<Badge>{o.blockRows(counts.actionPlanItems)}</Badge>}
            />
          </li>
        </ul>
      </Section>
    </div>
  );
}
