import { describe, expect, it } from "vitest";
import { INDICATOR_CATALOGUE, INDICATOR_CATALOGUE_BY_CODE } from "~db/seed/indicator-catalogue";
import {
  INDICATOR_DIRECTIONS,
  INDICATOR_LEVELS,
  INDICATOR_SECTORS,
  sectorForCatalogueCode,
} from "~/domain/indicators/types";
import { INDICATOR_UNITS } from "~/domain/indicators/units";

/** Checks of the seed catalogue (docs/domain/method-guide.md §9) against the domain vocabularies. */
describe("indicator catalogue seed", () => {
  it("has every row of §9 once, in order, with stable codes", () => {
    const codes = INDICATOR_CATALOGUE.map((i) => i.code);
    expect(codes).toHaveLength(48);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes[0]).toBe("GEN-01");
    expect(codes.at(-1)).toBe("LAN-05");
    const prefixes = new Map<string, number>();
    for (const code of codes) {
      expect(code).toMatch(/^(GEN|IDR|INT|ASF|FR|NYK|STU|LAN)-\d{2}$/);
      const p = code.split("-")[0];
      prefixes.set(p, (prefixes.get(p) ?? 0) + 1);
    }
    expect(Object.fromEntries(prefixes)).toEqual({ GEN: 8, IDR: 6, INT: 6, ASF: 8, FR: 5, NYK: 5, STU: 5, LAN: 5 });
    expect(INDICATOR_CATALOGUE_BY_CODE.get("IDR-02")?.name.sv).toBe("Andel unga fysiskt aktiva ≥ 60 min/dag");
  });

  it("uses only known vocabularies and fills every text in both languages", () => {
    for (const i of INDICATOR_CATALOGUE) {
      expect(INDICATOR_UNITS).toContain(i.unit);
      expect(INDICATOR_LEVELS).toContain(i.level);
      expect(INDICATOR_DIRECTIONS).toContain(i.direction);
      expect(i.sectors).toEqual([sectorForCatalogueCode(i.code)]);
      for (const s of i.sectors) expect(INDICATOR_SECTORS).toContain(s);
      for (const text of [i.name, i.definition, i.dataSource]) {
        expect(text.sv.trim().length, i.code).toBeGreaterThan(0);
        expect(text.en.trim().length, i.code).toBeGreaterThan(0);
      }
      expect(i.definition.sv.length, i.code).toBeGreaterThan(40);
    }
  });

  it("maps the guide's units and levels", () => {
    const get = (code: string) => INDICATOR_CATALOGUE_BY_CODE.get(code)!;
    expect(get("GEN-03")).toMatchObject({ unit: "hours", level: "input" });
    expect(get("GEN-08").unit).toBe("index");
    expect(get("INT-04").unit).toBe("count-per-person");
    expect(get("ASF-05")).toMatchObject({ unit: "households", level: "outcome" });
    expect(get("ASF-06").unit).toBe("scale-points");
    expect(get("ASF-08").unit).toBe("sek");
    expect(get("LAN-05")).toMatchObject({ unit: "persons-per-year", level: "impact" });
    expect(get("INT-05").level).toBe("impact");
  });

  it("has SEK proxies only where §9 names a published source", () => {
    const withProxy = INDICATOR_CATALOGUE.filter((i) => i.proxy).map((i) => i.code);
    expect(withProxy).toEqual(["GEN-03", "INT-03", "ASF-05"]);
    expect(INDICATOR_CATALOGUE_BY_CODE.get("GEN-03")!.proxy).toMatchObject({
      valueSek: 194,
      sourceYear: 2018,
      priceYear: 2014,
    });
    const int03 = INDICATOR_CATALOGUE_BY_CODE.get("INT-03")!.proxy!;
    expect(int03).toMatchObject({ valueSek: 47_183, sourceYear: 2013, priceYear: 2012 });
    expect(int03.source).toContain("Socialstyrelsen");
    expect(int03.description.sv).toContain("63 682");
    const asf05 = INDICATOR_CATALOGUE_BY_CODE.get("ASF-05")!.proxy!;
    expect(asf05.valueSek).toBe(int03.valueSek);
    expect(asf05.description.sv).toContain("INT-03");
  });

  it("keeps the guide's other valuation ideas as text only", () => {
    const ideas = INDICATOR_CATALOGUE.filter((i) => i.proxyIdea).map((i) => i.code);
    expect(ideas).toEqual(["GEN-05", "IDR-02", "IDR-06", "ASF-02", "ASF-03", "ASF-07", "ASF-08", "NYK-03"]);
    expect(INDICATOR_CATALOGUE_BY_CODE.get("IDR-02")!.proxyIdea!.sv).toContain("6 miljarder");
    for (const i of INDICATOR_CATALOGUE) expect(i.proxy && i.proxyIdea, i.code).toBeFalsy();
  });
});
