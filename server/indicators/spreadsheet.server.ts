import ExcelJS from "exceljs";
import { checkZipBounds } from "./zip-bounds.server";
import Papa from "papaparse";
import { type DataQuality, type Gender } from "~/domain/indicators/disaggregation";
import { IMPORT_COLUMN_HEADERS, type ImportColumn, type RawImportRow } from "~/domain/indicators/import";
import type { LocalizedText } from "~/domain/indicators/types";
import { type IndicatorUnit } from "~/domain/indicators/units";
import { messagesFor } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { formatInputNumber } from "~/utils/format";

/**
 * Spreadsheets of indicator values: reading an import file (CSV or XLSX) into raw rows for
 * `validateImportRows`, the fill-in templates, and the export of all indicator data for funders'
 * own systems (docs/domain/method-guide.md §10.2 "Export: CSV/JSON of indicator values").
 *
 * CSV as Swedish Excel writes it: `;` between cells, decimal comma, often Windows-1252 rather than
 * UTF-8, sometimes a UTF-8 byte order mark. Both `;` and `,` files are read; templates and Swedish
 * exports are written with `;`, a BOM (so Excel opens them as UTF-8) and decimal commas.
 */

// ---------------------------------------------------------------------------------------------
// Reading

export type SpreadsheetKind = "csv" | "xlsx";

export interface ReadSpreadsheetResult {
  /** Data rows by header, blank rows left out; `rowNumber` is the row the user sees (header = 1). */
  rows: RawImportRow[];
  /** Problems with the file as a whole (no header, unreadable, too many rows). Empty when readable. */
  problems: LocalizedText[];
  kind: SpreadsheetKind;
  /** The delimiter found in a CSV file. */
  delimiter?: string;
  /** The worksheet read in an XLSX file. */
  sheetName?: string;
}

export interface ReadOptions {
  /** Largest number of data rows accepted; more gives a file problem and no rows. */
  maxRows?: number;
}

const DEFAULT_MAX_ROWS = 50_000;
const HEADER_SEARCH_ROWS = 10;

/** Header aliases, folded (lower case, spaces collapsed) → column. `null` = known but ignored. */
const HEADER_ALIASES = new Map<string, ImportColumn | "kind" | null>([
  ["indikator", "indicatorCode"],
  ["indikatorkod", "indicatorCode"],
  ["kod", "indicatorCode"],
  ["indicator", "indicatorCode"],
  ["indicator code", "indicatorCode"],
  ["code", "indicatorCode"],
  ["indikatornamn", null],
  ["indicator name", null],
  ["periodnamn", null],
  ["period name", null],
  ["enhet", null],
  ["unit", null],
  ["period", "period"],
  ["värde", "value"],
  ["varde", "value"],
  ["value", "value"],
  ["kommentar", "note"],
  ["anteckning", "note"],
  ["note", "note"],
  ["notes", "note"],
  ["comment", "note"],
  ["datakvalitet", "dataQuality"],
  ["data quality", "dataQuality"],
  ["kön", "gender"],
  ["kon", "gender"],
  ["gender", "gender"],
  ["ålder", "ageBand"],
  ["åldersgrupp", "ageBand"],
  ["alder", "ageBand"],
  ["age", "ageBand"],
  ["age band", "ageBand"],
  ["age group", "ageBand"],
  ["område", "area"],
  ["omrade", "area"],
  ["area", "area"],
  ["typ", "kind"],
  ["type", "kind"],
]);

/** Values of an export's "Typ" column that mark an actual value; other types are not imported. */
const ACTUAL_KIND_WORDS = new Set(["utfall", "actual", ""]);

const foldHeader = (h: string): string =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

