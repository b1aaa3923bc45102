import {
  ACTOR_KEYS,
  calculateSocioeconomic,
  parseSocioeconomicInput,
  type ActorKey,
  type SocioeconomicInput,
  type SocioeconomicResult,
} from "~/domain/socioeconomic";
import type { Locale } from "~/i18n/types";
import { numberToField, parseDecimal } from "./form-data";
import { fieldErrorsOf } from "~/utils/validation";

/**
 * The socio-economic account form (docs/domain/method-guide.md §6) shared by browser and server: field names are
 * the API body's paths (`groups.0.items.1.before`), the success rate is typed in percent and stored
 * as a fraction, numbers may use Swedish decimal commas. A line item has either an amount per
 * effective person-year or a before and after amount. Pure.
 */

export type StoredSocioeconomic = SocioeconomicInput;

export interface SocioFormItem {
  actor: string;
  label: string;
  type: string;
  amount: string;
  before: string;
  after: string;
  kind: string;
}

export interface SocioFormGroup {
  label: string;
  participants: string;
  years: string;
  /** Percent. */
  successRate: string;
  productionValue: string;
  items: SocioFormItem[];
}

export interface SocioFormValues {
  interventionCost: string;
  groups: SocioFormGroup[];
}

export interface SocioFormTexts {
  percentMissing: (name: string) => string;
  percentNotNumber: (name: string) => string;
  percentRange: (name: string, max: string) => string;
  successRateName: string;
}

export function emptySocioItem(actor: ActorKey = "kommun"): SocioFormItem {
  return { actor, label: "", type: "real", amount: "", before: "", after: "", kind: "cost" };
}

export function emptySocioGroup(): SocioFormGroup {
  return { label: "", participants: "", years: "1", successRate: "", productionValue: "", items: [emptySocioItem()] };
}

export function emptySocioForm(): SocioFormValues {
  return { interventionCost: "", groups: [emptySocioGroup()] };
}

const text = (v: unknown) => (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v));

export function storedToSocioForm(stored: StoredSocioeconomic, locale: Locale): SocioFormValues {
  return {
    interventionCost: numberToField(stored.interventionCost, locale),
    groups: stored.groups.map((g) => ({
      label: g.label,
      participants: String(g.participants),
      years: numberToField(g.years, locale),
      successRate: numberToField(g.successRate * 100, locale),
      productionValue: g.productionValue ? numberToField(g.productionValue, locale) : "",
      items: g.items.map((i) => ({
        actor: i.actor,
        label: i.label,
        type: i.type,
        amount: numberToField(i.amount, locale),
        before: numberToField(i.before, locale),
        after: numberToField(i.after, locale),
        kind: i.kind ?? "cost",
      })),
    })),
  };
}

/** Complete form values from anything posted. */
export function normaliseSocioForm(raw: unknown): SocioFormValues {
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown) =>
    (Array.isArray(v) ? v : []).map((x) => (typeof x === "object" && x !== null ? (x as Record<string, unknown>) : {}));
  return {
    interventionCost: text(r.interventionCost),
    groups: list(r.groups).map((g) => ({
      label: text(g.label),
      participants: text(g.participants),
      years: text(g.years),
      successRate: text(g.successRate),
      productionValue: text(g.productionValue),
      items: list(g.items).map((i) => ({
        actor: text(i.actor),
        label: text(i.label),
        type: text(i.type),
        amount: text(i.amount),
        before: text(i.before),
        after: text(i.after),
        kind: text(i.kind) || "cost",
      })),
    })),
  };
}

export type SocioFormResult = { ok: true; input: SocioeconomicInput } | { ok: false; errors: Record<string, string> };

/** Validates the form with `parseSocioeconomicInput` (success rate in percent checked here). */
export function validateSocioForm(values: SocioFormValues, locale: Locale, texts: SocioFormTexts): SocioFormResult {
  const issues: { path: string; message: string }[] = [];
  const body = {
    interventionCost: parseDecimal(values.interventionCost),
    groups: values.groups.map((g, gi) => {
      const rate = parseDecimal(g.successRate);
      let successRate: number | undefined = 0;
      const path = `groups.${gi}.successRate`;
      if (rate === undefined) issues.push({ path, message: texts.percentMissing(texts.successRateName) });
      else if (typeof rate !== "number") issues.push({ path, message: texts.percentNotNumber(texts.successRateName) });
      else if (rate < 0 || rate > 100) issues.push({ path, message: texts.percentRange(texts.successRateName, "100") });
      else successRate = rate / 100;
      const production = parseDecimal(g.productionValue);
      return {
        label: g.label,
        participants: parseDecimal(g.participants),
        years: parseDecimal(g.years),
        successRate,
        ...(production === undefined ? {} : { productionValue: production }),
        items: g.items.map((i) => {
          const amount = parseDecimal(i.amount);
          const before = parseDecimal(i.before);
          const after = parseDecimal(i.after);
          return {
            actor: (ACTOR_KEYS as readonly string[]).includes(i.actor) ? i.actor : i.actor || undefined,
            label: i.label,
            type: i.type || undefined,
            ...(amount === undefined ? {} : { amount }),
            ...(before === undefined ? {} : { before }),
            ...(after === undefined ? {} : { after }),
            ...(amount === undefined ? { kind: i.kind === "revenue" ? "revenue" : "cost" } : {}),
          };
        }),
      };
    }),
  };
  const parsed = parseSocioeconomicInput(body, locale);
  if (!parsed.ok) issues.push(...parsed.errors);
  if (issues.length > 0 || !parsed.ok) return { ok: false, errors: fieldErrorsOf(issues) };
  return { ok: true, input: parsed.value };
}

export interface LiveSocio {
  result: SocioeconomicResult | null;
  errors: Record<string, string>;
}

/** Validates and, when valid, calculates: the live preview of the socio-economic account. */
export function liveSocio(values: SocioFormValues, locale: Locale, texts: SocioFormTexts): LiveSocio {
  const checked = validateSocioForm(values, locale, texts);
  if (!checked.ok) return { result: null, errors: checked.errors };
  return { result: calculateSocioeconomic(checked.input), errors: {} };
}
