/**
 * Small constructors that keep the method data readable. They only build plain objects; they hold
 * no logic. Also the option sets and fields that several methods share.
 */
import type {
  BlockField,
  BlockKind,
  CheckboxField,
  DateField,
  FieldDef,
  FieldGroup,
  ListField,
  Localized,
  NumberField,
  ScaleField,
  SelectField,
  SelectOption,
  TextareaField,
  TextField,
} from "./types";

/** A Swedish/English text pair. */
export function t(sv: string, en: string): Localized {
  return { sv, en };
}

interface Common {
  hint?: Localized;
  required?: boolean;
  group?: FieldGroup;
}

export function text(name: string, label: Localized, opts: Common & { maxLength?: number } = {}): TextField {
  return { kind: "text", name, label, ...opts };
}

export function textarea(name: string, label: Localized, opts: Common & { maxLength?: number } = {}): TextareaField {
  return { kind: "textarea", name, label, ...opts };
}

export function num(
  name: string,
  label: Localized,
  opts: Common & { min?: number; max?: number; integer?: boolean; unit?: Localized } = {},
): NumberField {
  return { kind: "number", name, label, ...opts };
}

export function date(name: string, label: Localized, opts: Common = {}): DateField {
  return { kind: "date", name, label, ...opts };
}

export function select(
  name: string,
  label: Localized,
  options: readonly SelectOption[],
  opts: Common = {},
): SelectField {
  return { kind: "select", name, label, options, ...opts };
}

export function checkbox(name: string, label: Localized, opts: Common = {}): CheckboxField {
  return { kind: "checkbox", name, label, ...opts };
}

export function scale(
  name: string,
  label: Localized,
  min: number,
  max: number,
  opts: Common & { minLabel?: Localized; maxLabel?: Localized } = {},
): ScaleField {
  return { kind: "scale", name, label, min, max, ...opts };
}

export function list(
  name: string,
  label: Localized,
  itemLabel: Localized,
  fields: readonly FieldDef[],
  opts: Common & { minItems?: number; maxItems?: number } = {},
): ListField {
  return { kind: "list", name, label, itemLabel, fields, ...opts };
}

export function block(
  name: string,
  kind: BlockKind,
  label: Localized,
  opts: Common & { showResults?: boolean } = {},
): BlockField {
  return { kind: "block", block: kind, name, label, ...opts };
}

/** Option helper: `opt("high", "Hög", "High")`. */
export function opt(value: string, sv: string, en: string): SelectOption {
  return { value, label: { sv, en } };
}

// ---- Shared units -------------------------------------------------------------------------------

export const UNIT_SEK = t("kr", "SEK");
export const UNIT_PERCENT = t("%", "%");
export const UNIT_HOURS = t("timmar", "hours");
export const UNIT_PEOPLE = t("personer", "people");
export const UNIT_YEARS = t("år", "years");
export const UNIT_MONTHS = t("månader", "months");
export const UNIT_FTE = t("årsarbetskrafter", "FTE");

// ---- Shared option sets -------------------------------------------------------------------------

export const LOW_MEDIUM_HIGH: readonly SelectOption[] = [
  opt("low", "Låg", "Low"),
  opt("medium", "Medel", "Medium"),
  opt("high", "Hög", "High"),
];

// ---- Shared fields ------------------------------------------------------------------------------

/**
 * The action-plan block that closes every method's final learning step:
 * Vad? Vilka mål? Hur? När? Vem? Hur mäter vi att vi har lyckats?
 */
export function actionPlanBlock(required = true): BlockField {
  return block("actionPlan", "action-plan", t("Handlingsplan", "Action plan"), {
    required,
    hint: t(
      "För varje åtgärd svarar ni på: Vad ska göras? Vilka mål hör den till? Hur gör ni? När? Vem ansvarar? Hur mäter ni att ni har lyckats? Till exempel: ”Starta en läxhjälpsgrupp på tisdagar, ansvarig Sara, klart i september, vi räknar deltagare varje vecka.”",
      "For each action, answer: What will be done? Which goals does it serve? How? When? Who is responsible? How will you measure success? For example: “Start a homework club on Tuesdays, Sara in charge, running by September, we count attendance every week.”",
    ),
  });
}

/** The shared impact chain (effektkedja), §1.1. */
export function impactChainBlock(required = true, hint?: Localized): BlockField {
  return block("impactChain", "impact-chain", t("Effektkedja", "Impact chain"), {
    required,
    hint:
      hint ??
      t(
        "Effektkedjan visar steg för steg hur ert arbete leder till förändring: resurser → aktiviteter → prestationer → effekter → samhällspåverkan. Till exempel: ideell tid och en lokal → läxhjälp två kvällar i veckan → 40 barn deltar → bättre betyg → fler klarar skolan.",
        "The impact chain shows step by step how your work leads to change: inputs → activities → outputs → outcomes → long-term impact. For example: volunteer time and a room → homework help two evenings a week → 40 children take part → better grades → more young people finish school.",
      ),
  });
}

/** The shared list of stakeholder groups (intressenter), §1.3. */
export function stakeholdersBlock(required = true, hint?: Localized): BlockField {
  return block("stakeholders", "stakeholders", t("Intressenter", "Stakeholders"), {
    required,
    hint:
      hint ??
      t(
        "En intressent är en grupp som påverkar ert arbete eller märker av det, till exempel deltagare, föräldrar, ideella ledare, kommunen eller grannar.",
        "A stakeholder is a group that affects your work or is affected by it, such as participants, parents, volunteer leaders, the municipality or neighbours.",
      ),
  });
}

/** The shared indicators of the accounting (catalogue indicators first, own second), §9. */
export function indicatorsBlock(required = true, hint?: Localized): BlockField {
  return block("indicators", "indicators", t("Indikatorer", "Indicators"), {
    required,
    hint:
      hint ??
      t(
        "En indikator är något ni kan räkna eller fråga om för att se en förändring, till exempel ”andel deltagare som känner sig tryggare”. Välj helst från katalogen, så kan ni jämföra er med andra föreningar.",
        "An indicator is something you can count or ask about to see a change, such as “share of participants who feel safer”. Pick from the catalogue where you can, so you can compare with other associations.",
      ),
  });
}
