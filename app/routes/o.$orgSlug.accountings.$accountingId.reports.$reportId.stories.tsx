import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { Badge, CheckboxField, FormStack, Notice, SubmitButton, TextArea, TextField } from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { readDraft } from "~/domain/reports/draft";
import { useT } from "~/i18n/use-t";
import { getI18n } from "~server/i18n.server";
import { readStoriesForm } from "~server/reports/draft-forms.server";
import { requireReport } from "~server/reports/require-report.server";
import { saveDraftPage } from "~server/reports/save-draft.server";
import { BaseVersion, invalid, parseIntent } from "~server/mutation.server";
import { pageTitle } from "~/i18n/page-title";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "stories") }];

/** Stories with consent (method guide §10.1): only stories with consent reach the report. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting, report } = await requireReport(request, params, {
    roles: rolesFor("edit"),
  });
  return json({
    here: paths.reportStories(org, accounting, report),
    draftVersion: report.draftVersion,
    stories: readDraft(report.draft).stories,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting, report } = await requireReport(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const parsed = readStoriesForm(input.form);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  return saveDraftPage({
    orgId: org.id,
    reportId: report.id,
    userId: user.id,
    draftVersion: input.value.draftVersion,
    patch: { stories: parsed.patch },
    posted: input.values,
    conflictMessage: t.reports.conflict,
    to: paths.reportStories(org, accounting, report),
    saved: t.reports.stories.saved,
  });
}

/** The stories page saves its one form at the draft version it showed. */
const Intent = z.discriminatedUnion("intent", [z.object({ intent: z.literal("save"), draftVersion: BaseVersion })]);

export default function ReportStories() {
  const t = useT();
  const { here, draftVersion, stories } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const s = t.reports.stories;
  const rows = [...stories, { quote: "", who: "", consent: false }];
  return (
    <div className="max-w-3xl space-y-6">
      <h2 className="text-2xl font-semibold">{s.title}</h2>
      <p className="max-w-prose text-lg text-neutral-700">{s.intro}</p>
      <Notice kind="info" role="none">
        {s.consentNotice}
      </Notice>
      <ActionNotices data={data} cancelTo={here} />
      <Form method="post" noValidate>
        <input type="hidden" name="draftVersion" value={draftVersion} />
        <FormStack>
          {rows.map((story, i) => {
            const isNew = i === stories.length;
            return (
              <fieldset key={i} className="space-y-4 rounded-lg border border-neutral-300 bg-white p-4 sm:p-6">
                <legend className="px-1 text-xl font-semibold">
                  {isNew ? s.newStory : s.story(i + 1)}{" "}
                  {isNew ? null : story.consent ? (
                    <Badge tone="success">{s.withConsent}</Badge>
                  ) : (
                    <Badge tone="warning">{s.withoutConsent}</Badge>
                  )}
                </legend>
                <TextArea
                  name={`stories.${i}.quote`}
                  label={s.quote}
                  hint={isNew ? undefined : s.removeHint}
                  rows={4}
                  defaultValue={story.quote}
                  width="full"
                />
                <TextField
                  name={`stories.${i}.who`}
                  label={s.who}
                  hint={s.whoHint}
                  defaultValue={story.who}
                  width="long"
                />
                <CheckboxField
                  name={`stories.${i}.consent`}
                  value="yes"
                  label={s.consent}
                  defaultChecked={story.consent}
                />
              </fieldset>
            );
          })}
          <SubmitButton intent="save">{s.save}</SubmitButton>
        </FormStack>
      </Form>
    </div>
  );
}
