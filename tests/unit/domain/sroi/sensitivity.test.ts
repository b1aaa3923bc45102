import { describe, expect, it } from "vitest";
import {
  applyChange,
  ratioWith,
  sensitivityAnalysis,
  sroiRatioOf,
  switchingValueFor,
  type SroiInputBody,
} from "~/domain/sroi";
import { sroiWorkedExample } from "~/domain/sroi/worked-example";

const round2 = (value: number) => Math.round(value * 100) / 100;

describe("ratioWith – the §5.4 sensitivity table", () => {
  const input = sroiWorkedExample();

  it("attribution A 25 % → 50 % gives 0.90", () => {
    expect(round2(ratioWith(input, { outcomeIndex: 0, parameter: "attribution", value: 0.5 }))).toBe(0.9);
  });

  it("drop-off A 30 % → 60 % gives 0.95", () => {
    expect(round2(ratioWith(input, { outcomeIndex: 0, parameter: "dropOff", value: 0.6 }))).toBe(0.95);
  });

  it("discount rate 3.5 % → 0 % gives 1.32", () => {
    expect(round2(ratioWith(input, { parameter: "discountRate", value: 0 }))).toBe(1.32);
  });

  it("leaves the input untouched", () => {
    ratioWith(input, { outcomeIndex: 0, parameter: "attribution", value: 0.5 });
    expect(input).toEqual(sroiWorkedExample());
  });

  it("changes only the chosen outcome, or all when no index is given", () => {
    const one = applyChange(input, { outcomeIndex: 1, parameter: "deadweight", value: 0.5 });
    expect(one.outcomes.map((o) => o.deadweight)).toEqual([0.2, 0.5]);
    const all = applyChange(input, { parameter: "deadweight", value: 0.5 });
    expect(all.outcomes.map((o) => o.deadweight)).toEqual([0.5, 0.5]);
  });

  it("treats proxy as a scale factor and duration as years", () => {
    expect(ratioWith(input, { parameter: "proxy", value: 2 })).toBeCloseTo(2 * sroiRatioOf(input), 12);
    const shorter = applyChange(input, { outcomeIndex: 0, parameter: "duration", value: 1 });
    expect(shorter.outcomes[0].durationYears).toBe(1);
  });

  it("throws for an outcome index that does not exist", () => {
    expect(() => ratioWith(input, { outcomeIndex: 2, parameter: "attribution", value: 0.5 })).toThrow(RangeError);
  });
});

describe("switchingValueFor", () => {
  const input = sroiWorkedExample();

  it("finds the deadweight of A that gives ratio 1.00 (≈ 38.9 %)", () => {
    const value = switchingValueFor(input, { outcomeIndex: 0, parameter: "deadweight" });
    expect(value).not.toBeNull();
    expect(value!).toBeCloseTo(0.3887, 4);
    expect(ratioWith(input, { outcomeIndex: 0, parameter: "deadweight", value: value! })).toBeCloseTo(1, 9);
  });

  it("finds the value set on every outcome when no index is given", () => {
    const value = switchingValueFor(input, { parameter: "deadweight" })!;
    // PV is linear in (1 − DW) when every outcome has the same DW, so the root is exact:
    const pvAtZero = sroiRatioOf(applyChange(input, { parameter: "deadweight", value: 0 }));
    expect(value).toBeCloseTo(1 - 1 / pvAtZero, 9);
  });

  it("gives the proxy scale factor 1 / ratio", () => {
    expect(switchingValueFor(input, { parameter: "proxy" })!).toBeCloseTo(1 / sroiRatioOf(input), 9);
  });

  it("is null when no value in the valid range reaches 1.0", () => {
    // Even at 10 % the ratio stays above 1.
    expect(switchingValueFor(input, { parameter: "discountRate" })).toBeNull();
    // With 10 million kronor of inputs no attribution of outcome B (0–100 %) brings the ratio to 1.
    const weak: SroiInputBody = { ...input, inputs: [{ label: "Stort bidrag", amount: 10_000_000 }] };
    expect(switchingValueFor(weak, { outcomeIndex: 1, parameter: "attribution" })).toBeNull();
  });

  it("gives whole years for duration", () => {
    expect(switchingValueFor(input, { parameter: "duration" })).toBe(2);
  });
});

describe("sensitivityAnalysis", () => {
  const rows = sensitivityAnalysis(sroiWorkedExample());
  const row = (parameter: string) => rows.find((r) => r.parameter === parameter)!;

  it("moves deductions 10 percentage points down and up on every outcome", () => {
    const input = sroiWorkedExample();
    const down = applyChange(applyChange(input, { outcomeIndex: 0, parameter: "deadweight", value: 0.1 }), {
      outcomeIndex: 1,
      parameter: "deadweight",
      value: 0,
    });
    expect(row("deadweight").low).toBeCloseTo(sroiRatioOf(down), 12);
    expect(row("deadweight").low).toBeGreaterThan(row("deadweight").high);
    // Drop-off of B is 0 %, so −10 points is kept at 0 %.
    expect(row("dropOff").low).toBeGreaterThan(sroiRatioOf(input));
  });

  it("uses 0 % and 7 % for the discount rate and ×0.8 / ×1.2 for proxies", () => {
    const input = sroiWorkedExample();
    expect(row("discountRate").low).toBeCloseTo(ratioWith(input, { parameter: "discountRate", value: 0 }), 12);
    expect(row("discountRate").high).toBeCloseTo(ratioWith(input, { parameter: "discountRate", value: 0.07 }), 12);
    expect(row("proxy").low).toBeCloseTo(0.8 * sroiRatioOf(input), 12);
    expect(row("proxy").high).toBeCloseTo(1.2 * sroiRatioOf(input), 12);
  });

  it("moves duration one year and keeps it within 1–10", () => {
    const input = sroiWorkedExample();
    // A: 3 → 2 years; B: 1 year stays 1.
    const shorter = applyChange(input, { outcomeIndex: 0, parameter: "duration", value: 2 });
    expect(row("duration").low).toBeCloseTo(sroiRatioOf(shorter), 12);
  });

  it("gives the switching value for every row", () => {
    expect(row("deadweight").switchingValue).toBeCloseTo(0.3496, 4);
    expect(row("discountRate").switchingValue).toBeNull();
  });
});
