import { z } from "zod";
import type { Locale } from "~/i18n/types";
import { formatNumber } from "~/utils/format";
import { SROI_PARAMETER_LABELS, type DeductionKey } from "./labels";
import { pathIssuesOf, type PathIssue } from "~/utils/validation";

/**
 * The input of an SROI calculation (docs/domain/method-guide.md §5.1–5.3) as zod schemas, one per locale so the
 * messages are plain Swedish or English, and `parseSroiInput`, which turns any request body into
 * either a typed input or a list of `{ path, message }` errors (never throws).
 *
 * Hard rules of §5.3 are errors here; the softer ones (missing justification, missing proxy source
 * or year, unusually high values) are warnings from `sroiWarnings`, so a draft can still be computed.
 */

/** Default discount rate r (§5.2): 3.5 %, the SROI Guide / Green Book rate. */
export const DEFAULT_DISCOUNT_RATE = 0.035;
/** Highest discount rate allowed (§5.3). */
export const MAX_DISCOUNT_RATE = 0.1;
/** Longest duration of an outcome, in years (§5.3). */
export const MAX_DURATION_YEARS = 10;
/** Sanity limits that keep the arithmetic finite and catch typing errors (extra zeros). */
export const MAX_INPUTS = 100;
export const MAX_OUTCOMES = 100;
export const MAX_INPUT_AMOUNT = 10_000_000_000;
export const MAX_QUANTITY = 10_000_000;
export const MAX_ABS_PROXY = 1_000_000_000;
export const MIN_PROXY_YEAR = 1900;
export const MAX_PROXY_YEAR = 2100;
const MAX_LABEL = 200;
const MAX_SOURCE = 1000;
const MAX_JUSTIFICATION = 4000;
const MAX_UNIT = 50;

/** Units for which the quantity counts people and so must be a whole number (§5.3). */
export const PERSON_UNITS = ["person", "persons", "personer", "people", "deltagare", "participants"];

/** True when `unit` says the quantity counts people. */
export function isPersonUnit(unit: string | undefined): boolean {
  return unit !== undefined && PERSON_UNITS.includes(unit.trim().toLowerCase());
}

type FieldKey =
  | "discountRate"
  | "inputLabel"
  | "amount"
  | "outcomeLabel"
  | "quantity"
  | "proxyValue"
  | "negative"
  | DeductionKey
  | "durationYears"
  | "startYear"
  | "stakeholder"
  | "proxySource"
  | "proxyYear"
  | "placeholder"
  | "unit"
  | "justifications";

interface Field {
  name: string;
  hint: string;
}

interface Texts {
  fields: Record<FieldKey, Field>;
  justification: (deduction: DeductionKey) => Field;
  body: string;
  missing: (f: Field) => string;
  notNumber: (f: Field) => string;
  notInteger: (f: Field) => string;
  notText: (f: Field) => string;
  notBoolean: (f: Field) => string;
  notObject: (f: Field) => string;
  empty: (f: Field) => string;
  tooLong: (f: Field, max: number) => string;
  listMissing: { inputs: string; outcomes: string };
  listNotList: { inputs: string; outcomes: string };
  listTooFew: { inputs: string; outcomes: string };
  listTooMany: { inputs: (max: number) => string; outcomes: (max: number) => string };
  itemNotObject: { inputs: string; outcomes: string };
  share: (name: string, exampleFraction: string, examplePercent: string) => string;
  discountRateRange: (exampleFraction: string, examplePercent: string) => string;
  amountNotPositive: string;
  amountTooLarge: (max: string) => string;
  quantityNegative: string;
  quantityTooLarge: (max: string) => string;
  quantityPersons: string;
  proxyZero: string;
  proxyNegativeWithoutFlag: string;
  proxyPositiveWithFlag: string;
  proxyTooLarge: (max: string) => string;
  durationRange: string;
  startYearRange: string;
  proxyYearRange: string;
}

