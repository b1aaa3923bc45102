import { describe, expect, it } from "vitest";
import { LOCALES, messagesFor } from "~/i18n";
import {
  INDICATOR_UNITS,
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
      for (const locale of LOCALES) expect(messagesFor(locale).indicators.labels.unit[unit].length).toBeGreaterThan(0);
      expect(UNIT_SUFFIXES[unit]).toBeDefined();
    }
    expect(LOCALES.map((l) => messagesFor(l).indicators.labels.unit.hours)).toEqual(["timmar", "hours"]);
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
