import { describe, expect, it } from "vitest";
import {
  INDICATOR_UNITS,
  UNIT_LABELS,
  UNIT_SUFFIXES,
  isIndicatorUnit,
  isPeopleUnit,
  isPercentUnit,
  unitValueRange,
} from "~/domain/indicators/units";

describe("units", () => {
  it("allows a breakdown only for persons and households", () => {
    expect(INDICATOR_UNITS.filter(isPeopleUnit)).toEqual(["persons", "households"]);
  });

  it("labels every unit in both languages", () => {
    for (const unit of INDICATOR_UNITS) {
      expect(UNIT_LABELS[unit].sv.length).toBeGreaterThan(0);
      expect(UNIT_LABELS[unit].en.length).toBeGreaterThan(0);
      expect(UNIT_SUFFIXES[unit]).toBeDefined();
    }
    expect(UNIT_LABELS.hours).toEqual({ sv: "timmar", en: "hours" });
  });

  it("recognises unit ids", () => {
    expect(isIndicatorUnit("scale-points")).toBe(true);
    expect(isIndicatorUnit("kilos")).toBe(false);
    expect(isIndicatorUnit(3)).toBe(false);
    expect(isPercentUnit("percent")).toBe(true);
    expect(isPercentUnit("index")).toBe(false);
  });

  it("knows each unit's range", () => {
    expect(unitValueRange("percent")).toEqual({ min: 0, max: 100 });
    expect(unitValueRange("hours")).toEqual({ min: 0 });
    expect(unitValueRange("persons-per-year")).toEqual({});
    expect(unitValueRange("scale-points")).toEqual({});
  });
});
