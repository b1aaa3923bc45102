/**
 * The shape every translation must have: the Swedish messages with their literal strings widened
 * to `string`, so `en.ts` must provide every key that `sv.ts` has (a missing key fails typecheck).
 * Messages are strings or functions that build a string from arguments (interpolation).
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
