/**
 * Validation messages in plain Swedish and English. Each one says what to do, not just what is
 * wrong ("Skriv ett tal mellan 0 och 10", never "Ogiltigt värde").
 */
import type { Locale } from "~/i18n/types";

/** Formats a bound for a message: Swedish decimal comma, minus sign, thin grouping. */
function n(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 6 }).format(value);
}

function q(label: string, locale: Locale): string {
  return locale === "sv" ? `”${label}”` : `“${label}”`;
}

export interface Messages {
  required(label: string): string;
  chooseOption(label: string): string;
  mustTick(label: string): string;
  tooLong(max: number): string;
  number(opts: { min?: number; max?: number; integer?: boolean }): string;
  scale(min: number, max: number): string;
  date(): string;
  minItems(label: string, min: number): string;
  maxItems(label: string, max: number): string;
  invalidOption(label: string): string;
  unknownField(name: string): string;
  expectedBoolean(label: string): string;
  expectedText(label: string): string;
}

const sv: Messages = {
  required: (label) => `Fyll i ${q(label, "sv")}.`,
  chooseOption: (label) => `Välj ett av alternativen för ${q(label, "sv")}.`,
  mustTick: (label) => `Kryssa i ${q(label, "sv")} för att gå vidare.`,
  tooLong: (max) => `Korta texten till högst ${n(max, "sv")} tecken.`,
  number: ({ min, max, integer }) => {
    const what = integer ? "ett heltal" : "ett tal";
    if (min !== undefined && max !== undefined) return `Skriv ${what} mellan ${n(min, "sv")} och ${n(max, "sv")}.`;
    if (min !== undefined) return `Skriv ${what} som är ${n(min, "sv")} eller större.`;
    if (max !== undefined) return `Skriv ${what} som är ${n(max, "sv")} eller mindre.`;
    return integer ? "Skriv ett heltal, till exempel 12." : "Skriv ett tal, till exempel 12 eller 12,5.";
  },
  scale: (min, max) => `Välj ett värde från ${n(min, "sv")} till ${n(max, "sv")}.`,
  date: () => "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.",
  minItems: (label, min) =>
    min === 1
      ? `Lägg till minst en rad i ${q(label, "sv")}.`
      : `Lägg till minst ${n(min, "sv")} rader i ${q(label, "sv")}.`,
  maxItems: (label, max) => `Ta bort rader i ${q(label, "sv")} så att det blir högst ${n(max, "sv")}.`,
  invalidOption: (label) => `Välj ett av alternativen i listan för ${q(label, "sv")}.`,
  unknownField: (name) => `Fältet ${q(name, "sv")} finns inte här. Ta bort det.`,
  expectedBoolean: (label) => `Svara ja eller nej på ${q(label, "sv")}.`,
  expectedText: (label) => `Skriv text i ${q(label, "sv")}.`,
};

const en: Messages = {
  required: (label) => `Fill in ${q(label, "en")}.`,
  chooseOption: (label) => `Choose one of the options for ${q(label, "en")}.`,
  mustTick: (label) => `Tick ${q(label, "en")} to continue.`,
  tooLong: (max) => `Shorten the text to ${n(max, "en")} characters or fewer.`,
  number: ({ min, max, integer }) => {
    const what = integer ? "a whole number" : "a number";
    if (min !== undefined && max !== undefined) return `Enter ${what} between ${n(min, "en")} and ${n(max, "en")}.`;
    if (min !== undefined) return `Enter ${what} of ${n(min, "en")} or more.`;
    if (max !== undefined) return `Enter ${what} of ${n(max, "en")} or less.`;
    return integer ? "Enter a whole number, for example 12." : "Enter a number, for example 12 or 12.5.";
  },
  scale: (min, max) => `Choose a value from ${n(min, "en")} to ${n(max, "en")}.`,
  date: () => "Enter the date as YYYY-MM-DD, for example 2026-03-31.",
  minItems: (label, min) =>
    min === 1
      ? `Add at least one row to ${q(label, "en")}.`
      : `Add at least ${n(min, "en")} rows to ${q(label, "en")}.`,
  maxItems: (label, max) => `Remove rows from ${q(label, "en")} so there are no more than ${n(max, "en")}.`,
  invalidOption: (label) => `Choose one of the options in the list for ${q(label, "en")}.`,
  unknownField: (name) => `The field ${q(name, "en")} does not belong here. Remove it.`,
  expectedBoolean: (label) => `Answer yes or no to ${q(label, "en")}.`,
  expectedText: (label) => `Enter text in ${q(label, "en")}.`,
};

/** The validation messages of a locale. */
export function validationMessages(locale: Locale): Messages {
  return locale === "en" ? en : sv;
}
