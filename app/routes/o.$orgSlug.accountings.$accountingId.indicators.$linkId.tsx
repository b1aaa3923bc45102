import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { BaselineForm } from "~/components/indicators/baseline-form";
import { BreakdownSection } from "~/components/indicators/breakdown-section";
import { EntryGrid } from "~/components/indicators/entry-grid";
import { evidenceAttachedTo } from "~/components/indicators/evidence";
import { IndicatorChart } from "~/components/indicators/indicator-chart";
import { IndicatorEvidence } from "~/components/indicators/indicator-evidence";
import { IndicatorFacts } from "~/components/indicators/indicator-facts";
import { LinkForm } from "~/components/indicators/link-form";
import { ActionNotices, UnsavedChangesPrompt, useUnsavedChanges } from "~/components/mutation";
import { ConfirmDialog, PageHeader, Section, SubmitButton } from "~/components/ui";
import { isPeopleUnit } from "~/domain/indicators/units";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { notFound } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import {
  getAccountingIndicator,
  indicatorTitle,
  loadIndicatorDetail,
  removeIndicator,
  removeValue,
  saveBaseline,
  saveBreakdown,
  saveEntryGrid,
  saveIndicatorLink,
} from "~server/indicators/accounting-indicators.server";
import { evidenceTargets } from "~server/indicators/evidence.server";
import { Confirmed, confirmFirst, conflict, done, invalid, parseIntent } from "~server/mutation.server";
import { namedPageTitle } from "~/i18n/page-title";
import { messagesFor } from "~/i18n";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: namedPageTitle(matches, data?.name, "indicator") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { t, locale } = await getI18n(request);
  const detail = await loadIndicatorDetail({ orgId: org.id, accounting, linkId: params.linkId ?? "", locale });
  if (!detail) notFound();
  const targets = await evidenceTargets(org.id, accounting, locale, t, detail.link.id);
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id, title: accounting.title },
    canEdit: can(role, "edit"),
    name: indicatorTitle(detail.link.indicator, locale),
    link: {
      id: detail.link.id,
      chainItemId: detail.link.chainItemId,
      stakeholderId: detail.link.stakeholderId,
      baseline: detail.link.baseline,
      version: detail.link.version,
      indicator: detail.link.indicator,
    },
    periods: detail.periods,
    rows: detail.rows,
    breakdowns: detail.breakdowns,
    outcomes: detail.outcomes,
    stakeholders: detail.stakeholders,
    evidence: detail.evidence.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    chart: detail.chart,
    targets,
  });
}

/** Every intent the page's forms send; anything else answers 400 and changes nothing. */
const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("baseline") }),
  z.object({ intent: z.literal("grid") }),
  z.object({ intent: z.literal("link") }),
  z.object({ intent: z.literal("breakdown") }),
  z.object({
    intent: z.literal("delete-value"),
    valueId: z.string().default(""),
    periodLabel: z.string().default(""),
    confirmed: Confirmed,
  }),
  z.object({ intent: z.literal("remove"), confirmed: Confirmed }),
]);

/** The action data of this page: which form the last post came from, so its fields show it. */
type Data = ActionData<{ intent?: z.output<typeof Intent>["intent"] }>;

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const link = await getAccountingIndicator({
    orgId: org.id,
    accountingId: accounting.id,
    linkId: params.linkId ?? "",
  });
  if (!link) notFound();
  const { t, locale } = await getI18n(request);
  const m = t.indicators.detail;
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const here = paths.indicator(org, accounting, link);
  const post = { orgId: org.id, accounting, link, form: input.form, locale, t };
  const value = input.value;
  let result;
  switch (value.intent) {
    case "remove":
      return confirmFirst(
        value,
        {
          title: m.removeTitle(indicatorTitle(link.indicator, locale)),
          body: m.removeBody,
          confirmLabel: m.removeConfirm,
          fields: { intent: value.intent },
        },
        async () => {
          await removeIndicator({ orgId: org.id, accountingId: accounting.id, linkId: link.id });
          return done(paths.indicators(org, accounting), { kind: "success", message: m.removed });
        },
      );
    case "delete-value":
      return confirmFirst(
        value,
        {
          title: m.valueDeleteTitle(value.periodLabel),
          body: m.valueDeleteBody,
          confirmLabel: m.valueDeleteConfirm,
          fields: { intent: value.intent, valueId: value.valueId, periodLabel: value.periodLabel },
        },
        async () => {
          if (!(await removeValue({ orgId: org.id, accountingId: accounting.id, valueId: value.valueId }))) notFound();
          return done(here, { kind: "success", message: m.valueDeleted });
        },
      );
    case "link":
      result = await saveIndicatorLink(post);
      break;
    case "baseline":
      result = await saveBaseline(post);
      break;
    case "breakdown":
      result = await saveBreakdown({ ...post, userId: user.id });
      break;
    case "grid":
      result = await saveEntryGrid({ ...post, userId: user.id });
      break;
    default:
      return value satisfies never;
  }
  if (!result.ok && "conflict" in result) return conflict(result.conflict, input.values, { intent: value.intent });
  if (!result.ok) return invalid(result.errors, input.values, { intent: value.intent });
  return done(here, { kind: "success", message: result.message });
}

