import type { Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import { findStakeholder } from "~db/queries/method-guide-blocks.server";
import type { AccountingRow } from "~db/queries/accountings.server";
import { countEvidenceByLink, listEvidence, type EvidenceRow } from "~db/queries/evidence.server";
import {
  addIndicatorsToAccounting,
  deleteBaseline,
  deleteValue,
  findAccountingIndicator,
  findOutcome,
  insertOutcome,
  insertStakeholder,
  listAccountingIndicators,
  listOutcomes,
  listStakeholders,
  listTargets,
  listValues,
  removeAccountingIndicator,
  saveTargets,
  saveTotalValue,
  updateIndicatorLink,
  upsertBaseline,
  upsertValues,
  bumpIndicatorVersions,
  claimIndicatorVersion,
  type AccountingIndicatorRow,
  type OutcomeRow,
  type StakeholderOption,
  type ValueRow,
} from "~db/queries/indicators-accounting.server";
import { computeAttainment, expectedShareAt, type Attainment } from "~/domain/indicators/attainment";
import type { DataQuality } from "~/domain/indicators/disaggregation";
import { periodsBetween, type Period } from "~/domain/indicators/periods";
import { makeActualValueSchema, makeBaselineSchema, makeTargetSchema } from "~/domain/indicators/schema";
import { isPeopleUnit } from "~/domain/indicators/units";
import type { Locale, Messages } from "~/i18n";
import type { ConflictData } from "~/utils/action-data";
import { fieldErrorsOf } from "~/utils/validation";
import { localized } from "~/i18n/localized";
import { formatInputNumber } from "~/utils/format";
import { differencesOf } from "../mutation.server";

/**
 * Indicators in one accounting: adding them (with an outcome and stakeholder, created inline if
 * needed), the baseline, targets and actual values per period, breakdowns, and the overview with
 * latest value, target attainment and data quality (method guide §1.3, §10.1, §10.2).
 */

/** The accounting's reporting periods (from its granularity). */
export function accountingPeriods(
  accounting: Pick<AccountingRow, "periodStart" | "periodEnd" | "periodGranularity">,
): Period[] {
  return periodsBetween(accounting.periodStart, accounting.periodEnd, accounting.periodGranularity);
}

const isTotal = (v: ValueRow): boolean => v.gender === null && v.ageBand === null && v.area === null;

export interface IndicatorSummary {
  linkId: string;
  indicatorId: string;
  code: string | null;
  name: string;
  isCatalogue: boolean;
  unit: AccountingIndicatorRow["indicator"]["unit"];
  direction: AccountingIndicatorRow["indicator"]["direction"];
  chainItemId: string | null;
  outcomeText: string | null;
  stakeholderName: string | null;
  baseline: number | null;
  latest: { periodKey: string; periodLabel: string; value: number; dataQuality: DataQuality } | null;
  target: { periodKey: string; periodLabel: string; value: number } | null;
  attainment: Attainment;
  evidenceCount: number;
}

/**
 * Target attainment for the latest actual value: against the target of the same period when there
 * is one, otherwise against the last target, with the share of the way expected by then
 * (`expectedShareAt`, a straight line from the accounting's start).
 */
function attainmentFor({
  link,
  periods,
  targets,
  latest,
  accountingStart,
  locale,
}: {
  link: AccountingIndicatorRow;
  periods: readonly Period[];
  targets: ReadonlyMap<string, number>;
  latest: ValueRow | undefined;
  accountingStart: string;
  locale: Locale;
}): { target: IndicatorSummary["target"]; attainment: Attainment } {
  const byKey = new Map(periods.map((p) => [p.key, p]));
  let targetKey: string | undefined;
  if (latest && targets.has(latest.periodKey)) targetKey = latest.periodKey;
  else {
    const keys = periods.map((p) => p.key).filter((k) => targets.has(k));
    targetKey = keys[keys.length - 1];
  }
  const targetPeriod = targetKey ? byKey.get(targetKey) : undefined;
  const latestPeriod = latest ? byKey.get(latest.periodKey) : undefined;
  const expected =
    targetPeriod && latestPeriod && targetPeriod.key !== latestPeriod.key
      ? expectedShareAt(accountingStart, targetPeriod.end, latestPeriod.end)
      : 1;
  const attainment = computeAttainment({
    baseline: link.baseline?.value ?? null,
    target: targetKey ? (targets.get(targetKey) ?? null) : null,
    actual: latest?.value ?? null,
    direction: link.indicator.direction,
    expectedShare: expected,
  });
  return {
    target:
      targetKey && targetPeriod
        ? { periodKey: targetKey, periodLabel: targetPeriod.label[locale], value: targets.get(targetKey)! }
        : null,
    attainment,
  };
}

/** The accounting's indicators with latest value, target attainment and data quality, and its outcomes. */
export async function loadIndicatorOverview({
  orgId,
  accounting,
  locale,
}: {
  orgId: string;
  accounting: AccountingRow;
  locale: Locale;
}) {
  const db = await getDb();
  const [links, targets, values, evidence, outcomes] = await Promise.all([
    listAccountingIndicators(db, orgId, accounting.id),
    listTargets(db, orgId, accounting.id),
    listValues(db, orgId, accounting.id),
    countEvidenceByLink(db, orgId, accounting.id),
    listOutcomes(db, orgId, accounting.id),
  ]);
  const periods = accountingPeriods(accounting);
  const order = new Map(periods.map((p, i) => [p.key, i]));
  const labels = new Map(periods.map((p) => [p.key, p.label[locale]]));
  const targetsByLink = new Map<string, Map<string, number>>();
  for (const t of targets) {
    const m = targetsByLink.get(t.linkId) ?? new Map<string, number>();
    m.set(t.periodKey, Number(t.value));
    targetsByLink.set(t.linkId, m);
  }
  const latestByLink = new Map<string, ValueRow>();
  for (const v of values) {
    if (!isTotal(v)) continue;
    const current = latestByLink.get(v.linkId);
    if (!current || (order.get(v.periodKey) ?? -1) > (order.get(current.periodKey) ?? -1))
      latestByLink.set(v.linkId, v);
  }
  const summaries: IndicatorSummary[] = links.map((link) => {
    const latest = latestByLink.get(link.id);
    const { target, attainment } = attainmentFor({
      link,
      periods,
      targets: targetsByLink.get(link.id) ?? new Map(),
      latest,
      accountingStart: accounting.periodStart,
      locale,
    });
    return {
      linkId: link.id,
      indicatorId: link.indicator.id,
      code: link.indicator.code,
      name: localized(link.indicator.name, locale),
      isCatalogue: link.indicator.isCatalogue,
      unit: link.indicator.unit,
      direction: link.indicator.direction,
      chainItemId: link.chainItemId,
      outcomeText: link.outcomeText,
      stakeholderName: link.stakeholderName,
      baseline: link.baseline?.value ?? null,
      latest: latest
        ? {
            periodKey: latest.periodKey,
            periodLabel: labels.get(latest.periodKey) ?? latest.periodKey,
            value: latest.value,
            dataQuality: latest.dataQuality,
          }
        : null,
      target,
      attainment,
      evidenceCount: evidence.get(link.id) ?? 0,
    };
  });
  return { indicators: summaries, outcomes };
}

export interface ChartPoint {
  periodKey: string;
  label: string;
  actual: number | null;
  target: number | null;
  baseline: number | null;
}

/** Everything the data entry view of one indicator needs, or undefined when it is not in the accounting. */
export async function loadIndicatorDetail({
  orgId,
  accounting,
  linkId,
  locale,
}: {
  orgId: string;
  accounting: AccountingRow;
  linkId: string;
  locale: Locale;
}) {
  const db = await getDb();
  const link = await findAccountingIndicator(db, orgId, accounting.id, linkId);
  if (!link) return undefined;
  const [targets, values, outcomes, stakeholders, evidence] = await Promise.all([
    listTargets(db, orgId, accounting.id),
    listValues(db, orgId, accounting.id, link.id),
    listOutcomes(db, orgId, accounting.id),
    listStakeholders(db, orgId, accounting.id),
    listEvidence(db, orgId, accounting.id, link.id),
  ]);
  const periods = accountingPeriods(accounting);
  const targetMap = new Map(targets.filter((t) => t.linkId === link.id).map((t) => [t.periodKey, Number(t.value)]));
  const totals = new Map(values.filter(isTotal).map((v) => [v.periodKey, v]));
  const breakdowns = values.filter((v) => !isTotal(v));
  const rows = periods.map((p) => {
    const v = totals.get(p.key);
    return {
      periodKey: p.key,
      label: p.label[locale],
      target: targetMap.get(p.key) ?? null,
      actual: v
        ? {
            id: v.id,
            value: v.value,
            note: v.note,
            dataQuality: v.dataQuality,
            evidenceLevel: v.evidenceLevel,
            n: v.n,
            evidenceCount: v.evidenceCount,
          }
        : null,
    };
  });
  const chart: ChartPoint[] = rows.map((r) => ({
    periodKey: r.periodKey,
    label: r.label,
    actual: r.actual?.value ?? null,
    target: r.target,
    baseline: link.baseline?.value ?? null,
  }));
  return {
    link,
    periods: periods.map((p) => ({ key: p.key, label: p.label[locale] })),
    rows,
    breakdowns,
    outcomes,
    stakeholders,
    evidence,
    chart,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

export type FormResult = { ok: true; message: string } | { ok: false; errors: Record<string, string> };

/** A save that checks the version it was based on: also a conflict (409). */
export type CheckedFormResult = FormResult | { ok: false; conflict: ConflictData };

/**
 * The version a values form was loaded at, or null when the post carries none (a script or an
 * old page: saved without a check, as before).
 */
function postedVersion(form: FormData): number | null {
  const v = form.get("baseVersion");
  if (typeof v !== "string") return null;
  return /^\d{1,9}$/.test(v) ? Number(v) : 0;
}

/** A number as the grid's input shows it (decimal comma in Swedish). */
const cellText = (v: number | null | undefined, locale: Locale) =>
  v === null || v === undefined || !Number.isFinite(v) ? "" : formatInputNumber(v, locale);

/** What every write of one accounting's indicators is about: the organisation and the accounting. */
interface InAccounting {
  orgId: string;
  accounting: AccountingRow;
}

/** A form post about one indicator of the accounting, read by the use-case itself. */
interface IndicatorForm extends InAccounting {
  link: AccountingIndicatorRow;
  form: FormData;
  locale: Locale;
  t: Messages;
}

const text = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim() : "";
};

/** Resolves the outcome and stakeholder choice of a form, creating a new outcome or stakeholder when asked. */
async function resolveOutcomeChoice(
  tx: Queryable,
  orgId: string,
  accountingId: string,
  form: FormData,
  t: Messages,
): Promise<
  { ok: true; chainItemId: string | null; stakeholderId: string | null } | { ok: false; errors: Record<string, string> }
> {
  const outcome = text(form, "outcome");
  const stakeholder = text(form, "stakeholder");
  const errors: Record<string, string> = {};
  let stakeholderId: string | null = null;
  if (stakeholder === "new") {
    const name = text(form, "newStakeholder").slice(0, 200);
    if (!name) errors.newStakeholder = t.indicators.add.stakeholderNameMissing;
  } else if (stakeholder) {
    if (!(await findStakeholder(tx, orgId, accountingId, stakeholder)))
      errors.stakeholder = t.indicators.add.stakeholderUnknown;
    else stakeholderId = stakeholder;
  }
  let chainItemId: string | null = null;
  if (outcome === "new") {
    if (!text(form, "newOutcome")) errors.newOutcome = t.indicators.add.outcomeTextMissing;
  } else if (outcome) {
    if (!(await findOutcome(tx, orgId, accountingId, outcome))) errors.outcome = t.indicators.add.outcomeUnknown;
    else chainItemId = outcome;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (stakeholder === "new")
    stakeholderId = await insertStakeholder(tx, orgId, accountingId, text(form, "newStakeholder").slice(0, 200));
  if (outcome === "new") {
    chainItemId = await insertOutcome(tx, orgId, accountingId, text(form, "newOutcome").slice(0, 1000), stakeholderId);
    // The stakeholder is carried by the new outcome; the link need not repeat it.
    stakeholderId = null;
  }
  return { ok: true, chainItemId, stakeholderId };
}

/** Adds the ticked indicators (catalogue or own) to the accounting, with the chosen outcome. */
export async function addIndicators({
  orgId,
  accountingId,
  form,
  t,
}: {
  orgId: string;
  accountingId: string;
  form: FormData;
  t: Messages;
}): Promise<FormResult & { linkIds?: string[] }> {
  const ids = form.getAll("indicatorId").filter((v): v is string => typeof v === "string");
  if (ids.length === 0) return { ok: false, errors: { indicatorId: t.indicators.add.noneChosen } };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const choice = await resolveOutcomeChoice(tx, orgId, accountingId, form, t);
    if (!choice.ok) return choice;
    const linkIds = await addIndicatorsToAccounting(tx, orgId, accountingId, ids, choice);
    if (linkIds.length === 0) return { ok: false, errors: { indicatorId: t.indicators.add.noneChosen } };
    return { ok: true, message: t.indicators.add.added(linkIds.length), linkIds };
  });
}

/** Changes the outcome and stakeholder an indicator measures (existing ones only). */
export async function saveIndicatorLink({ orgId, accounting, link, form, t }: IndicatorForm): Promise<FormResult> {
  const db = await getDb();
  const accountingId = accounting.id;
  const outcome = text(form, "outcome");
  const stakeholder = text(form, "stakeholder");
  if (outcome === "new" || stakeholder === "new")
    return { ok: false, errors: { outcome: t.indicators.add.outcomeUnknown } };
  const choice = await resolveOutcomeChoice(db, orgId, accountingId, form, t);
  if (!choice.ok) return choice;
  await updateIndicatorLink(db, orgId, accountingId, link.id, choice);
  return { ok: true, message: t.indicators.detail.linkSaved };
}

const BASELINE_FIELDS = ["baselineValue", "baselineDate", "baselineSource", "baselineNote"] as const;

type BaselineInput =
  | { kind: "absent" }
  | { kind: "empty" }
  | { kind: "ok"; data: { value: number; date: string; source: string; note?: string | null } }
  | { kind: "invalid"; errors: Record<string, string> };

/**
 * The baseline fields of a post: absent (none posted), empty (all blank, when `blankIsEmpty`: no
 * baseline), or parsed, with the field errors under the form's names (`baselineValue` …).
 */
function readBaseline(
  form: FormData,
  link: AccountingIndicatorRow,
  locale: Locale,
  { blankIsEmpty }: { blankIsEmpty: boolean },
): BaselineInput {
  if (!BASELINE_FIELDS.some((f) => form.has(f))) return { kind: "absent" };
  if (blankIsEmpty && BASELINE_FIELDS.every((f) => text(form, f) === "")) return { kind: "empty" };
  const parsed = makeBaselineSchema(locale, { unit: link.indicator.unit }).safeParse({
    value: text(form, "baselineValue"),
    date: text(form, "baselineDate"),
    source: text(form, "baselineSource"),
    note: text(form, "baselineNote"),
  });
  if (parsed.success) return { kind: "ok", data: parsed.data };
  const errors: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrorsOf(parsed.error)))
    errors[`baseline${k.charAt(0).toUpperCase()}${k.slice(1)}`] = v;
  return { kind: "invalid", errors };
}

