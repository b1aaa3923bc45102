import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BlockBackLink } from "~/components/method-guide/block-page";
import { PageHeader } from "~/components/ui";
import { nestEntries } from "~/domain/value/form-data";
import { ImpactMapForm } from "~/components/value/impact-map-form";
import { emptySroiInput, emptySroiOutcome, normaliseSroiForm, type SroiFormValues } from "~/domain/value/sroi-model";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDateTime } from "~/utils/format";
import { getDb } from "~db/index.server";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { readForm } from "~server/forms.server";
import { redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { readReturnTo } from "~server/method-guide/return-to.server";
import { catalogueProxies, loadImpactMap, saveImpactMap } from "~server/value/impact-map.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "impactMap") }];

/**
 * The impact map (värdekarta) of an accounting: the saved map as form values and the catalogue
 * proxies. Opened from an SROI step (`?returnTo=steps/<key>`), it links back to that step.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { locale } = await getI18n(request);
  const db = await getDb();
  const state = await loadImpactMap(db, org.id, accounting.id, locale);
  return json({
    base: `/o/${org.slug}/accountings/${accounting.id}`,
    accounting: { title: accounting.title },
    state,
    proxies: await catalogueProxies(db, locale),
    canEdit: can(role, "edit"),
    returnTo: readReturnTo(request),
  });
}

type ActionData = {
  values: SroiFormValues;
  errors: Record<string, string>;
  version: number;
  conflict?: { message: string; differences: { path: string; yours: string; theirs: string }[] };
};

/**
 * Saves the map (intent "save"), or, for browsers without JavaScript, adds or removes a row and
 * shows the form again without saving.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t, locale } = await getI18n(request);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "save");
  const baseVersion = Math.max(0, Number.parseInt(String(form.get("baseVersion") ?? "0"), 10) || 0);
  const raw = nestEntries([...form.entries()].filter(([k]) => k !== "intent" && k !== "baseVersion"));

  if (intent !== "save") {
    const values = normaliseSroiForm(raw);
    const [verb, index] = intent.split(":");
    const at = Number(index);
    if (verb === "add-input") values.inputs.push(emptySroiInput());
    if (verb === "add-outcome")
      values.outcomes.push(emptySroiOutcome(values.outcomes[values.outcomes.length - 1]?.stakeholder ?? ""));
    if (verb === "remove-input" && values.inputs.length > 1) values.inputs.splice(at, 1);
    if (verb === "remove-outcome" && values.outcomes.length > 1) values.outcomes.splice(at, 1);
    return json<ActionData>({ values, errors: {}, version: baseVersion });
  }

  const result = await saveImpactMap(await getDb(), {
    orgId: org.id,
    accountingId: accounting.id,
    userId: user.id,
    raw,
    baseVersion,
    locale,
    t,
  });
  if (result.ok) {
    // Back to the map, keeping the way back to the step it was opened from.
    const returnTo = readReturnTo(request);
    const here = new URL(request.url).pathname + (returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : "");
    return redirectWithFlash(here, { kind: "success", message: t.value.common.saved });
  }
  if (result.status === 409) {
    return json<ActionData>(
      {
        values: result.values,
        errors: result.errors,
        version: result.conflict.version,
        conflict: { message: result.errors._form ?? "", differences: result.conflict.differences },
      },
      { status: 409 },
    );
  }
  return json<ActionData>({ values: result.values, errors: result.errors, version: baseVersion }, { status: 400 });
}

export default function ImpactMapPage() {
  const t = useT();
  const locale = useLocale();
  const { base, accounting, state, proxies, canEdit, returnTo } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const savedLine = state.updatedAt
    ? state.updatedByName
      ? t.value.common.savedAt(formatDateTime(state.updatedAt, locale), state.updatedByName)
      : t.value.common.savedAtNoName(formatDateTime(state.updatedAt, locale))
    : t.value.common.notSaved;
  // After a save the form starts again from the saved values; after a refused post it keeps the user's.
  const key = data ? "posted" : `saved-${state.version}`;
  return (
    <div className="space-y-8">
      <PageHeader title={t.value.sroi.title} caption={accounting.title} description={t.value.sroi.intro} />
      <BlockBackLink base={base} returnTo={returnTo} t={t} />
      <ImpactMapForm
        key={key}
        initial={data?.values ?? (state.values as SroiFormValues)}
        baseVersion={data?.version ?? state.version}
        proxies={proxies}
        canEdit={canEdit}
        serverErrors={data?.errors ?? {}}
        conflict={data?.conflict ?? null}
        savedLine={savedLine}
      />
    </div>
  );
}