const sv: Texts = {
  fields: {
    discountRate: {
      name: "Diskonteringsränta",
      hint: "Skriv en andel mellan 0 och 0,10, till exempel 0,035 för 3,5 %.",
    },
    inputLabel: { name: "Namn på insatsen", hint: "Skriv ett kort namn, till exempel ”Bidrag från kommunen”." },
    amount: { name: "Värdet på insatsen", hint: "Skriv värdet i kronor, till exempel 450000." },
    outcomeLabel: { name: "Namn på effekten", hint: "Skriv ett kort namn, till exempel ”Fler deltagare i arbete”." },
    quantity: { name: "Antal", hint: "Skriv hur många personer eller enheter som får effekten, till exempel 10." },
    proxyValue: {
      name: "Finansiell proxy",
      hint: "Skriv vad effekten är värd i kronor per enhet och år, till exempel 5000.",
    },
    negative: {
      name: "Negativ effekt (negative)",
      hint: "Skriv true om effekten är en nackdel för någon, annars false.",
    },
    deadweight: { name: "Dödvikt", hint: "Skriv en andel mellan 0 och 1, till exempel 0,25 för 25 %." },
    displacement: { name: "Undanträngning", hint: "Skriv en andel mellan 0 och 1, till exempel 0,25 för 25 %." },
    attribution: { name: "Tillskrivning", hint: "Skriv en andel mellan 0 och 1, till exempel 0,25 för 25 %." },
    dropOff: { name: "Avtagande", hint: "Skriv en andel mellan 0 och 1, till exempel 0,25 för 25 %." },
    durationYears: { name: "Varaktighet", hint: "Skriv hur många år effekten varar, ett heltal från 1 till 10." },
    startYear: {
      name: "Startår",
      hint: "Skriv 1 om effekten märks redan under verksamhetsåret, eller 2 om den börjar året efter.",
    },
    stakeholder: { name: "Intressent", hint: "Skriv vilken grupp som får effekten, till exempel ”Deltagare”." },
    proxySource: {
      name: "Källa för proxyn",
      hint: "Skriv var värdet kommer ifrån, till exempel ”Stockholms stad, statistik om ekonomiskt bistånd”.",
    },
    proxyYear: { name: "Årtal för proxyn", hint: "Skriv vilket år värdet gäller, till exempel 2017." },
    placeholder: {
      name: "Illustrativt värde (placeholder)",
      hint: "Skriv true om proxyn bara är ett exempelvärde, annars false.",
    },
    unit: { name: "Enhet", hint: "Skriv till exempel ”personer” eller ”hushåll”." },
    justifications: {
      name: "Motiveringar",
      hint: "Skicka dem som ett objekt med en text för deadweight, displacement, attribution och dropOff.",
    },
  },
  justification: (d) => ({
    name: `Motiveringen för ${SROI_PARAMETER_LABELS[d].sv.toLowerCase()}`,
    hint: "Skriv motiveringen som vanlig text.",
  }),
  body: "Skicka kalkylen som ett objekt med insatser (inputs) och effekter (outcomes).",
  missing: (f) => `${f.name} saknas. ${f.hint}`,
  notNumber: (f) => `${f.name} ska vara ett tal. ${f.hint}`,
  notInteger: (f) => `${f.name} ska vara ett heltal. ${f.hint}`,
  notText: (f) => `${f.name} ska vara text. ${f.hint}`,
  notBoolean: (f) => `${f.name} ska vara true eller false. ${f.hint}`,
  notObject: (f) => `${f.name} har fel form. ${f.hint}`,
  empty: (f) => `${f.name} saknas. ${f.hint}`,
  tooLong: (f, max) => `${f.name} får vara högst ${max} tecken. Korta texten.`,
  listMissing: {
    inputs: "Insatser (inputs) saknas. Lägg till minst en insats med namn och värde i kronor.",
    outcomes: "Effekter (outcomes) saknas. Lägg till minst en effekt att värdera.",
  },
  listNotList: {
    inputs: "Insatser (inputs) ska vara en lista. Lägg till minst en insats med namn och värde i kronor.",
    outcomes: "Effekter (outcomes) ska vara en lista. Lägg till minst en effekt att värdera.",
  },
  listTooFew: {
    inputs: "Lägg till minst en insats, till exempel ett bidrag eller ideell tid värderad i kronor.",
    outcomes: "Lägg till minst en effekt att värdera.",
  },
  listTooMany: {
    inputs: (max) => `En kalkyl kan ha högst ${max} insatser. Slå ihop små insatser till större poster.`,
    outcomes: (max) => `En kalkyl kan ha högst ${max} effekter. Ta bort effekter som inte är väsentliga.`,
  },
  itemNotObject: {
    inputs: "Varje insats ska ha ett namn (label) och ett värde i kronor (amount).",
    outcomes: "Varje effekt ska ha namn, antal, proxy, avdrag och varaktighet.",
  },
  share: (name, fraction, percent) =>
    `${name} anges som en andel mellan 0 och 1, till exempel ${fraction} för ${percent} %.`,
  discountRateRange: (fraction, percent) =>
    `Diskonteringsränta anges som en andel mellan 0 och 0,10, till exempel ${fraction} för ${percent} %.`,
  amountNotPositive: "Värdet på insatsen måste vara större än 0 kronor. Ta bort insatsen om den saknar värde.",
  amountTooLarge: (max) =>
    `Värdet på insatsen får vara högst ${max} kronor. Kontrollera att du inte har skrivit öre eller extra nollor.`,
  quantityNegative: "Antal kan inte vara negativt. Skriv 0 eller fler.",
  quantityTooLarge: (max) => `Antal får vara högst ${max}. Kontrollera siffran.`,
  quantityPersons: "Antal personer ska vara ett heltal, till exempel 10.",
  proxyZero:
    "Finansiell proxy kan inte vara 0. Skriv vad effekten är värd i kronor per enhet och år, eller ta bort effekten.",
  proxyNegativeWithoutFlag:
    "Finansiell proxy är negativ. Om effekten är en nackdel för någon, markera den som negativ effekt (negative: true). Annars skriv ett positivt värde.",
  proxyPositiveWithFlag:
    "Effekten är markerad som negativ men proxyn är positiv. Skriv proxyn som ett negativt tal, till exempel −5000, så att den minskar värdet.",
  proxyTooLarge: (max) =>
    `Finansiell proxy får vara högst ${max} kronor per enhet och år. Kontrollera att värdet gäller per enhet och inte totalt.`,
  durationRange: "Varaktighet ska vara ett heltal från 1 till 10 år.",
  startYearRange:
    "Startår ska vara 1 (effekten märks redan under verksamhetsåret) eller 2 (effekten börjar året efter).",
  proxyYearRange: `Årtal för proxyn ska vara mellan ${MIN_PROXY_YEAR} och ${MAX_PROXY_YEAR}, till exempel 2017.`,
};

