import { describe, expect, it } from "vitest";
import { computeAttainment, expectedShareAt } from "~/domain/indicators/attainment";

describe("computeAttainment", () => {
  it("gives the share of the way from baseline to target for an increase", () => {
    expect(computeAttainment({ baseline: 20, target: 60, actual: 40, direction: "increase" })).toEqual({
      share: 0.5,
      status: "behind",
      method: "baseline",
    });
  });

  it("works the same way for a decrease", () => {
    expect(computeAttainment({ baseline: 40, target: 20, actual: 30, direction: "decrease" })).toEqual({
      share: 0.5,
      status: "behind",
      method: "baseline",
    });
    expect(computeAttainment({ baseline: 40, target: 20, actual: 18, direction: "decrease" })).toMatchObject({
      share: 1.1,
      status: "reached",
    });
  });

  it("reports a move in the wrong direction as a negative share", () => {
    expect(computeAttainment({ baseline: 20, target: 60, actual: 10, direction: "increase" }).share).toBe(-0.25);
    expect(computeAttainment({ baseline: 40, target: 20, actual: 50, direction: "decrease" }).share).toBe(-0.5);
  });

  it("is reached at exactly the target and beyond it", () => {
    expect(computeAttainment({ baseline: 0, target: 10, actual: 10, direction: "increase" })).toMatchObject({
      share: 1,
      status: "reached",
    });
    expect(computeAttainment({ baseline: 0, target: 10, actual: 15, direction: "increase" })).toMatchObject({
      share: 1.5,
      status: "reached",
    });
  });

  it("is on track when the share keeps up with the elapsed time", () => {
    expect(
      computeAttainment({ baseline: 0, target: 100, actual: 50, direction: "increase", expectedShare: 0.5 }).status,
    ).toBe("on-track");
    expect(
      computeAttainment({ baseline: 0, target: 100, actual: 49, direction: "increase", expectedShare: 0.5 }).status,
    ).toBe("behind");
    expect(
      computeAttainment({ baseline: 0, target: 100, actual: 0, direction: "increase", expectedShare: 0 }).status,
    ).toBe("on-track");
  });

  it("has no share without a baseline, only reached or not (either direction)", () => {
    expect(computeAttainment({ target: 80, actual: 60, direction: "increase" })).toEqual({
      share: null,
      status: "not-reached",
      method: "no-baseline",
    });
    expect(computeAttainment({ baseline: null, target: 80, actual: 80, direction: "increase" }).status).toBe("reached");
    expect(computeAttainment({ target: 10, actual: 20, direction: "decrease" })).toEqual({
      share: null,
      status: "not-reached",
      method: "no-baseline",
    });
    expect(computeAttainment({ target: 10, actual: 0, direction: "decrease" })).toEqual({
      share: null,
      status: "reached",
      method: "no-baseline",
    });
  });

  it("has no share for a target equal to the baseline (hold the level), only reached or not", () => {
    expect(computeAttainment({ baseline: 50, target: 50, actual: 52, direction: "increase" })).toEqual({
      share: null,
      status: "reached",
      method: "flat-target",
    });
    expect(computeAttainment({ baseline: 50, target: 50, actual: 48, direction: "increase" })).toEqual({
      share: null,
      status: "not-reached",
      method: "flat-target",
    });
    expect(computeAttainment({ baseline: 50, target: 50, actual: 48, direction: "decrease" }).status).toBe("reached");
    expect(computeAttainment({ baseline: 0, target: 0, actual: 0, direction: "increase" })).toMatchObject({
      share: null,
      status: "reached",
    });
  });

  it("has no data without an actual value or a target", () => {
    expect(computeAttainment({ baseline: 1, target: 2, direction: "increase" })).toEqual({
      share: null,
      status: "no-data",
      method: "none",
    });
    expect(computeAttainment({ baseline: 1, actual: 2, direction: "increase" }).status).toBe("no-data");
    expect(computeAttainment({ target: 2, actual: Number.NaN, direction: "increase" }).status).toBe("no-data");
  });
});

describe("expectedShareAt", () => {
  it("counts whole days, both ends included", () => {
    expect(expectedShareAt("2026-01-01", "2026-01-10", "2026-01-05")).toBe(0.5);
    expect(expectedShareAt("2026-01-01", "2026-12-31", "2025-12-01")).toBe(0);
    expect(expectedShareAt("2026-01-01", "2026-12-31", "2026-12-31")).toBe(1);
    expect(expectedShareAt("2026-01-01", "2026-12-31", "2027-05-01")).toBe(1);
  });
});
