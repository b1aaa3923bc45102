import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Badge, CheckboxField, FormStack, Notice, SubmitButton, TextArea, TextField } from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { readDraft } from "~/domain/reports/draft";
import { useT } from "~/i18n/use-t";
import { readForm } from "~server/forms.server";
import { notFound, redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { readStoriesForm } from "~server/reports/draft-forms.server";
import { requireReport } from "~server/reports/require-report.server";
import { saveDraft } from "~server/reports/save-draft.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "stories") }];

/** Stories with consent (method guide §10.1): only stories with consent reach the report. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report } = await requireReport(request, params, {
    roles: rolesFor("edit"),
  });
  return json({
    draftVersion: report.draftVersion,
    stories: readDraft(report.draft).stories,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting, report } = await requireReport(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const form = await readForm(request);
  const parsed = readStoriesForm(form);
  if (!parsed.ok) return json({ error: "" }, { status: 400 });
  const result = await saveDraft({
    orgId: org.id,
    reportId: report.id,
    userId: user.id,
    expectedVersion: parsed.draftVersion,
    patch: { stories: parsed.patch },
  });
  if (!result.ok && result.reason === "not-found") notFound();
  if (!result.ok) return json({ error: t.reports.conflict }, { status: 409 });
  return redirectWithFlash(`/o/${org.slug}/accountings/${accounting.id}/reports/${report.id}/stories`, {
    kind: "success",
    message: t.reports.stories.saved,
  });
}

export default function ReportStories() {
  const t = useT();
  const { draftVersion, stories } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const s = t.reports.stories;
  const rows = [...stories, { quote: "", who: "", consent: false }];
  return (
    <div className="max-w-3xl space-y-6">
      <h2 className="text-2xl font-semibold">{s.title}</h2>
      <p className="max-w-prose text-lg text-neutral-700">{s.intro}</p>
      <Notice kind="info" role="none">
        {s.consentNotice}
      </Notice>
      {data?.error ? <Notice kind="error">{data.error}</Notice> : null}
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
