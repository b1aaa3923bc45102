import { describe, expect, it } from "vitest";
import { validateImportRows, type ImportContext, type RawImportRow } from "~/domain/indicators/import";
import { periodsBetween } from "~/domain/indicators/periods";

const context: ImportContext = {
  indicators: [
    { id: "ind-persons", code: "GEN-01", unit: "persons" },
    { id: "ind-hours", code: "GEN-03", unit: "hours" },
    { id: "ind-share", code: "GEN-06", unit: "percent" },
    { id: "ind-own", code: "egen-1", unit: "households" },
  ],
  periodKeys: periodsBetween("2026-01-01", "2026-12-31", "quarter").map((p) => p.key),
};

let n = 1;
const row = (fields: Partial<RawImportRow>): RawImportRow => ({
  rowNumber: ++n,
  indicatorCode: "GEN-01",
  period: "2026-Q1",
  value: "1",
  ...fields,
});

describe("validateImportRows", () => {
  it("parses a valid row with Swedish number, data quality and breakdown", () => {
    const result = validateImportRows(
      [
        row({
          rowNumber: 2,
          value: "1 234",
          dataQuality: "Uppskattat",
          gender: "K",
          ageBand: "18–29",
          area: " Hisingen ",
          note: " Vårterminen ",
        }),
      ],
      context,
    );
    expect(result.summary).toEqual({ totalRows: 1, validRows: 1, invalidRows: 0, skippedRows: 0 });
    expect(result.rows[0]).toEqual({
      rowNumber: 2,
      ok: true,
      skipped: false,
      problems: [],
      warnings: [],
      parsed: {
        indicatorId: "ind-persons",
        indicatorCode: "GEN-01",
        periodKey: "2026-Q1",
        value: 1234,
        note: "Vårterminen",
        dataQuality: "estimated",
        gender: "kvinna",
        ageBand: "18-29",
        area: "Hisingen",
      },
    });
  });

  it("defaults data quality to measured, matches codes case-insensitively and keeps number cells", () => {
    const [r] = validateImportRows([row({ indicatorCode: " EGEN-1 ", value: 12, period: "2026 k2" })], context).rows;
    expect(r.parsed).toMatchObject({
      indicatorId: "ind-own",
      indicatorCode: "egen-1",
      value: 12,
      periodKey: "2026-Q2",
      dataQuality: "measured",
      gender: null,
    });
  });

  it("reports an unknown or missing indicator", () => {
    const result = validateImportRows([row({ indicatorCode: "XYZ-9" }), row({ indicatorCode: "" })], context);
    expect(result.rows[0].problems).toEqual([
      { column: "indicatorCode", message: expect.objectContaining({ sv: expect.stringContaining("XYZ-9") }) },
    ]);
    expect(result.rows[1].problems[0].column).toBe("indicatorCode");
    expect(result.rows[1].problems[0].message.sv).toContain("saknas");
    expect(result.summary.invalidRows).toBe(2);
  });

  it("reports a bad number with an example of how to write it", () => {
    const [r] = validateImportRows([row({ value: "tolv" })], context).rows;
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].column).toBe("value");
    expect(r.problems[0].message.sv).toContain("12,5");
    expect(r.parsed).toBeUndefined();
  });

  it("checks the value against the unit", () => {
    const rows = validateImportRows(
      [
        row({ indicatorCode: "GEN-06", value: "45 %" }),
        row({ indicatorCode: "GEN-06", value: "120", period: "2026-Q2" }),
        row({ indicatorCode: "GEN-03", value: "12 %" }),
        row({ indicatorCode: "GEN-03", value: "-5", period: "2026-Q2" }),
      ],
      context,
    ).rows;
    expect(rows[0].parsed?.value).toBe(45);
    expect(rows[1].problems[0].message.sv).toContain("100");
    expect(rows[2].problems[0].message.sv).toContain("procenttecknet");
    expect(rows[3].problems[0].message.sv).toContain("mindre än 0");
  });

  it("warns, without stopping, when 1.234 may mean thousands", () => {
    const [r] = validateImportRows([row({ indicatorCode: "GEN-03", value: "1.234" })], context).rows;
    expect(r.ok).toBe(true);
    expect(r.parsed?.value).toBe(1.234);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].message.sv).toContain("1 234");
  });

  it("reports periods outside the accounting or unreadable, and maps dates to their period", () => {
    const rows = validateImportRows(
      [
        row({ period: "2027-Q1" }),
        row({ period: "vår" }),
        row({ period: "" }),
        row({ period: "2026-08-01" }),
        row({ period: "2025-12-31" }),
      ],
      context,
    ).rows;
    expect(rows[0].problems[0]).toMatchObject({
      column: "period",
      message: { sv: expect.stringContaining("utanför redovisningsperioden") },
    });
    expect(rows[0].problems[0].message.sv).toContain("2026-Q1, 2026-Q2, 2026-Q3, 2026-Q4");
    expect(rows[1].problems[0].message.sv).toContain("2026-H1");
    expect(rows[2].problems[0].message.sv).toContain("saknas");
    expect(rows[3].parsed?.periodKey).toBe("2026-Q3");
    expect(rows[4].problems[0].column).toBe("period");
  });

  it("maps a date to the finest period when the accounting has several granularities", () => {
    const [r] = validateImportRows([row({ period: "2026-05-10" })], {
      ...context,
      periodKeys: ["2026", "2026-Q2", "2026-05"],
    }).rows;
    expect(r.parsed?.periodKey).toBe("2026-05");
  });

  it("marks every row of a duplicate, judged on meaning", () => {
    const result = validateImportRows(
      [
        row({ rowNumber: 10, gender: "kvinna", area: "Angered" }),
        row({ rowNumber: 11, gender: "man", area: "Angered" }),
        row({ rowNumber: 12, gender: "K", area: "angered" }),
        row({ rowNumber: 13, gender: "kvinna", area: "Angered", period: "2026-Q2" }),
      ],
      context,
    );
    expect(result.rows.map((r) => r.ok)).toEqual([false, true, false, true]);
    expect(result.rows[0].problems[0].message.sv).toContain("rad 12");
    expect(result.rows[2].problems[0].message.sv).toContain("rad 10");
    expect(result.rows[0].parsed).toBeUndefined();
    expect(result.summary).toMatchObject({ validRows: 2, invalidRows: 2 });
  });

  it("treats total and an empty gender as the same breakdown", () => {
    const result = validateImportRows([row({ gender: "total" }), row({ gender: "" })], context);
    expect(result.summary.invalidRows).toBe(2);
  });

  it("accepts only mätt / uppskattat / självrapporterat (or English) as data quality", () => {
    const [r] = validateImportRows([row({ dataQuality: "gissning" })], context).rows;
    expect(r.problems).toEqual([
      {
        column: "dataQuality",
        message: expect.objectContaining({ sv: expect.stringContaining("mätt, uppskattat eller självrapporterat") }),
      },
    ]);
    expect(validateImportRows([row({ dataQuality: "self-reported" })], context).rows[0].parsed?.dataQuality).toBe(
      "self-reported",
    );
  });

  it("allows a breakdown only for people units", () => {
    const [r] = validateImportRows(
      [row({ indicatorCode: "GEN-03", gender: "man", ageBand: "65+", area: "Majorna" })],
      context,
    ).rows;
    expect(r.problems.map((p) => p.column)).toEqual(["gender", "ageBand", "area"]);
    expect(r.problems[0].message.sv).toContain("timmar");
    const [ok] = validateImportRows([row({ indicatorCode: "GEN-03", gender: "total" })], context).rows;
    expect(ok.ok).toBe(true);
  });

  it("reports unreadable gender and age band", () => {
    const [r] = validateImportRows([row({ gender: "?", ageBand: "ung" })], context).rows;
    expect(r.problems.map((p) => p.column)).toEqual(["gender", "ageBand"]);
  });

  it("skips unused template rows but not a note without a value", () => {
    const result = validateImportRows(
      [row({ value: "" }), row({ value: "  ", note: "Glömde mäta", period: "2026-Q2" })],
      context,
    );
    expect(result.rows[0]).toMatchObject({ skipped: true, ok: false, problems: [] });
    expect(result.rows[1].problems[0]).toMatchObject({ column: "value" });
    expect(result.summary).toEqual({ totalRows: 2, validRows: 0, invalidRows: 1, skippedRows: 1 });
  });

  it("validates 10 000 rows in linear time", () => {
    const periods = periodsBetween("2026-01-01", "2026-12-31", "month").map((p) => p.key);
    const big: RawImportRow[] = [];
    for (let i = 0; i < 10_000; i++) {
      big.push({
        rowNumber: i + 2,
        indicatorCode: "GEN-01",
        period: periods[i % 12],
        value: `${i},5`,
        area: `Område ${Math.floor(i / 12)}`,
      });
    }
    const started = performance.now();
    const result = validateImportRows(big, { indicators: context.indicators, periodKeys: periods });
    const elapsed = performance.now() - started;
    expect(result.summary).toEqual({ totalRows: 10_000, validRows: 10_000, invalidRows: 0, skippedRows: 0 });
    expect(result.rows[9_999].parsed?.value).toBe(9999.5);
    expect(elapsed).toBeLessThan(1000);
  });
});
