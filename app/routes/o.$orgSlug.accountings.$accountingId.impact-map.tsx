import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { BlockBackLink } from "~/components/method-guide/block-page";
import { PageHeader } from "~/components/ui";
import { flattenValues, nestEntries } from "~/domain/value/form-data";
import { ImpactMapForm } from "~/components/value/impact-map-form";
import { emptySroiInput, emptySroiOutcome, normaliseSroiForm, type SroiFormValues } from "~/domain/value/sroi-model";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { formatDateTime } from "~/utils/format";
import { paths } from "~/utils/paths";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { getI18n } from "~server/i18n.server";
import { readReturnTo } from "~server/method-guide/return-to.server";
import { catalogueProxies, loadImpactMap, saveImpactMap } from "~server/value/impact-map.server";
import { pageTitle } from "~/i18n/page-title";
import { BaseVersion, conflict, done, invalid, parseIntent, RowIndex, withRowIntents } from "~server/mutation.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "impactMap") }];

/**
 * The impact map (värdekarta) of an accounting: the saved map as form values and the catalogue
 * proxies. Opened from an SROI step (`?returnTo=steps/<key>`), it links back to that step.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { locale } = await getI18n(request);
  const state = await loadImpactMap({ orgId: org.id, accountingId: accounting.id, locale });
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id, title: accounting.title },
    state,
    proxies: await catalogueProxies(locale),
    canEdit: can(role, "edit"),
    returnTo: readReturnTo(request),
  });
}

/**
 * Save the map, or, for browsers without JavaScript, add or remove a row and show the form again
 * without saving (the row buttons post `remove-outcome:2` …).
 */
const Intent = withRowIntents(
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("save"), baseVersion: BaseVersion }),
    z.object({ intent: z.literal("add-input"), baseVersion: BaseVersion }),
    z.object({ intent: z.literal("add-outcome"), baseVersion: BaseVersion }),
    z.object({ intent: z.literal("remove-input"), index: RowIndex, baseVersion: BaseVersion }),
    z.object({ intent: z.literal("remove-outcome"), index: RowIndex, baseVersion: BaseVersion }),
  ]),
);

/** Beside the kit's shape: the map as the form holds it, and the version the form continues from. */
type Data = ActionData<{ posted: SroiFormValues; version: number }>;

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t, locale } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  const raw = nestEntries([...input.form.entries()].filter(([k]) => k !== "intent" && k !== "baseVersion"));
  /** The form again, unsaved, with a row more or less. */
  const reshaped = (change: (values: SroiFormValues) => void) => {
    const values = normaliseSroiForm(raw);
    change(values);
    return json<Data>({ values: flattenValues(values), errors: {}, posted: values, version: value.baseVersion });
  };
  switch (value.intent) {
    case "add-input":
      return reshaped((v) => v.inputs.push(emptySroiInput()));
    case "add-outcome":
      return reshaped((v) => v.outcomes.push(emptySroiOutcome(v.outcomes[v.outcomes.length - 1]?.stakeholder ?? "")));
    case "remove-input":
      return reshaped((v) => void (v.inputs.length > 1 && v.inputs.splice(value.index, 1)));
    case "remove-outcome":
      return reshaped((v) => void (v.outcomes.length > 1 && v.outcomes.splice(value.index, 1)));
    case "save": {
      const result = await saveImpactMap({
        orgId: org.id,
        accountingId: accounting.id,
        userId: user.id,
        raw,
        baseVersion: value.baseVersion,
        locale,
        t,
      });
      // Back to the map, keeping the way back to the step it was opened from.
      if (result.ok)
        return done(paths.impactMap(org, accounting, { returnTo: readReturnTo(request) }), {
          kind: "success",
          message: t.value.common.saved,
        });
      const extra = { posted: result.values, version: value.baseVersion };
      if (result.status === 409)
        return conflict(result.conflict, flattenValues(result.values), { ...extra, version: result.conflict.version });
      return invalid(result.errors, flattenValues(result.values), extra);
    }
    default:
      return value satisfies never;
  }
}

export default function ImpactMapPage() {
  const t = useT();
  const locale = useLocale();
  const { org, accounting, state, proxies, canEdit, returnTo } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as Data | undefined;
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
      <BlockBackLink base={paths.accounting(org, accounting)} returnTo={returnTo} t={t} />
      <ImpactMapForm
        key={key}
        initial={data?.posted ?? (state.values as SroiFormValues)}
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
