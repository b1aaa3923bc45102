import { useRouteLoaderData } from "@remix-run/react";
import { messagesFor } from "./index";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./types";

/** The reader's language, from the root loader. */
export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as { locale?: unknown } | undefined;
  return isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE;
}

/** The messages of the reader's language. */
export function useT() {
  return messagesFor(useLocale());
}
