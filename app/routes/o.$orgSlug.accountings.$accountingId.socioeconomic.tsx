import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/ui";
import { nestEntries } from "~/domain/value/form-data";
import { SocioeconomicForm } from "~/components/value/socioeconomic-form";
import {
  emptySocioGroup,
  emptySocioItem,
  normaliseSocioForm,
  type SocioFormValues,
} from "~/domain/value/socioeconomic-model";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDateTime } from "~/utils/format";
import { getDb } from "~db/index.server";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { readForm } from "~server/forms.server";
import { redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { loadSocioeconomic, saveSocioeconomicAccount } from "~server/value/socioeconomic.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "socioeconomic") }];

/** The socio-economic account (samhällsekonomisk kalkyl) of an accounting, method guide §6. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { locale } = await getI18n(request);
  const state = await loadSocioeconomic(await getDb(), org.id, accounting.id, locale);
  return json({ accounting: { title: accounting.title }, state, canEdit: can(role, "edit") });
}

type ActionData = {
  values: SocioFormValues;
  errors: Record<string, string>;
  version: number;
  conflict?: { message: string; differences: { path: string; yours: string; theirs: string }[] };
};

/** Saves (intent "save"); without JavaScript also adds or removes typical cases and items. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t, locale } = await getI18n(request);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "save");
  const baseVersion = Math.max(0, Number.parseInt(String(form.get("baseVersion") ?? "0"), 10) || 0);
  const raw = nestEntries([...form.entries()].filter(([k]) => k !== "intent" && k !== "baseVersion"));

  if (intent !== "save") {
    const values = normaliseSocioForm(raw);
    const [verb, a, b] = intent.split(":");
    const group = values.groups[Number(a)];
    if (verb === "add-group") values.groups.push(emptySocioGroup());
    if (verb === "remove-group" && values.groups.length > 1) values.groups.splice(Number(a), 1);
    if (verb === "add-item" && group) group.items.push(emptySocioItem());
    if (verb === "remove-item" && group) group.items.splice(Number(b), 1);
    return json<ActionData>({ values, errors: {}, version: baseVersion });
  }

  const result = await saveSocioeconomicAccount(await getDb(), {
    orgId: org.id,
    accountingId: accounting.id,
    userId: user.id,
    raw,
    baseVersion,
    locale,
    t,
  });
  if (result.ok)
    return redirectWithFlash(new URL(request.url).pathname, { kind: "success", message: t.value.common.saved });
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

export default function SocioeconomicPage() {
  const t = useT();
  const locale = useLocale();
  const { accounting, state, canEdit } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const savedLine = state.updatedAt
    ? state.updatedByName
      ? t.value.common.savedAt(formatDateTime(state.updatedAt, locale), state.updatedByName)
      : t.value.common.savedAtNoName(formatDateTime(state.updatedAt, locale))
    : t.value.common.notSaved;
  return (
    <div className="space-y-8">
      <PageHeader title={t.value.socio.title} caption={accounting.title} description={t.value.socio.intro} />
      <SocioeconomicForm
        key={data ? "posted" : `saved-${state.version}`}
        initial={data?.values ?? (state.values as SocioFormValues)}
        baseVersion={data?.version ?? state.version}
        canEdit={canEdit}
        serverErrors={data?.errors ?? {}}
        conflict={data?.conflict ?? null}
        savedLine={savedLine}
      />
    </div>
  );
}
