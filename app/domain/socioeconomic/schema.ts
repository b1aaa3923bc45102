import { z } from "zod";
import type { Locale } from "~/i18n/types";
import { formatNumber } from "~/utils/format";
import { ACTOR_KEYS, EFFECT_TYPES } from "./labels";
import { pathIssuesOf, type PathIssue } from "~/utils/validation";

/**
 * The input of a simplified socio-economic account (docs/domain/method-guide.md §6.1, §2.6) as zod schemas with
 * Swedish or English messages, and `parseSocioeconomicInput`, which never throws.
 *
 * Shape: the intervention's cost and one or more participant groups (typical cases, typfall). Each
 * group has participants, years and a success rate (verkningsgrad), an optional production value
 * per effective person-year, and line items per actor. A line item is either a signed `amount`
 * (SEK per effective person-year, + = gain for the actor) or a `before` and `after` amount per
 * person-year; for `kind: "cost"` (default) the gain is before − after (an avoided cost), for
 * `kind: "revenue"` it is after − before (new revenue, e.g. income tax).
 */

export const MAX_GROUPS = 20;
export const MAX_ITEMS_PER_GROUP = 100;
export const MAX_YEARS = 50;
export const MAX_PARTICIPANTS = 1_000_000;
export const MAX_AMOUNT = 1_000_000_000;
export const MAX_INTERVENTION_COST = 10_000_000_000;
const MAX_LABEL = 200;

interface Field {
  name: string;
  hint: string;
}
type FieldKey =
  | "interventionCost"
  | "groupLabel"
  | "participants"
  | "years"
  | "successRate"
  | "productionValue"
  | "actor"
  | "itemLabel"
  | "type"
  | "amount"
  | "before"
  | "after"
  | "kind";

interface Texts {
  fields: Record<FieldKey, Field>;
  body: string;
  missing: (f: Field) => string;
  notNumber: (f: Field) => string;
  notInteger: (f: Field) => string;
  notText: (f: Field) => string;
  tooLong: (f: Field, max: number) => string;
  choice: (f: Field) => string;
  groupsMissing: string;
  groupsNotList: string;
  groupsTooFew: string;
  groupsTooMany: (max: number) => string;
  groupNotObject: string;
  itemsNotList: string;
  itemsTooMany: (max: number) => string;
  itemNotObject: string;
  costNotPositive: string;
  tooLarge: (f: Field, max: string) => string;
  participantsRange: string;
  yearsRange: (max: number) => string;
  successRate: (fraction: string, percent: string) => string;
  notNegative: (f: Field) => string;
  amountOrBeforeAfter: string;
  amountAndBeforeAfter: string;
}

