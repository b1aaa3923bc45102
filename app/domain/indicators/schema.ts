import { z } from "zod";
import type { Locale } from "~/i18n/types";
import {
  AREA_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  parseAgeBand,
  parseArea,
  parseDataQuality,
  parseGender,
} from "./disaggregation";
import { indicatorMessages as m } from "./messages";
import { readSwedishNumber } from "./numbers";
import { parsePeriodKey } from "./periods";
import {
  CATALOGUE_PREFIX_SECTOR,
  INDICATOR_DIRECTIONS,
  INDICATOR_LEVELS,
  INDICATOR_SECTORS,
  type IndicatorSector,
  type LocalizedText,
} from "./types";
import { INDICATOR_UNITS, isPeopleUnit, isPercentUnit, unitValueRange, type IndicatorUnit } from "./units";

/**
 * Form schemas for indicators and their values (docs/domain/method-guide.md §1.3: indicator, baseline, target,
 * actual; §10.2 evidence and transparency). One schema per form, used by react-hook-form in the
 * browser and by the action on the server. Numbers arrive from forms as text with a Swedish
 * decimal comma and are read with `parseSwedishNumber`. Every message says how to fix the input,
 * in the locale the schema is made for (`makeXxxSchema(locale)`); `XxxSchema` is the Swedish one.
 */

type Msg = (text: LocalizedText) => string;
const pick =
  (locale: Locale): Msg =>
  (text) =>
    text[locale];

const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Catalogue IDs look like `GEN-03`; own codes must not, so they can never clash with a new catalogue row. */
const CATALOGUE_LIKE = new RegExp(`^(?:${Object.keys(CATALOGUE_PREFIX_SECTOR).join("|")})-\\d+$`, "i");
const OWN_CODE = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,19}$/u;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const schemaMessages = {
  required: (what: LocalizedText): LocalizedText => ({ sv: `Skriv ${what.sv}.`, en: `Enter ${what.en}.` }),
  tooLong: (max: number): LocalizedText => ({
    sv: `Skriv kortare, högst ${max} tecken.`,
    en: `Shorten it to at most ${max} characters.`,
  }),
  ownCode: (): LocalizedText => ({
    sv: "Koden får bara ha bokstäver, siffror, punkt, bindestreck och understreck, högst 20 tecken, till exempel EGEN-1.",
    en: "Use only letters, digits, full stops, hyphens and underscores in the code, at most 20 characters, for example OWN-1.",
  }),
  catalogueCode: (): LocalizedText => ({
    sv: "Koden ser ut som en kod i GSE:s indikatorkatalog. Välj en egen kod, till exempel EGEN-1, eller välj indikatorn ur katalogen.",
    en: "The code looks like a code from the GSE indicator catalogue. Choose your own code, for example OWN-1, or pick the indicator from the catalogue.",
  }),
  unit: (): LocalizedText => ({ sv: "Välj en enhet i listan.", en: "Choose a unit from the list." }),
  level: (): LocalizedText => ({
    sv: "Välj vad indikatorn mäter: resurser, prestation, effekt eller samhällspåverkan.",
    en: "Choose what the indicator measures: input, output, outcome or long-term impact.",
  }),
  direction: (): LocalizedText => ({
    sv: "Välj om ett högre eller ett lägre värde är bättre.",
    en: "Choose whether a higher or a lower value is better.",
  }),
  sector: (): LocalizedText => ({
    sv: "Välj verksamhetsområden i listan.",
    en: "Choose areas of activity from the list.",
  }),
  proxyValue: (): LocalizedText => ({
    sv: "Skriv proxyns värde i kronor som ett tal större än noll, till exempel 194 eller 47 183.",
    en: "Enter the proxy value in SEK as a number above zero, for example 194 or 47,183.",
  }),
  year: (): LocalizedText => ({
    sv: "Skriv året med fyra siffror, till exempel 2024.",
    en: "Enter the year with four digits, for example 2024.",
  }),
  date: (): LocalizedText => ({
    sv: "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-15.",
    en: "Enter the date as YYYY-MM-DD, for example 2026-01-15.",
  }),
  dateInFuture: (): LocalizedText => ({
    sv: "Utgångsläget kan inte vara mätt i framtiden. Skriv dagens datum eller ett tidigare.",
    en: "The baseline cannot be measured in the future. Enter today's date or an earlier one.",
  }),
};

