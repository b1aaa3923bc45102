import type { Locale } from "~/i18n/types";
import { formatNumber, formatPercent, formatSek } from "~/utils/format";
import { DEDUCTION_KEYS, SROI_PARAMETER_LABELS, type DeductionKey } from "./labels";
import type { SroiInputBody, SroiIssue, SroiOutcomeBody } from "./schema";

/**
 * The warnings of docs/domain/method-guide.md §5.3: things that are allowed but that the user should look at
 * before sharing the result. They never stop a calculation.
 */

/** A proxy above this (SEK per unit per year) gets a warning (§5.3). */
export const PROXY_WARNING_THRESHOLD = 1_000_000;
/** Durations above this many years get a warning (§5.3). */
export const DURATION_WARNING_YEARS = 5;
/** Deadweight or attribution above this share suggests the outcome is immaterial (§5.3). */
export const HIGH_DEDUCTION_SHARE = 0.9;

interface WarningTexts {
  missingJustification: (deduction: DeductionKey, value: string) => string;
  deadweightZero: string;
  attributionZero: string;
  deadweightHigh: (value: string) => string;
  attributionHigh: (value: string) => string;
  longDuration: (years: string) => string;
  highProxy: (value: string) => string;
  missingProxySource: string;
  missingProxyYear: string;
}

const sv: WarningTexts = {
  missingJustification: (d, value) =>
    `${SROI_PARAMETER_LABELS[d].sv} (${value}) saknar motivering. Skriv kort varför du har valt värdet, till exempel vilken källa eller jämförelse du bygger på. Utan motivering kan rapporten inte delas externt.`,
  deadweightZero:
    "Dödvikten är 0 %. Skulle inget av detta ha hänt ändå, utan er verksamhet? Om det stämmer, skriv varför i motiveringen.",
  attributionZero:
    "Tillskrivningen är 0 %. Har ingen annan bidragit till förändringen, till exempel kommunen, familjen eller andra föreningar? Om det stämmer, skriv varför i motiveringen.",
  deadweightHigh: (value) =>
    `Dödvikten är ${value}: nästan allt hade hänt ändå. Fundera på att ta bort effekten, eftersom den knappast är väsentlig.`,
  attributionHigh: (value) =>
    `Tillskrivningen är ${value}: nästan hela förändringen beror på andra. Fundera på att ta bort effekten, eftersom den knappast är väsentlig.`,
  longDuration: (years) =>
    `Varaktigheten är ${years} år. Effekter som varar längre än 5 år är svåra att belägga. Kontrollera att du har stöd för det, eller korta varaktigheten.`,
  highProxy: (value) =>
    `Proxyn är ${value} per enhet och år, vilket är ovanligt högt. Kontrollera att värdet gäller per enhet och år och inte är en summa.`,
  missingProxySource:
    "Källa för proxyn saknas. Skriv var värdet kommer ifrån, eller markera det som ett illustrativt värde.",
  missingProxyYear:
    "Årtal för proxyn saknas. Skriv vilket år värdet gäller, eller markera det som ett illustrativt värde.",
};

const en: WarningTexts = {
  missingJustification: (d, value) =>
    `${SROI_PARAMETER_LABELS[d].en} (${value}) has no justification. Briefly explain why you chose this value, for example the source or comparison it is based on. Without a justification the report cannot be shared externally.`,
  deadweightZero:
    "Deadweight is 0%. Would none of this have happened anyway, without your activity? If so, explain why in the justification.",
  attributionZero:
    "Attribution is 0%. Did nobody else contribute to the change, for example the municipality, family or other associations? If so, explain why in the justification.",
  deadweightHigh: (value) =>
    `Deadweight is ${value}: almost all of this would have happened anyway. Consider removing the outcome, as it is hardly material.`,
  attributionHigh: (value) =>
    `Attribution is ${value}: almost all of the change is due to others. Consider removing the outcome, as it is hardly material.`,
  longDuration: (years) =>
    `The duration is ${years} years. Outcomes lasting more than 5 years are hard to evidence. Check that you can support this, or shorten the duration.`,
  highProxy: (value) =>
    `The proxy is ${value} per unit per year, which is unusually high. Check that the value is per unit per year and not a total.`,
  missingProxySource:
    "The source of the proxy is missing. Say where the value comes from, or mark it as an illustrative value.",
  missingProxyYear:
    "The year of the proxy is missing. Say which year the value applies to, or mark it as an illustrative value.",
};