const fileProblems = {
  empty: (): LocalizedText => ({
    sv: "Filen är tom. Fyll i mallen och ladda upp den igen.",
    en: "The file is empty. Fill in the template and upload it again.",
  }),
  noHeader: (): LocalizedText => ({
    sv: "Hittar ingen rubrikrad med kolumnerna Indikator, Period och Värde. Använd mallen och ändra inte rubrikerna.",
    en: "No header row with the columns Indicator, Period and Value was found. Use the template and keep its headers.",
  }),
  unreadableXlsx: (): LocalizedText => ({
    sv: "Det går inte att öppna filen som ett Excel-dokument. Spara den som .xlsx eller som CSV och försök igen.",
    en: "The file cannot be opened as an Excel workbook. Save it as .xlsx or as CSV and try again.",
  }),
  unpackedTooLarge: (): LocalizedText => ({
    sv: "Excel-filen blir för stor när den packas upp. Spara bara bladet med värdena, eller spara som CSV.",
    en: "The Excel file is too large once unpacked. Save only the sheet with the values, or save it as CSV.",
  }),
  tooManyRows: (max: number): LocalizedText => ({
    sv: `Filen har fler än ${max} rader. Dela upp den i flera filer.`,
    en: `The file has more than ${max} rows. Split it into several files.`,
  }),
};

/** True when the bytes start like a ZIP archive, as every XLSX file does. */
function looksLikeXlsx(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/**
 * Reads an uploaded values file, CSV or XLSX (told apart by content, not by name), into raw rows
 * for `validateImportRows`.
 */
export async function readValuesSpreadsheet(
  data: Uint8Array | string,
  options: ReadOptions = {},
): Promise<ReadSpreadsheetResult> {
  if (typeof data !== "string" && looksLikeXlsx(data)) return readValuesXlsx(data, options);
  return readValuesCsv(data, options);
}

/**
 * Decodes CSV bytes: UTF-8 (with or without a BOM) when valid, otherwise Windows-1252, which is
 * what Excel's plain "CSV (semikolonavgränsad)" writes on Swedish Windows.
 */
export function decodeCsvBytes(data: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder("windows-1252").decode(data);
  }
}

/** Picks the delimiter from the header line: the most frequent of `;`, `,` and tab outside quotes. */
export function detectDelimiter(text: string): string {
  let counts = { ";": 0, ",": 0, "\t": 0 } as Record<string, number>;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) {
      if (counts[";"] + counts[","] + counts["\t"] > 0) break;
      counts = { ";": 0, ",": 0, "\t": 0 };
    } else if (!inQuotes && c in counts) counts[c]++;
  }
  if (counts[";"] >= counts[","] && counts[";"] >= counts["\t"] && counts[";"] > 0) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

/** Reads CSV text or bytes (`;` or `,` separated, BOM or not) into raw rows. */
export function readValuesCsv(data: Uint8Array | string, options: ReadOptions = {}): ReadSpreadsheetResult {
  const text = (typeof data === "string" ? data : decodeCsvBytes(data)).replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(text);
  if (text.trim() === "") return { rows: [], problems: [fileProblems.empty()], kind: "csv", delimiter };
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const result = rowsFromGrid(parsed.data, options);
  return { ...result, kind: "csv", delimiter };
}

/** The plain value of an ExcelJS cell: numbers stay numbers, dates become `YYYY-MM-DD`, the rest text. */
function cellValue(value: ExcelJS.CellValue): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const r = (value as { result?: unknown }).result;
    if (r === undefined || r === null) return "";
    if (typeof r === "number" || typeof r === "string") return r;
    if (r instanceof Date) return r.toISOString().slice(0, 10);
    if (typeof r === "object" && r !== null && "error" in r) return String((r as { error: unknown }).error);
    return String(r);
  }
  if ("hyperlink" in value) return String(value.text ?? "");
  if ("error" in value) return String(value.error);
  return "";
}

/**
 * Reads an XLSX workbook into raw rows: the first worksheet with the import headers (so an
 * instructions sheet is passed over). A number cell keeps its number; a text cell is read later
 * with `parseSwedishNumber`.
 */
