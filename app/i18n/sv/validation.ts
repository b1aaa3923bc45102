import type { Widen } from "../types";

/**
 * Validation messages of the method guide's step forms and API, in plain Swedish. Each one says
 * what to do, not just what is wrong ("Skriv ett tal mellan 0 och 10", never "Ogiltigt värde").
 */

/** A bound in a message: decimal comma, minus sign, no-break grouping. */
const n = (value: number): string => new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 6 }).format(value);
const q = (label: string): string => `”${label}”`;

export const validation = {
  required: (label: string) => `Fyll i ${q(label)}.`,
  chooseOption: (label: string) => `Välj ett av alternativen för ${q(label)}.`,
  mustTick: (label: string) => `Kryssa i ${q(label)} för att gå vidare.`,
  tooLong: (max: number) => `Korta texten till högst ${n(max)} tecken.`,
  number: ({ min, max, integer }: { min?: number; max?: number; integer?: boolean }) => {
    const what = integer ? "ett heltal" : "ett tal";
    if (min !== undefined && max !== undefined) return `Skriv ${what} mellan ${n(min)} och ${n(max)}.`;
    if (min !== undefined) return `Skriv ${what} som är ${n(min)} eller större.`;
    if (max !== undefined) return `Skriv ${what} som är ${n(max)} eller mindre.`;
    return integer ? "Skriv ett heltal, till exempel 12." : "Skriv ett tal, till exempel 12 eller 12,5.";
  },
  scale: (min: number, max: number) => `Välj ett värde från ${n(min)} till ${n(max)}.`,
  date: () => "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.",
  minItems: (label: string, min: number) =>
    min === 1 ? `Lägg till minst en rad i ${q(label)}.` : `Lägg till minst ${n(min)} rader i ${q(label)}.`,
  maxItems: (label: string, max: number) => `Ta bort rader i ${q(label)} så att det blir högst ${n(max)}.`,
  invalidOption: (label: string) => `Välj ett av alternativen i listan för ${q(label)}.`,
  unknownField: (name: string) => `Fältet ${q(name)} finns inte här. Ta bort det.`,
  expectedBoolean: (label: string) => `Svara ja eller nej på ${q(label)}.`,
  expectedText: (label: string) => `Skriv text i ${q(label)}.`,
  /** The method recommender's API (POST /api/v1/methods/recommend). `options` is a list such as `"S", "M" eller "L"`. */
  recommender: {
    size: 'Ange storlek som "S" (bara ideella), "M" (1–10 årsarbetskrafter) eller "L" (fler än 10 årsarbetskrafter eller omsättning över 10 miljoner kronor).',
    answer: (label: string, options: string) => `Svara på frågan ”${label}”: ange ${options}.`,
    giveAs: (label: string, options: string) => `Ange ”${label}” som ${options}.`,
    trueOrFalse: (label: string) => `Ange true eller false för ”${label}”.`,
    jsonObject:
      'Skicka svaren som ett JSON-objekt, till exempel {"size":"S","purpose":"internal-learning","resources":"low","experience":"none"}.',
  },
  /** Field names of the shared blocks (impact chain, stakeholders, action plan) in their messages. */
  blockFields: {
    level: "Nivå",
    text: "Beskrivning",
    assumption: "Antagande",
    risk: "Risk",
    name: "Namn",
    size: "Antal personer",
    involvement: "Hur de involveras",
    whatChanges: "Vad förändras för dem",
    included: "Tas med",
    what: "Vad?",
    goals: "Vilka mål?",
    how: "Hur?",
    when: "När?",
    who: "Vem?",
    measure: "Hur mäter vi att vi har lyckats?",
  },
};

export type ValidationMessages = Widen<typeof validation>;