const en: Texts = {
  fields: {
    discountRate: { name: "Discount rate", hint: "Enter a fraction between 0 and 0.10, for example 0.035 for 3.5%." },
    inputLabel: {
      name: "The name of the input",
      hint: "Enter a short name, for example “Grant from the municipality”.",
    },
    amount: { name: "The value of the input", hint: "Enter the value in SEK, for example 450000." },
    outcomeLabel: {
      name: "The name of the outcome",
      hint: "Enter a short name, for example “More participants in work”.",
    },
    quantity: { name: "Quantity", hint: "Enter how many people or units experience the outcome, for example 10." },
    proxyValue: {
      name: "Financial proxy",
      hint: "Enter what the outcome is worth in SEK per unit per year, for example 5000.",
    },
    negative: {
      name: "Negative outcome (negative)",
      hint: "Enter true if the outcome is a disbenefit for someone, otherwise false.",
    },
    deadweight: { name: "Deadweight", hint: "Enter a fraction between 0 and 1, for example 0.25 for 25%." },
    displacement: { name: "Displacement", hint: "Enter a fraction between 0 and 1, for example 0.25 for 25%." },
    attribution: { name: "Attribution", hint: "Enter a fraction between 0 and 1, for example 0.25 for 25%." },
    dropOff: { name: "Drop-off", hint: "Enter a fraction between 0 and 1, for example 0.25 for 25%." },
    durationYears: { name: "Duration", hint: "Enter how many years the outcome lasts, a whole number from 1 to 10." },
    startYear: {
      name: "Start year",
      hint: "Enter 1 if the outcome occurs during the activity year, or 2 if it starts the year after.",
    },
    stakeholder: {
      name: "Stakeholder",
      hint: "Enter the group that experiences the outcome, for example “Participants”.",
    },
    proxySource: {
      name: "The source of the proxy",
      hint: "Enter where the value comes from, for example “City of Stockholm, social assistance statistics”.",
    },
    proxyYear: { name: "The year of the proxy", hint: "Enter the year the value applies to, for example 2017." },
    placeholder: {
      name: "Illustrative value (placeholder)",
      hint: "Enter true if the proxy is only an example value, otherwise false.",
    },
    unit: { name: "Unit", hint: "For example “persons” or “households”." },
    justifications: {
      name: "Justifications",
      hint: "Send them as an object with a text for deadweight, displacement, attribution and dropOff.",
    },
  },
  justification: (d) => ({
    name: `The justification for ${SROI_PARAMETER_LABELS[d].en.toLowerCase()}`,
    hint: "Write the justification as plain text.",
  }),
  body: "Send the calculation as an object with inputs and outcomes.",
  missing: (f) => `${f.name} is missing. ${f.hint}`,
  notNumber: (f) => `${f.name} must be a number. ${f.hint}`,
  notInteger: (f) => `${f.name} must be a whole number. ${f.hint}`,
  notText: (f) => `${f.name} must be text. ${f.hint}`,
  notBoolean: (f) => `${f.name} must be true or false. ${f.hint}`,
  notObject: (f) => `${f.name} are in the wrong form. ${f.hint}`,
  empty: (f) => `${f.name} is missing. ${f.hint}`,
  tooLong: (f, max) => `${f.name} can be at most ${max} characters. Please shorten it.`,
  listMissing: {
    inputs: "Inputs are missing. Add at least one input with a name and a value in SEK.",
    outcomes: "Outcomes are missing. Add at least one outcome to value.",
  },
  listNotList: {
    inputs: "Inputs must be a list. Add at least one input with a name and a value in SEK.",
    outcomes: "Outcomes must be a list. Add at least one outcome to value.",
  },
  listTooFew: {
    inputs: "Add at least one input, for example a grant or volunteer time valued in SEK.",
    outcomes: "Add at least one outcome to value.",
  },
  listTooMany: {
    inputs: (max) => `A calculation can have at most ${max} inputs. Combine small inputs into larger items.`,
    outcomes: (max) => `A calculation can have at most ${max} outcomes. Remove outcomes that are not material.`,
  },
  itemNotObject: {
    inputs: "Each input needs a name (label) and a value in SEK (amount).",
    outcomes: "Each outcome needs a name, quantity, proxy, deductions and duration.",
  },
  share: (name, fraction, percent) =>
    `${name} is given as a fraction between 0 and 1, for example ${fraction} for ${percent}%.`,
  discountRateRange: (fraction, percent) =>
    `The discount rate is given as a fraction between 0 and 0.10, for example ${fraction} for ${percent}%.`,
  amountNotPositive: "The value of an input must be more than SEK 0. Remove the input if it has no value.",
  amountTooLarge: (max) =>
    `The value of an input can be at most SEK ${max}. Check that you have not entered öre or extra zeros.`,
  quantityNegative: "Quantity cannot be negative. Enter 0 or more.",
  quantityTooLarge: (max) => `Quantity can be at most ${max}. Please check the figure.`,
  quantityPersons: "A number of persons must be a whole number, for example 10.",
  proxyZero:
    "The financial proxy cannot be 0. Enter what the outcome is worth in SEK per unit per year, or remove the outcome.",
  proxyNegativeWithoutFlag:
    "The financial proxy is negative. If the outcome is a disbenefit for someone, mark it as a negative outcome (negative: true). Otherwise enter a positive value.",
  proxyPositiveWithFlag:
    "The outcome is marked as negative but the proxy is positive. Enter the proxy as a negative number, for example −5000, so that it reduces the value.",
  proxyTooLarge: (max) =>
    `The financial proxy can be at most SEK ${max} per unit per year. Check that the value is per unit, not a total.`,
  durationRange: "Duration must be a whole number of years from 1 to 10.",
  startYearRange: "Start year must be 1 (the outcome occurs during the activity year) or 2 (it starts the year after).",
  proxyYearRange: `The year of the proxy must be between ${MIN_PROXY_YEAR} and ${MAX_PROXY_YEAR}, for example 2017.`,
};

