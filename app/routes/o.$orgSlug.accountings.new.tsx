import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { accountingFormSchema, GRANULARITIES, nextTitle, nextYear } from "~/domain/method-guide/accounting-form";
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
import { getDb } from "~db/index.server";
import { findAccounting } from "~db/queries/accountings.server";
import { copyAccounting, createAccounting } from "~server/accountings/create-accounting.server";
import { requireMembership } from "~server/auth/membership.server";
import { parseForm, readForm } from "~server/forms.server";
import { notFound, redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
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
    const source = await findAccounting(await getDb(), org.id, copyFrom);
    if (!source) notFound();
    return json({
      org: { slug: org.slug },
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
    org: { slug: org.slug },
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

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user } = await requireMembership(request, params.orgSlug, {
    kinds: ["association"],
    roles: rolesFor("edit"),
  });
  const { t } = await getI18n(request);
  const form = await readForm(request);
  const db = await getDb();
  const copyFrom = form.get("copyFrom");
  const source =
    typeof copyFrom === "string" && copyFrom !== "" ? await findAccounting(db, org.id, copyFrom) : undefined;
  if (typeof copyFrom === "string" && copyFrom !== "" && !source) notFound();
  if (source) form.set("method", source.method);
  const parsed = parseForm(form, accountingFormSchema(t));
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const created = source
    ? await copyAccounting(db, org.id, user.id, source, parsed.data)
    : await createAccounting(db, org.id, user.id, parsed.data);
  return redirectWithFlash(`/o/${org.slug}/accountings/${created.id}`, {
    kind: "success",
    message: source ? t.guide.newAccounting.copied : t.guide.newAccounting.created,
  });
}

export default function NewAccounting() {
  const t = useT();
  const locale = useLocale();
  const n = t.guide.newAccounting;
  const { org, source, defaults } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errors: Record<string, string> = data?.errors ?? {};
  const values: Record<string, string> = { ...defaults, ...(data?.values ?? {}) };
  const sourceMethod = source ? findMethod(source.method) : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={source ? n.copyTitle(source.title) : n.title} description={source ? n.copyIntro : n.intro} />
      <FormErrors errors={errors} />
      <Form method="post" noValidate>
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
                  {n.methodHint} <Link to={`/o/${org.slug}/guide`}>{t.guide.nav.guide}</Link>
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
          <SubmitButton pendingText={n.pending}>{source ? n.copySubmit : n.submit}</SubmitButton>
        </FormStack>
      </Form>
    </div>
  );
}
