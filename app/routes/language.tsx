import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { isLocale } from "~/i18n/types";
import { paths } from "~/utils/paths";
import { localeCookie } from "~server/auth/cookies.server";
import { safeRedirect } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { parseIntent } from "~server/mutation.server";

/** A single-purpose form: a post without `intent` switches too; any other intent changes nothing. */
const Intent = z.object({
  intent: z.literal("language").default("language"),
  locale: z.string().optional(),
  redirectTo: z.string().optional(),
});

/** Stores the chosen interface language in a cookie and goes back. */
export async function action({ request }: ActionFunctionArgs) {
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "language": {
      const { locale } = input.value;
      const to = safeRedirect(input.value.redirectTo);
      if (!isLocale(locale)) return redirect(to);
      return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
    }
  }
}

export async function loader() {
  return redirect(paths.home());
}