const TEXTS: Record<Locale, Texts> = { sv, en };

/** A fraction written the reader's way, without thousands separators: 0,25 (sv) / 0.25 (en). */
function plain(value: number, locale: Locale): string {
  return formatNumber(value, locale, 6).replace(/\u00a0/g, " ");
}

/**
 * The example in a share message: when someone sends 25 for 25 %, the example says "0,25 för 25 %"
 * so the fix is obvious; otherwise the generic example is used.
 */
function shareExample(input: unknown, upper: number, generic: [number, number], locale: Locale): [string, string] {
  const looksLikePercent = typeof input === "number" && input > upper && input <= upper * 100;
  const [fraction, percent] = looksLikePercent ? [input / 100, input] : generic;
  return [plain(fraction, locale), plain(percent, locale)];
}

/** Messages for a JSON value that should have been a number (missing, text, null, …). */
function numberError(t: Texts, f: Field, integer = false) {
  return (iss: { input?: unknown }) => {
    if (iss.input === undefined) return t.missing(f);
    if (integer && typeof iss.input === "number") return t.notInteger(f);
    return t.notNumber(f);
  };
}

function textField(t: Texts, f: Field, max: number, required: boolean) {
  const base = z
    .string({ error: (iss) => (iss.input === undefined ? t.missing(f) : t.notText(f)) })
    .trim()
    .max(max, { error: () => t.tooLong(f, max) });
  return required ? base.min(1, { error: () => t.empty(f) }) : base;
}

