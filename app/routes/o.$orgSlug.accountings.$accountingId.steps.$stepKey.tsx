import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { BlockPanel } from "~/components/method-guide/block-panel";
import { toFormShape, type FormRow } from "~/domain/method-guide/form-shape";
import { StepForm } from "~/components/method-guide/step-form";
import { ActionNotices } from "~/components/mutation";
import { Notice, PageHeader, ProgressSteps, SubmitButton, fieldId } from "~/components/ui";
import { findMethod, findStep, type MethodStep } from "~/domain/method-guide";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { formatDateTime, formatTime } from "~/utils/format";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { FORM_ERROR, type FieldErrors } from "~/utils/validation";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { notFound } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { BaseVersion, conflict, done, invalid, parseIntent } from "~server/mutation.server";
import { loadStepPage } from "~server/method-guide/pages.server";
import { editRows, rawStepValues, stepConflict } from "~server/method-guide/step-form.server";
import { discardStepDraft, keepStepDraft, saveStepForm } from "~server/method-guide/step.server";
import { namedPageTitle } from "~/i18n/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: namedPageTitle(matches, data && `${data.stepTitle} – ${data.accounting.title}`, "step") },
];

function stepOf(methodKey: string, stepKey: string | undefined): { step: MethodStep; index: number; keys: string[] } {
  const method = findMethod(methodKey);
  const step = method && stepKey ? findStep(method, stepKey) : undefined;
  if (!method || !step) notFound();
  return { step, index: method.steps.indexOf(step), keys: method.steps.map((s) => s.key) };
}

/** One step of the accounting's method as a form, with the steps beside it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, user, accounting } = await requireAccounting(request, params);
  const { locale } = await getI18n(request);
  const { step, index, keys } = stepOf(accounting.method, params.stepKey);
  const scope = { orgId: org.id, accountingId: accounting.id, userId: user.id };
  const { loaded, blocks, overview } = await loadStepPage(scope, accounting, step, locale);
  const source = loaded.draft ? loaded.draft.values : loaded.saved;
  return json({
    accounting: { id: accounting.id, title: accounting.title, method: accounting.method },
    stepKey: step.key,
    stepTitle: step.title[locale],
    index,
    keys,
    canEdit: can(role, "edit"),
    values: toFormShape(step, source, locale),
    baseVersion: loaded.draft ? loaded.draft.baseVersion : loaded.version,
    draftAt: loaded.draft ? loaded.draft.at.toISOString() : null,
    saved: loaded.savedAt ? { by: loaded.savedBy, at: loaded.savedAt.toISOString() } : null,
    states: overview.progress?.steps.map((s) => s.state) ?? [],
    blocks,
  });
}

/**
 * What the step action sends back besides the kit's `values`/`errors`/`conflict`: `shape` is the
 * form as typed (nested rows) to show again, `baseVersion` the version the next save is based on.
 */
type StepState =
  | { kind: "edit" | "invalid" | "conflict"; shape: FormRow; baseVersion: number; nonce: string }
  | { kind: "saved"; shape: FormRow; baseVersion: number; missing: Record<string, string>; nonce: string }
  | { kind: "autosaved"; at: string };
type StepActionData = ActionData<StepState>;

const nonce = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Without JavaScript the row buttons post `add-row:<list>` and `remove-row:<list>:<index>`; they
 * are read as the intent and the row they name.
 */
function splitRowIntent(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const intent = (raw as { intent?: unknown }).intent;
  const match = typeof intent === "string" ? /^(add-row|remove-row):(.+)$/.exec(intent) : null;
  return match ? { ...raw, intent: match[1], row: match[2] } : raw;
}

