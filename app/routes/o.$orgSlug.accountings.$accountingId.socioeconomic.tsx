import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { PageHeader } from "~/components/ui";
import { flattenValues, nestEntries } from "~/domain/value/form-data";
import { SocioeconomicForm } from "~/components/value/socioeconomic-form";
import {
  emptySocioGroup,
  emptySocioItem,
  normaliseSocioForm,
  type SocioFormValues,
} from "~/domain/value/socioeconomic-model";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { formatDateTime } from "~/utils/format";
import { paths } from "~/utils/paths";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { getI18n } from "~server/i18n.server";
import { loadSocioeconomic, saveSocioeconomicAccount } from "~server/value/socioeconomic.server";
import { pageTitle } from "~/i18n/page-title";
import { BaseVersion, conflict, done, invalid, parseIntent, RowIndex, withRowIntents } from "~server/mutation.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "socioeconomic") }];

/** The socio-economic account (samhällsekonomisk kalkyl) of an accounting, method guide §6. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { locale } = await getI18n(request);
  const state = await loadSocioeconomic({ orgId: org.id, accountingId: accounting.id, locale });
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id, title: accounting.title },
    state,
    canEdit: can(role, "edit"),
  });
}

/**
 * Save the account, or, for browsers without JavaScript, add or remove a typical case or an item
 * and show the form again without saving (the row buttons post `remove-item:0:2` …).
 */
const Intent = withRowIntents(
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("save"), baseVersion: BaseVersion }),
    z.object({ intent: z.literal("add-group"), baseVersion: BaseVersion }),
    z.object({ intent: z.literal("remove-group"), index: RowIndex, baseVersion: BaseVersion }),
    z.object({ intent: z.literal("add-item"), index: RowIndex, baseVersion: BaseVersion }),
    z.object({ intent: z.literal("remove-item"), index: RowIndex, subIndex: RowIndex, baseVersion: BaseVersion }),
  ]),
);

/** Beside the kit's shape: the account as the form holds it, and the version the form continues from. */
type Data = ActionData<{ posted: SocioFormValues; version: number }>;

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t, locale } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  const raw = nestEntries([...input.form.entries()].filter(([k]) => k !== "intent" && k !== "baseVersion"));
  /** The form again, unsaved, with a case or item more or less. */
  const reshaped = (change: (values: SocioFormValues) => void) => {
    const values = normaliseSocioForm(raw);
    change(values);
    return json<Data>({ values: flattenValues(values), errors: {}, posted: values, version: value.baseVersion });
  };
  switch (value.intent) {
    case "add-group":
      return reshaped((v) => v.groups.push(emptySocioGroup()));
    case "remove-group":
      return reshaped((v) => void (v.groups.length > 1 && v.groups.splice(value.index, 1)));
    case "add-item":
      return reshaped((v) => v.groups[value.index]?.items.push(emptySocioItem()));
    case "remove-item":
      return reshaped((v) => v.groups[value.index]?.items.splice(value.subIndex, 1));
    case "save": {
      const result = await saveSocioeconomicAccount({
        orgId: org.id,
        accountingId: accounting.id,
        userId: user.id,
        raw,
        baseVersion: value.baseVersion,
        locale,
        t,
      });
      if (result.ok)
        return done(paths.socioeconomic(org, accounting), { kind: "success", message: t.value.common.saved });
      const extra = { posted: result.values, version: value.baseVersion };
      if (result.status === 409)
        return conflict(result.conflict, flattenValues(result.values), { ...extra, version: result.conflict.version });
      return invalid(result.errors, flattenValues(result.values), extra);
    }
    default:
      return value satisfies never;
  }
}

export default function SocioeconomicPage() {
  const t = useT();
  const locale = useLocale();
  const { accounting, state, canEdit } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as Data | undefined;
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
        initial={data?.posted ?? (state.values as SocioFormValues)}
        baseVersion={data?.version ?? state.version}
        canEdit={canEdit}
        serverErrors={data?.errors ?? {}}
        conflict={data?.conflict ?? null}
        savedLine={savedLine}
      />
    </div>
  );
}