/** Saves the baseline (value, date, source) of an indicator on its own. */
export async function saveBaseline({ orgId, link, form, locale, t }: IndicatorForm): Promise<FormResult> {
  const baseline = readBaseline(form, link, locale, { blankIsEmpty: false });
  if (baseline.kind === "invalid") return { ok: false, errors: baseline.errors };
  if (baseline.kind === "ok") {
    const db = await getDb();
    await upsertBaseline(db, orgId, link.id, baseline.data);
    await bumpIndicatorVersions(db, orgId, [link.id]);
  }
  return { ok: true, message: t.indicators.detail.baselineSaved };
}

/** Removes the baseline of an indicator. */
export async function clearBaseline({ orgId, linkId }: { orgId: string; linkId: string }): Promise<void> {
  await deleteBaseline(await getDb(), orgId, linkId);
}

/**
 * Saves the data entry grid: per period a target and a total actual value with note, data
 * quality, evidence level (1–5, optional) and number of respondents (optional). Only the cells
 * that were posted are touched: a period whose target field is absent keeps its target, one whose
 * actual and note fields are absent keeps its value. An explicitly empty target removes it; an
 * explicitly empty actual (and note) removes the value unless evidence hangs on it. Every cell is
 * checked first; nothing is written while any cell is wrong.
 */
