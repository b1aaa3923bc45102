import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { IndicatorFormFields } from "~/components/indicators/indicator-form";
import { PageHeader, SubmitButton } from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { useT } from "~/i18n/use-t";
import { requireMembership } from "~server/auth/membership.server";
import { getI18n } from "~server/i18n.server";
import { saveOwnIndicator } from "~server/indicators/catalogue.server";
import { pageTitle } from "~/i18n/page-title";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { done, invalid, parseIntent } from "~server/mutation.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "newIndicator") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org } = await requireMembership(request, params.orgSlug, { kinds: ["association"], roles: rolesFor("edit") });
  return json({ org: { slug: org.slug } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user } = await requireMembership(request, params.orgSlug, {
    kinds: ["association"],
    roles: rolesFor("edit"),
  });
  const { t, locale } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "save": {
      const form = input.form;
      const result = await saveOwnIndicator(org.id, user.id, form, locale, t);
      if (!result?.ok)
        return invalid(result?.errors ?? {}, input.values, { sectors: form.getAll("sectors").map(String) });
      return done(paths.catalogueIndicator(org, result), { kind: "success", message: t.indicators.definition.created });
    }
    default:
      return input.value.intent satisfies never;
  }
}

/** The page's one form saves the new indicator. */
const Intent = z.discriminatedUnion("intent", [z.object({ intent: z.literal("save") })]);

export default function NewOwnIndicator() {
  const t = useT();
  const { org } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData<{ sectors?: string[] }> | undefined;
  const m = t.indicators.definition;
  return (
    <div className="max-w-3xl">
      <PageHeader title={m.newTitle} description={m.newIntro} />
      <ActionNotices data={data} cancelTo={paths.newIndicator(org)} />
      <Form method="post" noValidate className="mt-6 space-y-8">
        <IndicatorFormFields
          values={data ? { ...data.values, sectors: data.sectors ?? [] } : {}}
          errors={data?.errors ?? {}}
          showCode
        />
        <SubmitButton intent="save">{m.saveNew}</SubmitButton>
      </Form>
    </div>
  );
}