function booleanField(t: Texts, f: Field) {
  return z.boolean({ error: () => t.notBoolean(f) });
}

function shareField(t: Texts, key: DeductionKey, locale: Locale) {
  const f = t.fields[key];
  const message = (iss: { input?: unknown }) => t.share(f.name, ...shareExample(iss.input, 1, [0.25, 25], locale));
  return z
    .number({ error: numberError(t, f) })
    .min(0, { error: message })
    .max(1, { error: message });
}

/** Lets a cross-field refinement run whenever the outcome is at least an object. */
function isObjectPayload(payload: { value: unknown }): boolean {
  return typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value);
}

function listErrors(t: Texts, list: "inputs" | "outcomes") {
  return (iss: { input?: unknown }) => (iss.input === undefined ? t.listMissing[list] : t.listNotList[list]);
}

function buildSchema(locale: Locale) {
  const t = TEXTS[locale];
  const fields = t.fields;

  const discountRateMessage = (iss: { input?: unknown }) =>
    t.discountRateRange(...shareExample(iss.input, MAX_DISCOUNT_RATE, [0.035, 3.5], locale));

  const input = z.object(
    {
      label: textField(t, fields.inputLabel, MAX_LABEL, true),
      amount: z
        .number({ error: numberError(t, fields.amount) })
        .gt(0, { error: () => t.amountNotPositive })
        .max(MAX_INPUT_AMOUNT, { error: () => t.amountTooLarge(plain(MAX_INPUT_AMOUNT, locale)) }),
    },
    { error: () => t.itemNotObject.inputs },
  );

  const justification = (key: DeductionKey) => textField(t, t.justification(key), MAX_JUSTIFICATION, false).optional();
  const justifications = z.object(
    {
      deadweight: justification("deadweight"),
      displacement: justification("displacement"),
      attribution: justification("attribution"),
      dropOff: justification("dropOff"),
    },
    { error: () => t.notObject(fields.justifications) },
  );

  const outcome = z
    .object(
      {
        label: textField(t, fields.outcomeLabel, MAX_LABEL, true),
        quantity: z
          .number({ error: numberError(t, fields.quantity) })
          .min(0, { error: () => t.quantityNegative })
          .max(MAX_QUANTITY, { error: () => t.quantityTooLarge(plain(MAX_QUANTITY, locale)) }),
        proxyValue: z
          .number({ error: numberError(t, fields.proxyValue) })
          .min(-MAX_ABS_PROXY, { error: () => t.proxyTooLarge(plain(MAX_ABS_PROXY, locale)) })
          .max(MAX_ABS_PROXY, { error: () => t.proxyTooLarge(plain(MAX_ABS_PROXY, locale)) }),
        negative: booleanField(t, fields.negative).optional(),
        deadweight: shareField(t, "deadweight", locale),
        displacement: shareField(t, "displacement", locale),
        attribution: shareField(t, "attribution", locale),
        dropOff: shareField(t, "dropOff", locale),
        durationYears: z
          .int({ error: numberError(t, fields.durationYears, true) })
          .min(1, { error: () => t.durationRange })
          .max(MAX_DURATION_YEARS, { error: () => t.durationRange }),
        startYear: z
          .union([z.literal(1), z.literal(2)], {
            error: (iss) => (typeof iss.input === "number" ? t.startYearRange : t.notNumber(fields.startYear)),
          })
          .default(1),
        stakeholder: textField(t, fields.stakeholder, MAX_LABEL, false).optional(),
        proxySource: textField(t, fields.proxySource, MAX_SOURCE, false).optional(),
        proxyYear: z
          .int({ error: numberError(t, fields.proxyYear, true) })
          .min(MIN_PROXY_YEAR, { error: () => t.proxyYearRange })
          .max(MAX_PROXY_YEAR, { error: () => t.proxyYearRange })
          .optional(),
        placeholder: booleanField(t, fields.placeholder).optional(),
        unit: textField(t, fields.unit, MAX_UNIT, false).optional(),
        justifications: justifications.optional(),
      },
      { error: () => t.itemNotObject.outcomes },
    )
    // Cross-field rules of §5.3. They run even when other fields of the outcome have errors
    // (`when`), so the user sees every problem at once; hence every value is type-checked first.
    .refine((o) => !(o.proxyValue === 0), { path: ["proxyValue"], error: () => t.proxyZero, when: isObjectPayload })
    .refine((o) => !(typeof o.proxyValue === "number" && o.proxyValue < 0 && o.negative !== true), {
      path: ["proxyValue"],
      error: () => t.proxyNegativeWithoutFlag,
      when: isObjectPayload,
    })
    .refine((o) => !(typeof o.proxyValue === "number" && o.proxyValue > 0 && o.negative === true), {
      path: ["proxyValue"],
      error: () => t.proxyPositiveWithFlag,
      when: isObjectPayload,
    })
    .refine(
      (o) => {
        const unit = typeof o.unit === "string" ? o.unit : undefined;
        return !(typeof o.quantity === "number" && !Number.isInteger(o.quantity) && isPersonUnit(unit));
      },
      { path: ["quantity"], error: () => t.quantityPersons, when: isObjectPayload },
    );

  return z.object(
    {
      discountRate: z
        .number({ error: numberError(t, fields.discountRate) })
        .min(0, { error: discountRateMessage })
        .max(MAX_DISCOUNT_RATE, { error: discountRateMessage })
        .default(DEFAULT_DISCOUNT_RATE),
      inputs: z
        .array(input, { error: listErrors(t, "inputs") })
        .min(1, { error: () => t.listTooFew.inputs })
        .max(MAX_INPUTS, { error: () => t.listTooMany.inputs(MAX_INPUTS) }),
      outcomes: z
        .array(outcome, { error: listErrors(t, "outcomes") })
        .min(1, { error: () => t.listTooFew.outcomes })
        .max(MAX_OUTCOMES, { error: () => t.listTooMany.outcomes(MAX_OUTCOMES) }),
    },
    { error: () => t.body },
  );
}