export async function saveEntryGrid({
  orgId,
  accounting,
  link,
  form,
  userId,
  locale,
  t,
}: IndicatorForm & { userId: string }): Promise<CheckedFormResult> {
  const db = await getDb();
  const periods = accountingPeriods(accounting);
  const periodKeys = periods.map((p) => p.key);
  const unit = link.indicator.unit;
  const targetSchema = makeTargetSchema(locale, { unit, periodKeys });
  const actualSchema = makeActualValueSchema(locale, { unit, periodKeys });
  const existing = new Map(
    (await listValues(db, orgId, accounting.id, link.id)).filter(isTotal).map((v) => [v.periodKey, v]),
  );
  const errors: Record<string, string> = {};
  const targets: { periodKey: string; value: number | null }[] = [];
  const writes: Parameters<typeof saveTotalValue>[4][] = [];
  const clears: string[] = [];
  const d = t.indicators.detail;
  // Every cell message names its column and period ("Utfall för 2025 kv. 2: …"): the error
  // summary at the top lists them all, away from the grid.
  const columnLabel = {
    target: d.target,
    actual: d.actual,
    note: d.note,
    quality: d.dataQuality,
    level: d.evidenceLevel,
    n: d.n,
  };
  for (const p of periods) {
    const cellError = (column: keyof typeof columnLabel, message: string) =>
      d.cellError(columnLabel[column], p.label[locale], message);
    const raw = {
      target: text(form, `target.${p.key}`),
      actual: text(form, `actual.${p.key}`),
      note: text(form, `note.${p.key}`),
      quality: text(form, `quality.${p.key}`),
      level: text(form, `level.${p.key}`),
      n: text(form, `n.${p.key}`),
    };
    if (!form.has(`target.${p.key}`)) {
      // Not posted: the stored target stays as it is.
    } else if (raw.target === "") targets.push({ periodKey: p.key, value: null });
    else {
      const r = targetSchema.safeParse({ periodKey: p.key, value: raw.target });
      if (r.success) targets.push({ periodKey: p.key, value: r.data.value });
      else errors[`target.${p.key}`] = cellError("target", r.error.issues[0]!.message);
    }
    let evidenceLevel: number | null = null;
    if (raw.level !== "") {
      evidenceLevel = /^[1-5]$/.test(raw.level) ? Number(raw.level) : null;
      if (evidenceLevel === null) errors[`level.${p.key}`] = cellError("level", d.evidenceLevelInvalid);
    }
    let n: number | null = null;
    if (raw.n !== "") {
      n = /^\d{1,7}$/.test(raw.n.replace(/\s/g, "")) ? Number(raw.n.replace(/\s/g, "")) : null;
      if (n === null) errors[`n.${p.key}`] = cellError("n", d.nInvalid);
    }
    // Not posted: the stored value (and its note, quality, level and n) stays as it is.
    if (!form.has(`actual.${p.key}`) && !form.has(`note.${p.key}`)) continue;
    if (raw.actual === "" && raw.note === "") {
      const current = existing.get(p.key);
      if (current && current.evidenceCount > 0) errors[`actual.${p.key}`] = d.actualHasEvidence(p.label[locale]);
      else if (current) clears.push(current.id);
      continue;
    }
    const r = actualSchema.safeParse({ periodKey: p.key, value: raw.actual, note: raw.note, dataQuality: raw.quality });
    if (!r.success) {
      for (const [path, message] of Object.entries(fieldErrorsOf(r.error))) {
        const field = path === "note" ? "note" : path === "dataQuality" ? "quality" : "actual";
        errors[`${field}.${p.key}`] ??= cellError(field, message);
      }
      continue;
    }
    writes.push({
      linkId: link.id,
      periodKey: p.key,
      value: r.data.value,
      note: r.data.note ?? null,
      dataQuality: r.data.dataQuality,
      evidenceLevel,
      n,
    });
  }
  // The page posts its baseline with the grid (one save keeps everything typed on the page).
  const baseline = readBaseline(form, link, locale, { blankIsEmpty: true });
  if (baseline.kind === "invalid") Object.assign(errors, baseline.errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const saved = await db.transaction(async (tx) => {
    // Someone saved this indicator's values since the page was loaded: nothing is written.
    if (!(await claimIndicatorVersion(tx, orgId, link.id, postedVersion(form)))) return false;
    if (baseline.kind === "ok") await upsertBaseline(tx, orgId, link.id, baseline.data);
    else if (baseline.kind === "empty") await deleteBaseline(tx, orgId, link.id);
    await saveTargets(tx, orgId, link.id, targets);
    for (const w of writes) await saveTotalValue(tx, orgId, accounting.id, userId, w);
    for (const id of clears) await deleteValue(tx, orgId, accounting.id, id);
    return true;
  });
  if (!saved) return gridConflict({ orgId, accounting, link, form, locale, t });
  return { ok: true, message: t.indicators.detail.gridSaved };
}

/**
 * The 409 of a grid save based on an older version: the posted cells beside the saved ones, each
 * labelled as on the page ("Målvärde, 2026 kv. 1"); "Spara min version" posts the cells again.
 */
async function gridConflict({ orgId, accounting, link, form, locale, t }: IndicatorForm): Promise<CheckedFormResult> {
  const db = await getDb();
  const d = t.indicators.detail;
  const current = await findAccountingIndicator(db, orgId, accounting.id, link.id);
  const [targets, values] = await Promise.all([
    listTargets(db, orgId, accounting.id),
    listValues(db, orgId, accounting.id, link.id),
  ]);
  const targetOf = new Map(targets.filter((x) => x.linkId === link.id).map((x) => [x.periodKey, Number(x.value)]));
  const totals = new Map(values.filter(isTotal).map((v) => [v.periodKey, v]));
  const yours: Record<string, string> = {};
  const theirs: Record<string, string> = {};
  const labels: Record<string, string> = {};
  const compare = (name: string, label: string, saved: string) => {
    if (!form.has(name)) return;
    yours[name] = text(form, name);
    theirs[name] = saved;
    labels[name] = label;
  };
  const b = current?.baseline ?? null;
  compare("baselineValue", `${d.baselineTitle}: ${d.baselineValue}`, cellText(b?.value, locale));
  compare("baselineDate", `${d.baselineTitle}: ${d.baselineDate}`, b?.date ?? "");
  compare("baselineSource", `${d.baselineTitle}: ${d.baselineSource}`, b?.source ?? "");
  compare("baselineNote", `${d.baselineTitle}: ${d.baselineNote}`, b?.note ?? "");
  for (const p of accountingPeriods(accounting)) {
    const label = p.label[locale];
    const v = totals.get(p.key);
    compare(`target.${p.key}`, d.cellLabel(d.target, label), cellText(targetOf.get(p.key), locale));
    compare(`actual.${p.key}`, d.cellLabel(d.actual, label), cellText(v?.value, locale));
    compare(`note.${p.key}`, d.cellLabel(d.note, label), v?.note ?? "");
  }
  const fields: [string, string][] = [];
  for (const [k, v] of form.entries())
    if (typeof v === "string" && k !== "baseVersion" && k !== "intent") fields.push([k, v]);
  return {
    ok: false,
    conflict: {
      message: t.common.conflict.rowMessage,
      by: null,
      at: null,
      version: current?.version ?? 0,
      differences: differencesOf(yours, theirs, (path) => labels[path] ?? path),
      keepMine: { intent: "grid", fields },
    },
  };
}

/** Adds or replaces one broken-down actual value (gender, age band, area) of a people indicator. */
export async function saveBreakdown({
  orgId,
  accounting,
  link,
  form,
  userId,
  locale,
  t,
}: IndicatorForm & { userId: string }): Promise<FormResult> {
  const periodKeys = accountingPeriods(accounting).map((p) => p.key);
  const r = makeActualValueSchema(locale, { unit: link.indicator.unit, periodKeys }).safeParse({
    periodKey: text(form, "periodKey"),
    value: text(form, "value"),
    note: text(form, "note"),
    dataQuality: text(form, "dataQuality"),
    gender: text(form, "gender"),
    ageBand: text(form, "ageBand"),
    area: text(form, "area"),
  });
  if (!r.success) return { ok: false, errors: fieldErrorsOf(r.error) };
  if (!isPeopleUnit(link.indicator.unit)) return { ok: false, errors: { value: t.indicators.detail.breakdownIntro } };
  const d = r.data;
  if (d.gender === null && d.ageBand === null && d.area === null)
    return { ok: false, errors: { gender: t.indicators.detail.breakdownNeedsSplit } };
  const db = await getDb();
  await bumpIndicatorVersions(db, orgId, [link.id]);
  await upsertValues(db, orgId, accounting.id, userId, [
    {
      linkId: link.id,
      periodKey: d.periodKey,
      value: d.value,
      note: d.note ?? null,
      dataQuality: d.dataQuality,
      gender: d.gender,
      ageBand: d.ageBand,
      area: d.area,
    },
  ]);
  return { ok: true, message: t.indicators.detail.breakdownSaved };
}

/** Deletes one actual value of the accounting (with its evidence). */
export async function removeValue({
  orgId,
  accountingId,
  valueId,
}: {
  orgId: string;
  accountingId: string;
  valueId: string;
}): Promise<boolean> {
  return deleteValue(await getDb(), orgId, accountingId, valueId);
}

/** Removes an indicator from the accounting. */
export async function removeIndicator({
  orgId,
  accountingId,
  linkId,
}: {
  orgId: string;
  accountingId: string;
  linkId: string;
}): Promise<boolean> {
  return removeAccountingIndicator(await getDb(), orgId, accountingId, linkId);
}

/** Outcomes and stakeholders of the accounting, for choice lists. */
export async function loadOutcomeChoices(
  orgId: string,
  accountingId: string,
): Promise<{ outcomes: OutcomeRow[]; stakeholders: StakeholderOption[] }> {
  const db = await getDb();
  const [outcomes, stakeholders] = await Promise.all([
    listOutcomes(db, orgId, accountingId),
    listStakeholders(db, orgId, accountingId),
  ]);
  return { outcomes, stakeholders };
}

/** The link ids already in the accounting, by indicator id. */
export async function linkedIndicatorIds(orgId: string, accountingId: string): Promise<Set<string>> {
  const links = await listAccountingIndicators(await getDb(), orgId, accountingId);
  return new Set(links.map((l) => l.indicator.id));
}

export type { EvidenceRow };

/** One indicator of the accounting by its link id, or undefined. */
export async function getAccountingIndicator({
  orgId,
  accountingId,
  linkId,
}: {
  orgId: string;
  accountingId: string;
  linkId: string;
}): Promise<AccountingIndicatorRow | undefined> {
  return findAccountingIndicator(await getDb(), orgId, accountingId, linkId);
}

/** An indicator's title in the reader's language, with its code in front when it has one ("GEN-01 Antal …"). */
export function indicatorTitle(
  indicator: { code: string | null; name: { sv: string; en: string } },
  locale: Locale,
): string {
  const name = localized(indicator.name, locale);
  return indicator.code ? `${indicator.code} ${name}` : name;
}
