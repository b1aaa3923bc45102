import type { Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import type { AccountingRow } from "~db/queries/accountings.server";
import { deleteImportUpload, findImportUpload, insertImportUpload } from "~db/queries/indicators-import.server";
import {
  listAccountingIndicators,
  listTargets,
  listValues,
  upsertValues,
  bumpIndicatorVersions,
  type AccountingIndicatorRow,
} from "~db/queries/indicators-accounting.server";
import {
  validateImportRows,
  type ImportIndicator,
  type ImportValidation,
  type RawImportRow,
} from "~/domain/indicators/import";
import type { LocalizedText } from "~/domain/indicators/types";
import { messagesFor, type Locale } from "~/i18n";
import { accountingPeriods } from "./accounting-indicators.server";
import {
  buildTemplateCsv,
  buildTemplateXlsx,
  exportValuesCsv,
  exportValuesXlsx,
  readValuesSpreadsheet,
  type ExportValueRow,
} from "./spreadsheet.server";
import { localized } from "~/i18n/localized";

/**
 * Spreadsheet import of actual values (preview, then all-or-nothing confirm), the fill-in
 * templates and the export of all indicator data (docs/domain/method-guide.md §10.2 "Export").
 */

/** The code an indicator has in files: its catalogue or own code, or its Swedish name when it has none. */
export function fileCode(link: AccountingIndicatorRow): string {
  return link.indicator.code ?? link.indicator.name.sv;
}

function importIndicators(links: readonly AccountingIndicatorRow[]): ImportIndicator[] {
  return links.map((l) => ({ id: l.id, code: fileCode(l), unit: l.indicator.unit }));
}

export interface ImportCheck {
  /** Problems with the file as a whole (unreadable, no header, too many rows). */
  fileProblems: LocalizedText[];
  validation: ImportValidation;
  /** The rows as read from the file, in the same order as `validation.rows`. */
  rows: RawImportRow[];
  /** True when the file can be imported: readable, at least one valid row, no row with a problem. */
  importable: boolean;
}

/** Reads and validates an import file against the accounting's indicators and periods. */
export async function checkImportFile(
  db: Queryable,
  orgId: string,
  accounting: AccountingRow,
  bytes: Uint8Array,
): Promise<ImportCheck> {
  const links = await listAccountingIndicators(db, orgId, accounting.id);
  const read = await readValuesSpreadsheet(bytes);
  const validation = validateImportRows(read.rows, {
    indicators: importIndicators(links),
    periodKeys: accountingPeriods(accounting).map((p) => p.key),
  });
  return {
    fileProblems: read.problems,
    validation,
    rows: read.rows,
    importable: read.problems.length === 0 && validation.summary.invalidRows === 0 && validation.summary.validRows > 0,
  };
}

/**
 * Imports a file's actual values in ONE transaction: re-reads and re-validates it inside the
 * transaction, and writes nothing unless every row is valid (a file with one bad row imports
 * nothing). Rows are upserted on (indicator, period, breakdown) in batches of 1 000.
 */
export async function importValuesFile(
  orgId: string,
  accounting: AccountingRow,
  userId: string | null,
  bytes: Uint8Array,
): Promise<{ ok: true; imported: number } | { ok: false; check: ImportCheck }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const check = await checkImportFile(tx, orgId, accounting, bytes);
    if (!check.importable) return { ok: false as const, check };
    const values = check.validation.rows.flatMap((r) =>
      r.parsed ? [{ ...r.parsed, linkId: r.parsed.indicatorId }] : [],
    );
    const imported = await upsertValues(tx, orgId, accounting.id, userId, values);
    // An open indicator page saving over the imported values gets the conflict view.
    await bumpIndicatorVersions(
      tx,
      orgId,
      values.map((v) => v.linkId),
    );
    return { ok: true as const, imported };
  });
}

/** Keeps an uploaded file for the preview; returns its id. */
export async function storeImportUpload(
  orgId: string,
  accountingId: string,
  userId: string,
  file: { name: string; bytes: Uint8Array },
): Promise<string> {
  return insertImportUpload(await getDb(), orgId, accountingId, userId, {
    name: file.name.slice(0, 300),
    bytes: file.bytes,
  });
}

/** The preview of a stored upload, or undefined when it is not this organisation's accounting's. */
export async function previewImportUpload(orgId: string, accounting: AccountingRow, uploadId: string) {
  const db = await getDb();
  const upload = await findImportUpload(db, orgId, accounting.id, uploadId);
  if (!upload) return undefined;
  return {
    id: upload.id,
    fileName: upload.fileName,
    check: await checkImportFile(db, orgId, accounting, upload.bytes),
  };
}