const schemas = new Map<Locale, ReturnType<typeof buildSchema>>();

/**
 * The SROI input schema with messages in the given language (cached). Use it for forms
 * (`zodResolver(getSroiInputSchema(locale))`) and in actions; unknown keys are dropped.
 */
export function getSroiInputSchema(locale: Locale): ReturnType<typeof buildSchema> {
  let schema = schemas.get(locale);
  if (!schema) {
    schema = buildSchema(locale);
    schemas.set(locale, schema);
  }
  return schema;
}

/** A validated calculation input, defaults applied (discountRate, startYear), strings trimmed. */
export type SroiInput = z.output<ReturnType<typeof getSroiInputSchema>>;
/** The API body as sent: `discountRate` and `startYear` may be left out. The engine accepts this too. */
export type SroiInputBody = z.input<ReturnType<typeof getSroiInputSchema>>;
export type SroiInputItem = SroiInput["inputs"][number];
export type SroiOutcomeInput = SroiInput["outcomes"][number];
export type SroiOutcomeBody = SroiInputBody["outcomes"][number];

/** One validation problem or warning: a dotted path into the body (`outcomes.0.attribution`) and a message. */
export type SroiIssue = PathIssue;

export type ParseSroiResult = { ok: true; value: SroiInput } | { ok: false; errors: SroiIssue[] };

/**
 * Validates an SROI request body against §5.3 (errors only; see `sroiWarnings` for warnings).
 * Never throws: any value, including non-objects, yields either the typed input or errors whose
 * messages say what is wrong and how to fix it, in Swedish or English.
 */
export function parseSroiInput(body: unknown, locale: Locale): ParseSroiResult {
  const result = getSroiInputSchema(locale).safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: pathIssuesOf(result.error) };
}
