import {
  DEDUCTION_KEYS,
  DEFAULT_DISCOUNT_RATE,
  MAX_DISCOUNT_RATE,
  calculateSroi,
  findMissingJustifications,
  parseSroiInput,
  sroiParameterLabel,
  type DeductionKey,
  type SroiInput,
  type SroiInputBody,
  type SroiResult,
} from "~/domain/sroi";
import type { Locale } from "~/i18n/types";
import { isChecked, numberToField, parseDecimal } from "./form-data";
import { fieldErrorsOf } from "~/utils/validation";

/**
 * The impact map (värdekarta) form and its stored shape, shared by the browser (live preview) and
 * the server (save): field names are the API body's paths (`outcomes.0.quantity`), deductions and
 * the discount rate are typed in percent (0–100) and stored as fractions, numbers may use Swedish
 * decimal commas. Validation is `parseSroiInput` (docs/domain/method-guide.md §5.3) plus the percent fields. Pure.
 */

/** Value of one volunteer hour (docs/domain/method-guide.md §5.4, ESH and SCB 2018): 131 billion SEK ÷ 676 million hours. */
export const VOLUNTEER_HOUR_SEK = 194;

export type SroiKind = "forecast" | "evaluative";

/** One input as stored: the API's `{label, amount}` plus the volunteer hours it was computed from. */
export interface StoredSroiInput {
  label: string;
  amount: number;
  volunteerHours?: number;
}

/** One outcome as stored: the API's outcome plus the indicator it is measured by and the catalogue proxy used. */
export type StoredSroiOutcome = SroiInput["outcomes"][number] & {
  indicatorLabel?: string;
  catalogueProxy?: string;
};

/** The `input` jsonb of `sroi_maps` (the discount rate and kind have their own columns). */
export interface StoredSroiMap {
  inputs: StoredSroiInput[];
  outcomes: StoredSroiOutcome[];
}

export interface SroiFormInput {
  label: string;
  amount: string;
  volunteerHours: string;
}

export interface SroiFormOutcome {
  stakeholder: string;
  label: string;
  indicatorLabel: string;
  quantity: string;
  unit: string;
  proxyValue: string;
  proxySource: string;
  proxyYear: string;
  catalogueProxy: string;
  placeholder: boolean;
  negative: boolean;
  deadweight: string;
  displacement: string;
  attribution: string;
  dropOff: string;
  durationYears: string;
  startYear: string;
  justifications: Record<DeductionKey, string>;
}

export interface SroiFormValues {
  kind: SroiKind;
  /** Percent, e.g. "3,5". */
  discountRate: string;
  inputs: SroiFormInput[];
  outcomes: SroiFormOutcome[];
}

/** A proxy from the indicator catalogue (docs/domain/method-guide.md §9) that can fill value, source and year. */
export interface CatalogueProxy {
  code: string;
  name: string;
  valueSek: number;
  source: string;
  /** The year the value applies to (price year). */
  year: number;
  description: string;
}

export interface SroiFormTexts {
  percentMissing: (name: string) => string;
  percentNotNumber: (name: string) => string;
  percentRange: (name: string, max: string) => string;
  hoursNotNumber: string;
}

export function emptySroiInput(): SroiFormInput {
  return { label: "", amount: "", volunteerHours: "" };
}

export function emptySroiOutcome(stakeholder = ""): SroiFormOutcome {
  return {
    stakeholder,
    label: "",
    indicatorLabel: "",
    quantity: "",
    unit: "",
    proxyValue: "",
    proxySource: "",
    proxyYear: "",
    catalogueProxy: "",
    placeholder: false,
    negative: false,
    deadweight: "",
    displacement: "0",
    attribution: "",
    dropOff: "0",
    durationYears: "1",
    startYear: "1",
    justifications: { deadweight: "", displacement: "", attribution: "", dropOff: "" },
  };
}

export function emptySroiForm(locale: Locale = "sv"): SroiFormValues {
  return {
    kind: "evaluative",
    discountRate: numberToField(DEFAULT_DISCOUNT_RATE * 100, locale),
    inputs: [emptySroiInput()],
    outcomes: [emptySroiOutcome()],
  };
}

const text = (v: unknown) => (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v));