const sv: Texts = {
  fields: {
    interventionCost: {
      name: "Kostnaden för insatsen",
      hint: "Skriv vad insatsen kostar i kronor, till exempel 900000 för handledning och utbildning under ett år.",
    },
    groupLabel: {
      name: "Namn på typfallet",
      hint: "Skriv ett kort namn, till exempel ”Långvarigt ekonomiskt bistånd”.",
    },
    participants: {
      name: "Antal deltagare",
      hint: "Skriv hur många deltagare som hör till typfallet, till exempel 8.",
    },
    years: { name: "Antal år", hint: "Skriv hur många år förändringen räknas, till exempel 1." },
    successRate: { name: "Verkningsgrad", hint: "Skriv en andel mellan 0 och 1, till exempel 0,75 för 75 %." },
    productionValue: {
      name: "Produktionsvärde",
      hint: "Skriv värdet av det deltagarna producerar i kronor per effektivt personår, till exempel 150000.",
    },
    actor: {
      name: "Aktör",
      hint: "Välj kommun, region, arbetsformedlingen, forsakringskassan, ovrig-stat eller individ.",
    },
    itemLabel: { name: "Namn på posten", hint: "Skriv vad posten gäller, till exempel ”Undvikt ekonomiskt bistånd”." },
    type: {
      name: "Typ av effekt",
      hint: "Skriv real om det gäller resurser (vård, handläggning, produktion) eller transfer om pengar bara flyttas mellan aktörer (bidrag, skatt).",
    },
    amount: {
      name: "Beloppet",
      hint: "Skriv kronor per effektivt personår, positivt om aktören vinner och negativt om aktören betalar.",
    },
    before: { name: "Beloppet före", hint: "Skriv kronor per personår i utgångsläget, till exempel 63682." },
    after: { name: "Beloppet efter", hint: "Skriv kronor per personår efter insatsen, till exempel 0." },
    kind: {
      name: "Slag av post",
      hint: "Skriv cost för en kostnad som kan undvikas eller revenue för en ny intäkt, till exempel skatt.",
    },
  },
  body: "Skicka kalkylen som ett objekt med kostnaden för insatsen (interventionCost) och minst ett typfall (groups).",
  missing: (f) => `${f.name} saknas. ${f.hint}`,
  notNumber: (f) => `${f.name} ska vara ett tal. ${f.hint}`,
  notInteger: (f) => `${f.name} ska vara ett heltal. ${f.hint}`,
  notText: (f) => `${f.name} ska vara text. ${f.hint}`,
  tooLong: (f, max) => `${f.name} får vara högst ${max} tecken. Korta texten.`,
  choice: (f) => `${f.name} har ett värde som inte finns. ${f.hint}`,
  groupsMissing: "Typfall (groups) saknas. Lägg till minst ett typfall med deltagare, år och verkningsgrad.",
  groupsNotList:
    "Typfallen (groups) ska vara en lista. Lägg till minst ett typfall med deltagare, år och verkningsgrad.",
  groupsTooFew: "Lägg till minst ett typfall med deltagare, år och verkningsgrad.",
  groupsTooMany: (max) => `En kalkyl kan ha högst ${max} typfall. Slå ihop typfall som liknar varandra.`,
  groupNotObject: "Varje typfall ska ha namn, antal deltagare, antal år, verkningsgrad och poster.",
  itemsNotList: "Posterna (items) ska vara en lista med belopp per aktör.",
  itemsTooMany: (max) => `Ett typfall kan ha högst ${max} poster. Slå ihop små poster.`,
  itemNotObject: "Varje post ska ha aktör, namn, typ och belopp.",
  costNotPositive: "Kostnaden för insatsen måste vara större än 0 kronor.",
  tooLarge: (f, max) => `${f.name} får vara högst ${max} kronor. Kontrollera att du inte har skrivit extra nollor.`,
  participantsRange: `Antal deltagare ska vara minst 1 och högst ${formatNumber(MAX_PARTICIPANTS, "sv").replace(/\u00a0/g, " ")}.`,
  yearsRange: (max) => `Antal år ska vara större än 0 och högst ${max}.`,
  successRate: (fraction, percent) =>
    `Verkningsgrad anges som en andel mellan 0 och 1, till exempel ${fraction} för ${percent} %.`,
  notNegative: (f) => `${f.name} kan inte vara negativt. Skriv 0 eller mer.`,
  amountOrBeforeAfter:
    "Beloppet saknas. Skriv antingen ett belopp per effektivt personår (amount) eller både före (before) och efter (after).",
  amountAndBeforeAfter: "Skriv antingen ett belopp (amount) eller före och efter (before, after), inte båda.",
};

