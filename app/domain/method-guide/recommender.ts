/**
 * Method recommender (docs/domain/method-guide.md §3): the questionnaire (§3.1) and the decision table (§3.2).
 *
 * The table is [REC]: reconstructed by the team, to be checked by GSE before it is shown as
 * "GSE:s rekommendation". It is data (`DECISION_TABLE`), so GSE's corrections are edits of rows.
 * First matching row wins; at most three methods are returned, ranked, each with its reason.
 *
 * Interpretations where §3.2 is ambiguous (documented on each rule as `interpretation`):
 * - R3 "project-based": `projectBased` true, or not answered (grant applications are nearly always
 *   for a project). An explicit `false` skips R3.
 * - R4 "the method used in the application": `previousMethod`; without it, social accounting (light).
 * - R5/R6 "target group far from the labour market": R5 needs an explicit `true`; R6 takes the rest.
 * - R9 "values focus": `valuesFocus` must be explicitly true.
 * - R11 (fallback) recommends the light path `snabbspar`.
 */
import { z } from "zod";
import type { Locale } from "~/i18n/types";
import { AUDIENCES } from "./accounting";
import { t } from "./field-builders";
import { validationMessages } from "./messages";
import { messagesFor } from "~/i18n";
import { localized } from "~/i18n/localized";
import { PATH_KEYS, SIZES, type Localized, type PathKey, type Provenance } from "./types";

// ---- Questionnaire (§3.1) -----------------------------------------------------------------------

export const RECOMMENDER_PURPOSES = [
  "internal-learning",
  "grant-application",
  "grant-report",
  "tender",
  "iop",
  "advocacy",
  "sustainability-report",
] as const;
export type RecommenderPurpose = (typeof RECOMMENDER_PURPOSES)[number];

export const RESOURCE_LEVELS = ["low", "medium", "high"] as const;
export type ResourceLevel = (typeof RESOURCE_LEVELS)[number];

export const EXPERIENCE_LEVELS = ["none", "some", "experienced"] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

export const RecommenderAnswersSchema = z.strictObject({
  size: z.enum(SIZES),
  purpose: z.enum(RECOMMENDER_PURPOSES),
  resources: z.enum(RESOURCE_LEVELS),
  experience: z.enum(EXPERIENCE_LEVELS),
  audience: z.enum(AUDIENCES).optional(),
  targetGroupFarFromLabourMarket: z.boolean().optional(),
  needMonetaryValue: z.boolean().optional(),
  projectBased: z.boolean().optional(),
  valuesFocus: z.boolean().optional(),
  /** The method used before, e.g. in the grant application (R4). One of the eight or `snabbspar`. */
  previousMethod: z.enum(PATH_KEYS).optional(),
});
export type RecommenderAnswers = z.infer<typeof RecommenderAnswersSchema>;
export type RecommenderField = keyof RecommenderAnswers;

/** Labels of the questionnaire's questions, for forms and error messages. */
export const RECOMMENDER_QUESTION_LABELS: Record<RecommenderField, Localized> = {
  size: t("Storlek", "Size"),
  purpose: t("Syfte", "Purpose"),
  resources: t("Resurser för första omgången", "Resources for the first round"),
  experience: t("Erfarenhet av utvärdering", "Experience of evaluation"),
  audience: t("Huvudsaklig mottagare", "Main audience"),
  targetGroupFarFromLabourMarket: t(
    "Målgruppen står långt från arbetsmarknaden eller är i social utsatthet",
    "The target group is far from the labour market or at social risk",
  ),
  needMonetaryValue: t("Ni behöver ett värde i kronor", "You need a monetary figure"),
  projectBased: t("Arbetet är ett avgränsat projekt", "The work is a defined project"),
  valuesFocus: t(
    "Ni vill granska era värderingar i hela verksamheten",
    "You want to test your values across the whole organisation",
  ),
  previousMethod: t("Metod ni använde i ansökan", "Method used in the application"),
};

// ---- Decision table (§3.2) ----------------------------------------------------------------------

export type RuleId = "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7" | "R8" | "R9" | "R10" | "R11";

type AnswerValue = string | boolean;

