/**
 * Vocabularies for an actual value (utfall): data quality and the breakdown (uppdelning) by gender,
 * age band and area. Method guide §10.2 "Verification: who collected data" and §11 "Privacy"
 * (breakdowns only for people counts; aggregated views suppress cells under 5).
 */

/** How a value was obtained. An empty answer means "measured". */
export const DATA_QUALITIES = ["measured", "estimated", "self-reported"] as const;
export type DataQuality = (typeof DATA_QUALITIES)[number];

/**
 * Gender in a breakdown. "total" (all genders) is accepted as input but stored as no gender
 * (`null`): a value for everyone is not a breakdown.
 */
export const GENDERS = ["kvinna", "man", "annat"] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_INPUTS = [...GENDERS, "total"] as const;

/** Suggested age bands; any `N-M` or `N+` band is accepted. */
export const AGE_BANDS = ["0-17", "18-29", "30-64", "65+"] as const;

/** Lower case, accents kept, spaces around and inside collapsed: for matching typed words. */
function word(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

const DATA_QUALITY_WORDS = new Map<string, DataQuality>([
  ["mätt", "measured"],
  ["matt", "measured"],
  ["uppmätt", "measured"],
  ["measured", "measured"],
  ["uppskattat", "estimated"],
  ["uppskattad", "estimated"],
  ["estimated", "estimated"],
  ["estimate", "estimated"],
  ["självrapporterat", "self-reported"],
  ["självrapporterad", "self-reported"],
  ["sjalvrapporterat", "self-reported"],
  ["self-reported", "self-reported"],
  ["self reported", "self-reported"],
  ["selfreported", "self-reported"],
]);

/**
 * Reads a data quality in Swedish or English ("mätt"/"measured", "uppskattat"/"estimated",
 * "självrapporterat"/"self-reported", any case). Empty means "measured". Unknown text gives null.
 */
export function parseDataQuality(text: string | null | undefined): DataQuality | null {
  const w = word(text ?? "");
  if (w === "") return "measured";
  return DATA_QUALITY_WORDS.get(w) ?? null;
}

const GENDER_WORDS = new Map<string, Gender | "total">([
  ["kvinna", "kvinna"],
  ["kvinnor", "kvinna"],
  ["k", "kvinna"],
  ["flicka", "kvinna"],
  ["flickor", "kvinna"],
  ["woman", "kvinna"],
  ["women", "kvinna"],
  ["female", "kvinna"],
  ["f", "kvinna"],
  ["girl", "kvinna"],
  ["girls", "kvinna"],
  ["man", "man"],
  ["män", "man"],
  ["m", "man"],
  ["pojke", "man"],
  ["pojkar", "man"],
  ["men", "man"],
  ["male", "man"],
  ["boy", "man"],
  ["boys", "man"],
  ["annat", "annat"],
  ["annan", "annat"],
  ["ickebinär", "annat"],
  ["icke-binär", "annat"],
  ["other", "annat"],
  ["non-binary", "annat"],
  ["total", "total"],
  ["totalt", "total"],
  ["alla", "total"],
  ["all", "total"],
]);

/**
 * Reads a gender in Swedish or English ("kvinna"/"woman"/"K", "man"/"M", "annat"/"other",
 * "total"/"alla"). Returns the gender, `null` for no breakdown (empty or total), or `undefined`
 * for text it cannot read.
 */
export function parseGender(text: string | null | undefined): Gender | null | undefined {
  const w = word(text ?? "");
  if (w === "") return null;
  const g = GENDER_WORDS.get(w);
  if (g === undefined) return undefined;
  return g === "total" ? null : g;
}

/**
 * Reads an age band: `N-M` (both inclusive, N ≤ M ≤ 120) or `N+`, with any dash (– — −) and
 * optional spaces or a trailing "år"/"years"; written back as `18-29` or `65+`. Returns `null` for
 * no breakdown (empty, "total", "alla", "all") and `undefined` for text it cannot read.
 */
export function parseAgeBand(text: string | null | undefined): string | null | undefined {
  let w = word(text ?? "");
  if (w === "" || w === "total" || w === "alla" || w === "all") return null;
  w = w
    .replace(/\s*(?:år|years?|yrs?)$/, "")
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\s+/g, "");
  const range = /^(\d{1,3})-(\d{1,3})$/.exec(w);
  if (range) {
    const lo = Number(range[1]);
    const hi = Number(range[2]);
    return lo <= hi && hi <= 120 ? `${lo}-${hi}` : undefined;
  }
  const open = /^(\d{1,3})\+$/.exec(w);
  if (open && Number(open[1]) <= 120) return `${Number(open[1])}+`;
  return undefined;
}

/** Longest area name accepted (a district, village or municipality). */
export const AREA_MAX_LENGTH = 120;
/** Longest note accepted on a value. */
export const NOTE_MAX_LENGTH = 2000;

/** Reads an area: trimmed, inner spaces collapsed; empty means no breakdown (`null`). */
export function parseArea(text: string | null | undefined): string | null {
  const w = (text ?? "").trim().replace(/\s+/g, " ");
  return w === "" ? null : w;
}
