import { describe, expect, it } from "vitest";
import { calculateSroi, presentValueByStakeholder, type SroiInputBody } from "~/domain/sroi";
import { sroiWorkedExample } from "~/domain/sroi/worked-example";

/** Rounds to öre, the precision the method guide's hand calculation shows. */
const ore = (value: number) => Math.round(value * 100) / 100;

describe("calculateSroi – method guide §5.4 worked example", () => {
  const result = calculateSroi(sroiWorkedExample());

  it("adds the inputs in year 0 without discounting", () => {
    expect(result.totalInputs).toBe(741_000);
  });

  it("gives the net first-year impact of each outcome", () => {
    expect(result.outcomes.map((o) => o.firstYearImpact)).toEqual([382_092, 144_000]);
    expect(result.outcomes[0].label).toBe("Deltagare lämnar ekonomiskt bistånd för arbete");
    expect(result.outcomes[0].stakeholder).toBe("Deltagare");
  });

  it("gives the yearly values with drop-off from the second year and discounting from year 1", () => {
    expect(result.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(result.years.map((y) => ore(y.value))).toEqual([526_092, 267_464.4, 187_225.08]);
    expect(result.years.map((y) => ore(y.presentValue))).toEqual([508_301.45, 249_680.88, 168_866.3]);
  });

  it("gives PV, NPV, ratio, net ratio and payback to the krona", () => {
    expect(ore(result.presentValue)).toBe(926_848.62);
    expect(ore(result.netPresentValue)).toBe(185_848.62);
    expect(result.ratio).toBeCloseTo(1.2508, 4);
    expect(result.netRatio).toBeCloseTo(0.2508, 4);
    expect(result.paybackMonths).not.toBeNull();
    expect(Math.round(result.paybackMonths! * 10) / 10).toBe(16.9);
  });

  it("splits the PV per outcome so the parts add up to the total", () => {
    expect(ore(result.outcomes[1].presentValue)).toBe(139_130.43);
    const sum = result.outcomes.reduce((s, o) => s + o.presentValue, 0);
    expect(sum).toBeCloseTo(result.presentValue, 6);
  });

  it("has no warnings: every deduction is justified and proxy B is a placeholder", () => {
    expect(result.warnings).toEqual([]);
  });

  it("includes the sensitivity table", () => {
    expect(result.sensitivity.map((row) => row.parameter)).toEqual([
      "deadweight",
      "attribution",
      "dropOff",
      "duration",
      "discountRate",
      "proxy",
    ]);
    const discount = result.sensitivity.find((row) => row.parameter === "discountRate")!;
    expect(discount.low).toBeCloseTo(1.3236, 4);
  });
});

describe("calculateSroi – rules of §5.1–5.2", () => {
  const base: SroiInputBody = {
    inputs: [{ label: "Bidrag", amount: 1000 }],
    outcomes: [
      {
        label: "X",
        quantity: 1,
        proxyValue: 1000,
        deadweight: 0,
        displacement: 0,
        attribution: 0,
        dropOff: 0.5,
        durationYears: 2,
      },
    ],
  };

  it("uses 3.5 % and start year 1 by default", () => {
    const r = calculateSroi(base);
    expect(r.years.map((y) => y.value)).toEqual([1000, 500]);
    expect(r.presentValue).toBeCloseTo(1000 / 1.035 + 500 / 1.035 ** 2, 9);
  });

  it("shifts an outcome that starts the year after; year 1 is then 0 and there is no payback", () => {
    const r = calculateSroi({ ...base, outcomes: [{ ...base.outcomes[0], startYear: 2 }] });
    expect(r.years.map((y) => y.value)).toEqual([0, 1000, 500]);
    expect(r.presentValue).toBeCloseTo(1000 / 1.035 ** 2 + 500 / 1.035 ** 3, 9);
    expect(r.paybackMonths).toBeNull();
  });

  it("applies displacement like the other deductions", () => {
    const r = calculateSroi({ ...base, outcomes: [{ ...base.outcomes[0], displacement: 0.4 }] });
    expect(r.outcomes[0].firstYearImpact).toBeCloseTo(600, 9);
  });

  it("lets a negative outcome reduce the present value", () => {
    const disbenefit = {
      ...base.outcomes[0],
      label: "Y",
      proxyValue: -400,
      negative: true,
      dropOff: 0,
      durationYears: 1,
    };
    const r = calculateSroi({ ...base, discountRate: 0, outcomes: [base.outcomes[0], disbenefit] });
    expect(r.years.map((y) => y.value)).toEqual([600, 500]);
    expect(r.presentValue).toBe(1100);
    expect(r.netPresentValue).toBe(100);
    expect(r.ratio).toBeCloseTo(1.1, 12);
    expect(r.netRatio).toBeCloseTo(0.1, 12);
    expect(r.paybackMonths).toBe(1000 / (600 / 12));
  });

  it("gives warnings in the requested language", () => {
    const r = calculateSroi(base, "en");
    expect(r.warnings.find((w) => w.path === "outcomes.0.proxySource")?.message).toMatch(/source of the proxy/);
  });

  it("refuses inputs that add up to 0", () => {
    expect(() => calculateSroi({ ...base, inputs: [] })).toThrow(RangeError);
  });
});

describe("presentValueByStakeholder", () => {
  it("adds the outcomes' present values per stakeholder, in order of appearance", () => {
    const totals = presentValueByStakeholder({
      outcomes: [
        { label: "a", stakeholder: "Deltagare", firstYearImpact: 1, presentValue: 100 },
        { label: "b", firstYearImpact: 1, presentValue: 5 },
        { label: "c", stakeholder: "Kommunen", firstYearImpact: 1, presentValue: 40 },
        { label: "d", stakeholder: " Deltagare ", firstYearImpact: 1, presentValue: 10 },
      ],
    });
    expect(totals).toEqual([
      { stakeholder: "Deltagare", presentValue: 110 },
      { stakeholder: null, presentValue: 5 },
      { stakeholder: "Kommunen", presentValue: 40 },
    ]);
  });

  it("gives the worked example's whole PV to Deltagare", () => {
    const [only, ...rest] = presentValueByStakeholder(calculateSroi(sroiWorkedExample()));
    expect(rest).toEqual([]);
    expect(only.stakeholder).toBe("Deltagare");
    expect(ore(only.presentValue)).toBe(926_848.62);
  });
});