export async function readValuesXlsx(data: Uint8Array, options: ReadOptions = {}): Promise<ReadSpreadsheetResult> {
  const bounds = checkZipBounds(data);
  if (!bounds.ok) {
    const problem = bounds.reason === "too-large" ? fileProblems.unpackedTooLarge() : fileProblems.unreadableXlsx();
    return { rows: [], problems: [problem], kind: "xlsx" };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { rows: [], problems: [fileProblems.unreadableXlsx()], kind: "xlsx" };
  }
  let fallback: ReadSpreadsheetResult | undefined;
  for (const sheet of workbook.worksheets) {
    const grid: (string | number)[][] = [];
    const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    if (sheet.rowCount > maxRows + HEADER_SEARCH_ROWS + 1) {
      return { rows: [], problems: [fileProblems.tooManyRows(maxRows)], kind: "xlsx", sheetName: sheet.name };
    }
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: (string | number)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellValue(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = "";
      grid[rowNumber - 1] = cells;
    });
    for (let i = 0; i < grid.length; i++) if (grid[i] === undefined) grid[i] = [];
    const result = { ...rowsFromGrid(grid, options), kind: "xlsx" as const, sheetName: sheet.name };
    if (result.problems.length === 0) return result;
    fallback ??= result;
  }
  return fallback ?? { rows: [], problems: [fileProblems.empty()], kind: "xlsx" };
}

/** Undoes the CSV formula guard (`'=…` → `=…`) that our own exports add to free text. */
function unguard(text: string): string {
  return text.replace(/^'(?=[=+\-@])/, "");
}

/** Turns a grid of cells (first rows may be titles) into raw rows by header. */
function rowsFromGrid(
  grid: readonly (readonly (string | number)[])[],
  options: ReadOptions,
): Omit<ReadSpreadsheetResult, "kind"> {
  const isBlankRow = (r: readonly (string | number)[] | undefined): boolean =>
    !r || r.every((c) => c === undefined || c === null || String(c).trim() === "");
  if (grid.every(isBlankRow)) return { rows: [], problems: [fileProblems.empty()] };

  // The header row is the first of the first few rows that names indicator, period and value.
  let headerIndex = -1;
  let columns: (ImportColumn | "kind" | null)[] = [];
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS); i++) {
    const mapped = (grid[i] ?? []).map((h) => HEADER_ALIASES.get(foldHeader(String(h ?? ""))) ?? null);
    if (mapped.includes("indicatorCode") && mapped.includes("period") && mapped.includes("value")) {
      headerIndex = i;
      columns = mapped;
      break;
    }
  }
  if (headerIndex < 0) return { rows: [], problems: [fileProblems.noHeader()] };

  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (grid.length - headerIndex - 1 > maxRows) {
    // Trailing blank rows do not count against the limit.
    let last = grid.length - 1;
    while (last > headerIndex && isBlankRow(grid[last])) last--;
    if (last - headerIndex > maxRows) return { rows: [], problems: [fileProblems.tooManyRows(maxRows)] };
  }

  const rows: RawImportRow[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i];
    if (isBlankRow(cells)) continue;
    const row: RawImportRow = { rowNumber: i + 1, indicatorCode: "", period: "", value: "" };
    let kind = "";
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      if (!column) continue;
      const cell = cells[c] ?? "";
      if (column === "kind") kind = String(cell).trim().toLowerCase();
      else if (column === "value") row.value = typeof cell === "number" ? cell : String(cell);
      else row[column] = unguard(String(cell));
    }
    if (!ACTUAL_KIND_WORDS.has(kind)) continue;
    rows.push(row);
  }
  return { rows, problems: [] };
}

// ---------------------------------------------------------------------------------------------
// Templates

export interface TemplateInput {
  indicators: readonly { code: string; name: string }[];
  periods: readonly { key: string; label: string }[];
}

/** Template columns in order; Indikatornamn and Periodnamn are help columns the reader ignores. */
const TEMPLATE_HEADERS_SV = [
  "Indikator",
  "Indikatornamn",
  "Period",
  "Periodnamn",
  "Värde",
  "Kommentar",
  "Datakvalitet",
  "Kön",
  "Ålder",
  "Område",
];

function templateRows(input: TemplateInput): string[][] {
  const rows: string[][] = [];
  for (const indicator of input.indicators) {
    for (const period of input.periods) {
      rows.push([indicator.code, indicator.name, period.key, period.label, "", "", "", "", "", ""]);
    }
  }
  return rows;
}