const versioned = { baseVersion: BaseVersion };
const Intent = z.preprocess(
  splitRowIntent,
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("save"), ...versioned }),
    z.object({ intent: z.literal("save-continue"), ...versioned }),
    z.object({ intent: z.literal("save-back"), ...versioned }),
    z.object({ intent: z.literal("autosave"), ...versioned }),
    z.object({ intent: z.literal("discard-draft") }),
    z.object({ intent: z.literal("keep-theirs") }),
    z.object({ intent: z.literal("add-row"), row: z.string(), ...versioned }),
    z.object({ intent: z.literal("remove-row"), row: z.string(), ...versioned }),
  ]),
);

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t, locale } = await getI18n(request);
  const { step, index, keys } = stepOf(accounting.method, params.stepKey);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  const raw = rawStepValues(input.form);
  const scope = { orgId: org.id, accountingId: accounting.id, userId: user.id };
  const here = paths.step(org, accounting, step.key);
  const typed = input.values;

  switch (value.intent) {
    case "autosave": {
      const { at } = await keepStepDraft(scope, step, raw, value.baseVersion, locale);
      return json({ values: {}, errors: {}, kind: "autosaved", at: at.toISOString() } satisfies StepActionData);
    }
    case "discard-draft":
    case "keep-theirs":
      await discardStepDraft(scope, step);
      return done(here, {
        kind: "info",
        message: value.intent === "keep-theirs" ? t.guide.step.keptTheirs : t.guide.step.draftDiscarded,
      });
    case "add-row":
    case "remove-row": {
      // Without JavaScript the row buttons post here: change the rows, keep everything as a draft.
      const shape = editRows(step, raw, `${value.intent}:${value.row}`, locale);
      await keepStepDraft(scope, step, shape, value.baseVersion, locale);
      return json({
        values: typed,
        errors: {},
        kind: "edit",
        shape,
        baseVersion: value.baseVersion,
        nonce: nonce(),
      } satisfies StepActionData);
    }
    case "save":
    case "save-continue":
    case "save-back": {
      const result = await saveStepForm(scope, accounting, step, raw, value.baseVersion, locale, t);
      if (result.kind === "invalid") {
        const shape = editRows(step, raw, "", locale);
        return invalid(result.errors, typed, {
          kind: "invalid",
          shape,
          baseVersion: value.baseVersion,
          nonce: nonce(),
        });
      }
      if (result.kind === "conflict") {
        const shape = editRows(step, raw, "", locale);
        return conflict(stepConflict(step, result.theirs, result.yours, locale, t), typed, {
          kind: "conflict",
          shape,
          baseVersion: result.theirs.version,
          nonce: nonce(),
        });
      }
      if (value.intent === "save-back") {
        const prev = keys[index - 1];
        return done(prev ? paths.step(org, accounting, prev) : paths.accounting(org, accounting), {
          kind: "success",
          message: t.guide.step.saved,
        });
      }
      if (value.intent === "save-continue" && result.done) {
        const next = keys[index + 1];
        return done(next ? paths.step(org, accounting, next) : paths.accounting(org, accounting), {
          kind: "success",
          message: t.guide.step.savedDone,
        });
      }
      return json({
        values: typed,
        errors: {},
        kind: "saved",
        shape: toFormShape(step, result.values, locale),
        baseVersion: result.version,
        missing: result.missing,
        nonce: nonce(),
      } satisfies StepActionData);
    }
  }
}