/** One condition on an answer. All clauses of a rule must hold. */
export type Clause =
  /** The answer is given and is one of the values. */
  | { readonly field: RecommenderField; readonly in: readonly AnswerValue[] }
  /** The answer is not this value (an unanswered question passes). */
  | { readonly field: RecommenderField; readonly not: AnswerValue }
  /** The answer is given (true) or not given (false). */
  | { readonly field: RecommenderField; readonly present: boolean };

export interface RecommendationTemplate {
  /** A fixed path, or the path named in an answer (R4: the method used in the application). */
  readonly method: PathKey | { readonly fromAnswer: "previousMethod" };
  readonly reason: Localized;
  /** Extra conditions for this suggestion only (e.g. "add SROI if resources = high"). */
  readonly when?: readonly Clause[];
}

export interface DecisionRule {
  readonly id: RuleId;
  readonly provenance: Provenance;
  /** The condition in words, as in §3.2. */
  readonly condition: Localized;
  readonly when: readonly Clause[];
  /** In rank order; at most three are returned. */
  readonly recommend: readonly RecommendationTemplate[];
  /** How an ambiguous condition was read; for GSE's review. */
  readonly interpretation?: Localized;
}

export const DECISION_TABLE: readonly DecisionRule[] = [
  {
    id: "R1",
    provenance: "REC",
    condition: t("Ingen erfarenhet och små resurser", "No experience and low resources"),
    when: [
      { field: "experience", in: ["none"] },
      { field: "resources", in: ["low"] },
    ],
    recommend: [
      {
        method: "visorek",
        reason: t(
          "En billig start i en lätt variant, tillsammans med en effektkedja: ni bygger en vana och följer verksamhetsåret.",
          "A cheap start in a light version, together with an impact chain: you build the habit and follow the operating year.",
        ),
      },
    ],
  },
  {
    id: "R2",
    provenance: "REC",
    condition: t(
      "Internt lärande, liten eller medelstor förening",
      "Internal learning, small or medium-sized association",
    ),
    when: [
      { field: "purpose", in: ["internal-learning"] },
      { field: "size", in: ["S", "M"] },
    ],
    recommend: [
      {
        method: "visorek",
        reason: t(
          "Alla är delaktiga, arbetet blir bättre och det krävs lite räknande.",
          "Everyone takes part, the work improves and little calculation is needed.",
        ),
      },
      {
        method: "social-accounting",
        reason: t(
          "Ett alternativ om ni vill ha en mer systematisk redovisning med social budget och bokslut.",
          "An alternative if you want a more systematic account with a social budget and closing.",
        ),
      },
    ],
  },
  {
    id: "R3",
    provenance: "REC",
    condition: t("Bidragsansökan för ett projekt", "Grant application for a project"),
    when: [
      { field: "purpose", in: ["grant-application"] },
      { field: "projectBased", not: false },
    ],
    interpretation: t(
      "”Projekt” gäller när frågan besvarats med ja eller inte besvarats alls; ett uttryckligt nej hoppar över regeln.",
      "“Project-based” holds when answered yes or not answered at all; an explicit no skips the rule.",
    ),
    recommend: [
      {
        method: "lfa",
        reason: t(
          "Finansiärer frågar efter mål, indikatorer och risker, och LFA tillsammans med en effektkedja ger just det.",
          "Funders ask for goals, indicators and risks, and LFA together with an impact chain produces exactly that.",
        ),
      },
      {
        method: "sroi",
        when: [
          { field: "needMonetaryValue", in: [true] },
          { field: "resources", in: ["medium", "high"] },
        ],
        reason: t(
          "Lägg till en SROI-prognos om ni behöver visa värdet i kronor: den beräknar den förväntade sociala nyttan per investerad krona.",
          "Add an SROI forecast if you need to show the value in money: it estimates the expected social value per krona invested.",
        ),
      },
    ],
  },
  {
    id: "R4",
    provenance: "REC",
    condition: t("Redovisning av bidrag", "Grant report"),
    when: [{ field: "purpose", in: ["grant-report"] }],
    interpretation: t(
      "”Metoden i ansökan” är svaret på frågan om tidigare metod; utan svar föreslås social redovisning i en lätt variant.",
      "“The method used in the application” is the answer to the previous-method question; without it, social accounting (light) is suggested.",
    ),
    recommend: [
      {
        method: { fromAnswer: "previousMethod" },
        reason: t(
          "Samma metod och samma indikatorer som i ansökan gör det lätt att jämföra med det ni lovade.",
          "The same method and indicators as in the application make it easy to compare with what you promised.",
        ),
      },
      {
        method: "social-accounting",
        when: [{ field: "previousMethod", present: false }],
        reason: t(
          "Social redovisning i en lätt variant: jämför utfallet med det ni lovade i ansökan.",
          "Social accounting in a light version: compare the results with what you promised in the application.",
        ),
      },
    ],
  },
  {
    id: "R5",
    provenance: "REC",
    condition: t(
      "Upphandling eller IOP, målgrupp långt från arbetsmarknaden",
      "Tender or IOP, target group far from the labour market",
    ),
    when: [
      { field: "purpose", in: ["tender", "iop"] },
      { field: "targetGroupFarFromLabourMarket", in: [true] },
    ],
    recommend: [
      {
        method: "nyttosam",
        reason: t(
          "Köpare tänker i kostnader per aktör. En samhällsekonomisk beräkning visar vem som sparar vad: kommunen, regionen eller staten.",
          "Buyers think in costs per actor. A socio-economic calculation shows who saves what: the municipality, the region or the state.",
        ),
      },
      {
        method: "sroi",
        when: [{ field: "resources", in: ["high"] }],
        reason: t(
          "Med stora resurser kan SROI dessutom visa värden som inte syns i offentliga budgetar.",
          "With ample resources, SROI can also show value that does not appear in public budgets.",
        ),
      },
    ],
  },
  {
    id: "R6",
    provenance: "REC",
    condition: t("Upphandling eller IOP, annan målgrupp", "Tender or IOP, other target group"),
    when: [
      { field: "purpose", in: ["tender", "iop"] },
      { field: "targetGroupFarFromLabourMarket", not: true },
    ],
    recommend: [
      {
        method: "lfa",
        reason: t(
          "LFA och några utvalda indikatorer visar hur ni levererar och följer upp det ni lovat.",
          "LFA and a few selected indicators show how you deliver and follow up what you promised.",
        ),
      },
      {
        method: "sroi",
        when: [{ field: "resources", in: ["high"] }],
        reason: t(
          "Med stora resurser kan SROI visa den sociala nyttan i kronor.",
          "With ample resources, SROI can show the social value in money.",
        ),
      },
    ],
  },
  {
    id: "R7",
    provenance: "REC",
    condition: t(
      "Behöver värde i kronor, stora resurser och viss erfarenhet",
      "Needs a monetary figure, high resources and some experience",
    ),
    when: [
      { field: "needMonetaryValue", in: [true] },
      { field: "resources", in: ["high"] },
      { field: "experience", in: ["some", "experienced"] },
    ],
    recommend: [
      {
        method: "sroi",
        reason: t(
          "En utvärderande SROI ger den bredaste bilden i kronor, även av effekter som inte har ett marknadspris.",
          "An evaluative SROI gives the broadest picture in money, including outcomes that have no market price.",
        ),
      },
    ],
  },
  {
    id: "R8",
    provenance: "REC",
    condition: t("Hållbarhetsredovisning, stor organisation", "Sustainability report, large organisation"),
    when: [
      { field: "purpose", in: ["sustainability-report"] },
      { field: "size", in: ["L"] },
    ],
    recommend: [
      {
        method: "gri",
        reason: t(
          "Samarbetspartner i näringslivet förväntar sig GRI; börja med en redovisning med hänvisning till GRI.",
          "Corporate partners expect GRI; start with a report with reference to GRI.",
        ),
      },
      {
        method: "iso26000",
        reason: t(
          "ISO 26000 som självbedömning hjälper er att välja vilka frågor ni ska redovisa.",
          "ISO 26000 as a self-assessment helps you choose which topics to report on.",
        ),
      },
    ],
  },
  {
    id: "R9",
    provenance: "REC",
    condition: t(
      "Mottagare är företag eller samarbetspartner, medelstor eller stor, fokus på värderingar",
      "Audience is companies or partners, medium-sized or large, focus on values",
    ),
    when: [
      { field: "audience", in: ["companies"] },
      { field: "size", in: ["M", "L"] },
      { field: "valuesFocus", in: [true] },
    ],
    interpretation: t(
      "”Fokus på värderingar” kräver att frågan besvarats med ja.",
      "“Values focus” requires the question to be answered yes.",
    ),
    recommend: [
      {
        method: "ecg",
        reason: t(
          "En poäng som går att jämföra och en granskning av värderingarna i hela organisationen. Har ni högst 50 årsarbetskrafter räcker det kompakta bokslutet.",
          "A comparable score and a check of your values across the whole organisation. With 50 FTE or fewer, the compact balance sheet is enough.",
        ),
      },
    ],
  },
  {
    id: "R10",
    provenance: "REC",
    condition: t("Påverkansarbete", "Advocacy"),
    when: [{ field: "purpose", in: ["advocacy"] }],
    recommend: [
      {
        method: "social-accounting",
        reason: t(
          "Kombinerar siffror med intressenternas röster; komplettera med berättelser om betydelsefull förändring (MSC).",
          "Combines figures with stakeholders’ voices; add stories of significant change (MSC).",
        ),
      },
      {
        method: "sroi",
        reason: t(
          "En SROI-prognos ger en siffra att argumentera med; komplettera med berättelser (MSC).",
          "An SROI forecast gives you a figure to argue with; add stories (MSC).",
        ),
      },
    ],
  },
  {
    id: "R11",
    provenance: "REC",
    condition: t("Inget av ovanstående", "None of the above"),
    when: [],
    recommend: [
      {
        method: "snabbspar",
        reason: t(
          "En effektkedja och tre till fem indikatorer ur katalogen: den minsta uppföljning som alla metoder kan bygga vidare på.",
          "An impact chain and three to five catalogue indicators: the minimum follow-up every method can build on.",
        ),
      },
    ],
  },
];

