import type { Messages } from "./sv";
import type { Locale } from "./types";

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./types";
export type { Messages } from "./sv";

/**
 * The browser's `~/i18n` (vite.config.ts points client imports of app/i18n/index.ts here): each
 * language's catalogue is its own chunk, and entry.client.tsx loads the page's language before it
 * hydrates, so a page ships one catalogue instead of both. The server keeps both (index.ts).
 */
const loaded: Partial<Record<Locale, Messages>> = {};
const loaders: Record<Locale, () => Promise<Messages>> = {
  sv: () => import("./sv").then((m) => m.sv),
  en: () => import("./en").then((m) => m.en),
};

/** Loads a language's catalogue (once). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  loaded[locale] ??= await loaders[locale]();
  return loaded[locale];
}

/**
 * The messages of a locale. The page's language is loaded before hydration and the language switch
 * reloads the document, so another language only shows up here if something else changes the
 * locale; then the loaded catalogue stands in while the other one loads.
 */
export function messagesFor(locale: Locale): Messages {
  const messages = loaded[locale];
  if (messages) return messages;
  void loadMessages(locale);
  const fallback = loaded.sv ?? loaded.en;
  if (!fallback) throw new Error(`no catalogue loaded before rendering (${locale})`);
  return fallback;
}
