import type { Locale } from "~/i18n/types";

/**
 * The assumptions of an SROI calculation that the UI names, the sensitivity analysis varies and
 * `ratioWith` / `switchingValueFor` can change (docs/domain/method-guide.md §5.1, §5.4). `proxy` is always a
 * scale factor on the financial proxies (1 = unchanged); `duration` is whole years.
 */
export const SROI_PARAMETERS = [
  "deadweight",
  "displacement",
  "attribution",
  "dropOff",
  "duration",
  "discountRate",
  "proxy",
] as const;
export type SroiParameter = (typeof SROI_PARAMETERS)[number];

/** The four deductions of §5.1, as the keys used in the API body and in `justifications`. */
export const DEDUCTION_KEYS = ["deadweight", "displacement", "attribution", "dropOff"] as const;
export type DeductionKey = (typeof DEDUCTION_KEYS)[number];

/** Glossary names (docs/domain/method-guide.md §1.3), capitalised for the start of a sentence or a table header. */
export const SROI_PARAMETER_LABELS: Record<SroiParameter, Record<Locale, string>> = {
  deadweight: { sv: "Dödvikt", en: "Deadweight" },
  displacement: { sv: "Undanträngning", en: "Displacement" },
  attribution: { sv: "Tillskrivning", en: "Attribution" },
  dropOff: { sv: "Avtagande", en: "Drop-off" },
  duration: { sv: "Varaktighet", en: "Duration" },
  discountRate: { sv: "Diskonteringsränta", en: "Discount rate" },
  proxy: { sv: "Finansiell proxy", en: "Financial proxy" },
};

/** The name of an SROI parameter in the reader's language, e.g. "Tillskrivning" / "Attribution". */
export function sroiParameterLabel(parameter: SroiParameter, locale: Locale): string {
  return SROI_PARAMETER_LABELS[parameter][locale];
}
