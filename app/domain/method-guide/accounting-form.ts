/**
 * The schema of the "new accounting" form (and of a copy), shared by the page and its action.
 */
import { z } from "zod";
import { ACCOUNTING_PURPOSES, PATH_KEYS, isIsoDate } from "~/domain/method-guide";
import type { Messages } from "~/i18n";

export const GRANULARITIES = ["year", "half-year", "quarter", "month"] as const;

export function accountingFormSchema(t: Messages) {
  const e = t.guide.newAccounting.errors;
  const date = z
    .string({ error: () => e.date })
    .trim()
    .refine(isIsoDate, { error: () => e.date });
  return z
    .object({
      title: z
        .string({ error: () => e.name })
        .trim()
        .min(1, { error: () => e.name })
        .max(120, { error: () => e.name }),
      purpose: z.enum(ACCOUNTING_PURPOSES, { error: () => e.purpose }),
      method: z.enum(PATH_KEYS, { error: () => e.method }),
      periodStart: date,
      periodEnd: date,
      periodGranularity: z.enum(GRANULARITIES, { error: () => e.granularity }),
    })
    .refine((value) => value.periodEnd >= value.periodStart, {
      path: ["periodEnd"],
      message: e.endBeforeStart,
      // Check the order of the dates even when other fields still have errors.
      when: (payload) => {
        const v = payload.value as { periodStart?: unknown; periodEnd?: unknown } | undefined;
        return (
          typeof v?.periodStart === "string" &&
          typeof v?.periodEnd === "string" &&
          isIsoDate(v.periodStart.trim()) &&
          isIsoDate(v.periodEnd.trim())
        );
      },
    });
}

export type AccountingForm = z.infer<ReturnType<typeof accountingFormSchema>>;

/** The same calendar day one year later ("2025-01-01" → "2026-01-01"; 29 Feb → 28 Feb). */
export function nextYear(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** A copy's suggested title: the year in the title moves on one year, otherwise " (kopia)". */
export function nextTitle(title: string, copySuffix: string): string {
  const match = title.match(/(.*?)(\d{4})(\D*)$/);
  if (match) return `${match[1]}${Number(match[2]) + 1}${match[3]}`.slice(0, 120);
  return `${title} ${copySuffix}`.slice(0, 120);
}