const TEXTS: Record<Locale, WarningTexts> = { sv, en };

const isBlank = (text: string | undefined) => text === undefined || text.trim() === "";

/** Whether a deduction needs a justification: drop-off only matters when an outcome lasts more than one year. */
function needsJustification(outcome: SroiOutcomeBody, deduction: DeductionKey): boolean {
  return deduction !== "dropOff" || outcome.durationYears > 1;
}

/**
 * The deductions that lack a justification text (§5.3: a warning, and it blocks export of an
 * external report). Drop-off is not asked for when the outcome lasts one year.
 */
export function findMissingJustifications(
  input: Pick<SroiInputBody, "outcomes">,
): { outcomeIndex: number; deduction: DeductionKey }[] {
  const missing: { outcomeIndex: number; deduction: DeductionKey }[] = [];
  input.outcomes.forEach((outcome, outcomeIndex) => {
    for (const deduction of DEDUCTION_KEYS) {
      if (needsJustification(outcome, deduction) && isBlank(outcome.justifications?.[deduction])) {
        missing.push({ outcomeIndex, deduction });
      }
    }
  });
  return missing;
}

/**
 * The warnings of §5.3 for a valid input, with dotted paths into the body:
 * missing justification (`outcomes.i.justifications.<deduction>`), deadweight or attribution of 0
 * or above 90 %, duration above 5 years, proxy above 1 000 000 SEK, and a missing proxy source or
 * year unless the proxy is marked `placeholder` (in the API these are warnings, not errors).
 */
export function sroiWarnings(input: Pick<SroiInputBody, "outcomes">, locale: Locale): SroiIssue[] {
  const t = TEXTS[locale];
  const percent = (value: number) => formatPercent(value, locale);
  const warnings: SroiIssue[] = [];
  input.outcomes.forEach((outcome, i) => {
    const at = (field: string) => `outcomes.${i}.${field}`;
    for (const deduction of DEDUCTION_KEYS) {
      if (needsJustification(outcome, deduction) && isBlank(outcome.justifications?.[deduction])) {
        warnings.push({
          path: at(`justifications.${deduction}`),
          message: t.missingJustification(deduction, percent(outcome[deduction])),
        });
      }
    }
    if (outcome.deadweight === 0) warnings.push({ path: at("deadweight"), message: t.deadweightZero });
    if (outcome.deadweight > HIGH_DEDUCTION_SHARE) {
      warnings.push({ path: at("deadweight"), message: t.deadweightHigh(percent(outcome.deadweight)) });
    }
    if (outcome.attribution === 0) warnings.push({ path: at("attribution"), message: t.attributionZero });
    if (outcome.attribution > HIGH_DEDUCTION_SHARE) {
      warnings.push({ path: at("attribution"), message: t.attributionHigh(percent(outcome.attribution)) });
    }
    if (outcome.durationYears > DURATION_WARNING_YEARS) {
      warnings.push({
        path: at("durationYears"),
        message: t.longDuration(formatNumber(outcome.durationYears, locale)),
      });
    }
    if (Math.abs(outcome.proxyValue) > PROXY_WARNING_THRESHOLD) {
      warnings.push({ path: at("proxyValue"), message: t.highProxy(formatSek(outcome.proxyValue, locale)) });
    }
    if (outcome.placeholder !== true) {
      if (isBlank(outcome.proxySource)) warnings.push({ path: at("proxySource"), message: t.missingProxySource });
      if (outcome.proxyYear === undefined) warnings.push({ path: at("proxyYear"), message: t.missingProxyYear });
    }
  });
  return warnings;
}
