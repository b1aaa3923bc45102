import type { Locale } from "./types";

/** Stored text in the UI languages, as catalogue rows keep it: Swedish always, other languages when written. */
export interface StoredText {
  sv: string;
  en?: string | null;
}

/**
 * The one way to show stored bilingual content (catalogue rows, method content kept as data): the
 * text in the reader's language, or the Swedish source when that translation is missing or empty.
 * UI text does not go through here; it lives in the typed catalogue (`app/i18n/<locale>/<area>.ts`).
 */
export function localized(text: StoredText, locale: Locale): string {
  const translated = (text as Partial<Record<Locale, string | null>>)[locale];
  return translated || text.sv;
}