/** A number typed the Swedish way ("12 345,5", "3,5 %"), checked against the unit when it is known. */
function numberField(msg: Msg, unit?: IndicatorUnit) {
  return z.union([z.string(), z.number()], { error: () => msg(m.valueMissing()) }).transform((raw, ctx): number => {
    if (blank(raw)) {
      ctx.addIssue({ code: "custom", message: msg(m.valueMissing()) });
      return z.NEVER;
    }
    const read = readSwedishNumber(raw);
    if (!read) {
      ctx.addIssue({ code: "custom", message: msg(m.notANumber(String(raw).trim())) });
      return z.NEVER;
    }
    if (unit) {
      if (read.percent && !isPercentUnit(unit))
        ctx.addIssue({ code: "custom", message: msg(m.percentSignNotAllowed(unit)) });
      const range = unitValueRange(unit);
      if (range.min !== undefined && read.value < range.min)
        ctx.addIssue({ code: "custom", message: msg(m.belowMin(unit, range.min)) });
      else if (range.max !== undefined && read.value > range.max)
        ctx.addIssue({ code: "custom", message: msg(m.aboveMax(unit, range.max)) });
    }
    return read.value;
  });
}

/** A required trimmed text with a length limit. */
function requiredText(msg: Msg, what: LocalizedText, max: number) {
  return z
    .string({ error: () => msg(schemaMessages.required(what)) })
    .trim()
    .min(1, { error: () => msg(schemaMessages.required(what)) })
    .max(max, { error: () => msg(schemaMessages.tooLong(max)) });
}

/** An optional trimmed text; empty becomes undefined. */
function optionalText(msg: Msg, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: () => msg(schemaMessages.tooLong(max)) })
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v));
}

/**
 * Swedish text required, English optional. A missing group reads as empty (so the message lands on
 * the Swedish field) and a plain string as the Swedish text.
 */
function localizedText(msg: Msg, what: LocalizedText, max: number) {
  return z.preprocess(
    (v: { sv?: string; en?: string } | string | null | undefined) =>
      v === undefined || v === null ? {} : typeof v === "string" ? { sv: v } : v,
    z.object({ sv: requiredText(msg, what, max), en: optionalText(msg, max) }),
  );
}

function yearField(msg: Msg) {
  return z
    .union([z.string(), z.number()], { error: () => msg(schemaMessages.year()) })
    .transform((raw, ctx): number => {
      const n = typeof raw === "number" ? raw : /^\s*\d{4}\s*$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isInteger(n) || n < 1900 || n > 2100) {
        ctx.addIssue({ code: "custom", message: msg(schemaMessages.year()) });
        return z.NEVER;
      }
      return n;
    });
}

function isoDateField(msg: Msg) {
  return z
    .string({ error: () => msg(schemaMessages.date()) })
    .trim()
    .refine(
      (s) => {
        const d = ISO_DAY.exec(s);
        if (!d) return false;
        const date = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
        return date.getUTCMonth() === Number(d[2]) - 1 && date.getUTCDate() === Number(d[3]);
      },
      { error: () => msg(schemaMessages.date()) },
    );
}

/** A period key, written back in its canonical form (`2026-q3` → `2026-Q3`); optionally limited to some keys. */
function periodKeyField(msg: Msg, periodKeys?: readonly string[]) {
  const allowed = periodKeys ? new Set(periodKeys.map((k) => parsePeriodKey(k)?.key ?? k)) : undefined;
  return z.string({ error: () => msg(m.periodMissing()) }).transform((raw, ctx): string => {
    if (raw.trim() === "") {
      ctx.addIssue({ code: "custom", message: msg(m.periodMissing()) });
      return z.NEVER;
    }
    const p = parsePeriodKey(raw);
    if (!p) {
      ctx.addIssue({ code: "custom", message: msg(m.badPeriod(raw.trim())) });
      return z.NEVER;
    }
    if (allowed && !allowed.has(p.key)) {
      ctx.addIssue({ code: "custom", message: msg(m.periodOutside(p.key, [...allowed])) });
      return z.NEVER;
    }
    return p.key;
  });
}