const en: Texts = {
  fields: {
    interventionCost: {
      name: "The cost of the intervention",
      hint: "Enter what the intervention costs in SEK, for example 900000 for a year of supervision and training.",
    },
    groupLabel: {
      name: "The name of the typical case",
      hint: "Enter a short name, for example “Long-term social assistance”.",
    },
    participants: {
      name: "Number of participants",
      hint: "Enter how many participants belong to the typical case, for example 8.",
    },
    years: { name: "Number of years", hint: "Enter for how many years the change is counted, for example 1." },
    successRate: { name: "Success rate", hint: "Enter a fraction between 0 and 1, for example 0.75 for 75%." },
    productionValue: {
      name: "Production value",
      hint: "Enter the value of what the participants produce in SEK per effective person-year, for example 150000.",
    },
    actor: {
      name: "Actor",
      hint: "Choose kommun, region, arbetsformedlingen, forsakringskassan, ovrig-stat or individ.",
    },
    itemLabel: {
      name: "The name of the item",
      hint: "Enter what the item is, for example “Avoided social assistance”.",
    },
    type: {
      name: "Type of effect",
      hint: "Enter real for resources (care, case handling, production) or transfer when money only moves between actors (benefits, taxes).",
    },
    amount: {
      name: "The amount",
      hint: "Enter SEK per effective person-year, positive if the actor gains and negative if the actor pays.",
    },
    before: { name: "The amount before", hint: "Enter SEK per person-year at baseline, for example 63682." },
    after: { name: "The amount after", hint: "Enter SEK per person-year after the intervention, for example 0." },
    kind: {
      name: "Kind of item",
      hint: "Enter cost for a cost that can be avoided or revenue for new revenue, for example tax.",
    },
  },
  body: "Send the calculation as an object with the cost of the intervention (interventionCost) and at least one typical case (groups).",
  missing: (f) => `${f.name} is missing. ${f.hint}`,
  notNumber: (f) => `${f.name} must be a number. ${f.hint}`,
  notInteger: (f) => `${f.name} must be a whole number. ${f.hint}`,
  notText: (f) => `${f.name} must be text. ${f.hint}`,
  tooLong: (f, max) => `${f.name} can be at most ${max} characters. Please shorten it.`,
  choice: (f) => `${f.name} has a value that does not exist. ${f.hint}`,
  groupsMissing:
    "Typical cases (groups) are missing. Add at least one typical case with participants, years and success rate.",
  groupsNotList:
    "Typical cases (groups) must be a list. Add at least one typical case with participants, years and success rate.",
  groupsTooFew: "Add at least one typical case with participants, years and success rate.",
  groupsTooMany: (max) => `A calculation can have at most ${max} typical cases. Combine cases that are alike.`,
  groupNotObject: "Each typical case needs a name, number of participants, number of years, success rate and items.",
  itemsNotList: "The items must be a list of amounts per actor.",
  itemsTooMany: (max) => `A typical case can have at most ${max} items. Combine small items.`,
  itemNotObject: "Each item needs an actor, a name, a type and an amount.",
  costNotPositive: "The cost of the intervention must be more than SEK 0.",
  tooLarge: (f, max) => `${f.name} can be at most SEK ${max}. Check that you have not entered extra zeros.`,
  participantsRange: `The number of participants must be at least 1 and at most ${formatNumber(MAX_PARTICIPANTS, "en")}.`,
  yearsRange: (max) => `The number of years must be more than 0 and at most ${max}.`,
  successRate: (fraction, percent) =>
    `The success rate is given as a fraction between 0 and 1, for example ${fraction} for ${percent}%.`,
  notNegative: (f) => `${f.name} cannot be negative. Enter 0 or more.`,
  amountOrBeforeAfter:
    "The amount is missing. Enter either an amount per effective person-year (amount) or both before and after.",
  amountAndBeforeAfter: "Enter either an amount or before and after, not both.",
};

const TEXTS: Record<Locale, Texts> = { sv, en };

function plain(value: number, locale: Locale): string {
  return formatNumber(value, locale, 6).replace(/\u00a0/g, " ");
}

function numberError(t: Texts, f: Field, integer = false) {
  return (iss: { input?: unknown }) => {
    if (iss.input === undefined) return t.missing(f);
    if (integer && typeof iss.input === "number") return t.notInteger(f);
    return t.notNumber(f);
  };
}

function textField(t: Texts, f: Field) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? t.missing(f) : t.notText(f)) })
    .trim()
    .min(1, { error: () => t.missing(f) })
    .max(MAX_LABEL, { error: () => t.tooLong(f, MAX_LABEL) });
}

function money(t: Texts, f: Field, locale: Locale, min: number | null) {
  const base = z
    .number({ error: numberError(t, f) })
    .max(MAX_AMOUNT, { error: () => t.tooLarge(f, plain(MAX_AMOUNT, locale)) });
  return min === null
    ? base.min(-MAX_AMOUNT, { error: () => t.tooLarge(f, plain(MAX_AMOUNT, locale)) })
    : base.min(min, { error: () => t.notNegative(f) });
}

function isObjectPayload(payload: { value: unknown }): boolean {
  return typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value);
}

