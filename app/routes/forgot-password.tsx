import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { FormStack, SubmitButton, TextField } from "~/components/ui";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { forgotPasswordSchema } from "~/schemas/password";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { requestPasswordReset } from "~server/accounts/password-reset.server";
import { getUserId } from "~server/auth/session.server";
import { gateResetRequest } from "~server/auth/throttle.server";
import { clientIp } from "~server/client-address.server";
import { getI18n } from "~server/i18n.server";
import { done, formError, parseIntent } from "~server/mutation.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "forgotPassword") }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUserId(request)) throw redirect(paths.home());
  return null;
}

/** The same answer whether or not the address has an account. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { t, locale } = await getI18n(request);
  const input = await parseIntent(request, forgotPasswordSchema(t), t);
  if (!input.ok) return input.response;
  const gate = await gateResetRequest(input.value.email, clientIp(context));
  if (!gate.allowed) return formError(t.account.throttle.reset, input.values, 429);
  if (gate.send) await requestPasswordReset(input.value.email, locale);
  return done(paths.forgotPassword(), { kind: "info", message: t.account.forgot.sent });
}

export default function ForgotPassword() {
  const t = useT();
  const data = useActionData<ActionData>();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.account.forgot.title}</h1>
      <p className="mt-2 text-neutral-700">{t.account.forgot.intro}</p>
      <div className="mt-6 space-y-6">
        <FormErrors errors={data?.errors} />
        <Form method="post" noValidate>
          <FormStack>
            <TextField
              name="email"
              type="email"
              autoComplete="email"
              label={t.account.forgot.email}
              defaultValue={data?.values.email}
              error={data?.errors.email}
              required
            />
            <SubmitButton intent="request" pendingText={t.account.forgot.pending}>
              {t.account.forgot.submit}
            </SubmitButton>
          </FormStack>
        </Form>
        <p>
          <Link to={paths.login()}>{t.account.forgot.back}</Link>
        </p>
      </div>
    </div>
  );
}
