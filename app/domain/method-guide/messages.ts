import { messagesFor } from "~/i18n";
import type { ValidationMessages } from "~/i18n/sv/validation";
import type { Locale } from "~/i18n/types";

/** The method guide's validation messages; the text lives in `app/i18n/<locale>/validation.ts`. */
export type Messages = ValidationMessages;

/** The validation messages of a locale. */
export function validationMessages(locale: Locale): Messages {
  return messagesFor(locale).validation;
}
