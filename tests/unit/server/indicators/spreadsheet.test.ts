import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { validateImportRows, type ImportContext } from "~/domain/indicators/import";
import { periodsBetween } from "~/domain/indicators/periods";
import {
  buildTemplateCsv,
  buildTemplateXlsx,
  decodeCsvBytes,
  detectDelimiter,
  exportValuesCsv,
  exportValuesXlsx,
  readValuesCsv,
  readValuesSpreadsheet,
  readValuesXlsx,
  type ExportValueRow,
} from "~server/indicators/spreadsheet.server";

const quarters = periodsBetween("2026-01-01", "2026-06-30", "quarter");
const templateInput = {
  indicators: [
    { code: "GEN-01", name: "Antal unika deltagare" },
    { code: "GEN-03", name: "Ideella timmar" },
  ],
  periods: quarters.map((p) => ({ key: p.key, label: p.label.sv })),
};
const context: ImportContext = {
  indicators: [
    { id: "a", code: "GEN-01", unit: "persons" },
    { id: "b", code: "GEN-03", unit: "hours" },
  ],
  periodKeys: quarters.map((p) => p.key),
};

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("XLSX template", () => {
  it("has one row per indicator × period, a bold header, text-formatted keys and an instructions sheet", async () => {
    const workbook = await loadWorkbook(await buildTemplateXlsx(templateInput));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Värden", "Instruktioner"]);
    const sheet = workbook.getWorksheet("Värden")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
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
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(2).getCell(1).value).toBe("GEN-01");
    expect(sheet.getRow(2).getCell(3).value).toBe("2026-Q1");
    expect(sheet.getRow(2).getCell(4).value).toBe("2026 kv. 1");
    expect(sheet.getRow(5).getCell(1).value).toBe("GEN-03");
    expect(sheet.getRow(5).getCell(3).value).toBe("2026-Q2");
    expect(sheet.getCell("C2").numFmt).toBe("@");
    expect(sheet.getCell("G2").dataValidation?.formulae).toEqual(['"mätt,uppskattat,självrapporterat"']);
    const help = workbook.getWorksheet("Instruktioner")!;
    expect(String(help.getCell("A1").value)).toBe("Så fyller du i mallen");
    const helpText = help.getColumn(1).values.map(String).join("\n");
    expect(helpText).toContain("decimalkomma");
    expect(helpText).toContain("2026-Q2: 2026 kv. 2");
  });

  it("round-trips: a filled-in template reads back and validates", async () => {
    const workbook = await loadWorkbook(await buildTemplateXlsx(templateInput));
    const sheet = workbook.getWorksheet("Värden")!;
    sheet.getCell("E2").value = 12.5; // a number cell
    sheet.getCell("E3").value = "1 234,5"; // a text cell, Swedish style
    sheet.getCell("F3").value = "Uppskattat från listor";
    sheet.getCell("G3").value = "uppskattat";
    sheet.getCell("E4").value = { formula: "2*20", result: 40 };
    // Row 5 stays empty: an unused template row.
    sheet.addRow(["GEN-01", "", "2026-Q1", "", "7", "", "", "kvinna", "18-29", "Hisingen"]);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const read = await readValuesSpreadsheet(filled);
    expect(read.kind).toBe("xlsx");
    expect(read.sheetName).toBe("Värden");
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.rowNumber, r.indicatorCode, r.period, r.value])).toEqual([
      [2, "GEN-01", "2026-Q1", 12.5],
      [3, "GEN-01", "2026-Q2", "1 234,5"],
      [4, "GEN-03", "2026-Q1", 40],
      [5, "GEN-03", "2026-Q2", ""],
      [6, "GEN-01", "2026-Q1", "7"],
    ]);
    expect(read.rows[1]).toMatchObject({ note: "Uppskattat från listor", dataQuality: "uppskattat" });

    const result = validateImportRows(read.rows, context);
    expect(result.summary).toEqual({ totalRows: 5, validRows: 4, invalidRows: 0, skippedRows: 1 });
    expect(result.rows.map((r) => r.parsed?.value)).toEqual([12.5, 1234.5, 40, undefined, 7]);
    expect(result.rows[4].parsed).toMatchObject({ gender: "kvinna", ageBand: "18-29", area: "Hisingen" });
  });

  it("reads a date cell in the period column as a date inside the period", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.addRow(["Indicator", "Period", "Value"]);
    sheet.addRow(["GEN-03", new Date(Date.UTC(2026, 4, 1)), 3]);
    const read = await readValuesXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.rows[0]).toMatchObject({ indicatorCode: "GEN-03", period: "2026-05-01", value: 3 });
    expect(validateImportRows(read.rows, context).rows[0].parsed?.periodKey).toBe("2026-Q2");
  });

  it("reports a workbook without the headers and a broken file", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").addRow(["Namn", "Antal"]);
    const noHeader = await readValuesXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(noHeader.rows).toEqual([]);
    expect(noHeader.problems[0].sv).toContain("Indikator, Period och Värde");

    const broken = await readValuesSpreadsheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    expect(broken.kind).toBe("xlsx");
    expect(broken.problems[0].sv).toContain("Excel-dokument");
  });
});

