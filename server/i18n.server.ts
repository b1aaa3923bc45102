import { messagesFor, type Locale, type Messages } from "~/i18n";
import { getLocale } from "./auth/cookies.server";

/** The reader's language and its messages, for loaders and actions. */
export async function getI18n(request: Request): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale(request);
  return { locale, t: messagesFor(locale) };
}
