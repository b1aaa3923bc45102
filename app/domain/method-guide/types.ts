/**
 * Types for the method guide as data (docs/domain/method-guide.md §2, §4). Every method, step and field is
 * plain data, so adding a method or a language is an edit of data, not of control flow.
 */

/** A text in both UI languages: Swedish first, British English second. */
export interface Localized {
  readonly sv: string;
  readonly en: string;
}

/** The eight methods of the GSE guide (§2), in the guide's order. */
export const METHOD_KEYS = [
  "visorek",
  "ecg",
  "social-accounting",
  "sroi",
  "lfa",
  "nyttosam",
  "gri",
  "iso26000",
] as const;
export type MethodKey = (typeof METHOD_KEYS)[number];

/** The light path (snabbspåret) is not one of the eight, but has the same shape. */
export const LIGHT_PATH_KEY = "snabbspar" as const;
export type LightPathKey = typeof LIGHT_PATH_KEY;

/** Any path an accounting can follow: one of the eight methods or the light path. */
export const PATH_KEYS = [...METHOD_KEYS, LIGHT_PATH_KEY] as const;
export type PathKey = MethodKey | LightPathKey;

/** Organisation size (§3.1): S = volunteers only, M = 1–10 FTE, L = more than 10 FTE or > ~10 MSEK. */
export const SIZES = ["S", "M", "L"] as const;
export type Size = (typeof SIZES)[number];

/** Effort scale (§2): low < 20 h, medium 20–100 h, high > 100 h and/or external expertise. */
export const EFFORTS = ["low", "low-medium", "medium", "medium-high", "high"] as const;
export type Effort = (typeof EFFORTS)[number];

/**
 * Provenance tags (§0): EXT = from the method owner or another public source,
 * REC = reconstructed by the team, to be validated by GSE before launch.
 */
export type Provenance = "EXT" | "REC";

/**
 * The shared building blocks of an accounting. A step that uses one of these reads and writes the
 * accounting's shared data instead of storing its own copy.
 */
export const BLOCK_KINDS = [
  "impact-chain",
  "stakeholders",
  "action-plan",
  "indicators",
  "sroi-impact-map",
  "socioeconomic",
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Optional visual grouping: consecutive fields with the same group key render as one fieldset. */
export interface FieldGroup {
  readonly key: string;
  readonly title: Localized;
}

interface FieldBase {
  /** camelCase, unique within its step (or within its list item). */
  readonly name: string;
  readonly label: Localized;
  /** Explains a technical term, with an example from an association's life. */
  readonly hint?: Localized;
  /** Enforced by "complete" validation only; drafts may leave anything empty. */
  readonly required?: boolean;
  readonly group?: FieldGroup;
}

export interface TextField extends FieldBase {
  readonly kind: "text";
  /** Defaults to {@link DEFAULT_TEXT_MAX}. */
  readonly maxLength?: number;
}

export interface TextareaField extends FieldBase {
  readonly kind: "textarea";
  /** Defaults to {@link DEFAULT_TEXTAREA_MAX}. */
  readonly maxLength?: number;
}

export interface NumberField extends FieldBase {
  readonly kind: "number";
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Shown after the input, e.g. "kr", "%", "timmar". */
  readonly unit?: Localized;
}

/** A calendar date stored as ISO `YYYY-MM-DD`. */
export interface DateField extends FieldBase {
  readonly kind: "date";
}

export interface SelectOption {
  readonly value: string;
  readonly label: Localized;
}

export interface SelectField extends FieldBase {
  readonly kind: "select";
  readonly options: readonly SelectOption[];
}

/** A boolean. When `required`, it must be ticked (a confirmation). */
export interface CheckboxField extends FieldBase {
  readonly kind: "checkbox";
}

/** An integer rating between `min` and `max`, e.g. 0–10 or 1–5. */
export interface ScaleField extends FieldBase {
  readonly kind: "scale";
  readonly min: number;
  readonly max: number;
  readonly minLabel?: Localized;
  readonly maxLabel?: Localized;
}

/** A repeatable group of sub-fields (stakeholder groups, risks, goals …). */
export interface ListField extends FieldBase {
  readonly kind: "list";
  readonly fields: readonly FieldDef[];
  /** Enforced by complete validation (when the list is required, at least 1 is implied). */
  readonly minItems?: number;
  /** Enforced always. Defaults to {@link DEFAULT_LIST_MAX}. */
  readonly maxItems?: number;
  /** What one row is called, e.g. "Mål" / "Goal", for "Lägg till mål". */
  readonly itemLabel: Localized;
}

/** A reference to a shared building block of the accounting; stores nothing in the step. */
export interface BlockField extends FieldBase {
  readonly kind: "block";
  readonly block: BlockKind;
  /**
   * Show the block's calculated key figures read-only on the step (for the SROI impact map: the
   * SROI ratio with its range, present value, net present value, payback and discount rate).
   */
  readonly showResults?: boolean;
}

/** Fields that store a value in the step. */
export type ValueField =
  TextField | TextareaField | NumberField | DateField | SelectField | CheckboxField | ScaleField | ListField;

export type FieldDef = ValueField | BlockField;
export type FieldKind = FieldDef["kind"];

export const DEFAULT_TEXT_MAX = 200;
export const DEFAULT_TEXTAREA_MAX = 5000;
export const DEFAULT_LIST_MAX = 50;

export interface MethodStep {
  /** kebab-case, stable: saved step values are stored under this key. */
  readonly key: string;
  readonly title: Localized;
  /** 2–4 plain-language sentences for a volunteer, du-form, with an example. */
  readonly help: Localized;
  /** Social accounting's four phases (§2.3); absent for other methods. */
  readonly phase?: Localized;
  readonly fields: readonly FieldDef[];
}

export interface MethodDefinition {
  readonly key: PathKey;
  readonly name: Localized;
  /** One plain-language line shown beside the method's name. */
  readonly summary: Localized;
  readonly suits: Localized;
  /** The sizes the method fits (§3.3). */
  readonly size: readonly Size[];
  readonly effort: Effort;
  /** The effort band in words, with any note (e.g. "spread over a year"). */
  readonly effortLabel: Localized;
  /** Whether the method yields a monetary result (§3.3). */
  readonly monetary: boolean;
  /** The monetary-result column of §3.3 in words ("Ja, SROI-kvot", "Nej (poäng)" …). */
  readonly monetaryResult: Localized;
  readonly verification: Localized;
  readonly mainPurpose: Localized;
  /** What the final report contains (§2 "Final report"). */
  readonly finalReport: Localized;
  /** Provenance of the step list (§0). */
  readonly provenance: Provenance;
  /** The method owner's web page, shown as text; null for the app's own light path. */
  readonly ownerLink: string | null;
  readonly steps: readonly MethodStep[];
}