const WHAT = {
  name: { sv: "ett namn på svenska", en: "a name in Swedish" },
  definition: { sv: "en definition: vad som räknas och hur", en: "a definition: what is counted and how" },
  dataSource: {
    sv: "varifrån uppgifterna kommer, till exempel närvarolistor",
    en: "where the data comes from, for example attendance lists",
  },
  proxyDescription: { sv: "vad proxyn står för", en: "what the proxy stands for" },
  proxySource: {
    sv: "källan till proxyn, till exempel Socialstyrelsen",
    en: "the source of the proxy, for example Socialstyrelsen",
  },
  baselineSource: {
    sv: "varifrån utgångsläget kommer, till exempel enkät i januari",
    en: "where the baseline comes from, for example a survey in January",
  },
} satisfies Record<string, LocalizedText>;

/**
 * An association's own indicator: the same fields as a catalogue indicator (§9), with an optional
 * code that must not look like a catalogue ID, the English texts optional, and an optional
 * financial proxy that must carry its source and years (§1.3, §11 "Versioning"). A proxy whose
 * fields are all empty counts as no proxy.
 */
export function makeOwnIndicatorSchema(locale: Locale) {
  const msg = pick(locale);
  const proxy = z.object({
    valueSek: numberField(msg).refine((v) => v > 0, { error: () => msg(schemaMessages.proxyValue()) }),
    description: localizedText(msg, WHAT.proxyDescription, 1000),
    source: requiredText(msg, WHAT.proxySource, 500),
    sourceYear: yearField(msg),
    priceYear: yearField(msg),
  });
  return z.object({
    code: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === undefined || v === "" ? undefined : v))
      .refine((v) => v === undefined || OWN_CODE.test(v), { error: () => msg(schemaMessages.ownCode()) })
      .refine((v) => v === undefined || !CATALOGUE_LIKE.test(v), { error: () => msg(schemaMessages.catalogueCode()) }),
    name: localizedText(msg, WHAT.name, 200),
    definition: localizedText(msg, WHAT.definition, 2000),
    unit: z.enum(INDICATOR_UNITS, { error: () => msg(schemaMessages.unit()) }),
    level: z.enum(INDICATOR_LEVELS, { error: () => msg(schemaMessages.level()) }),
    direction: z.enum(INDICATOR_DIRECTIONS, { error: () => msg(schemaMessages.direction()) }),
    sectors: z
      .preprocess(
        (v: readonly IndicatorSector[] | IndicatorSector | "" | null | undefined) =>
          v === undefined || v === null || v === "" ? [] : typeof v === "string" ? [v] : v,
        z.array(z.enum(INDICATOR_SECTORS, { error: () => msg(schemaMessages.sector()) })),
      )
      .transform((list) => [...new Set(list)]),
    dataSource: localizedText(msg, WHAT.dataSource, 500),
    proxy: z.preprocess((v: ProxyFormInput | null | undefined) => (isEmptyObject(v) ? undefined : v), proxy.optional()),
  });
}

/** The proxy group as a form posts it: every field may be empty text. */
interface ProxyFormInput {
  valueSek?: string | number;
  description?: { sv?: string; en?: string };
  source?: string;
  sourceYear?: string | number;
  priceYear?: string | number;
}

/** True for nothing, or an object whose fields (nested too) are all empty: an untouched optional form group. */
function isEmptyObject(v: unknown): boolean {
  if (blank(v)) return true;
  if (typeof v !== "object" || Array.isArray(v)) return false;
  return Object.values(v as Record<string, unknown>).every(isEmptyObject);
}

