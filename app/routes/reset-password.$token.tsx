import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { FormStack, Notice, SubmitButton, TextField } from "~/components/ui";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { resetPasswordSchema } from "~/schemas/password";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { isResetLinkOpen, resetPassword } from "~server/accounts/password-reset.server";
import { createSession } from "~server/auth/session.server";
import { getI18n } from "~server/i18n.server";
import { done, formError, invalid, parseIntent } from "~server/mutation.server";

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle(matches, "resetPassword") },
  // The link carries a secret: keep it out of referrers and search indexes.
  { name: "referrer", content: "no-referrer" },
  { name: "robots", content: "noindex" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  return json({ open: await isResetLinkOpen(params.token ?? "") }, { headers: { "Cache-Control": "no-store" } });
}

/** A new password from the link: all sessions end, and this browser is signed in with a new one. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { t } = await getI18n(request);
  const input = await parseIntent(request, resetPasswordSchema(t), t);
  if (!input.ok) return input.response;
  const result = await resetPassword(params.token ?? "", input.value.newPassword, t);
  if (!result.ok) {
    if ("errors" in result) return invalid(result.errors, input.values);
    return formError(t.account.reset.invalid, input.values, 410);
  }
  const { cookie } = await createSession(result.userId);
  return done(paths.home(), { kind: "success", message: t.account.reset.done }, { "Set-Cookie": cookie });
}

export default function ResetPassword() {
  const t = useT();
  const { open } = useLoaderData<typeof loader>();
  const data = useActionData<ActionData>();
  if (!open && !data) {
    return (
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-3xl font-bold">{t.account.reset.invalidTitle}</h1>
        <Notice kind="warning">{t.account.reset.invalid}</Notice>
        <p>
          <Link to={paths.forgotPassword()} className="font-semibold">
            {t.account.reset.newLink}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.account.reset.title}</h1>
      <p className="mt-2 text-neutral-700">{t.account.reset.intro}</p>
      <div className="mt-6 space-y-6">
        <FormErrors errors={data?.errors} />
        <Form method="post" noValidate>
          <FormStack>
            <TextField
              name="newPassword"
              type="password"
              autoComplete="new-password"
              label={t.account.reset.newPassword}
              hint={t.account.password.hint}
              error={data?.errors.newPassword}
              required
            />
            <SubmitButton intent="reset" pendingText={t.account.reset.pending}>
              {t.account.reset.submit}
            </SubmitButton>
          </FormStack>
        </Form>
        {data?.errors._form ? (
          <p>
            <Link to={paths.forgotPassword()}>{t.account.reset.newLink}</Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
