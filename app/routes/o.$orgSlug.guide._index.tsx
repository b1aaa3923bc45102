import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import {
  ButtonLink,
  FormStack,
  Notice,
  PageHeader,
  RadioGroup,
  Section,
  SelectField,
  SubmitButton,
} from "~/components/ui";
import {
  ACCOUNTING_PURPOSES,
  AUDIENCES,
  AUDIENCE_LABELS,
  EXPERIENCE_LEVELS,
  METHODS,
  RECOMMENDER_PURPOSES,
  RECOMMENDER_QUESTION_LABELS,
  RESOURCE_LEVELS,
  SIZES,
  findMethod,
  parseRecommenderForm,
  recommend,
} from "~/domain/method-guide";
import { useLocale, useT } from "~/i18n/use-t";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireMembership } from "~server/auth/membership.server";
import { getI18n } from "~server/i18n.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "guide") }];

const KNOWN = Object.keys(RECOMMENDER_QUESTION_LABELS);
const REQUIRED = ["size", "purpose", "resources", "experience"] as const;

/**
 * The method guide's questionnaire (docs/domain/method-guide.md §3.1). It is a GET form, so the answers live in
 * the address: the result can be bookmarked, and "back" returns to the filled-in questions.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org } = await requireMembership(request, params.orgSlug, { kinds: ["association"] });
  const { locale, t } = await getI18n(request);
  const url = new URL(request.url);
  const values: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (KNOWN.includes(k)) values[k] = v;
  const submitted = Object.keys(values).length > 0;
  if (!submitted) {
    // The size is already known from the association's details: start from it.
    const prefilled: Record<string, string> = org.sizeBand ? { size: org.sizeBand } : {};
    return json({ values: prefilled, errors: {} as Record<string, string>, result: null });
  }
  const parsed = parseRecommenderForm(values, locale);
  if (!parsed.ok) {
    const errors: Record<string, string> = {};
    for (const e of parsed.errors) {
      const key = e.path || "size";
      errors[key] = (REQUIRED as readonly string[]).includes(key)
        ? t.guide.questionnaire.errors[key as (typeof REQUIRED)[number]]
        : t.guide.questionnaire.errors.other;
    }
    return json({ values, errors, result: null }, { status: 400 });
  }
  const result = recommend(parsed.value);
  const purpose = (ACCOUNTING_PURPOSES as readonly string[]).includes(parsed.value.purpose)
    ? parsed.value.purpose
    : null;
  return json({
    values,
    errors: {} as Record<string, string>,
    result: {
      rule: result.rule,
      purpose,
      advice: result.advice,
      recommendations: result.recommendations.map((r) => ({ method: r.method, reason: r.reason })),
    },
  });
}

export default function Questionnaire() {
  const t = useT();
  const locale = useLocale();
  const q = t.guide.questionnaire;
  const { values, errors, result } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const newAccounting = (method: string) => paths.newAccounting(org, { method, purpose: result?.purpose });
  const yesNo = [
    { value: "true", label: t.common.yes },
    { value: "false", label: t.common.no },
    { value: "", label: q.notAnswered },
  ];
  const lightPathSuggested = result?.recommendations.some((r) => r.method === "snabbspar") ?? false;

  return (
    <div className="space-y-10">
      <PageHeader
        title={q.title}
        description={q.intro}
        actions={
          <Link to={paths.guideCompare(org)} className="font-semibold">
            {q.compareLink}
          </Link>
        }
      />

      {result ? (
        <Section title={q.resultTitle} description={q.resultIntro}>
          <Notice kind="info" role="none">
            {result.advice[locale]}
          </Notice>
          <ol className="mt-6 space-y-4" aria-label={q.resultTitle}>
            {result.recommendations.map((r, i) => {
              const method = findMethod(r.method);
              if (!method) return null;
              return (
                <li
                  key={r.method}
                  className="rounded-lg border border-neutral-300 bg-white p-5 shadow-card sm:p-6"
                  data-method={r.method}
                >
                  <p className="text-sm font-semibold uppercase tracking-wide text-neutral-600">{q.rank(i + 1)}</p>
                  <h3 className="mt-1 text-xl font-semibold">{method.name[locale]}</h3>
                  <p className="mt-1 text-neutral-600">{method.summary[locale]}</p>
                  <p className="mt-3 max-w-prose">{r.reason[locale]}</p>
                  <div className="mt-4 flex flex-wrap items-center gap-4">
                    <ButtonLink to={newAccounting(r.method)}>
                      {q.startWith}
                      <span className="sr-only">: {method.name[locale]}</span>
                    </ButtonLink>
                    {r.method !== "snabbspar" ? (
                      <Link to={paths.guideCompare(org, r.method)}>
                        {q.readMore}
                        <span className="sr-only">: {method.name[locale]}</span>
                      </Link>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
          {!lightPathSuggested ? (
            <div className="mt-6 rounded-lg border-2 border-dashed border-neutral-300 bg-white p-5 sm:p-6">
              <h3 className="text-lg font-semibold">{q.lightPathTitle}</h3>
              <p className="mt-2 max-w-prose text-neutral-700">{q.lightPathText}</p>
              <ButtonLink to={newAccounting("snabbspar")} variant="secondary" className="mt-4">
                {q.lightPathStart}
              </ButtonLink>
            </div>
          ) : null}
          {result.recommendations.length < 3 ? (
            <p className="mt-4 max-w-prose">
              {q.fewerThanThree} <Link to={paths.guideCompare(org)}>{q.compareLink}</Link>
            </p>
          ) : null}
          <p className="mt-4 max-w-prose text-sm text-neutral-600">{q.provenance}</p>
        </Section>
      ) : null}

      <div>
        {result ? <h2 className="mb-4 text-2xl font-semibold tracking-tight">{q.changeAnswers}</h2> : null}
        <FormErrors errors={errors} />
        <Form method="get" noValidate className="mt-4 max-w-3xl">
          <FormStack>
            <RadioGroup
              name="size"
              label={q.size}
              hint={q.sizeHint}
              options={SIZES.map((s) => ({ value: s, label: q.sizes[s] }))}
              defaultValue={values.size}
              error={errors.size}
              required
            />
            <RadioGroup
              name="purpose"
              label={q.purpose}
              hint={q.purposeHint}
              options={RECOMMENDER_PURPOSES.map((p) => ({ value: p, label: q.purposes[p] }))}
              defaultValue={values.purpose}
              error={errors.purpose}
              required
            />
            <RadioGroup
              name="resources"
              label={q.resources}
              hint={q.resourcesHint}
              options={RESOURCE_LEVELS.map((r) => ({ value: r, label: q.resourceLevels[r] }))}
              defaultValue={values.resources}
              error={errors.resources}
              required
            />
            <RadioGroup
              name="experience"
              label={q.experience}
              hint={q.experienceHint}
              options={EXPERIENCE_LEVELS.map((e) => ({ value: e, label: q.experienceLevels[e] }))}
              defaultValue={values.experience}
              error={errors.experience}
              required
            />
            <SelectField
              name="audience"
              label={q.audience}
              hint={q.audienceHint}
              placeholder={q.notAnswered}
              options={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a][locale] }))}
              defaultValue={values.audience ?? ""}
              error={errors.audience}
            />
            <RadioGroup
              name="targetGroupFarFromLabourMarket"
              label={q.targetGroup}
              hint={q.targetGroupHint}
              options={yesNo}
              inline
              defaultValue={values.targetGroupFarFromLabourMarket ?? ""}
              error={errors.targetGroupFarFromLabourMarket}
            />
            <RadioGroup
              name="needMonetaryValue"
              label={q.monetary}
              hint={q.monetaryHint}
              options={yesNo}
              inline
              defaultValue={values.needMonetaryValue ?? ""}
              error={errors.needMonetaryValue}
            />
            <RadioGroup
              name="projectBased"
              label={q.projectBased}
              hint={q.projectBasedHint}
              options={yesNo}
              inline
              defaultValue={values.projectBased ?? ""}
              error={errors.projectBased}
            />
            <RadioGroup
              name="valuesFocus"
              label={q.valuesFocus}
              hint={q.valuesFocusHint}
              options={yesNo}
              inline
              defaultValue={values.valuesFocus ?? ""}
              error={errors.valuesFocus}
            />
            <SelectField
              name="previousMethod"
              label={q.previousMethod}
              hint={q.previousMethodHint}
              placeholder={q.notAnswered}
              options={[...METHODS, findMethod("snabbspar")!].map((m) => ({ value: m.key, label: m.name[locale] }))}
              defaultValue={values.previousMethod ?? ""}
              error={errors.previousMethod}
            />
            <SubmitButton pendingText={q.pending}>{q.submit}</SubmitButton>
          </FormStack>
        </Form>
      </div>
    </div>
  );
}