/** The form values of a saved map. */
export function storedToSroiForm(
  stored: StoredSroiMap,
  discountRate: number,
  kind: SroiKind,
  locale: Locale,
): SroiFormValues {
  const pct = (v: number) => numberToField(v * 100, locale);
  return {
    kind,
    discountRate: pct(discountRate),
    inputs: stored.inputs.map((i) => ({
      label: i.label,
      amount: numberToField(i.amount, locale),
      volunteerHours: numberToField(i.volunteerHours, locale),
    })),
    outcomes: stored.outcomes.map((o) => ({
      stakeholder: o.stakeholder ?? "",
      label: o.label,
      indicatorLabel: o.indicatorLabel ?? "",
      quantity: numberToField(o.quantity, locale),
      unit: o.unit ?? "",
      proxyValue: numberToField(Math.abs(o.proxyValue), locale),
      proxySource: o.proxySource ?? "",
      proxyYear: o.proxyYear === undefined ? "" : String(o.proxyYear),
      catalogueProxy: o.catalogueProxy ?? "",
      placeholder: o.placeholder === true,
      negative: o.negative === true || o.proxyValue < 0,
      deadweight: pct(o.deadweight),
      displacement: pct(o.displacement),
      attribution: pct(o.attribution),
      dropOff: pct(o.dropOff),
      durationYears: String(o.durationYears),
      startYear: String(o.startYear ?? 1),
      justifications: {
        deadweight: o.justifications?.deadweight ?? "",
        displacement: o.justifications?.displacement ?? "",
        attribution: o.justifications?.attribution ?? "",
        dropOff: o.justifications?.dropOff ?? "",
      },
    })),
  };
}

/**
 * Normalises anything posted (nested form data or react-hook-form values) into complete form
 * values with strings and booleans, so a re-rendered form never lacks a field.
 */
export function normaliseSroiForm(raw: unknown): SroiFormValues {
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown) =>
    (Array.isArray(v) ? v : []).map((x) => (typeof x === "object" && x !== null ? (x as Record<string, unknown>) : {}));
  return {
    kind: r.kind === "forecast" ? "forecast" : "evaluative",
    discountRate: text(r.discountRate),
    inputs: list(r.inputs).map((i) => ({
      label: text(i.label),
      amount: text(i.amount),
      volunteerHours: text(i.volunteerHours),
    })),
    outcomes: list(r.outcomes).map((o) => {
      const j = (typeof o.justifications === "object" && o.justifications !== null ? o.justifications : {}) as Record<
        string,
        unknown
      >;
      return {
        stakeholder: text(o.stakeholder),
        label: text(o.label),
        indicatorLabel: text(o.indicatorLabel),
        quantity: text(o.quantity),
        unit: text(o.unit),
        proxyValue: text(o.proxyValue),
        proxySource: text(o.proxySource),
        proxyYear: text(o.proxyYear),
        catalogueProxy: text(o.catalogueProxy),
        placeholder: isChecked(o.placeholder),
        negative: isChecked(o.negative),
        deadweight: text(o.deadweight),
        displacement: text(o.displacement),
        attribution: text(o.attribution),
        dropOff: text(o.dropOff),
        durationYears: text(o.durationYears),
        startYear: text(o.startYear),
        justifications: {
          deadweight: text(j.deadweight),
          displacement: text(j.displacement),
          attribution: text(j.attribution),
          dropOff: text(j.dropOff),
        },
      };
    }),
  };
}

/**
 * Fills what the server can fill for someone without JavaScript: a catalogue proxy chosen with
 * an empty value field fills value, source and year; volunteer hours with an empty amount give
 * hours × 194 kr.
 */
export function fillSroiHelpers(
  values: SroiFormValues,
  proxies: readonly CatalogueProxy[],
  locale: Locale,
): SroiFormValues {
  return {
    ...values,
    inputs: values.inputs.map((i) => {
      const hours = parseDecimal(i.volunteerHours);
      if (typeof hours === "number" && i.amount.trim() === "") {
        return { ...i, amount: numberToField(hours * VOLUNTEER_HOUR_SEK, locale) };
      }
      return i;
    }),
    outcomes: values.outcomes.map((o) => {
      const proxy = proxies.find((p) => p.code === o.catalogueProxy);
      if (!proxy || o.proxyValue.trim() !== "") return o;
      return {
        ...o,
        proxyValue: numberToField(proxy.valueSek, locale),
        proxySource: o.proxySource.trim() === "" ? proxy.source : o.proxySource,
        proxyYear: o.proxyYear.trim() === "" ? String(proxy.year) : o.proxyYear,
        placeholder: false,
      };
    }),
  };
}

const blankToUndefined = (v: string) => (v.trim() === "" ? undefined : v);

export type SroiFormResult =
  { ok: true; input: SroiInput; stored: StoredSroiMap; kind: SroiKind } | { ok: false; errors: Record<string, string> };

/**
 * Validates the form: percent fields here (0–100, discount rate 0–10), everything else with
 * `parseSroiInput` on the API body built from the form. Errors are keyed by field name.
 */
