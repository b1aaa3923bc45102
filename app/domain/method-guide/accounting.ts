/**
 * The accounting (redovisning) and its shared building blocks: purposes, audiences, the impact chain
 * levels (docs/domain/method-guide.md §1.1), and zod schemas for impact-chain items, stakeholder groups and
 * action-plan rows. Every method reads these shared data instead of keeping its own copy.
 */
import { z } from "zod";
import type { Locale } from "~/i18n/types";
import { t } from "./field-builders";
import { validationMessages } from "./messages";
import type { Localized } from "./types";

// ---- Purposes and audiences ---------------------------------------------------------------------

export const ACCOUNTING_PURPOSES = [
  "grant-application",
  "grant-report",
  "tender",
  "iop",
  "internal-learning",
  "members",
  "sustainability-report",
] as const;
export type AccountingPurpose = (typeof ACCOUNTING_PURPOSES)[number];

/** Why an accounting is made (§1.4 Purpose, §10). */
export const ACCOUNTING_PURPOSE_LABELS: Record<AccountingPurpose, Localized> = {
  "grant-application": t("Ansökan om bidrag", "Grant application"),
  "grant-report": t("Redovisning av bidrag", "Grant report"),
  tender: t("Upphandling", "Tender"),
  iop: t("Idéburet offentligt partnerskap (IOP)", "Idea-based public partnership (IOP)"),
  "internal-learning": t("Internt lärande", "Internal learning"),
  members: t("Redovisning för medlemmarna", "Report to members"),
  "sustainability-report": t("Hållbarhetsredovisning", "Sustainability report"),
};

