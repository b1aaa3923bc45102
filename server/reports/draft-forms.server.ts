import { parseSwedishNumber } from "~/domain/indicators/numbers";
import type { DraftFinances, DraftStory, DraftTender, ReportDraft } from "~/domain/reports/draft";
import { offeredSections } from "~/domain/reports/draft";
import type { ReportTemplate, SectionKey } from "~/domain/reports/types";
import type { Messages } from "~/i18n";
import { formValues, type FormValues } from "../forms.server";

/**
 * Reading the report builder's forms into a draft patch. Repeated rows are posted as
 * `stories.0.quote`, `stories.0.who` …; rows left empty are dropped (that is how a row is removed,
 * which works without JavaScript). Numbers are read the Swedish way ("45 000", "12,5").
 */

export type DraftFormResult<T> =
  { ok: true; patch: T; draftVersion: number } | { ok: false; errors: Record<string, string>; values: FormValues };

const str = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === "string" ? v.replace(/\r\n?/g, "\n") : "";
};

function draftVersionOf(form: FormData): number {
  const n = Number(str(form, "draftVersion"));
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Row indexes present in the form for a prefix ("stories" → 0, 1, 2 …), in order. */
function rowIndexes(form: FormData, prefix: string): number[] {
  const set = new Set<number>();
  for (const key of form.keys()) {
    const m = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`).exec(key);
    if (m) set.add(Number(m[1]));
  }
  return [...set].sort((a, b) => a - b);
}

export function readContentForm(
  form: FormData,
  template: ReportTemplate,
  availableIndicatorIds: string[],
  t: Messages,
): DraftFormResult<{ title: string; patch: Partial<ReportDraft> }> {
  const values = formValues(form);
  const errors: Record<string, string> = {};
  const title = str(form, "title").trim();
  if (!title || title.length > 200) errors.title = t.reports.content.errors.title;
  const offered = offeredSections(template);
  const chosen = new Set(form.getAll("sections").filter((v): v is string => typeof v === "string"));
  const sectionKeys = offered.filter((k) => chosen.has(k));
  if (sectionKeys.length === 0) errors.sections = t.reports.content.errors.sections;
  const narratives: Partial<Record<SectionKey, string>> = {};
  for (const key of offered) {
    const name = `narrative.${key}`;
    if (form.has(name)) narratives[key] = str(form, name).slice(0, 20000);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  const patch: Partial<ReportDraft> = { sectionKeys };
  if (form.has("indicatorsOffered")) {
    const picked = new Set(form.getAll("indicators").filter((v): v is string => typeof v === "string"));
    const ids = availableIndicatorIds.filter((id) => picked.has(id));
    // All chosen = follow the accounting (indicators added later are included too).
    if (ids.length < availableIndicatorIds.length) patch.indicatorIds = ids;
    else patch.indicatorIds = undefined;
  }
  return {
    ok: true,
    patch: { title, patch: { ...patch, narratives } },
    draftVersion: draftVersionOf(form),
  };
}

export function readStoriesForm(form: FormData): DraftFormResult<DraftStory[]> {
  const stories: DraftStory[] = [];
  for (const i of rowIndexes(form, "stories")) {
    const quote = str(form, `stories.${i}.quote`).trim().slice(0, 4000);
    if (!quote) continue;
    stories.push({
      quote,
      who: str(form, `stories.${i}.who`).trim().slice(0, 200),
      consent: form.get(`stories.${i}.consent`) === "yes",
    });
  }
  return {
    ok: true,
    patch: stories.slice(0, 50),
    draftVersion: draftVersionOf(form),
  };
}

function readAmount(
  form: FormData,
  name: string,
  errors: Record<string, string>,
  message: string,
  required: boolean,
): number | null {
  const raw = str(form, name).trim();
  if (!raw) {
    if (required) errors[name] = message;
    return null;
  }
  const n = parseSwedishNumber(raw.replace(/\s*(kr|sek)$/i, ""));
  if (n === null || !Number.isFinite(n) || Math.abs(n) > 1e12) {
    errors[name] = message;
    return null;
  }
  return n;
}

export function readFinancesForm(form: FormData, t: Messages): DraftFormResult<DraftFinances> {
  const values = formValues(form);
  const errors: Record<string, string> = {};
  const e = t.reports.finances.errors;
  const rows: DraftFinances["rows"] = [];
  for (const i of rowIndexes(form, "rows")) {
    const item = str(form, `rows.${i}.item`).trim().slice(0, 200);
    const budgetRaw = str(form, `rows.${i}.budget`).trim();
    const actualRaw = str(form, `rows.${i}.actual`).trim();
    if (!item && !budgetRaw && !actualRaw) continue;
    if (!item) errors[`rows.${i}.item`] = e.item;
    const budget = readAmount(form, `rows.${i}.budget`, errors, e.amount, true);
    const actual = readAmount(form, `rows.${i}.actual`, errors, e.amount, false);
    rows.push({ item, budget: budget ?? 0, actual });
  }
  const coFinancing: DraftFinances["coFinancing"] = [];
  for (const i of rowIndexes(form, "co")) {
    const source = str(form, `co.${i}.source`).trim().slice(0, 200);
    const amountRaw = str(form, `co.${i}.amount`).trim();
    if (!source && !amountRaw) continue;
    if (!source) errors[`co.${i}.source`] = e.item;
    const amount = readAmount(form, `co.${i}.amount`, errors, e.amount, true);
    coFinancing.push({ source, amount: amount ?? 0 });
  }
  const hours = readAmount(form, "volunteerHours", errors, e.hours, false);
  const hourValue = readAmount(form, "volunteerHourValue", errors, e.amount, false);
  if (hours !== null && (hours < 0 || hours > 1e7)) errors.volunteerHours = e.hours;
  if (hourValue !== null && (hourValue < 0 || hourValue > 1e5)) errors.volunteerHourValue = e.amount;
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  const finances: DraftFinances = { rows, coFinancing };
  if (hours !== null) finances.volunteerHours = hours;
  if (hourValue !== null) finances.volunteerHourValue = hourValue;
  return { ok: true, patch: finances, draftVersion: draftVersionOf(form) };
}

/**
 * Reads the tender page. A "Ta bort" button posts the intent `remove-requirement:<row index>` with
 * the rest of the form: that row (`remove`) is dropped and everything else typed is saved (works
 * without JavaScript).
 */
export function readTenderForm(
  form: FormData,
  t: Messages,
  remove: number | null = null,
): DraftFormResult<DraftTender> & { removed?: boolean } {
  const values = formValues(form);
  const errors: Record<string, string> = {};
  const requirements: DraftTender["requirements"] = [];
  for (const i of rowIndexes(form, "req")) {
    if (i === remove) continue;
    const requirement = str(form, `req.${i}.requirement`).trim().slice(0, 1000);
    if (!requirement) continue;
    requirements.push({
      requirement,
      howWeMeetIt: str(form, `req.${i}.howWeMeetIt`).trim().slice(0, 4000),
      evidence: str(form, `req.${i}.evidence`).trim().slice(0, 1000),
    });
  }
  const shareRaw = str(form, "share").trim().replace(/\s*%$/, "");
  let shareTargetGroup: number | undefined;
  if (shareRaw) {
    const n = parseSwedishNumber(shareRaw);
    if (n === null || n < 0 || n > 100) errors.share = t.reports.tender.errors.share;
    else shareTargetGroup = n / 100;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  const tender: DraftTender = {
    buyer: str(form, "buyer").trim().slice(0, 200),
    procurementTitle: str(form, "procurementTitle").trim().slice(0, 300),
    requirements: requirements.slice(0, 50),
  };
  if (shareTargetGroup !== undefined) tender.shareTargetGroup = shareTargetGroup;
  return { ok: true, patch: tender, draftVersion: draftVersionOf(form), removed: remove !== null };
}
