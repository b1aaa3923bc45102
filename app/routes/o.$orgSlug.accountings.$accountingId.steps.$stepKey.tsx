import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BlockPanel } from "~/components/method-guide/block-panel";
import { ConflictView } from "~/components/method-guide/conflict-view";
import { toFormShape, type FormRow } from "~/components/method-guide/form-shape";
import { StepForm } from "~/components/method-guide/step-form";
import { Notice, PageHeader, ProgressSteps, SubmitButton, fieldId } from "~/components/ui";
import { findMethod, findStep, isBlockField, type MethodStep, type StepValues } from "~/domain/method-guide";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDateTime, formatTime } from "~/utils/format";
import { getDb } from "~db/index.server";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { readForm } from "~server/forms.server";
import { notFound, redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { loadBlocksState } from "~server/method-guide/blocks-filled.server";
import { editRows, rawStepValues } from "~server/method-guide/step-form.server";
import { loadStepBlocks } from "~server/method-guide/step-blocks.server";
import { loadAccountingProgress } from "~server/method-guide/progress.server";
import { discardDraft, loadStep, saveDraft, saveStep } from "~server/method-guide/step.server";
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
  const db = await getDb();
  const scope = { orgId: org.id, accountingId: accounting.id, userId: user.id };
  const [loaded, blocks, overview] = await Promise.all([
    loadStep(db, scope, step),
    loadStepBlocks(db, org.id, accounting.id, step, locale),
    loadAccountingProgress(db, org.id, accounting),
  ]);
  const source = loaded.draft ? loaded.draft.values : loaded.saved;
  return json({
    org: { slug: org.slug },
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

type ActionData =
  | { kind: "edit"; values: FormRow; baseVersion: number; nonce: string }
  | { kind: "invalid"; values: FormRow; baseVersion: number; errors: Record<string, string>; nonce: string }
  | { kind: "saved"; values: FormRow; baseVersion: number; missing: Record<string, string>; nonce: string }
  | {
      kind: "conflict";
      values: FormRow;
      baseVersion: number;
      theirs: { values: StepValues; by: string | null; at: string | null; version: number };
      yours: StepValues;
      nonce: string;
    }
  | { kind: "autosaved"; at: string };

const nonce = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t, locale } = await getI18n(request);
  const { step, index, keys } = stepOf(accounting.method, params.stepKey);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "save");
  const baseRaw = String(form.get("baseVersion") ?? "0");
  const baseVersion = /^\d{1,9}$/.test(baseRaw) ? Number(baseRaw) : 0;
  const raw = rawStepValues(form);
  const db = await getDb();
  const scope = { orgId: org.id, accountingId: accounting.id, userId: user.id };
  const base = `/o/${org.slug}/accountings/${accounting.id}`;
  const here = `${base}/steps/${step.key}`;

  if (intent === "autosave") {
    const { at } = await saveDraft(db, scope, step, raw, baseVersion, locale);
    return json<ActionData>({ kind: "autosaved", at: at.toISOString() });
  }
  if (intent === "discard-draft" || intent === "keep-theirs") {
    await discardDraft(db, scope, step);
    return redirectWithFlash(here, {
      kind: "info",
      message: intent === "keep-theirs" ? t.guide.step.keptTheirs : t.guide.step.draftDiscarded,
    });
  }
  if (intent.startsWith("add-row:") || intent.startsWith("remove-row:")) {
    // Without JavaScript the row buttons post here: change the rows, keep everything as a draft.
    const values = editRows(step, raw, intent, locale);
    await saveDraft(db, scope, step, values, baseVersion, locale);
    return json<ActionData>({ kind: "edit", values, baseVersion, nonce: nonce() });
  }

  const blocks = step.fields.some(isBlockField) ? await loadBlocksState(db, org.id, [accounting.id]) : undefined;
  const result = await saveStep(db, scope, step, raw, baseVersion, locale, {
    filled: blocks?.get(accounting.id)?.filled ?? {},
    message: t.guide.step.blockMissing,
  });
  if (result.kind === "invalid") {
    return json<ActionData>(
      { kind: "invalid", values: editRows(step, raw, "", locale), baseVersion, errors: result.errors, nonce: nonce() },
      { status: 400 },
    );
  }
  if (result.kind === "conflict") {
    return json<ActionData>(
      {
        kind: "conflict",
        values: editRows(step, raw, "", locale),
        baseVersion: result.theirs.version,
        theirs: { ...result.theirs, at: result.theirs.at ? result.theirs.at.toISOString() : null },
        yours: result.yours,
        nonce: nonce(),
      },
      { status: 409 },
    );
  }
  if (intent === "save-back") {
    const prev = keys[index - 1];
    return redirectWithFlash(prev ? `${base}/steps/${prev}` : base, { kind: "success", message: t.guide.step.saved });
  }
  if (intent === "save-continue" && result.done) {
    const next = keys[index + 1];
    return redirectWithFlash(next ? `${base}/steps/${next}` : base, {
      kind: "success",
      message: t.guide.step.savedDone,
    });
  }
  return json<ActionData>({
    kind: "saved",
    values: toFormShape(step, result.values, locale),
    baseVersion: result.version,
    missing: result.missing,
    nonce: nonce(),
  });
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
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const method = findMethod(data.accounting.method)!;
  const step = findStep(method, data.stepKey)!;
  const base = `/o/${data.org.slug}/accountings/${data.accounting.id}`;
  const formState = actionData && actionData.kind !== "autosaved" ? actionData : undefined;
  const values = formState ? formState.values : (data.values as FormRow);
  const baseVersion = formState ? formState.baseVersion : data.baseVersion;
  const serverErrors = formState?.kind === "invalid" ? formState.errors : {};
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
            to: `${base}/steps/${st.key}`,
            state: data.states[i] ?? "not-started",
            current: st.key === data.stepKey,
          }))}
        />
        <p className="mt-4">
          <Link to={base}>{t.guide.step.toOverview}</Link>
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
        {formState?.kind === "conflict" ? (
          <ConflictView step={step} locale={locale} t={t} theirs={formState.theirs} yours={formState.yours} />
        ) : null}
        {missing && Object.keys(missing).length > 0 ? (
          <Notice
            kind="warning"
            title={s.savedIncompleteTitle}
            className="mb-6"
            actions={
              <Link to={nextKey ? `${base}/steps/${nextKey}` : base} className="font-semibold">
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
              base={base}
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