/** Imports a stored upload (all or nothing) and deletes it once imported. */
export async function confirmImportUpload(orgId: string, accounting: AccountingRow, userId: string, uploadId: string) {
  const db = await getDb();
  const upload = await findImportUpload(db, orgId, accounting.id, uploadId);
  if (!upload) return { ok: false as const, gone: true as const };
  const result = await importValuesFile(orgId, accounting, userId, upload.bytes);
  if (result.ok) await deleteImportUpload(db, orgId, upload.id);
  return result;
}

/** Drops a stored upload (the user cancelled). */
export async function cancelImportUpload(orgId: string, uploadId: string): Promise<void> {
  await deleteImportUpload(await getDb(), orgId, uploadId);
}

// ---------------------------------------------------------------------------------------------
// Template and export

/** The fill-in template of the accounting (its indicators × periods), as XLSX or CSV. */
export async function buildTemplate(
  orgId: string,
  accounting: AccountingRow,
  format: "xlsx" | "csv",
): Promise<{ body: Buffer | string; type: string; fileName: string }> {
  const links = await listAccountingIndicators(await getDb(), orgId, accounting.id);
  const input = {
    indicators: links.map((l) => ({ code: fileCode(l), name: l.indicator.name.sv })),
    periods: accountingPeriods(accounting).map((p) => ({ key: p.key, label: p.label.sv })),
  };
  const base = `mall-utfall-${slugify(accounting.title)}`;
  if (format === "xlsx") {
    return {
      body: await buildTemplateXlsx(input),
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: `${base}.xlsx`,
    };
  }
  return { body: buildTemplateCsv(input), type: "text/csv; charset=utf-8", fileName: `${base}.csv` };
}

/** Every baseline, target and actual value of the accounting, as export rows. */
export async function exportRows(
  db: Queryable,
  orgId: string,
  accounting: AccountingRow,
  locale: Locale,
): Promise<ExportValueRow[]> {
  const [links, targets, values] = await Promise.all([
    listAccountingIndicators(db, orgId, accounting.id),
    listTargets(db, orgId, accounting.id),
    listValues(db, orgId, accounting.id),
  ]);
  const labels = new Map(accountingPeriods(accounting).map((p) => [p.key, p.label[locale]]));
  const rows: ExportValueRow[] = [];
  for (const l of links) {
    const base = {
      indicatorCode: fileCode(l),
      indicatorName: localized(l.indicator.name, locale),
      unit: l.indicator.unit,
    };
    if (l.baseline)
      rows.push({
        ...base,
        kind: "baseline",
        date: l.baseline.date,
        value: l.baseline.value,
        source: l.baseline.source,
        note: l.baseline.note,
      });
    for (const t of targets.filter((x) => x.linkId === l.id)) {
      rows.push({
        ...base,
        kind: "target",
        periodKey: t.periodKey,
        periodLabel: labels.get(t.periodKey) ?? null,
        value: Number(t.value),
        note: t.note,
      });
    }
    for (const v of values.filter((x) => x.linkId === l.id)) {
      rows.push({
        ...base,
        kind: "actual",
        periodKey: v.periodKey,
        periodLabel: labels.get(v.periodKey) ?? null,
        value: v.value,
        note: v.note,
        dataQuality: v.dataQuality,
        gender: v.gender,
        ageBand: v.ageBand,
        area: v.area,
        evidenceLevel: v.evidenceLevel,
      });
    }
  }
  return rows;
}

/** All indicator data of the accounting as a CSV or XLSX download. */
export async function buildExport(
  orgId: string,
  accounting: AccountingRow,
  locale: Locale,
  format: "xlsx" | "csv",
): Promise<{ body: Buffer | string; type: string; fileName: string }> {
  const rows = await exportRows(await getDb(), orgId, accounting, locale);
  const base = `${messagesFor(locale).indicators.import.exportFileBase}-${slugify(accounting.title)}`;
  if (format === "xlsx") {
    return {
      body: await exportValuesXlsx(rows, { locale }),
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: `${base}.xlsx`,
    };
  }
  return { body: exportValuesCsv(rows, { locale }), type: "text/csv; charset=utf-8", fileName: `${base}.csv` };
}

function slugify(title: string): string {
  return (
    title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "redovisning"
  );
}
