import { en } from "./en";
import { sv, type Messages } from "./sv";
import type { Locale } from "./types";

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./types";
export type { Messages } from "./sv";

const catalogues: Record<Locale, Messages> = { sv, en };

/** Both catalogues are loaded on the server; the browser gets app/i18n/browser.ts instead (vite.config.ts). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return catalogues[locale];
}

/** The messages of a locale. */
export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
