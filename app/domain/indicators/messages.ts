import { AGE_BANDS, AREA_MAX_LENGTH, NOTE_MAX_LENGTH } from "./disaggregation";
import type { LocalizedText } from "./types";
import { messagesFor } from "~/i18n";
import type { Locale } from "~/i18n/types";
import type { IndicatorUnit } from "./units";

const unitName = (unit: IndicatorUnit, locale: Locale): string => messagesFor(locale).indicators.labels.unit[unit];

/**
 * Error messages for indicator input, shared by the form schemas and the spreadsheet import so a
 * problem reads the same wherever it shows. Each says what is wrong and how to put it right
 * (ui-and-language.md "Error messages").
 */

const quote = (raw: string): string => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

export const indicatorMessages = {
  valueMissing: (): LocalizedText => ({
    sv: "Värde saknas. Skriv ett tal, till exempel 12,5.",
    en: "The value is missing. Enter a number, for example 12.5.",
  }),
  notANumber: (raw: string): LocalizedText => ({
    sv: `Det går inte att läsa ”${quote(raw)}” som ett tal. Skriv ett tal, till exempel 12,5 eller 12 345.`,
    en: `“${quote(raw)}” cannot be read as a number. Enter a number, for example 12.5 or 12,345.`,
  }),
  ambiguousDot: (raw: string, value: number): LocalizedText => ({
    sv: `”${raw}” lästes som ${String(value).replace(".", ",")} (punkt som decimaltecken). Menade du tusental? Skriv i så fall ${raw.replace(".", " ")}.`,
    en: `“${raw}” was read as ${value} (a dot as the decimal point). If you meant thousands, write ${raw.replace(".", "")}.`,
  }),
  percentSignNotAllowed: (unit: IndicatorUnit): LocalizedText => ({
    sv: `Ta bort procenttecknet: indikatorn mäts i ${unitName(unit, "sv")}.`,
    en: `Remove the per cent sign: the indicator is measured in ${unitName(unit, "en")}.`,
  }),
  belowMin: (unit: IndicatorUnit, min: number): LocalizedText => ({
    sv: `Värdet kan inte vara mindre än ${min} när indikatorn mäts i ${unitName(unit, "sv")}.`,
    en: `The value cannot be less than ${min} when the indicator is measured in ${unitName(unit, "en")}.`,
  }),
  aboveMax: (unit: IndicatorUnit, max: number): LocalizedText => ({
    sv: `Värdet kan inte vara större än ${max} när indikatorn mäts i ${unitName(unit, "sv")}. Skriv andelen i procent, till exempel 45 för 45 %.`,
    en: `The value cannot be more than ${max} when the indicator is measured in ${unitName(unit, "en")}. Enter the share in per cent, for example 45 for 45%.`,
  }),
  indicatorMissing: (): LocalizedText => ({
    sv: "Indikatorkod saknas. Skriv koden från mallen, till exempel GEN-01.",
    en: "The indicator code is missing. Enter the code from the template, for example GEN-01.",
  }),
  unknownIndicator: (raw: string): LocalizedText => ({
    sv: `Indikatorn ”${quote(raw)}” finns inte i den här redovisningen. Använd koderna i mallen eller lägg först till indikatorn.`,
    en: `The indicator “${quote(raw)}” is not part of this accounting. Use the codes in the template or add the indicator first.`,
  }),
  periodMissing: (): LocalizedText => ({
    sv: "Period saknas. Skriv perioden som 2026, 2026-H1, 2026-Q3 eller 2026-07.",
    en: "The period is missing. Write it as 2026, 2026-H1, 2026-Q3 or 2026-07.",
  }),
  badPeriod: (raw: string): LocalizedText => ({
    sv: `Det går inte att läsa ”${quote(raw)}” som en period. Skriv perioden som 2026, 2026-H1, 2026-Q3 eller 2026-07.`,
    en: `“${quote(raw)}” cannot be read as a period. Write it as 2026, 2026-H1, 2026-Q3 or 2026-07.`,
  }),
  periodOutside: (key: string, validKeys: readonly string[]): LocalizedText => {
    const shown = validKeys.slice(0, 6).join(", ") + (validKeys.length > 6 ? " …" : "");
    return {
      sv: `Perioden ${key} ligger utanför redovisningsperioden. Välj en av: ${shown}.`,
      en: `The period ${key} is outside the accounting period. Choose one of: ${shown}.`,
    };
  },
  duplicate: (otherRows: readonly number[]): LocalizedText => ({
    sv: `Samma indikator, period och uppdelning finns också på rad ${otherRows.join(", ")}. Behåll bara en av raderna.`,
    en: `The same indicator, period and breakdown also appear on row ${otherRows.join(", ")}. Keep only one of the rows.`,
  }),
  badDataQuality: (raw: string): LocalizedText => ({
    sv: `Datakvaliteten ”${quote(raw)}” känns inte igen. Skriv mätt, uppskattat eller självrapporterat, eller lämna rutan tom (= mätt).`,
    en: `The data quality “${quote(raw)}” is not recognised. Write measured, estimated or self-reported, or leave it empty (= measured).`,
  }),
  badGender: (raw: string): LocalizedText => ({
    sv: `Könet ”${quote(raw)}” känns inte igen. Skriv kvinna, man, annat eller total, eller lämna rutan tom.`,
    en: `The gender “${quote(raw)}” is not recognised. Write woman, man, other or total, or leave it empty.`,
  }),
  badAgeBand: (raw: string): LocalizedText => ({
    sv: `Åldersgruppen ”${quote(raw)}” känns inte igen. Skriv den som ${AGE_BANDS.join(", ")} (från–till eller från och uppåt).`,
    en: `The age band “${quote(raw)}” is not recognised. Write it like ${AGE_BANDS.join(", ")} (from–to, or from and up).`,
  }),
  breakdownNotAllowed: (unit: IndicatorUnit): LocalizedText => ({
    sv: `Indikatorn mäts i ${unitName(unit, "sv")} och kan inte delas upp på kön, ålder eller område. Lämna rutan tom.`,
    en: `The indicator is measured in ${unitName(unit, "en")} and cannot be broken down by gender, age or area. Leave this empty.`,
  }),
  areaTooLong: (): LocalizedText => ({
    sv: `Skriv området kortare, högst ${AREA_MAX_LENGTH} tecken.`,
    en: `Shorten the area to at most ${AREA_MAX_LENGTH} characters.`,
  }),
  noteTooLong: (): LocalizedText => ({
    sv: `Skriv kommentaren kortare, högst ${NOTE_MAX_LENGTH} tecken.`,
    en: `Shorten the note to at most ${NOTE_MAX_LENGTH} characters.`,
  }),
} as const;
