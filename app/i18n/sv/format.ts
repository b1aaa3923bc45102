import type { Widen } from "../types";

/**
 * How numbers, money, percentages and times are written in Swedish (used by app/utils/format.ts
 * and the input fields). A new language gives its own conventions in `<locale>/format.ts`.
 */
export const format = {
  /** The BCP 47 tag for Intl and `<html lang>`. */
  intlLocale: "sv-SE",
  /** Decimal sign in input fields and form values (what `parseDecimal` reads back). */
  decimalSign: ",",
  /** Whether input fields group thousands (Swedish: a no-break space, which cannot be misread). */
  groupInInputs: true as boolean,
  /** Field separator of CSV files (Excel's default for the locale). */
  csvSeparator: ";",
  sek: (amount: string) => `${amount}\u00a0kr`,
  /** Thousands of kronor, for chart axes. */
  thousandSek: (amount: string) => `${amount}\u00a0tkr`,
  percent: (n: string) => `${n}\u00a0%`,
  ratio: (n: string) => `${n} kr per investerad krona`,
  years: (n: string) => `${n} år`,
  dateTime: (date: string, time: string) => `${date} ${time}`,
  /** Between hour and minute: 20.14, as Swedish style guides write times. */
  timeSeparator: ".",
  quote: (text: string) => `”${text}”`,
  /** The word before the last item of a list of alternatives ("a, b eller c"). */
  or: "eller",
  /** Prefix for screen readers before a field's error message. */
  errorPrefix: "Fel:",
} as const;

export type FormatMessages = Widen<typeof format>;
