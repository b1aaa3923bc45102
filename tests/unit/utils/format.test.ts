import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatRatio,
  formatSek,
  formatTime,
} from "~/utils/format";

describe("format", () => {
  it("writes Swedish numbers, money, percentages and ratios", () => {
    expect(formatNumber(12345.5, "sv")).toBe("12\u00a0345,5");
    expect(formatSek(12345.5, "sv", 2)).toBe("12\u00a0345,50\u00a0kr");
    expect(formatSek(926848.62, "sv")).toBe("926\u00a0849\u00a0kr");
    expect(formatPercent(0.035, "sv")).toBe("3,5\u00a0%");
    expect(formatRatio(1.2508, "sv")).toBe("1,25 kr per investerad krona");
    expect(formatNumber(-5, "sv")).toBe("−5");
  });
  it("writes English with British conventions", () => {
    expect(formatSek(12345, "en")).toBe("SEK\u00a012,345");
    expect(formatPercent(0.035, "en")).toBe("3.5%");
    expect(formatRatio(1.2508, "en")).toBe("SEK 1.25 per SEK invested");
  });
  it("writes dates as 22 nov. 2026 in Swedish", () => {
    expect(formatDate("2026-11-22", "sv")).toBe("22 nov. 2026");
    expect(formatDate("2026-11-22", "en")).toBe("22 Nov 2026");
  });
  it("writes times as 20.14 in Swedish and 20:14 in English (Stockholm time)", () => {
    expect(formatTime("2026-11-22T19:14:00Z", "sv")).toBe("20.14");
    expect(formatTime("2026-11-22T19:14:00Z", "en")).toBe("20:14");
    expect(formatDateTime("2026-11-22T19:14:00Z", "sv")).toBe("22 nov. 2026 20.14");
    expect(formatDateTime("2026-07-01T08:05:00Z", "en")).toBe("1 Jul 2026, 10:05");
  });
});
