import { messagesFor, type Messages } from "./index";
import { DEFAULT_LOCALE, isLocale } from "./types";

/** The browser tab title of a page in the reader's language (from the root loader's locale). */
export function pageTitle(matches: readonly { id: string; data?: unknown }[], key: keyof Messages["titles"]): string {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  const t = messagesFor(isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE);
  return key === "start" ? t.titles.start : `${t.titles[key]} – Synlig`;
}

/**
 * The tab title of a page named by its data ("Ideella timmar – Synlig"), or the title of `fallback`
 * in the reader's language while there is no data (an error page).
 */
export function namedPageTitle(
  matches: readonly { id: string; data?: unknown }[],
  name: string | null | undefined,
  fallback: keyof Messages["titles"],
): string {
  return name ? `${name} – Synlig` : pageTitle(matches, fallback);
}

/** The reader's language inside a meta function. */
export function metaLocale(matches: readonly { id: string; data?: unknown }[]) {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
}