/** Autosave posts do not need the page's data reloaded. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) => {
  if (formData?.get("intent") === "autosave") return false;
  return defaultShouldRevalidate;
};

export default function StepPage() {
  const t = useT();
  const locale = useLocale();
  const s = t.guide.step;
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<StepActionData>();
  const org = useOrgLayout()!.org;
  const method = findMethod(data.accounting.method)!;
  const step = findStep(method, data.stepKey)!;
  const overview = paths.accounting(org, data.accounting);
  const formState = actionData && "kind" in actionData && actionData.kind !== "autosaved" ? actionData : undefined;
  const values = formState ? formState.shape : (data.values as FormRow);
  const baseVersion = formState ? formState.baseVersion : data.baseVersion;
  // Field errors are shown by the step form's own summary; a message about the whole form here.
  const { [FORM_ERROR]: formMessage, ...serverErrors } = actionData?.errors ?? {};
  const formLevel: FieldErrors = formMessage ? { [FORM_ERROR]: formMessage } : {};
  const notices = actionData ? { ...actionData, errors: formLevel } : undefined;
  const missing = formState?.kind === "saved" ? formState.missing : null;
  const nextKey = data.keys[data.index + 1];
  const formKey = `${data.stepKey}:${formState?.nonce ?? `loader-${data.baseVersion}`}`;

  return (
    <div className="grid gap-10 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="order-2 lg:order-1">
        <ProgressSteps
          label={t.guide.overview.stepsNav}
          stateLabels={t.guide.overview.states}
          steps={method.steps.map((st, i) => ({
            label: st.title[locale],
            to: paths.step(org, data.accounting, st.key),
            state: data.states[i] ?? "not-started",
            current: st.key === data.stepKey,
          }))}
        />
        <p className="mt-4">
          <Link to={overview}>{t.guide.step.toOverview}</Link>
        </p>
      </aside>
      <div className="order-1 min-w-0 lg:order-2">
        <PageHeader
          caption={s.caption(data.index + 1, data.keys.length, method.name[locale])}
          title={step.title[locale]}
          description={step.help[locale]}
        />
        {!data.canEdit ? (
          <Notice kind="info" role="none" className="mb-6">
            {s.readOnly}
          </Notice>
        ) : null}
        <ActionNotices data={notices} cancelTo={paths.step(org, data.accounting, data.stepKey)} />
        {missing && Object.keys(missing).length > 0 ? (
          <Notice
            kind="warning"
            title={s.savedIncompleteTitle}
            className="mb-6"
            actions={
              <Link to={nextKey ? paths.step(org, data.accounting, nextKey) : overview} className="font-semibold">
                {nextKey ? s.continueAnyway : s.toOverview}
              </Link>
            }
          >
            <p>{s.savedIncompleteText}</p>
            <ul className="list-disc pl-5">
              {Object.entries(missing).map(([path, message]) => (
                <li key={path}>
                  <a href={`#${fieldId(path)}`}>{message}</a>
                </li>
              ))}
            </ul>
          </Notice>
        ) : missing ? (
          <Notice kind="success" className="mb-6">
            {s.savedDone}
          </Notice>
        ) : null}
        {data.draftAt && !formState ? (
          <div className="mb-6 flex flex-wrap items-center gap-3 text-neutral-700" data-testid="draft-notice">
            <p>{s.draftRestored(formatTime(data.draftAt, locale))}</p>
            {data.canEdit ? (
              <Form method="post">
                <input type="hidden" name="baseVersion" value={String(data.baseVersion)} />
                <SubmitButton intent="discard-draft" variant="link">
                  {s.discardDraft}
                </SubmitButton>
              </Form>
            ) : null}
          </div>
        ) : null}
        {data.saved && data.saved.by ? (
          <p className="mb-6 text-sm text-neutral-600">
            {s.lastSaved(data.saved.by, formatDateTime(data.saved.at, locale))}
          </p>
        ) : null}
        <StepForm
          key={formKey}
          step={step}
          locale={locale}
          t={t}
          defaults={values}
          baseVersion={baseVersion}
          serverErrors={serverErrors}
          canEdit={data.canEdit}
          draftAt={data.draftAt}
          isFirst={data.index === 0}
          isLast={data.index === data.keys.length - 1}
          renderBlock={(field) => (
            <BlockPanel
              field={field}
              preview={data.blocks}
              accounting={data.accounting}
              stepKey={data.stepKey}
              canEdit={data.canEdit}
              t={t}
              locale={locale}
            />
          )}
        />
      </div>
    </div>
  );
}
