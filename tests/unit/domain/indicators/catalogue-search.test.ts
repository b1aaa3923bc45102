import { describe, expect, it } from "vitest";
import { INDICATOR_CATALOGUE } from "~db/seed/indicator-catalogue";
import { foldSearchText, searchCatalogue } from "~/domain/indicators/catalogue-search";

const codes = (items: { code?: string | null }[]) => items.map((i) => i.code);

describe("searchCatalogue", () => {
  it("returns everything in order without a query", () => {
    expect(searchCatalogue(INDICATOR_CATALOGUE)).toHaveLength(INDICATOR_CATALOGUE.length);
    expect(searchCatalogue(INDICATOR_CATALOGUE, { text: "   " })[0].code).toBe("GEN-01");
  });

  it("ignores case and diacritics", () => {
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "ENSAMHET" }))).toEqual(["GEN-06"]);
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "valbefinnande" }))).toEqual(["GEN-05"]);
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "Nöjdhet" }))).toContain("GEN-08");
  });

  it("finds codes with or without the hyphen and ranks code matches first", () => {
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "asf-05" }))[0]).toBe("ASF-05");
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "asf05" }))).toEqual(["ASF-05"]);
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "NYK" }))).toEqual([
      "NYK-01",
      "NYK-02",
      "NYK-03",
      "NYK-04",
      "NYK-05",
    ]);
  });

  it("searches English names and definitions, and needs every word", () => {
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "volunteer hours" }))).toEqual(["GEN-03"]);
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "AUDIT-C" }))).toEqual(["NYK-03"]);
    expect(searchCatalogue(INDICATOR_CATALOGUE, { text: "ensamhet zebra" })).toEqual([]);
  });

  it("ranks name matches before definition-only matches", () => {
    const result = codes(searchCatalogue(INDICATOR_CATALOGUE, { text: "timmar" }));
    const nameHits = ["GEN-03", "INT-01", "ASF-04", "STU-01"];
    expect(result.slice(0, nameHits.length)).toEqual(nameHits);
  });

  it("filters by sector and level", () => {
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { sector: "landsbygd", level: "impact" }))).toEqual([
      "LAN-03",
      "LAN-05",
    ]);
    expect(searchCatalogue(INDICATOR_CATALOGUE, { sector: "idrott" })).toHaveLength(6);
    expect(searchCatalogue(INDICATOR_CATALOGUE, { sector: "idrott", includeGeneral: true })).toHaveLength(14);
    expect(codes(searchCatalogue(INDICATOR_CATALOGUE, { level: "input" }))).toEqual(["GEN-03"]);
  });

  it("searches own indicators without code or English texts", () => {
    const own = [{ name: { sv: "Antal läxhjälpstillfällen" }, sectors: [], level: "output" as const }];
    expect(searchCatalogue(own, { text: "laxhjalp" })).toEqual(own);
  });
});

describe("foldSearchText", () => {
  it("folds accents, case and punctuation", () => {
    expect(foldSearchText("  Ålder – ÖVER 65+ ")).toBe("alder over 65");
  });
});