function buildSchema(locale: Locale) {
  const t = TEXTS[locale];
  const f = t.fields;

  const successRateMessage = (iss: { input?: unknown }) => {
    const looksLikePercent = typeof iss.input === "number" && iss.input > 1 && iss.input <= 100;
    const [fraction, percent] = looksLikePercent ? [(iss.input as number) / 100, iss.input as number] : [0.75, 75];
    return t.successRate(plain(fraction, locale), plain(percent, locale));
  };

  const item = z
    .object(
      {
        actor: z.enum(ACTOR_KEYS, {
          error: (iss) => (iss.input === undefined ? t.missing(f.actor) : t.choice(f.actor)),
        }),
        label: textField(t, f.itemLabel),
        type: z.enum(EFFECT_TYPES, {
          error: (iss) => (iss.input === undefined ? t.missing(f.type) : t.choice(f.type)),
        }),
        amount: money(t, f.amount, locale, null).optional(),
        before: money(t, f.before, locale, 0).optional(),
        after: money(t, f.after, locale, 0).optional(),
        kind: z
          .enum(["cost", "revenue"], {
            error: (iss) => (iss.input === undefined ? t.missing(f.kind) : t.choice(f.kind)),
          })
          .optional(),
      },
      { error: () => t.itemNotObject },
    )
    // Either `amount`, or both `before` and `after`; checked even when other fields have errors.
    .refine((i) => !(i.amount !== undefined && (i.before !== undefined || i.after !== undefined)), {
      path: ["amount"],
      error: () => t.amountAndBeforeAfter,
      when: isObjectPayload,
    })
    .refine((i) => !(i.amount === undefined && i.before === undefined && i.after === undefined), {
      path: ["amount"],
      error: () => t.amountOrBeforeAfter,
      when: isObjectPayload,
    })
    .refine((i) => !(i.amount === undefined && i.before !== undefined && i.after === undefined), {
      path: ["after"],
      error: () => t.missing(f.after),
      when: isObjectPayload,
    })
    .refine((i) => !(i.amount === undefined && i.before === undefined && i.after !== undefined), {
      path: ["before"],
      error: () => t.missing(f.before),
      when: isObjectPayload,
    });

  const group = z.object(
    {
      label: textField(t, f.groupLabel),
      participants: z
        .int({ error: numberError(t, f.participants, true) })
        .min(1, { error: () => t.participantsRange })
        .max(MAX_PARTICIPANTS, { error: () => t.participantsRange }),
      years: z
        .number({ error: numberError(t, f.years) })
        .gt(0, { error: () => t.yearsRange(MAX_YEARS) })
        .max(MAX_YEARS, { error: () => t.yearsRange(MAX_YEARS) }),
      successRate: z
        .number({ error: numberError(t, f.successRate) })
        .min(0, { error: successRateMessage })
        .max(1, { error: successRateMessage }),
      productionValue: money(t, f.productionValue, locale, 0).default(0),
      items: z
        .array(item, { error: () => t.itemsNotList })
        .max(MAX_ITEMS_PER_GROUP, { error: () => t.itemsTooMany(MAX_ITEMS_PER_GROUP) })
        .default([]),
    },
    { error: () => t.groupNotObject },
  );

  return z.object(
    {
      interventionCost: z
        .number({ error: numberError(t, f.interventionCost) })
        .gt(0, { error: () => t.costNotPositive })
        .max(MAX_INTERVENTION_COST, {
          error: () => t.tooLarge(f.interventionCost, plain(MAX_INTERVENTION_COST, locale)),
        }),
      groups: z
        .array(group, { error: (iss) => (iss.input === undefined ? t.groupsMissing : t.groupsNotList) })
        .min(1, { error: () => t.groupsTooFew })
        .max(MAX_GROUPS, { error: () => t.groupsTooMany(MAX_GROUPS) }),
    },
    { error: () => t.body },
  );
}

const schemas = new Map<Locale, ReturnType<typeof buildSchema>>();

/** The socio-economic input schema with messages in the given language (cached); unknown keys are dropped. */
export function getSocioeconomicInputSchema(locale: Locale): ReturnType<typeof buildSchema> {
  let schema = schemas.get(locale);
  if (!schema) {
    schema = buildSchema(locale);
    schemas.set(locale, schema);
  }
  return schema;
}

/** A validated input: defaults applied (`productionValue` 0, `items` []), texts trimmed. */
export type SocioeconomicInput = z.output<ReturnType<typeof getSocioeconomicInputSchema>>;
/** The body as sent; the engine accepts it too. */
export type SocioeconomicInputBody = z.input<ReturnType<typeof getSocioeconomicInputSchema>>;
export type ParticipantGroup = SocioeconomicInputBody["groups"][number];
export type CostItem = NonNullable<ParticipantGroup["items"]>[number];

export type SocioeconomicIssue = PathIssue;

export type ParseSocioeconomicResult =
  { ok: true; value: SocioeconomicInput } | { ok: false; errors: SocioeconomicIssue[] };

/**
 * Validates a socio-economic request body (§6.1). Never throws: returns the typed input or errors
 * with dotted paths (`groups.0.items.2.amount`) and plain Swedish or English messages.
 */
export function parseSocioeconomicInput(body: unknown, locale: Locale): ParseSocioeconomicResult {
  const result = getSocioeconomicInputSchema(locale).safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: pathIssuesOf(result.error),
  };
}