export const AUDIENCES = [
  "members",
  "foundation",
  "municipality-grant",
  "municipality-buyer",
  "companies",
  "public",
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The main audience (mottagare) of an accounting (§3.1). */
export const AUDIENCE_LABELS: Record<Audience, Localized> = {
  members: t("Medlemmar och styrelse", "Members and board"),
  foundation: t("Privat stiftelse eller Arvsfonden", "Private foundation or Arvsfonden"),
  "municipality-grant": t("Kommun eller region som bidragsgivare", "Municipality or region as grant giver"),
  "municipality-buyer": t("Kommun eller region som köpare", "Municipality or region as buyer"),
  companies: t("Företag och samarbetspartner", "Companies and partners"),
  public: t("Allmänheten", "The general public"),
};

// ---- Impact chain -------------------------------------------------------------------------------

export const IMPACT_CHAIN_LEVELS = ["input", "activity", "output", "outcome", "impact"] as const;
export type ImpactChainLevel = (typeof IMPACT_CHAIN_LEVELS)[number];

export interface ImpactChainLevelInfo {
  readonly key: ImpactChainLevel;
  readonly label: Localized;
  readonly help: Localized;
  readonly example: Localized;
}

/**
 * The five levels of the impact chain (effektkedja), §1.1. "Impact" is shown as
 * *samhällspåverkan*, never the bare word (§1.2).
 */
export const IMPACT_CHAIN_LEVEL_INFO: readonly ImpactChainLevelInfo[] = [
  {
    key: "input",
    label: t("Resurser", "Inputs"),
    help: t(
      "Allt ni lägger in i arbetet: pengar, ideell tid, lokaler, utrustning och annat stöd.",
      "Everything you put into the work: money, volunteer time, premises, equipment and other support.",
    ),
    example: t(
      "1 200 ideella timmar, bidrag från kommunen, halltider",
      "1,200 volunteer hours, a municipal grant, sports hall time",
    ),
  },
  {
    key: "activity",
    label: t("Aktiviteter", "Activities"),
    help: t("Det ni gör med resurserna.", "What you do with the inputs."),
    example: t("Träning varje vecka för tjejer 10–15 år", "Weekly training for girls aged 10–15"),
  },
  {
    key: "output",
    label: t("Prestationer", "Outputs"),
    help: t(
      "Det ni kan räkna direkt av aktiviteterna. Säger ännu inget om förändring.",
      "What you can count directly from the activities. It says nothing yet about change.",
    ),
    example: t("80 deltagare, 2 400 deltagartillfällen", "80 participants, 2,400 attendances"),
  },
  {
    key: "outcome",
    label: t("Effekter", "Outcomes"),
    help: t(
      "En förändring som en intressentgrupp upplever tack vare aktiviteterna, på kort eller medellång sikt. Kan vara positiv eller negativ, väntad eller oväntad.",
      "A change a stakeholder group experiences because of the activities, in the short or medium term. It can be positive or negative, intended or unintended.",
    ),
    example: t(
      "Deltagarna rör sig minst 60 minuter om dagen och får bättre självkänsla",
      "Participants are active for at least 60 minutes a day and gain self-esteem",
    ),
  },
  {
    key: "impact",
    label: t("Samhällspåverkan", "Long-term impact"),
    help: t(
      "Den långsiktiga förändringen i samhället som effekterna bidrar till, oftast tillsammans med många andra.",
      "The long-term change in society that the outcomes contribute to, usually together with many others.",
    ),
    example: t("Bättre folkhälsa och lägre kostnader för vården", "Better public health and lower healthcare costs"),
  },
];

// ---- Building-block schemas ---------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The field names the block schemas put in their messages (text in `app/i18n/<locale>/validation.ts`). */
function labels(locale: Locale) {
  return validationMessages(locale).blockFields;
}

function requiredText(label: string, max: number, locale: Locale) {
  const m = validationMessages(locale);
  return z
    .string({ error: () => m.required(label) })
    .trim()
    .min(1, { error: () => m.required(label) })
    .max(max, { error: () => m.tooLong(max) });
}

function optionalText(label: string, max: number, locale: Locale) {
  const m = validationMessages(locale);
  return z
    .string({ error: () => m.expectedText(label) })
    .trim()
    .max(max, { error: () => m.tooLong(max) })
    .optional();
}

/** An impact-chain item: one box in the chain (§1.1), with an optional assumption and risk (LFA column). */
export function makeImpactChainItemSchema(locale: Locale = "sv") {
  const l = labels(locale);
  const m = validationMessages(locale);
  return z.object({
    id: z.string().optional(),
    level: z.enum(IMPACT_CHAIN_LEVELS, { error: () => m.chooseOption(l.level) }),
    text: requiredText(l.text, 1000, locale),
    /** Outcomes should name the one stakeholder group they belong to (§1.1). */
    stakeholderId: z.string().optional(),
    assumption: optionalText(l.assumption, 1000, locale),
    risk: optionalText(l.risk, 1000, locale),
  });
}

/**
 * A stakeholder group (intressent, §1.3). A group that is included must say how it is involved and
 * what changes for it; excluded groups may leave those empty (SROI stage 1 still lists them).
 */
export function makeStakeholderSchema(locale: Locale = "sv") {
  const l = labels(locale);
  const m = validationMessages(locale);
  return z
    .object({
      id: z.string().optional(),
      name: requiredText(l.name, 120, locale),
      size: z
        .number({ error: () => m.number({ min: 0, integer: true }) })
        .int({ error: () => m.number({ min: 0, integer: true }) })
        .min(0, { error: () => m.number({ min: 0, integer: true }) })
        .optional(),
      involvement: z
        .string({ error: () => m.expectedText(l.involvement) })
        .trim()
        .max(1000, { error: () => m.tooLong(1000) }),
      whatChanges: z
        .string({ error: () => m.expectedText(l.whatChanges) })
        .trim()
        .max(2000, { error: () => m.tooLong(2000) }),
      included: z.boolean({ error: () => m.expectedBoolean(l.included) }),
    })
    .superRefine((value, ctx) => {
      if (!value.included) return;
      if (value.involvement.length === 0) {
        ctx.addIssue({ code: "custom", path: ["involvement"], message: m.required(l.involvement) });
      }
      if (value.whatChanges.length === 0) {
        ctx.addIssue({ code: "custom", path: ["whatChanges"], message: m.required(l.whatChanges) });
      }
    });
}

/**
 * An action-plan row: Vad? Vilka mål? Hur? När? Vem? Hur mäter vi att vi har lyckats?
 * `when` is a date (YYYY-MM-DD) or a short text such as "hösten 2026".
 */
export function makeActionPlanRowSchema(locale: Locale = "sv") {
  const l = labels(locale);
  return z.object({
    id: z.string().optional(),
    what: requiredText(l.what, 500, locale),
    goals: optionalText(l.goals, 1000, locale),
    how: optionalText(l.how, 2000, locale),
    when: requiredText(l.when, 100, locale),
    who: requiredText(l.who, 200, locale),
    measure: requiredText(l.measure, 1000, locale),
    /** Links to the accounting's indicators that show whether the action worked. */
    indicatorIds: z.array(z.string()).optional(),
  });
}

export type ImpactChainItem = z.infer<ReturnType<typeof makeImpactChainItemSchema>>;

export type Stakeholder = z.infer<ReturnType<typeof makeStakeholderSchema>>;

export type ActionPlanRow = z.infer<ReturnType<typeof makeActionPlanRowSchema>>;
