import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices, FormToken } from "~/components/mutation";
import { GRANULARITIES, nextTitle, nextYear } from "~/domain/method-guide/accounting-form";
import { DateField, FormStack, PageHeader, RadioGroup, SelectField, SubmitButton, TextField } from "~/components/ui";
import {
  ACCOUNTING_PURPOSES,
  ACCOUNTING_PURPOSE_LABELS,
  ALL_PATHS,
  findMethod,
  isPathKey,
} from "~/domain/method-guide";
import { rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { startAccounting } from "~server/accountings/create-accounting.server";
import { findOrgAccounting } from "~server/accountings/read.server";
import { requireMembership } from "~server/auth/membership.server";
import { notFound } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { done, invalid, newFormToken, parseIntent } from "~server/mutation.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "newAccounting") }];

/** A new accounting, or (with ?copyFrom=) a copy of an earlier one for a new period. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org } = await requireMembership(request, params.orgSlug, { kinds: ["association"], roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const url = new URL(request.url);
  const copyFrom = url.searchParams.get("copyFrom");
  const year = new Date().getFullYear();
  if (copyFrom) {
    const source = await findOrgAccounting(org.id, copyFrom);
    if (!source) notFound();
    return json({
      formToken: newFormToken(),
      source: { id: source.id, title: source.title, method: source.method },
      defaults: {
        title: nextTitle(source.title, t.guide.newAccounting.copySuffix),
        purpose: source.purpose,
        method: source.method,
        periodStart: nextYear(source.periodStart),
        periodEnd: nextYear(source.periodEnd),
        periodGranularity: source.periodGranularity,
      },
    });
  }
  const method = url.searchParams.get("method");
  const purpose = url.searchParams.get("purpose");
  return json({
    formToken: newFormToken(),
    source: null,
    defaults: {
      title: "",
      purpose: purpose && (ACCOUNTING_PURPOSES as readonly string[]).includes(purpose) ? purpose : "",
      method: isPathKey(method) ? method : "",
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      periodGranularity: "year",
    },
  });
}

/** The fields are parsed by `startAccounting` (the schema has cross-field rules). */
const Intent = z.discriminatedUnion("intent", [z.object({ intent: z.literal("create") })]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user } = await requireMembership(request, params.orgSlug, {
    kinds: ["association"],
    roles: rolesFor("edit"),
  });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "create": {
      const result = await startAccounting(org.id, user.id, input.form, t);
      if (!result.ok) return result.notFound ? notFound() : invalid(result.errors, result.values);
      return done(paths.accounting(org, result.accounting), {
        kind: "success",
        message: result.copied ? t.guide.newAccounting.copied : t.guide.newAccounting.created,
      });
    }
  }
}

export default function NewAccounting() {
  const t = useT();
  const locale = useLocale();
  const n = t.guide.newAccounting;
  const { source, defaults, formToken } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const data = useActionData<ActionData>();
  const errors = data?.errors ?? {};
  const values: Record<string, string> = { ...defaults, ...(data?.values ?? {}) };
  const sourceMethod = source ? findMethod(source.method) : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={source ? n.copyTitle(source.title) : n.title} description={source ? n.copyIntro : n.intro} />
      <ActionNotices data={data} cancelTo={paths.newAccounting(org)} />
      <Form method="post" noValidate>
        <FormToken token={formToken} />
        {source ? <input type="hidden" name="copyFrom" value={source.id} /> : null}
        <FormStack>
          <TextField
            name="title"
            label={n.name}
            hint={n.nameHint}
            defaultValue={values.title}
            error={errors.title}
            required
          />
          <SelectField
            name="purpose"
            label={n.purpose}
            hint={n.purposeHint}
            placeholder={t.guide.step.choose}
            options={ACCOUNTING_PURPOSES.map((p) => ({ value: p, label: ACCOUNTING_PURPOSE_LABELS[p][locale] }))}
            defaultValue={values.purpose}
            error={errors.purpose}
            required
          />
          <div className="grid gap-6 sm:grid-cols-2">
            <DateField
              name="periodStart"
              label={n.periodStart}
              hint={n.periodHint}
              defaultValue={values.periodStart}
              error={errors.periodStart}
              required
            />
            <DateField
              name="periodEnd"
              label={n.periodEnd}
              hint={n.periodHint}
              defaultValue={values.periodEnd}
              error={errors.periodEnd}
              required
            />
          </div>
          <SelectField
            name="periodGranularity"
            label={n.granularity}
            hint={n.granularityHint}
            options={GRANULARITIES.map((g) => ({ value: g, label: n.granularities[g] }))}
            defaultValue={values.periodGranularity}
            error={errors.periodGranularity}
            width="medium"
          />
          {source ? (
            <p>
              <span className="font-semibold">{n.method}:</span> {sourceMethod?.name[locale] ?? source.method}
            </p>
          ) : (
            <RadioGroup
              name="method"
              label={n.method}
              hint={
                <>
                  {n.methodHint} <Link to={paths.guide(org)}>{t.guide.nav.guide}</Link>
                </>
              }
              options={ALL_PATHS.map((m) => ({
                value: m.key,
                label: (
                  <>
                    <span className="font-semibold">{m.key === "snabbspar" ? n.lightPathOption : m.name[locale]}</span>
                    {defaults.method === m.key ? (
                      <span className="ml-2 text-sm font-semibold text-accent-800">({n.recommended})</span>
                    ) : null}
                  </>
                ),
                hint: m.summary[locale],
              }))}
              defaultValue={values.method}
              error={errors.method}
              required
            />
          )}
          <SubmitButton intent="create" pendingText={n.pending}>
            {source ? n.copySubmit : n.submit}
          </SubmitButton>
        </FormStack>
      </Form>
    </div>
  );
}
