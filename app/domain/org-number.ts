/**
 * Swedish organisationsnummer: ten digits written NNNNNN-NNNN whose last digit is a Luhn check
 * digit over the first nine (Skatteverket, SKV 709).
 */
export const ORG_NUMBER_PATTERN = /^\d{6}-\d{4}$/;

/** The Luhn check digit for nine digits. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Accepts "8024123450" or "802412-3450" (spaces trimmed) and returns the NNNNNN-NNNN form. */
export function normaliseOrgNumber(input: string): string {
  const t = input.trim().replace(/\s+/g, "");
  return /^\d{10}$/.test(t) ? `${t.slice(0, 6)}-${t.slice(6)}` : t;
}

export type OrgNumberProblem = "format" | "check-digit";

/** null when valid; otherwise what is wrong. */
export function orgNumberProblem(input: string): OrgNumberProblem | null {
  const n = normaliseOrgNumber(input);
  if (!ORG_NUMBER_PATTERN.test(n)) return "format";
  const digits = n.replace("-", "");
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? null : "check-digit";
}

/** Completes nine digits into a valid organisationsnummer (for demo data and tests). */
export function withCheckDigit(nineDigits: string): string {
  const d = `${nineDigits}${luhnCheckDigit(nineDigits)}`;
  return `${d.slice(0, 6)}-${d.slice(6)}`;
}
