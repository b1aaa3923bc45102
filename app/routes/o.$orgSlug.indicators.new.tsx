import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { IndicatorFormFields } from "~/components/indicators/indicator-form";
import { PageHeader, SubmitButton } from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { useT } from "~/i18n/use-t";
import { requireMembership } from "~server/auth/membership.server";
import { formValues, readForm } from "~server/forms.server";
import { redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { saveOwnIndicator } from "~server/indicators/catalogue.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "newIndicator") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMembership(request, params.orgSlug, { kinds: ["association"], roles: rolesFor("edit") });
  return json({ ok: true });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user } = await requireMembership(request, params.orgSlug, {
    kinds: ["association"],
    roles: rolesFor("edit"),
  });
  const { t, locale } = await getI18n(request);
  const form = await readForm(request);
  const result = await saveOwnIndicator(org.id, user.id, form, locale, t);
  if (!result?.ok) {
    return json(
      { errors: result?.errors ?? {}, values: { ...formValues(form), sectors: form.getAll("sectors").map(String) } },
      { status: 400 },
    );
  }
  return redirectWithFlash(`/o/${org.slug}/indicators/${result.id}`, {
    kind: "success",
    message: t.indicators.definition.created,
  });
}

export default function NewOwnIndicator() {
  const t = useT();
  const data = useActionData<typeof action>();
  const m = t.indicators.definition;
  return (
    <div className="max-w-3xl">
      <PageHeader title={m.newTitle} description={m.newIntro} />
      <FormErrors errors={data?.errors} />
      <Form method="post" noValidate className="mt-6 space-y-8">
        <IndicatorFormFields values={data?.values ?? {}} errors={data?.errors ?? {}} showCode />
        <SubmitButton intent="save">{m.saveNew}</SubmitButton>
      </Form>
    </div>
  );
}
