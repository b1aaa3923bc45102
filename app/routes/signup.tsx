import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { FormStack, SubmitButton, TextField } from "~/components/ui";
import { z } from "zod";
import type { Messages } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { signupSchema } from "~/schemas/account";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { signUp } from "~server/accounts/sign-up.server";
import { flashHeader } from "~server/auth/cookies.server";
import { createSession, decoySessionCookie, getUserId } from "~server/auth/session.server";
import { allowSignUp } from "~server/auth/throttle.server";
import { clientIp } from "~server/client-address.server";
import { safeRedirect } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { formError, invalid, parseIntent } from "~server/mutation.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "signup") }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUserId(request)) throw redirect(paths.home());
  return null;
}

const intents = (t: Messages) => signupSchema(t).extend({ intent: z.literal("signup").default("signup") });

export async function action({ request, context }: ActionFunctionArgs) {
  const { t, locale } = await getI18n(request);
  const input = await parseIntent(request, intents(t), t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "signup": {
      if (!(await allowSignUp(clientIp(context)))) return formError(t.account.throttle.signUp, input.values, 429);
      const result = await signUp(input.value, locale, t);
      if (!result.ok) return invalid(result.errors, input.values);
      // An address that already has an account gets the same answer (its owner gets a mail instead).
      const cookie = "userId" in result ? (await createSession(result.userId)).cookie : await decoySessionCookie();
      const headers = new Headers();
      headers.append("Set-Cookie", cookie);
      headers.append("Set-Cookie", await flashHeader({ kind: "success", message: t.auth.signup.created }));
      return redirect(safeRedirect(input.value.redirectTo), { headers });
    }
  }
}

export default function Signup() {
  const t = useT();
  const data = useActionData<ActionData>();
  const [params] = useSearchParams();
  const errors = data?.errors ?? {};
  const values = data?.values ?? {};
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.auth.signup.title}</h1>
      <p className="mt-2 text-neutral-700">{t.auth.signup.intro}</p>
      <div className="mt-6 space-y-6">
        <FormErrors errors={errors} />
        <Form method="post" noValidate>
          <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? values.redirectTo ?? "/"} />
          <FormStack>
            <TextField
              name="name"
              autoComplete="name"
              label={t.auth.signup.name}
              hint={t.auth.signup.nameHint}
              defaultValue={values.name}
              error={errors.name}
              required
            />
            <TextField
              name="email"
              type="email"
              autoComplete="email"
              label={t.auth.signup.email}
              hint={t.auth.signup.emailHint}
              defaultValue={values.email}
              error={errors.email}
              required
            />
            <TextField
              name="password"
              type="password"
              autoComplete="new-password"
              label={t.auth.signup.password}
              hint={t.auth.signup.passwordHint}
              error={errors.password}
              required
            />
            <SubmitButton intent="signup" pendingText={t.auth.signup.pending}>
              {t.auth.signup.submit}
            </SubmitButton>
          </FormStack>
        </Form>
        <p>
          {t.auth.signup.haveAccount} <Link to={paths.login()}>{t.auth.signup.loginLink}</Link>
        </p>
      </div>
    </div>
  );
}
