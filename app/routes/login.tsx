import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { FormStack, SubmitButton, TextField } from "~/components/ui";
import { z } from "zod";
import type { Messages } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { loginSchema } from "~/schemas/account";
import type { ActionData } from "~/utils/action-data";
import { paths, withQuery } from "~/utils/paths";
import { signIn } from "~server/accounts/sign-in.server";
import { createSession, getUserId } from "~server/auth/session.server";
import { clientIp } from "~server/client-address.server";
import { safeRedirect } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { formError, parseIntent } from "~server/mutation.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "login") }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUserId(request)) throw redirect(paths.home());
  return null;
}

const intents = (t: Messages) => loginSchema(t).extend({ intent: z.literal("login").default("login") });

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getI18n(request);
  const input = await parseIntent(request, intents(t), t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "login": {
      const { email, password, redirectTo } = input.value;
      const result = await signIn(email, password, clientIp(context));
      if (!result.ok) {
        const rateLimited = result.reason === "rate-limited";
        return formError(
          rateLimited ? t.account.throttle.signIn : t.auth.login.wrongCredentials,
          input.values,
          rateLimited ? 429 : 400,
        );
      }
      const { cookie } = await createSession(result.userId);
      return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": cookie } });
    }
  }
}

export default function Login() {
  const t = useT();
  const data = useActionData<ActionData>();
  const [params] = useSearchParams();
  const errors = data?.errors ?? {};
  const values = data?.values ?? {};
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.auth.login.title}</h1>
      <p className="mt-2 text-neutral-700">{t.auth.login.intro}</p>
      <div className="mt-6 space-y-6">
        <FormErrors errors={errors} />
        <Form method="post" noValidate>
          <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? values.redirectTo ?? "/"} />
          <FormStack>
            <TextField
              name="email"
              type="email"
              autoComplete="email"
              label={t.auth.login.email}
              defaultValue={values.email}
              error={errors.email}
              required
            />
            <TextField
              name="password"
              type="password"
              autoComplete="current-password"
              label={t.auth.login.password}
              error={errors.password}
              required
            />
            <SubmitButton intent="login" pendingText={t.auth.login.pending}>
              {t.auth.login.submit}
            </SubmitButton>
          </FormStack>
        </Form>
        <p>
          <Link to={paths.forgotPassword()}>{t.account.forgot.link}</Link>
        </p>
        <p>
          {t.auth.login.noAccount}{" "}
          <Link to={withQuery(paths.signup(), { redirectTo: params.get("redirectTo") })}>
            {t.auth.login.signupLink}
          </Link>
        </p>
        <aside className="rounded-md border border-neutral-300 bg-neutral-50 p-4 text-sm">
          <h2 className="font-semibold">{t.auth.login.demoTitle}</h2>
          <p className="mt-1">{t.auth.login.demoText}</p>
          <ul className="mt-2 list-inside list-disc">
            <li>anna@kvarteret.example</li>
            <li>omar@solrosen.example</li>
            <li>karin@exempelfonden.example</li>
            <li>gun@gse.example</li>
          </ul>
        </aside>
      </div>
    </div>
  );
}