/** Shown with every recommendation (§3.2 "Always add"). */
export const RECOMMENDER_ADVICE: Localized = t(
  "Vilken metod ni än väljer: börja med effektkedjan. Alla metoder kan bygga vidare på den, och GSE:s jämförelse mellan medlemsorganisationerna utgår från den.",
  "Whichever method you choose, start with the impact chain. Every method can build on it, and GSE’s comparison across member organisations relies on it.",
);

export const MAX_RECOMMENDATIONS = 3;

export interface Recommendation {
  readonly method: PathKey;
  readonly reason: Localized;
  readonly rule: RuleId;
}

export interface RecommendationResult {
  /** The row that matched. */
  readonly rule: RuleId;
  /** At most three, ranked. */
  readonly recommendations: readonly Recommendation[];
  readonly advice: Localized;
}

function clauseHolds(clause: Clause, answers: RecommenderAnswers): boolean {
  const value = answers[clause.field] as AnswerValue | undefined;
  if ("in" in clause) return value !== undefined && clause.in.includes(value);
  if ("not" in clause) return value !== clause.not;
  return (value !== undefined) === clause.present;
}

/** True when every clause holds (an empty list always holds). */
export function ruleMatches(rule: DecisionRule, answers: RecommenderAnswers): boolean {
  return rule.when.every((c) => clauseHolds(c, answers));
}

