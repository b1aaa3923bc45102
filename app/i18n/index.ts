import { en } from "./en";
import { sv, type Messages } from "./sv";
import type { Locale } from "./types";

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./types";
export type { Messages } from "./sv";

const catalogues: Record<Locale, Messages> = { sv, en };

/** The messages of a locale. */
export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