const INSTRUCTIONS_SV: string[] = [
  "Så fyller du i mallen",
  "",
  "1. Gå till bladet Värden. Det har en rad för varje indikator och period.",
  "2. Skriv utfallet i kolumnen Värde. Lämna Värde tomt för en period du inte har något värde för: raden hoppas då över.",
  "3. Skriv tal som vanligt, med decimalkomma: 12,5 eller 12 345. Andelar skriver du i procent: 45 betyder 45 %.",
  "4. Ändra inte Indikator och Period. Kolumnerna Indikatornamn och Periodnamn är bara till hjälp och läses inte in.",
  "5. Datakvalitet: skriv mätt, uppskattat eller självrapporterat. Tom ruta betyder mätt.",
  "6. Vill du dela upp ett antal personer eller hushåll? Kopiera raden och fyll i Kön (kvinna, man, annat), Ålder (till exempel 0-17, 18-29, 30-64, 65+) eller Område. Andra enheter, som timmar eller procent, kan inte delas upp.",
  "7. Samma indikator, period och uppdelning får bara finnas på en rad.",
  "8. Spara som Excel (.xlsx) eller CSV och ladda upp filen i Synlig. Du får se alla rader innan något sparas.",
];

/** Defuses spreadsheet formulas in free text written to CSV. */
function safeText(value: string): string {
  // A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheet programs (CSV injection).
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function toCsv(header: readonly string[], rows: readonly (readonly string[])[], delimiter: string): string {
  return `\uFEFF${Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { delimiter, newline: "\r\n" })}\r\n`;
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/**
 * The Swedish XLSX template for entering actual values: sheet "Värden" with one row per
 * indicator × period (bold header, frozen, period and code as text so Excel does not turn
 * `2026-07` into a date, drop-down lists for data quality and gender) and sheet "Instruktioner".
 */
export async function buildTemplateXlsx(input: TemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Synlig";
  const sheet = workbook.addWorksheet("Värden");
  sheet.columns = TEMPLATE_HEADERS_SV.map((header, i) => ({
    header,
    key: `c${i}`,
    width: [12, 40, 10, 24, 12, 40, 16, 10, 10, 20][i],
    style: i === 0 || i === 2 ? { numFmt: "@" } : {},
  }));
  const rows = templateRows(input);
  sheet.addRows(rows);
  styleHeader(sheet);
  const last = rows.length + 1;
  for (let r = 2; r <= last; r++) {
    sheet.getCell(r, 7).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"mätt,uppskattat,självrapporterat"'],
      showErrorMessage: true,
      errorTitle: "Datakvalitet",
      error: "Välj mätt, uppskattat eller självrapporterat.",
    };
    sheet.getCell(r, 8).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"kvinna,man,annat,total"'],
      showErrorMessage: true,
      errorTitle: "Kön",
      error: "Välj kvinna, man, annat eller total.",
    };
  }

  const help = workbook.addWorksheet("Instruktioner");
  help.getColumn(1).width = 110;
  INSTRUCTIONS_SV.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  help.getCell(1, 1).font = { bold: true, size: 14 };
  const periodsStart = INSTRUCTIONS_SV.length + 2;
  help.getCell(periodsStart, 1).value = "Perioder i redovisningen";
  help.getCell(periodsStart, 1).font = { bold: true };
  input.periods.forEach((p, i) => {
    help.getCell(periodsStart + 1 + i, 1).value = `${p.key}: ${p.label}`;
  });
  return workbookBuffer(workbook);
}

/**
 * The same template as CSV for Excel with Swedish settings: `;` between cells, a UTF-8 BOM, CRLF
 * line ends. Returned as text that starts with the BOM; send it as `text/csv; charset=utf-8`.
 */
export function buildTemplateCsv(input: TemplateInput): string {
  const rows = templateRows(input).map((r) => r.map(safeText));
  return toCsv(TEMPLATE_HEADERS_SV, rows, ";");
}

// ---------------------------------------------------------------------------------------------
// Export

export type ExportValueKind = "baseline" | "target" | "actual";

/** One stored value of an indicator, for export. */
export interface ExportValueRow {
  indicatorCode: string;
  indicatorName: string;
  unit: IndicatorUnit;
  kind: ExportValueKind;
  /** Period key for targets and actuals; baselines may have none. */
  periodKey?: string | null;
  periodLabel?: string | null;
  /** Measurement date (`YYYY-MM-DD`), e.g. of a baseline. */
  date?: string | null;
  value: number;
  note?: string | null;
  dataQuality?: DataQuality | null;
  gender?: Gender | null;
  ageBand?: string | null;
  area?: string | null;
  /** Where the value comes from (required for baselines). */
  source?: string | null;
  /** Evidence level 1–5 (§10.2). */
  evidenceLevel?: number | null;
}

