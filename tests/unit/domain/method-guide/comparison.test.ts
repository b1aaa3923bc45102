import { describe, expect, it } from "vitest";
import {
  COMPARISON_COLUMNS,
  COMPARISON_COLUMN_LABELS,
  comparisonRows,
  sizeRangeLabel,
} from "~/domain/method-guide/comparison";

describe("comparison §3.3", () => {
  it("has one row per method with the table's values", () => {
    const rows = comparisonRows();
    expect(rows.map((r) => [r.method, r.size.label, r.effort.label.sv, r.monetary.value])).toEqual([
      ["visorek", "S–M", "Låg–medel", false],
      ["ecg", "M–L", "Medel–hög", false],
      ["social-accounting", "S–L", "Medel–hög", false],
      ["sroi", "M–L", "Hög", true],
      ["lfa", "S–L", "Låg–medel", false],
      ["nyttosam", "M–L", "Medel", true],
      ["gri", "L", "Hög", false],
      ["iso26000", "M–L", "Medel", false],
    ]);
    const gri = rows.find((r) => r.method === "gri")!;
    expect(gri.monetary.label.sv).toMatch(/^Delvis/);
    expect(rows.find((r) => r.method === "ecg")!.monetary.label.sv).toBe("Nej (poäng)");
    expect(rows.find((r) => r.method === "iso26000")!.verification.sv).toBe("Kan inte certifieras");
    expect(rows.find((r) => r.method === "social-accounting")!.verification.en).toBe("Social audit");
  });

  it("labels every column in both languages", () => {
    for (const c of COMPARISON_COLUMNS) {
      expect(COMPARISON_COLUMN_LABELS[c].sv).not.toBe("");
      expect(COMPARISON_COLUMN_LABELS[c].en).not.toBe("");
    }
  });

  it("writes size ranges in S/M/L order", () => {
    expect(sizeRangeLabel(["L", "S", "M"])).toBe("S–L");
    expect(sizeRangeLabel(["M"])).toBe("M");
    expect(sizeRangeLabel([])).toBe("");
  });
});
