import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, formatSek } from "~/utils/format";
import { parseSwedishNumber, readSwedishNumber, toSwedishDecimalString } from "~/domain/indicators/numbers";

describe("parseSwedishNumber", () => {
  it.each([
    ["12 345,5", 12345.5],
    ["12\u00a0345,5", 12345.5],
    ["12\u202f345,5", 12345.5],
    ["1 234 567", 1234567],
    ["1 234", 1234],
    ["12,5", 12.5],
    [",5", 0.5],
    ["0,25", 0.25],
    ["−3,5", -3.5],
    ["-3,5", -3.5],
    ["– 3", -3],
    ["+7", 7],
    ["3,5 %", 3.5],
    ["3,5%", 3.5],
    ["12345.5", 12345.5],
    ["0.125", 0.125],
    ["42", 42],
    ["  42  ", 42],
    ["12 345 kr", 12345],
    ["500:-", 500],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["1E+15", 1e15],
    ["1,5E-3", 0.0015],
    ["-0", 0],
  ])("reads %j as %d", (text, expected) => {
    expect(parseSwedishNumber(text)).toBe(expected);
  });

  it.each([
    "abc",
    "1,2,3",
    "",
    "   ",
    "1 23",
    "1234 567",
    "12,5,",
    "5,",
    "--5",
    "%",
    "1 2 3",
    "12,5 13",
    "Infinity",
    "NaN",
    "1.2.3",
  ])("gives null for %j", (text) => {
    expect(parseSwedishNumber(text)).toBeNull();
  });

  it("passes finite numbers through and rejects NaN, Infinity, null and undefined", () => {
    expect(parseSwedishNumber(12.5)).toBe(12.5);
    expect(parseSwedishNumber(Number.NaN)).toBeNull();
    expect(parseSwedishNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseSwedishNumber(null)).toBeNull();
    expect(parseSwedishNumber(undefined)).toBeNull();
  });

  it("reads a lone dot before three digits as a decimal point and flags it", () => {
    expect(readSwedishNumber("1.234")).toEqual({ value: 1.234, percent: false, ambiguous: true });
    expect(readSwedishNumber("12.500")).toEqual({ value: 12.5, percent: false, ambiguous: true });
    expect(readSwedishNumber("1.5")?.ambiguous).toBe(false);
    expect(readSwedishNumber("1,234")).toEqual({ value: 1.234, percent: false, ambiguous: false });
  });

  it("reads what formatPercent and formatSek write (no-break spaces before % and kr)", () => {
    expect(parseSwedishNumber(formatPercent(0.035, "sv"))).toBe(3.5);
    expect(parseSwedishNumber(formatSek(12345.5, "sv", 2))).toBe(12345.5);
  });

  it("records a per cent sign", () => {
    expect(readSwedishNumber("45 %")).toEqual({ value: 45, percent: true, ambiguous: false });
    expect(readSwedishNumber("45")?.percent).toBe(false);
  });

  it("reads back what formatNumber writes in Swedish", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (n) => {
        const shown = formatNumber(n, "sv", 2);
        const back = parseSwedishNumber(shown);
        expect(back).not.toBeNull();
        expect(Math.abs((back as number) - n)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(n));
      }),
    );
  });
});

describe("toSwedishDecimalString", () => {
  it("writes a decimal comma without grouping or rounding", () => {
    expect(toSwedishDecimalString(12345.5)).toBe("12345,5");
    expect(toSwedishDecimalString(-0.125)).toBe("-0,125");
    expect(toSwedishDecimalString(7)).toBe("7");
    expect(toSwedishDecimalString(Number.NaN)).toBe("");
  });

  it("round-trips every finite number through parseSwedishNumber", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseSwedishNumber(toSwedishDecimalString(n))).toBe(n + 0);
      }),
    );
  });
});