/**
 * Recommends at most three methods from the decision table §3.2: the first matching row wins.
 * Always returns the advice to start from the impact chain.
 */
export function recommend(
  answers: RecommenderAnswers,
  table: readonly DecisionRule[] = DECISION_TABLE,
): RecommendationResult {
  const rule = table.find((r) => ruleMatches(r, answers)) ?? table[table.length - 1];
  const recommendations: Recommendation[] = [];
  for (const template of rule.recommend) {
    if (template.when && !template.when.every((c) => clauseHolds(c, answers))) continue;
    const method = typeof template.method === "string" ? template.method : answers[template.method.fromAnswer];
    if (method === undefined || recommendations.some((r) => r.method === method)) continue;
    recommendations.push({ method, reason: template.reason, rule: rule.id });
    if (recommendations.length === MAX_RECOMMENDATIONS) break;
  }
  return { rule: rule.id, recommendations, advice: RECOMMENDER_ADVICE };
}

// ---- Parsing ------------------------------------------------------------------------------------

export interface RecommenderError {
  /** The answer's key, or "" for the whole body. */
  readonly path: string;
  readonly message: string;
}

export type RecommenderParseResult =
  { ok: true; value: RecommenderAnswers } | { ok: false; errors: RecommenderError[] };

function orList(values: readonly string[], locale: Locale): string {
  const quoted = values.map((v) => `"${v}"`);
  const last = quoted.pop();
  return quoted.length === 0 ? (last ?? "") : `${quoted.join(", ")} ${messagesFor(locale).format.or} ${last}`;
}

