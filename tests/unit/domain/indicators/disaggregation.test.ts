import { describe, expect, it } from "vitest";
import { parseAgeBand, parseArea, parseDataQuality, parseGender } from "~/domain/indicators/disaggregation";

describe("parseDataQuality", () => {
  it.each([
    ["", "measured"],
    [undefined, "measured"],
    ["mätt", "measured"],
    ["Measured", "measured"],
    [" UPPSKATTAT ", "estimated"],
    ["estimated", "estimated"],
    ["självrapporterat", "self-reported"],
    ["Self reported", "self-reported"],
    ["self-reported", "self-reported"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseDataQuality(text)).toBe(expected);
  });

  it("gives null for unknown words", () => {
    expect(parseDataQuality("gissat")).toBeNull();
  });
});

describe("parseGender", () => {
  it("reads Swedish, English and short forms", () => {
    expect(parseGender("kvinna")).toBe("kvinna");
    expect(parseGender("K")).toBe("kvinna");
    expect(parseGender("Female")).toBe("kvinna");
    expect(parseGender("flickor")).toBe("kvinna");
    expect(parseGender("man")).toBe("man");
    expect(parseGender("Män")).toBe("man");
    expect(parseGender("annat")).toBe("annat");
    expect(parseGender("other")).toBe("annat");
  });

  it("treats total and empty as no breakdown and unknown text as unreadable", () => {
    expect(parseGender("total")).toBeNull();
    expect(parseGender("Alla")).toBeNull();
    expect(parseGender("")).toBeNull();
    expect(parseGender(undefined)).toBeNull();
    expect(parseGender("x")).toBeUndefined();
  });
});

describe("parseAgeBand", () => {
  it.each([
    ["0-17", "0-17"],
    ["18–29", "18-29"],
    ["30 - 64 år", "30-64"],
    ["65+", "65+"],
    ["65 +", "65+"],
    ["7-25", "7-25"],
    ["05-10", "5-10"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseAgeBand(text)).toBe(expected);
  });

  it("gives null for no breakdown and undefined for unreadable bands", () => {
    expect(parseAgeBand("")).toBeNull();
    expect(parseAgeBand("alla")).toBeNull();
    expect(parseAgeBand("30-18")).toBeUndefined();
    expect(parseAgeBand("unga")).toBeUndefined();
    expect(parseAgeBand("0-200")).toBeUndefined();
  });
});

describe("parseArea", () => {
  it("trims and collapses spaces", () => {
    expect(parseArea("  Norra   Biskopsgården ")).toBe("Norra Biskopsgården");
    expect(parseArea("   ")).toBeNull();
  });
});