export default function IndicatorEntry() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.detail;
  const {
    org,
    accounting,
    canEdit,
    name,
    link,
    rows,
    breakdowns,
    outcomes,
    stakeholders,
    evidence,
    chart,
    targets,
    periods,
  } = useLoaderData<typeof loader>();
  const ind = link.indicator;
  const data = useActionData<typeof action>() as Data | undefined;
  /** Errors and posted values of one form, when the last post was that form's. */
  const errorsFor = (intent: Data["intent"]) => (data && data.intent === intent ? data.errors : {});
  const valuesFor = (intent: Data["intent"]) => (data && data.intent === intent ? data.values : undefined);
  const here = paths.indicator(org, accounting, link);
  const periodLabels = Object.fromEntries(periods.map((p) => [p.key, p.label]));
  const evidenceItems = evidence.map((e) => ({
    ...e,
    attachedTo: evidenceAttachedTo(e, periodLabels, locale, t.indicators.evidence.targetOutcome),
  }));
  const hasChartData = chart.some((c) => c.actual !== null || c.target !== null);
  // Baseline and grid are one form with one save; leaving with typed, unsaved fields asks first.
  const unsaved = useUnsavedChanges({
    refused: Boolean(data && data.intent === "grid" && (Object.keys(data.errors).length > 0 || data.conflict)),
  });

  return (
    <div className="space-y-10">
      <PageHeader
        caption={accounting.title}
        title={name}
        breadcrumbs={[{ label: t.indicators.overview.title, to: paths.indicators(org, accounting) }, { label: name }]}
        breadcrumbsLabel={m.back}
      />
      <ActionNotices data={data} cancelTo={here} />

      <Section title={m.facts}>
        <IndicatorFacts indicator={ind} />
      </Section>

      <UnsavedChangesPrompt unsaved={unsaved} />
      <Form method="post" noValidate onChange={unsaved.onChange} onSubmit={unsaved.onSubmit} className="space-y-10">
        <input type="hidden" name="baseVersion" value={String(data?.conflict?.version ?? link.version)} />
        <Section title={m.baselineTitle} description={m.baselineIntro}>
          <BaselineForm
            baseline={link.baseline}
            unit={ind.unit}
            canEdit={canEdit}
            values={valuesFor("grid") ?? valuesFor("baseline")}
            errors={{ ...errorsFor("baseline"), ...errorsFor("grid") }}
          />
        </Section>

        <Section
          title={m.gridTitle}
          description={`${m.unit}: ${messagesFor(locale).indicators.labels.unit[ind.unit]}. ${canEdit ? m.gridIntro : ""}`}
        >
          <EntryGrid rows={rows} canEdit={canEdit} values={valuesFor("grid")} errors={errorsFor("grid")} />
          {canEdit ? (
            <SubmitButton intent="grid" className="mt-4">
              {m.gridSave}
            </SubmitButton>
          ) : null}
        </Section>
      </Form>

      <Section title={m.chartTitle}>
        {hasChartData ? (
          <IndicatorChart title={name} caption={m.chartCaption(name)} data={chart} unit={ind.unit} />
        ) : (
          <p>{m.chartEmpty}</p>
        )}
      </Section>

      <Section title={m.linkTitle}>
        <LinkForm
          chainItemId={link.chainItemId}
          stakeholderId={link.stakeholderId}
          outcomes={outcomes}
          stakeholders={stakeholders}
          canEdit={canEdit}
          values={valuesFor("link")}
          errors={errorsFor("link")}
        />
      </Section>

      {isPeopleUnit(ind.unit) ? (
        <Section title={m.breakdownTitle} description={m.breakdownIntro}>
          <BreakdownSection
            breakdowns={breakdowns}
            periods={periods}
            unit={ind.unit}
            canEdit={canEdit}
            values={valuesFor("breakdown")}
            errors={errorsFor("breakdown")}
          />
        </Section>
      ) : null}

      <IndicatorEvidence
        org={org}
        accounting={accounting}
        items={evidenceItems}
        targets={targets}
        canEdit={canEdit}
        here={here}
      />

      {canEdit ? (
        <Section title={m.remove}>
          <ConfirmDialog
            title={m.removeTitle(name)}
            body={<p>{m.removeBody}</p>}
            confirmLabel={m.removeConfirm}
            cancelLabel={t.common.cancel}
            triggerLabel={m.remove}
            form={{ fields: { intent: "remove" } }}
          />
        </Section>
      ) : null}
    </div>
  );
}