const ENUM_VALUES: Partial<Record<RecommenderField, readonly string[]>> = {
  size: SIZES,
  purpose: RECOMMENDER_PURPOSES,
  resources: RESOURCE_LEVELS,
  experience: EXPERIENCE_LEVELS,
  audience: AUDIENCES,
  previousMethod: PATH_KEYS,
};

function fieldMessage(field: RecommenderField, input: unknown, locale: Locale): string {
  const label = localized(RECOMMENDER_QUESTION_LABELS[field], locale);
  const values = ENUM_VALUES[field];
  const m = validationMessages(locale).recommender;
  if (!values) return m.trueOrFalse(label);
  if (field === "size") return m.size;
  return input === undefined ? m.answer(label, orList(values, locale)) : m.giveAs(label, orList(values, locale));
}

/**
 * Parses questionnaire answers (the public API body or a parsed form). Unknown keys are rejected so
 * a misspelt question is not silently ignored. Messages say how to fix each answer.
 */
export function parseRecommenderAnswers(input: unknown, locale: Locale = "sv"): RecommenderParseResult {
  const result = RecommenderAnswersSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const m = validationMessages(locale);
  const errors: RecommenderError[] = [];
  const seen = new Set<string>();
  const push = (path: string, message: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    errors.push({ path, message });
  };
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) push(key, m.unknownField(key));
    } else if (issue.path.length === 0) {
      push("", m.recommender.jsonObject);
    } else {
      const field = String(issue.path[0]) as RecommenderField;
      const value = input && typeof input === "object" ? (input as Record<string, unknown>)[field] : undefined;
      push(field, fieldMessage(field, value, locale));
    }
  }
  return { ok: false, errors };
}

const FORM_TRUE = new Set(["true", "on", "yes", "ja", "1"]);
const FORM_FALSE = new Set(["false", "off", "no", "nej", "0"]);
const BOOLEAN_FIELDS: readonly RecommenderField[] = [
  "targetGroupFarFromLabourMarket",
  "needMonetaryValue",
  "projectBased",
  "valuesFocus",
];

/**
 * Parses the questionnaire from an HTML form: blank answers are left out, yes/no strings become
 * booleans; everything else as {@link parseRecommenderAnswers}. Unknown form names are ignored
 * (forms carry extra fields such as "intent").
 */
export function parseRecommenderForm(
  entries: Iterable<[string, string]> | Record<string, string>,
  locale: Locale = "sv",
): RecommenderParseResult {
  const list: Iterable<[string, string]> =
    Symbol.iterator in Object(entries)
      ? (entries as Iterable<[string, string]>)
      : Object.entries(entries as Record<string, string>);
  const known = new Set(Object.keys(RECOMMENDER_QUESTION_LABELS));
  const body: Record<string, unknown> = {};
  for (const [name, raw] of list) {
    if (!known.has(name)) continue;
    const value = raw.trim();
    if (value === "") continue;
    if ((BOOLEAN_FIELDS as readonly string[]).includes(name)) {
      const lower = value.toLowerCase();
      body[name] = FORM_TRUE.has(lower) ? true : FORM_FALSE.has(lower) ? false : value;
    } else {
      body[name] = value;
    }
  }
  return parseRecommenderAnswers(body, locale);
}