export function validateSroiForm(values: SroiFormValues, locale: Locale, texts: SroiFormTexts): SroiFormResult {
  const issues: { path: string; message: string }[] = [];

  const percent = (raw: string, path: string, name: string, max: number): number | undefined => {
    const parsed = parseDecimal(raw);
    if (parsed === undefined) {
      issues.push({ path, message: texts.percentMissing(name) });
      return undefined;
    }
    if (typeof parsed !== "number") {
      issues.push({ path, message: texts.percentNotNumber(name) });
      return undefined;
    }
    if (parsed < 0 || parsed > max) {
      issues.push({ path, message: texts.percentRange(name, String(max)) });
      return undefined;
    }
    return parsed / 100;
  };

  const discountRate = percent(
    values.discountRate,
    "discountRate",
    sroiParameterLabel("discountRate", locale),
    MAX_DISCOUNT_RATE * 100,
  );

  const inputs = values.inputs.map((i, index) => {
    const hours = parseDecimal(i.volunteerHours);
    if (typeof hours === "string" || (typeof hours === "number" && hours < 0)) {
      issues.push({ path: `inputs.${index}.volunteerHours`, message: texts.hoursNotNumber });
    }
    return {
      label: i.label,
      amount: parseDecimal(i.amount),
      volunteerHours: typeof hours === "number" ? hours : undefined,
    };
  });

  const outcomes = values.outcomes.map((o, index) => {
    const shares = Object.fromEntries(
      DEDUCTION_KEYS.map((key) => [
        key,
        percent(o[key], `outcomes.${index}.${key}`, sroiParameterLabel(key, locale), 100),
      ]),
    ) as Record<DeductionKey, number | undefined>;
    const proxy = parseDecimal(o.proxyValue);
    // The form takes the size of the proxy; the "negative" box (or a minus sign) gives the sign.
    const negative = o.negative || (typeof proxy === "number" && proxy < 0);
    const proxyValue = typeof proxy === "number" ? (negative ? -Math.abs(proxy) : proxy) : proxy;
    const justifications = Object.fromEntries(
      DEDUCTION_KEYS.flatMap((key) => (o.justifications[key].trim() === "" ? [] : [[key, o.justifications[key]]])),
    );
    return {
      label: o.label,
      stakeholder: blankToUndefined(o.stakeholder),
      quantity: parseDecimal(o.quantity),
      unit: blankToUndefined(o.unit),
      proxyValue,
      negative: negative || undefined,
      proxySource: blankToUndefined(o.proxySource),
      proxyYear: parseDecimal(o.proxyYear),
      placeholder: o.placeholder || undefined,
      // Placeholders when the percent field is wrong, so the other fields are still checked.
      deadweight: shares.deadweight ?? 0,
      displacement: shares.displacement ?? 0,
      attribution: shares.attribution ?? 0,
      dropOff: shares.dropOff ?? 0,
      durationYears: parseDecimal(o.durationYears),
      startYear: parseDecimal(o.startYear),
      justifications,
      indicatorLabel: blankToUndefined(o.indicatorLabel)?.trim().slice(0, 200),
      catalogueProxy: blankToUndefined(o.catalogueProxy),
    };
  });

  const parsed = parseSroiInput({ discountRate: discountRate ?? DEFAULT_DISCOUNT_RATE, inputs, outcomes }, locale);
  if (!parsed.ok) issues.push(...parsed.errors);
  if (issues.length > 0 || !parsed.ok) return { ok: false, errors: fieldErrorsOf(issues) };

  const stored: StoredSroiMap = {
    inputs: parsed.value.inputs.map((item, index) => ({
      ...item,
      ...(inputs[index]?.volunteerHours !== undefined ? { volunteerHours: inputs[index]!.volunteerHours } : {}),
    })),
    outcomes: parsed.value.outcomes.map((outcome, index) => ({
      ...outcome,
      ...(outcomes[index]?.indicatorLabel ? { indicatorLabel: outcomes[index]!.indicatorLabel } : {}),
      ...(outcomes[index]?.catalogueProxy ? { catalogueProxy: outcomes[index]!.catalogueProxy } : {}),
    })),
  };
  return { ok: true, input: parsed.value, stored, kind: values.kind };
}

/** The calculation body of a stored map (extras dropped), for the engine. */
export function storedToBody(stored: StoredSroiMap, discountRate: number): SroiInputBody {
  return {
    discountRate,
    inputs: stored.inputs.map(({ label, amount }) => ({ label, amount })),
    outcomes: stored.outcomes.map((o) => {
      const { indicatorLabel, catalogueProxy, ...rest } = o;
      void indicatorLabel;
      void catalogueProxy;
      return rest;
    }),
  };
}

export interface LiveSroi {
  result: SroiResult | null;
  errors: Record<string, string>;
  missingJustifications: number;
}

/** Validates and, when valid, calculates: the live preview of the impact map. Never throws. */
export function liveSroi(values: SroiFormValues, locale: Locale, texts: SroiFormTexts): LiveSroi {
  const checked = validateSroiForm(values, locale, texts);
  if (!checked.ok) return { result: null, errors: checked.errors, missingJustifications: 0 };
  try {
    return {
      result: calculateSroi(checked.input, locale),
      errors: {},
      missingJustifications: findMissingJustifications(checked.input).length,
    };
  } catch {
    return { result: null, errors: {}, missingJustifications: 0 };
  }
}