/**
 * The baseline (utgångsläge, §1.3): the value before the activity or at the start of the period,
 * the day it was measured (not in the future) and where it comes from. With `unit`, the value is
 * checked against the unit's range (no negative counts, per cent within 0–100).
 */
export function makeBaselineSchema(locale: Locale, options: { unit?: IndicatorUnit; today?: string } = {}) {
  const msg = pick(locale);
  // "Today" is read at parse time so a long-running server never uses a stale date.
  const today = (): string => options.today ?? new Date().toISOString().slice(0, 10);
  return z.object({
    value: numberField(msg, options.unit),
    date: isoDateField(msg).refine((d) => d <= today(), { error: () => msg(schemaMessages.dateInFuture()) }),
    source: requiredText(msg, WHAT.baselineSource, 500),
    note: optionalText(msg, NOTE_MAX_LENGTH),
  });
}

/** A target (målvärde, §1.3) for one period; with `periodKeys`, the period must be one of them. */
export function makeTargetSchema(
  locale: Locale,
  options: { unit?: IndicatorUnit; periodKeys?: readonly string[] } = {},
) {
  const msg = pick(locale);
  return z.object({
    periodKey: periodKeyField(msg, options.periodKeys),
    value: numberField(msg, options.unit),
    note: optionalText(msg, NOTE_MAX_LENGTH),
  });
}

/**
 * An actual value (utfall, §1.3) for one period, with its data quality (empty = measured) and an
 * optional breakdown by gender (kvinna/man/annat; "total" or empty = no breakdown, stored as null),
 * age band ("0-17", "18-29", "30-64", "65+" or any N-M / N+) and area. With `unit`, a breakdown is
 * only allowed for people units (persons, households) and the value is range-checked.
 */
export function makeActualValueSchema(
  locale: Locale,
  options: { unit?: IndicatorUnit; periodKeys?: readonly string[] } = {},
) {
  const msg = pick(locale);
  const unit = options.unit;
  return z
    .object({
      periodKey: periodKeyField(msg, options.periodKeys),
      value: numberField(msg, unit),
      note: optionalText(msg, NOTE_MAX_LENGTH),
      dataQuality: z
        .string()
        .optional()
        .transform((raw, ctx) => {
          const q = parseDataQuality(raw);
          if (q === null) {
            ctx.addIssue({ code: "custom", message: msg(m.badDataQuality(String(raw).trim())) });
            return z.NEVER;
          }
          return q;
        }),
      gender: z
        .string()
        .optional()
        .transform((raw, ctx) => {
          const g = parseGender(raw);
          if (g === undefined) {
            ctx.addIssue({ code: "custom", message: msg(m.badGender(String(raw).trim())) });
            return z.NEVER;
          }
          return g;
        }),
      ageBand: z
        .string()
        .optional()
        .transform((raw, ctx) => {
          const a = parseAgeBand(raw);
          if (a === undefined) {
            ctx.addIssue({ code: "custom", message: msg(m.badAgeBand(String(raw).trim())) });
            return z.NEVER;
          }
          return a;
        }),
      area: z
        .string()
        .optional()
        .transform((raw) => parseArea(raw))
        .refine((a) => a === null || a.length <= AREA_MAX_LENGTH, { error: () => msg(m.areaTooLong()) }),
    })
    .superRefine((v, ctx) => {
      if (!unit || isPeopleUnit(unit)) return;
      for (const field of ["gender", "ageBand", "area"] as const) {
        if (v[field] !== null)
          ctx.addIssue({ code: "custom", path: [field], message: msg(m.breakdownNotAllowed(unit)) });
      }
    });
}

export type OwnIndicator = z.infer<ReturnType<typeof makeOwnIndicatorSchema>>;
export type OwnIndicatorInput = z.input<ReturnType<typeof makeOwnIndicatorSchema>>;

export type Baseline = z.infer<ReturnType<typeof makeBaselineSchema>>;

export type Target = z.infer<ReturnType<typeof makeTargetSchema>>;

export type ActualValue = z.infer<ReturnType<typeof makeActualValueSchema>>;
