import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { DescriptionList, FormStack, PageHeader, Section, SubmitButton, TextField } from "~/components/ui";
import { z } from "zod";
import type { Messages } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { changePasswordSchema } from "~/schemas/account";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { changePassword } from "~server/accounts/change-password.server";
import { currentSessionHash, requireUser } from "~server/auth/session.server";
import { getI18n } from "~server/i18n.server";
import { done, invalid, parseIntent } from "~server/mutation.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "settings") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ user: { name: user.name, email: user.email } });
}

const intents = (t: Messages) =>
  z.discriminatedUnion("intent", [changePasswordSchema(t).extend({ intent: z.literal("password") })]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getI18n(request);
  const input = await parseIntent(request, intents(t), t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "password": {
      const result = await changePassword(user.id, (await currentSessionHash(request)) ?? "", input.value, t);
      if (!result.ok) return invalid(result.errors, input.values);
      return done(paths.settings(), { kind: "success", message: t.auth.settings.changed });
    }
  }
}

export default function Settings() {
  const t = useT();
  const { user } = useLoaderData<typeof loader>();
  const data = useActionData<ActionData>();
  const errors = data?.errors ?? {};
  return (
    <div className="max-w-2xl space-y-8">
      <PageHeader title={t.auth.settings.title} />
      <Section title={t.auth.settings.accountSection}>
        <DescriptionList
          items={[
            { label: t.auth.signup.name, value: user.name },
            { label: t.auth.signup.email, value: user.email },
          ]}
        />
      </Section>
      <Section title={t.auth.settings.passwordSection}>
        <FormErrors errors={errors} />
        <Form method="post" noValidate className="mt-4">
          <FormStack>
            <TextField
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              label={t.auth.settings.currentPassword}
              error={errors.currentPassword}
              required
            />
            <TextField
              name="newPassword"
              type="password"
              autoComplete="new-password"
              label={t.auth.settings.newPassword}
              hint={t.auth.settings.newPasswordHint}
              error={errors.newPassword}
              required
            />
            <SubmitButton intent="password">{t.auth.settings.submit}</SubmitButton>
          </FormStack>
        </Form>
      </Section>
      <Section title={t.reports.tokens.title} description={t.reports.tokens.settingsText}>
        <Link to={paths.settingsTokens()} className="font-semibold">
          {t.reports.tokens.settingsLink}
        </Link>
      </Section>
    </div>
  );
}