const KIND_LABELS: Record<ExportValueKind, LocalizedText> = {
  baseline: { sv: "utgångsläge", en: "baseline" },
  target: { sv: "målvärde", en: "target" },
  actual: { sv: "utfall", en: "actual" },
};

const EXPORT_HEADERS: LocalizedText[] = [
  IMPORT_COLUMN_HEADERS.indicatorCode,
  { sv: "Indikatornamn", en: "Indicator name" },
  { sv: "Enhet", en: "Unit" },
  { sv: "Typ", en: "Type" },
  IMPORT_COLUMN_HEADERS.period,
  { sv: "Periodnamn", en: "Period name" },
  { sv: "Datum", en: "Date" },
  IMPORT_COLUMN_HEADERS.value,
  IMPORT_COLUMN_HEADERS.note,
  IMPORT_COLUMN_HEADERS.dataQuality,
  IMPORT_COLUMN_HEADERS.gender,
  IMPORT_COLUMN_HEADERS.ageBand,
  IMPORT_COLUMN_HEADERS.area,
  { sv: "Källa", en: "Source" },
  { sv: "Evidensnivå", en: "Evidence level" },
];

const VALUE_COLUMN = 7;

/** Cells of one export row; the value stays a number (index VALUE_COLUMN) for XLSX. */
function exportCells(row: ExportValueRow, locale: Locale, guardFormulas: boolean): (string | number)[] {
  const text = (v: string | null | undefined): string => (guardFormulas ? safeText(v ?? "") : (v ?? ""));
  return [
    text(row.indicatorCode),
    text(row.indicatorName),
    messagesFor(locale).indicators.labels.unit[row.unit],
    KIND_LABELS[row.kind][locale],
    text(row.periodKey),
    text(row.periodLabel),
    row.date ?? "",
    row.value,
    text(row.note),
    row.dataQuality ? messagesFor(locale).indicators.labels.dataQuality[row.dataQuality] : "",
    row.gender ? messagesFor(locale).indicators.labels.gender[row.gender] : "",
    row.ageBand ?? "",
    text(row.area),
    text(row.source),
    row.evidenceLevel == null ? "" : String(row.evidenceLevel),
  ];
}

/**
 * All indicator data (baselines, targets, actuals, with every column) as CSV. Swedish (default):
 * `;` separated, decimal comma, UTF-8 BOM. English: `,` separated, decimal point, UTF-8 BOM.
 * Values are written at full precision. The file can be read back by `readValuesCsv`, which then
 * takes only the actual values (Typ = utfall).
 */
export function exportValuesCsv(rows: readonly ExportValueRow[], options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? "sv";
  const data = rows.map((row) =>
    exportCells(row, locale, true).map((cell, i) =>
      i === VALUE_COLUMN ? formatInputNumber(cell as number, locale) : String(cell),
    ),
  );
  return toCsv(
    EXPORT_HEADERS.map((h) => h[locale]),
    data,
    messagesFor(locale).format.csvSeparator,
  );
}

/** All indicator data as an XLSX workbook (sheet "Indikatorvärden"/"Indicator values"), values as numbers. */
export async function exportValuesXlsx(
  rows: readonly ExportValueRow[],
  options: { locale?: Locale } = {},
): Promise<Buffer> {
  const locale = options.locale ?? "sv";
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Synlig";
  const sheet = workbook.addWorksheet(messagesFor(locale).indicators.import.exportSheet);
  sheet.columns = EXPORT_HEADERS.map((h, i) => ({
    header: h[locale],
    key: `c${i}`,
    width: [12, 40, 14, 14, 10, 24, 12, 14, 40, 16, 10, 10, 20, 30, 12][i],
    style: i === 0 || i === 4 ? { numFmt: "@" } : {},
  }));
  // ExcelJS writes strings as text, never as formulas, so the CSV formula guard is not needed here.
  sheet.addRows(rows.map((row) => exportCells(row, locale, false)));
  styleHeader(sheet);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_HEADERS.length } };
  return workbookBuffer(workbook);
}
