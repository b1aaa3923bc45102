import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { DescriptionList, FormStack, Notice, Section, SubmitButton, TextArea, TextField } from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { readDraft } from "~/domain/reports/draft";
import { eligibilityShare } from "~/domain/reports/eligibility";
import { useLocale, useT } from "~/i18n/use-t";
import { formatNumber, formatPercent } from "~/utils/format";
import { getI18n } from "~server/i18n.server";
import { readTenderForm } from "~server/reports/draft-forms.server";
import { requireReport } from "~server/reports/require-report.server";
import { saveDraftPage } from "~server/reports/save-draft.server";
import { loadTenderFacts } from "~server/reports/tender.server";
import { BaseVersion, invalid, parseIntent, RowIndex, withRowIntents } from "~server/mutation.server";
import { pageTitle } from "~/i18n/page-title";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "tender") }];

/** Tender facts (method guide §8): the buyer's social requirements and reserved-procurement eligibility. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting, report } = await requireReport(request, params, {
    roles: rolesFor("edit"),
  });
  const { locale } = await getI18n(request);
  const draft = readDraft(report.draft);
  const { facts, source } = await loadTenderFacts({ orgId: org.id, accountingId: accounting.id, locale, draft });
  const tender = draft.tender ?? {
    buyer: "",
    procurementTitle: "",
    requirements: [],
  };
  // The ASF-07 indicator's latest actual, which the report uses instead of a typed share.
  const indicator = source ? (eligibilityShare(source)?.indicator ?? null) : null;
  return json({
    here: paths.reportTender(org, accounting, report),
    draftVersion: report.draftVersion,
    tender,
    registerNumber: facts?.ideaRegisterNumber ?? null,
    indicator,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting, report } = await requireReport(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  const parsed = readTenderForm(input.form, t, value.intent === "remove-requirement" ? value.index : null);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  return saveDraftPage({
    orgId: org.id,
    reportId: report.id,
    userId: user.id,
    draftVersion: value.draftVersion,
    patch: { tender: parsed.patch },
    posted: input.values,
    conflictMessage: t.reports.conflict,
    to: paths.reportTender(org, accounting, report),
    saved: value.intent === "remove-requirement" ? t.reports.tender.removed : t.reports.tender.saved,
  });
}

/** Save the tender facts, or save them with one requirement row dropped (its "Ta bort" button). */
const Intent = withRowIntents(
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("save"), draftVersion: BaseVersion }),
    z.object({ intent: z.literal("remove-requirement"), index: RowIndex, draftVersion: BaseVersion }),
  ]),
);

export default function ReportTender() {
  const t = useT();
  const locale = useLocale();
  const { here, draftVersion, tender, registerNumber, indicator } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const errors: Record<string, string> = data?.errors ?? {};
  const values: Record<string, string> | undefined = data?.values;
  const x = t.reports.tender;
  const val = (name: string, stored: string) => (values ? (values[name] ?? "") : stored);
  const rows = [...tender.requirements, { requirement: "", howWeMeetIt: "", evidence: "" }];
  // The report derives the share from the ASF-07 indicator when it has an actual (the hint says
  // so); the field is only needed without one, so it is not prefilled (a copy would go stale).
  const share = tender.shareTargetGroup === undefined ? "" : formatNumber(tender.shareTargetGroup * 100, locale, 1);
  const shareDiffers =
    indicator !== null &&
    tender.shareTargetGroup !== undefined &&
    Math.abs(tender.shareTargetGroup - indicator.share) >= 0.005;
  return (
    <div className="max-w-3xl space-y-6">
      <h2 className="text-2xl font-semibold">{x.title}</h2>
      <p className="max-w-prose text-lg text-neutral-700">{x.intro}</p>
      <ActionNotices data={data} cancelTo={here} />
      <Form method="post" noValidate>
        {/* Enter in a text field submits with the first submit button: make that "save", not a remove button. */}
        <button type="submit" name="intent" value="save" hidden tabIndex={-1} aria-hidden="true">
          {x.save}
        </button>
        <input type="hidden" name="draftVersion" value={draftVersion} />
        <FormStack>
          <TextField
            name="buyer"
            label={x.buyer}
            hint={x.buyerHint}
            defaultValue={val("buyer", tender.buyer)}
            width="full"
          />
          <TextField
            name="procurementTitle"
            label={x.procurementTitle}
            defaultValue={val("procurementTitle", tender.procurementTitle)}
            width="full"
          />
          <TextField
            name="share"
            label={x.share}
            hint={
              indicator
                ? x.shareFromIndicator(formatPercent(indicator.share, locale, 0), indicator.periodLabel)
                : x.shareHint
            }
            inputMode="decimal"
            defaultValue={val("share", share)}
            error={errors.share}
            width="short"
          />
          {shareDiffers && indicator ? (
            <Notice kind="warning">
              {x.shareDiffers(formatPercent(indicator.share, locale, 0), indicator.periodLabel)}
            </Notice>
          ) : null}
          <DescriptionList
            items={[
              {
                label: x.register,
                value: registerNumber ? x.registerYes(registerNumber) : x.registerNo,
              },
            ]}
          />
          <Section title={x.requirements} headingLevel={3}>
            <div className="space-y-4">
              {rows.map((r, i) => {
                const isNew = i === tender.requirements.length;
                return (
                  <fieldset key={i} className="space-y-4 rounded-lg border border-neutral-300 bg-white p-4 sm:p-6">
                    <legend className="px-1 text-lg font-semibold">
                      {isNew ? x.newRequirement : x.requirement(i + 1)}
                    </legend>
                    <TextArea
                      name={`req.${i}.requirement`}
                      label={x.requirementText}
                      rows={2}
                      defaultValue={val(`req.${i}.requirement`, r.requirement)}
                      width="full"
                    />
                    <TextArea
                      name={`req.${i}.howWeMeetIt`}
                      label={x.howWeMeetIt}
                      rows={3}
                      defaultValue={val(`req.${i}.howWeMeetIt`, r.howWeMeetIt)}
                      width="full"
                    />
                    <TextField
                      name={`req.${i}.evidence`}
                      label={x.evidence}
                      hint={x.evidenceHint}
                      defaultValue={val(`req.${i}.evidence`, r.evidence)}
                      width="full"
                    />
                    {isNew ? null : (
                      <SubmitButton intent={`remove-requirement:${i}`} variant="secondary">
                        {x.remove}
                        <span className="sr-only"> {x.requirement(i + 1).toLowerCase()}</span>
                      </SubmitButton>
                    )}
                  </fieldset>
                );
              })}
            </div>
          </Section>
          <SubmitButton intent="save">{x.save}</SubmitButton>
        </FormStack>
      </Form>
    </div>
  );
}
