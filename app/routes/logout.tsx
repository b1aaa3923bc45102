import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { paths } from "~/utils/paths";
import { destroySession } from "~server/auth/session.server";
import { getI18n } from "~server/i18n.server";
import { parseIntent } from "~server/mutation.server";

/** A single-purpose form: a post without `intent` signs out too; any other intent changes nothing. */
const Intent = z.object({ intent: z.literal("logout").default("logout") });

export async function action({ request }: ActionFunctionArgs) {
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "logout":
      return redirect(paths.login(), { headers: { "Set-Cookie": await destroySession(request) } });
  }
}

export async function loader() {
  return redirect(paths.home());
}
