import type { IndicatorLevel, IndicatorSector, LocalizedText } from "./types";

/**
 * Search in the indicator catalogue (docs/domain/method-guide.md §9) and in an association's own indicators, for
 * the "pick an indicator" step. Pure and fast enough to run on every keystroke in the browser.
 */

/** What search needs from an indicator; catalogue seeds and own indicators both fit. */
export interface SearchableIndicator {
  code?: string | null;
  name: { sv: string; en?: string | null };
  definition?: Partial<LocalizedText> | null;
  sectors: readonly IndicatorSector[];
  level: IndicatorLevel;
}

export interface CatalogueQuery {
  /** Words to look for in code, names and definitions; every word must match somewhere. */
  text?: string;
  sector?: IndicatorSector;
  level?: IndicatorLevel;
  /** With a sector filter, also keep "general" indicators (they suit every association). */
  includeGeneral?: boolean;
}

/**
 * Folds text for matching: lower case, accents and diacritics removed (å → a, ä → a, ö → o,
 * é → e), dashes and other punctuation turned into spaces, so "halsa" finds "Hälsa" and
 * "gen 03" finds "GEN-03".
 */
export function foldSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Filters indicators by sector and level and by free text (case- and diacritic-insensitive; each
 * word of the query must occur in the code, a name or a definition). Results keep the input order
 * within three ranks: code matches first, then name matches, then definition-only matches. An
 * empty query returns every indicator that passes the filters, in input order.
 */
export function searchCatalogue<T extends SearchableIndicator>(items: readonly T[], query: CatalogueQuery = {}): T[] {
  const words = query.text ? foldSearchText(query.text).split(" ").filter(Boolean) : [];
  const phrase = words.join(" ");
  const compactPhrase = words.join("");
  const ranked: [T[], T[], T[]] = [[], [], []];
  for (const item of items) {
    if (query.level && item.level !== query.level) continue;
    if (query.sector) {
      const inSector =
        item.sectors.includes(query.sector) || (query.includeGeneral === true && item.sectors.includes("general"));
      if (!inSector) continue;
    }
    if (words.length === 0) {
      ranked[0].push(item);
      continue;
    }
    const code = foldSearchText(item.code ?? "");
    const codeCompact = code.replace(/ /g, "");
    const names = foldSearchText(`${item.name.sv} ${item.name.en ?? ""}`);
    const definitions = foldSearchText(`${item.definition?.sv ?? ""} ${item.definition?.en ?? ""}`);
    const all = `${code} ${codeCompact} ${names} ${definitions}`;
    if (!words.every((w) => all.includes(w))) continue;
    if (code !== "" && (code.startsWith(phrase) || codeCompact.startsWith(compactPhrase))) ranked[0].push(item);
    else if (words.every((w) => names.includes(w))) ranked[1].push(item);
    else ranked[2].push(item);
  }
  return [...ranked[0], ...ranked[1], ...ranked[2]];
}
