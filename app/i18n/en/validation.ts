import type { ValidationMessages } from "../sv/validation";

const n = (value: number): string => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 }).format(value);
const q = (label: string): string => `“${label}”`;

export const validation: ValidationMessages = {
  required: (label) => `Fill in ${q(label)}.`,
  chooseOption: (label) => `Choose one of the options for ${q(label)}.`,
  mustTick: (label) => `Tick ${q(label)} to continue.`,
  tooLong: (max) => `Shorten the text to ${n(max)} characters or fewer.`,
  number: ({ min, max, integer }) => {
    const what = integer ? "a whole number" : "a number";
    if (min !== undefined && max !== undefined) return `Enter ${what} between ${n(min)} and ${n(max)}.`;
    if (min !== undefined) return `Enter ${what} of ${n(min)} or more.`;
    if (max !== undefined) return `Enter ${what} of ${n(max)} or less.`;
    return integer ? "Enter a whole number, for example 12." : "Enter a number, for example 12 or 12.5.";
  },
  scale: (min, max) => `Choose a value from ${n(min)} to ${n(max)}.`,
  date: () => "Enter the date as YYYY-MM-DD, for example 2026-03-31.",
  minItems: (label, min) =>
    min === 1 ? `Add at least one row to ${q(label)}.` : `Add at least ${n(min)} rows to ${q(label)}.`,
  maxItems: (label, max) => `Remove rows from ${q(label)} so there are no more than ${n(max)}.`,
  invalidOption: (label) => `Choose one of the options in the list for ${q(label)}.`,
  unknownField: (name) => `The field ${q(name)} does not belong here. Remove it.`,
  expectedBoolean: (label) => `Answer yes or no to ${q(label)}.`,
  expectedText: (label) => `Enter text in ${q(label)}.`,
  recommender: {
    size: 'Give the size as "S" (volunteers only), "M" (1–10 FTE) or "L" (more than 10 FTE or turnover above SEK 10 million).',
    answer: (label, options) => `Answer “${label}”: give ${options}.`,
    giveAs: (label, options) => `Give “${label}” as ${options}.`,
    trueOrFalse: (label) => `Give true or false for “${label}”.`,
    jsonObject:
      'Send the answers as a JSON object, for example {"size":"S","purpose":"internal-learning","resources":"low","experience":"none"}.',
  },
  blockFields: {
    level: "Level",
    text: "Description",
    assumption: "Assumption",
    risk: "Risk",
    name: "Name",
    size: "Number of people",
    involvement: "How they are involved",
    whatChanges: "What changes for them",
    included: "Included",
    what: "What?",
    goals: "Which goals?",
    how: "How?",
    when: "When?",
    who: "Who?",
    measure: "How will we measure success?",
  },
};
