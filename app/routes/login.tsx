import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { FormStack, SubmitButton, TextField } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import { loginSchema } from "~/schemas/account";
import { signIn } from "~server/accounts/sign-in.server";
import { createSession, getUserId } from "~server/auth/session.server";
import { parseForm, readForm } from "~server/forms.server";
import { clientIp } from "~server/client-address.server";
import { safeRedirect } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { pageTitle } from "~/i18n/page-title";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "login") }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUserId(request)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getI18n(request);
  const parsed = parseForm(await readForm(request), loginSchema(t));
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await signIn(parsed.data.email, parsed.data.password, clientIp(context));
  if (!result.ok) {
    const message = result.reason === "rate-limited" ? t.account.throttle.signIn : t.auth.login.wrongCredentials;
    return json(
      { errors: { _form: message }, values: parsed.values },
      { status: result.reason === "rate-limited" ? 429 : 400 },
    );
  }
  const { cookie } = await createSession(result.userId);
  return redirect(safeRedirect(parsed.data.redirectTo), { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const t = useT();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors: Record<string, string> = data?.errors ?? {};
  const values: Record<string, string> = data?.values ?? {};
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
            <SubmitButton pendingText={t.auth.login.pending}>{t.auth.login.submit}</SubmitButton>
          </FormStack>
        </Form>
        <p>
          <Link to={paths.forgotPassword()}>{t.account.forgot.link}</Link>
        </p>
        <p>
          {t.auth.login.noAccount}{" "}
          <Link
            to={`/signup${params.get("redirectTo") ? `?redirectTo=${encodeURIComponent(params.get("redirectTo")!)}` : ""}`}
          >
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