describe("CSV reading", () => {
  it("reads a Swedish Excel export: `;`, BOM, decimal comma with a space and a no-break space", async () => {
    const csv =
      "\uFEFFIndikator;Indikatornamn;Period;Värde;Kommentar;Datakvalitet;Kön;Ålder;Område\r\n" +
      'GEN-03;Ideella timmar;2026-Q1;12 345,5;"Styrelse; kansli";mätt;;;\r\n' +
      "GEN-01;Antal unika deltagare;2026-Q2;1\u00a0234;;;man;65+;Majorna\r\n";
    const read = await readValuesSpreadsheet(Buffer.from(csv, "utf8"));
    expect(read).toMatchObject({ kind: "csv", delimiter: ";", problems: [] });
    expect(read.rows).toEqual([
      {
        rowNumber: 2,
        indicatorCode: "GEN-03",
        period: "2026-Q1",
        value: "12 345,5",
        note: "Styrelse; kansli",
        dataQuality: "mätt",
        gender: "",
        ageBand: "",
        area: "",
      },
      {
        rowNumber: 3,
        indicatorCode: "GEN-01",
        period: "2026-Q2",
        value: "1\u00a0234",
        note: "",
        dataQuality: "",
        gender: "man",
        ageBand: "65+",
        area: "Majorna",
      },
    ]);
    const result = validateImportRows(read.rows, context);
    expect(result.rows.map((r) => r.parsed?.value)).toEqual([12345.5, 1234]);
    expect(result.summary.validRows).toBe(2);
  });

  it("reads `,`-separated files with English headers and quoted decimals", () => {
    const read = readValuesCsv(
      'Indicator,Period,Value,Data quality,Gender\n"GEN-01",2026-Q1,"3,5",estimated,\nGEN-03,2026-Q2,4.25,,\n',
    );
    expect(read.delimiter).toBe(",");
    expect(read.rows.map((r) => r.value)).toEqual(["3,5", "4.25"]);
    expect(validateImportRows(read.rows, context).rows.map((r) => r.parsed?.value)).toEqual([3.5, 4.25]);
  });

  it("decodes Windows-1252 files from Excel's plain CSV", () => {
    const bytes = Uint8Array.from([
      ...Buffer.from("Indikator;Period;V", "latin1"),
      0xe4,
      ...Buffer.from("rde;Omr", "latin1"),
      0xe5,
      ...Buffer.from("de\r\nGEN-01;2026-Q1;5;G", "latin1"),
      0xf6,
      ...Buffer.from("teborg\r\n", "latin1"),
    ]);
    expect(decodeCsvBytes(bytes).split("\r\n")[0]).toBe("Indikator;Period;Värde;Område");
    const read = readValuesCsv(bytes);
    expect(read.rows[0]).toMatchObject({ value: "5", area: "Göteborg" });
  });

  it("finds a header below title rows, skips blank lines and keeps spreadsheet row numbers", () => {
    const read = readValuesCsv(
      "Utfall för Föreningen X;;\n;;\nIndikator;Period;Värde\nGEN-01;2026-Q1;1\n;;\nGEN-01;2026-Q2;2\n",
    );
    expect(read.rows.map((r) => r.rowNumber)).toEqual([4, 6]);
  });

  it("reports empty files, missing headers and too many rows", () => {
    expect(readValuesCsv("\uFEFF").problems[0].sv).toContain("tom");
    expect(readValuesCsv("Namn;Antal\nx;1\n").problems[0].sv).toContain("rubrikrad");
    const many = readValuesCsv(`Indikator;Period;Värde\n${"GEN-01;2026-Q1;1\n".repeat(11)}`, { maxRows: 10 });
    expect(many.rows).toEqual([]);
    expect(many.problems[0].sv).toContain("fler än 10 rader");
  });

  it("detects the delimiter from the header line", () => {
    expect(detectDelimiter("a;b;c\n1,5;2,5;3")).toBe(";");
    expect(detectDelimiter("a,b,c\n1;2")).toBe(",");
    expect(detectDelimiter("a\tb\tc\n")).toBe("\t");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
  });

  it("parses and validates a 10 000-row CSV quickly", () => {
    const periods = periodsBetween("2026-01-01", "2026-12-31", "month");
    const lines = ["\uFEFFIndikator;Indikatornamn;Period;Värde;Kommentar;Datakvalitet;Kön;Ålder;Område"];
    for (let i = 0; i < 10_000; i++) {
      lines.push(
        `GEN-01;Antal unika deltagare;${periods[i % 12].key};${(i * 10).toLocaleString("sv-SE")},5;;mätt;${i % 2 ? "kvinna" : "man"};;Område ${Math.floor(i / 12)}`,
      );
    }
    const csv = Buffer.from(lines.join("\r\n"), "utf8");
    const started = performance.now();
    const read = readValuesCsv(csv);
    const result = validateImportRows(read.rows, {
      indicators: context.indicators,
      periodKeys: periods.map((p) => p.key),
    });
    const elapsed = performance.now() - started;
    expect(read.rows).toHaveLength(10_000);
    expect(result.summary).toEqual({ totalRows: 10_000, validRows: 10_000, invalidRows: 0, skippedRows: 0 });
    expect(result.rows[9_999].parsed?.value).toBe(99_990.5);
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe("CSV template", () => {
  it("is `;`-separated with a BOM and reads back", () => {
    const csv = buildTemplateCsv(templateInput);
    expect(csv.startsWith("\uFEFFIndikator;Indikatornamn;Period;Periodnamn;Värde;")).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe("GEN-01;Antal unika deltagare;2026-Q1;2026 kv. 1;;;;;;");
    const read = readValuesCsv(Buffer.from(csv, "utf8"));
    expect(read.rows).toHaveLength(4);
    expect(validateImportRows(read.rows, context).summary.skippedRows).toBe(4);
  });
});

describe("export", () => {
  const rows: ExportValueRow[] = [
    {
      indicatorCode: "GEN-03",
      indicatorName: "Ideella timmar",
      unit: "hours",
      kind: "baseline",
      date: "2026-01-10",
      value: 1200,
      source: "Tidrapporter 2025",
      evidenceLevel: 2,
    },
    {
      indicatorCode: "GEN-03",
      indicatorName: "Ideella timmar",
      unit: "hours",
      kind: "target",
      periodKey: "2026-Q1",
      periodLabel: "2026 kv. 1",
      value: 350.25,
    },
    {
      indicatorCode: "GEN-01",
      indicatorName: "Antal unika deltagare",
      unit: "persons",
      kind: "actual",
      periodKey: "2026-Q1",
      periodLabel: "2026 kv. 1",
      value: 12345.5,
      note: '=HYPERLINK("x")',
      dataQuality: "self-reported",
      gender: "kvinna",
      ageBand: "18-29",
      area: "Angered",
    },
  ];

  it("writes Swedish CSV with `;`, decimal commas, labels and a formula guard", () => {
    const csv = exportValuesCsv(rows);
    expect(
      csv.startsWith(
        "\uFEFFIndikator;Indikatornamn;Enhet;Typ;Period;Periodnamn;Datum;Värde;Kommentar;Datakvalitet;Kön;Ålder;Område;Källa;Evidensnivå\r\n",
      ),
    ).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[1]).toBe("GEN-03;Ideella timmar;timmar;utgångsläge;;;2026-01-10;1200;;;;;;Tidrapporter 2025;2");
    expect(lines[2]).toContain(";målvärde;2026-Q1;2026 kv. 1;;350,25;");
    expect(lines[3]).toContain(
      ';utfall;2026-Q1;2026 kv. 1;;12345,5;"\'=HYPERLINK(""x"")";självrapporterat;kvinna;18-29;Angered;;',
    );
  });

  it("writes English CSV with `,` and a decimal point", () => {
    const csv = exportValuesCsv(rows, { locale: "en" });
    expect(csv).toContain("Indicator,Indicator name,Unit,Type,Period");
    expect(csv).toContain(",target,2026-Q1,2026 kv. 1,,350.25,");
    expect(csv).toContain(",people,actual,");
  });

  it("reads its own export back, taking only the actual values", () => {
    const read = readValuesCsv(exportValuesCsv(rows));
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]).toMatchObject({
      rowNumber: 4,
      indicatorCode: "GEN-01",
      value: "12345,5",
      note: '=HYPERLINK("x")',
      dataQuality: "självrapporterat",
      gender: "kvinna",
    });
    expect(validateImportRows(read.rows, context).rows[0].parsed).toMatchObject({
      value: 12345.5,
      dataQuality: "self-reported",
    });
  });

  it("writes XLSX with numbers as numbers and text never as formulas", async () => {
    const workbook = await loadWorkbook(await exportValuesXlsx(rows));
    const sheet = workbook.getWorksheet("Indikatorvärden")!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getCell("H2").value).toBe(1200);
    expect(sheet.getCell("H4").value).toBe(12345.5);
    expect(sheet.getCell("I4").value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell("I4").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("D3").value).toBe("målvärde");
    const read = await readValuesXlsx(await exportValuesXlsx(rows));
    expect(read.rows.map((r) => r.value)).toEqual([12345.5]);
  });
});
