import { describe, expect, it } from "vitest";
import { parsePeriodKey, periodContains, periodOf, periodsBetween, periodsOverlap } from "~/domain/indicators/periods";

describe("periodsBetween", () => {
  it("lists calendar years overlapping a split accounting period", () => {
    const years = periodsBetween("2026-07-01", "2027-06-30", "year");
    expect(years.map((p) => p.key)).toEqual(["2026", "2027"]);
    expect(years[0]).toMatchObject({ start: "2026-01-01", end: "2026-12-31", label: { sv: "2026", en: "2026" } });
  });

  it("lists half-years with plain labels", () => {
    const halves = periodsBetween("2026-01-01", "2026-12-31", "half-year");
    expect(halves.map((p) => p.key)).toEqual(["2026-H1", "2026-H2"]);
    expect(halves[0].label).toEqual({ sv: "första halvåret 2026", en: "first half of 2026" });
    expect(halves[1]).toMatchObject({ start: "2026-07-01", end: "2026-12-31", label: { sv: "andra halvåret 2026" } });
  });

  it("lists quarters across a year end", () => {
    const quarters = periodsBetween("2026-08-15", "2027-02-01", "quarter");
    expect(quarters.map((p) => p.key)).toEqual(["2026-Q3", "2026-Q4", "2027-Q1"]);
    expect(quarters[0]).toMatchObject({
      start: "2026-07-01",
      end: "2026-09-30",
      label: { sv: "2026 kv. 3", en: "Q3 2026" },
    });
    expect(quarters[2].end).toBe("2027-03-31");
  });

  it("lists months with Swedish and English abbreviations and leap days", () => {
    const months = periodsBetween("2028-01-31", "2028-03-01", "month");
    expect(months.map((p) => p.key)).toEqual(["2028-01", "2028-02", "2028-03"]);
    expect(months[1]).toMatchObject({
      start: "2028-02-01",
      end: "2028-02-29",
      label: { sv: "feb. 2028", en: "Feb 2028" },
    });
    expect(periodsBetween("2026-07-01", "2026-07-31", "month")[0].label).toEqual({ sv: "juli 2026", en: "Jul 2026" });
  });

  it("gives one period when start and end fall in it, and accepts Date objects", () => {
    expect(
      periodsBetween(new Date(Date.UTC(2026, 4, 5)), new Date(Date.UTC(2026, 4, 6)), "quarter").map((p) => p.key),
    ).toEqual(["2026-Q2"]);
  });

  it("gives 36 months for three years", () => {
    expect(periodsBetween("2026-01-01", "2028-12-31", "month")).toHaveLength(36);
  });

  it("throws on bad dates or an end before the start", () => {
    expect(() => periodsBetween("2026-02-30", "2026-12-31", "year")).toThrow(RangeError);
    expect(() => periodsBetween("2026-12-31", "2026-01-01", "year")).toThrow(RangeError);
    expect(() => periodsBetween("soon", "2026-01-01", "year")).toThrow(RangeError);
  });
});

describe("parsePeriodKey", () => {
  it.each([
    ["2026", "2026", "year"],
    ["2026-H1", "2026-H1", "half-year"],
    ["2026-h2", "2026-H2", "half-year"],
    ["2026-Q3", "2026-Q3", "quarter"],
    ["2026 K3", "2026-Q3", "quarter"],
    ["2026q4", "2026-Q4", "quarter"],
    ["2026-07", "2026-07", "month"],
    ["2026-7", "2026-07", "month"],
    [" 2026-12 ", "2026-12", "month"],
  ])("reads %j as %s", (text, key, granularity) => {
    expect(parsePeriodKey(text)).toMatchObject({ key, granularity });
  });

  it.each(["", "26", "2026-Q5", "2026-H3", "2026-13", "2026-00", "Q3 2026", "1850", "2026-07-15", "abc"])(
    "rejects %j",
    (text) => {
      expect(parsePeriodKey(text)).toBeNull();
    },
  );

  it("gives the same period as periodsBetween", () => {
    expect(parsePeriodKey("2026-Q1")).toEqual(periodsBetween("2026-01-01", "2026-03-31", "quarter")[0]);
  });
});

describe("periodContains and friends", () => {
  it("checks dates against the inclusive bounds", () => {
    expect(periodContains("2026-Q3", "2026-07-01")).toBe(true);
    expect(periodContains("2026-Q3", "2026-09-30")).toBe(true);
    expect(periodContains("2026-Q3", "2026-10-01")).toBe(false);
    expect(periodContains("2026-Q3", new Date(Date.UTC(2026, 7, 10)))).toBe(true);
  });

  it("checks whole periods", () => {
    expect(periodContains("2026", "2026-Q3")).toBe(true);
    expect(periodContains("2026-H1", "2026-Q3")).toBe(false);
    expect(periodContains(parsePeriodKey("2026-H2")!, parsePeriodKey("2026-12")!)).toBe(true);
  });

  it("is false for unreadable input", () => {
    expect(periodContains("nope", "2026-01-01")).toBe(false);
    expect(periodContains("2026", "nope")).toBe(false);
  });

  it("finds the period of a date and overlaps", () => {
    expect(periodOf("2026-11-30", "half-year").key).toBe("2026-H2");
    expect(periodOf("2026-11-30", "month").key).toBe("2026-11");
    expect(periodsOverlap(parsePeriodKey("2026")!, parsePeriodKey("2026-Q2")!)).toBe(true);
    expect(periodsOverlap(parsePeriodKey("2026")!, parsePeriodKey("2027-Q1")!)).toBe(false);
  });
});
