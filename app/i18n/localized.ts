import type { Locale } from "./types";

/** Stored text in the UI languages, as catalogue rows keep it: Swedish always, other languages when written. */
export interface StoredText {
  sv: string;
  en?: string | null;
}

/**
 * The one way to read stored `{ sv, en }` content (catalogue rows edited in the app, seed content)
 * in a locale: the locale's text when it is written, otherwise the Swedish source. UI text does not
 * go through here; it lives in the typed catalogue (app/i18n/<locale>/<area>.ts).
 */
export function localized(text: StoredText, locale: Locale): string {
  const own: string | null | undefined = text[locale];
  return typeof own === "string" && own.trim() !== "" ? own : text.sv;
}
