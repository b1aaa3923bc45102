/** Joins class names, skipping falsy values. Tiny stand-in for `clsx`. */
export function cx(...parts: Array<string | false | null | undefined | 0>): string {
  return parts.filter(Boolean).join(" ");
}
