import { z } from "zod";
import { normaliseOrgNumber, orgNumberProblem } from "~/domain/org-number";
import { ROLES, SECTORS, SIZE_BANDS } from "~/domain/permissions";
import type { Messages } from "~/i18n";

const trimmed = z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().default(""));

export function createAssociationSchema(t: Messages) {
  return z.object({
    name: trimmed.pipe(z.string().min(1, t.org.errors.nameRequired).max(120, t.org.errors.nameTooLong)),
    orgNumber: trimmed
      .pipe(z.string().min(1, t.org.errors.orgNumberFormat))
      .transform((v) => normaliseOrgNumber(v))
      .superRefine((v, ctx) => {
        const problem = orgNumberProblem(v);
        if (problem === "format") ctx.addIssue({ code: "custom", message: t.org.errors.orgNumberFormat });
        else if (problem === "check-digit") ctx.addIssue({ code: "custom", message: t.org.errors.orgNumberCheckDigit });
      }),
    sector: z.enum(SECTORS, { error: t.org.errors.sectorRequired }),
    sizeBand: z.enum(SIZE_BANDS, { error: t.org.errors.sizeRequired }),
    umbrellaId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.uuid({ error: t.org.errors.umbrellaUnknown }).nullable(),
    ),
  });
}
export type CreateAssociationForm = z.infer<ReturnType<typeof createAssociationSchema>>;

/**
 * The association's own details on its settings page: the same rules as creation, plus the number
 * in the register of idéburna organisationer (empty: not registered).
 */
export function orgSettingsSchema(t: Messages) {
  return createAssociationSchema(t).extend({
    ideaRegisterNumber: trimmed.pipe(z.string().max(40, t.org.settings.registerNumberTooLong)),
  });
}
export type OrgSettingsForm = z.infer<ReturnType<typeof orgSettingsSchema>>;

export function inviteSchema(t: Messages) {
  return z.object({
    role: z.enum(ROLES, { error: t.org.errors.roleInvalid }),
    email: trimmed.pipe(z.union([z.literal(""), z.email({ error: t.auth.errors.emailInvalid }).max(254)])),
  });
}
