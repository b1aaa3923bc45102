import { describe, expect, it } from "vitest";
import {
  calculateSocioeconomic,
  itemNet,
  socioeconomicWorkedExample,
  type ActorKey,
  type SocioeconomicInputBody,
} from "~/domain/socioeconomic";

describe("calculateSocioeconomic – method guide §6.2 worked example", () => {
  const result = calculateSocioeconomic(socioeconomicWorkedExample());
  const actor = (key: ActorKey) => result.actors.find((a) => a.actor === key)!;

  it("counts 8 × 1 × 0.75 = 6 effective person-years", () => {
    expect(result.effectivePersonYears).toBe(6);
    expect(result.effectivePersonsPerYear).toBe(6);
    expect(result.groups).toEqual([
      { label: "Långvarigt ekonomiskt bistånd", effectivePersonYears: 6, effectivePersonsPerYear: 6 },
    ]);
  });

  it("gives the net per person-year of each actor", () => {
    expect(actor("kommun").netPerPersonYear).toBe(111_682);
    expect(actor("region").netPerPersonYear).toBe(45_000);
    expect(actor("arbetsformedlingen").netPerPersonYear).toBe(-85_000);
    expect(actor("ovrig-stat").netPerPersonYear).toBe(10_000);
    expect(actor("forsakringskassan").netPerPersonYear).toBe(0);
    expect(actor("individ").netPerPersonYear).toBe(0);
    expect(result.actors.map((a) => a.actor)).toEqual([
      "kommun",
      "region",
      "arbetsformedlingen",
      "forsakringskassan",
      "ovrig-stat",
      "individ",
    ]);
  });

  it("splits each actor's net into real and transfer parts", () => {
    expect(actor("kommun").realPerPersonYear).toBe(20_000);
    expect(actor("kommun").transferPerPersonYear).toBe(91_682);
    expect(actor("arbetsformedlingen").realPerPersonYear).toBe(15_000);
    expect(actor("arbetsformedlingen").transferPerPersonYear).toBe(-100_000);
  });

  it("gives actor totals and payback, none for an actor that pays", () => {
    expect(actor("kommun").total).toBe(670_092);
    expect(actor("kommun").paybackYears).toBeCloseTo(900_000 / 670_092, 12);
    expect(actor("arbetsformedlingen").total).toBe(-510_000);
    expect(actor("arbetsformedlingen").paybackYears).toBeNull();
    expect(actor("forsakringskassan").paybackYears).toBeNull();
  });

  it("gives the public sector 81 682 per person-year, 490 092 a year and payback in 1.84 years", () => {
    expect(result.publicSector.netPerPersonYear).toBe(81_682);
    expect(result.publicSector.total).toBe(490_092);
    expect(result.publicSector.yearlyTotal).toBe(490_092);
    expect(Math.round(result.publicSector.paybackYears! * 100) / 100).toBe(1.84);
  });

  it("gives the state (Arbetsförmedlingen, Försäkringskassan, other state) as a subtotal", () => {
    expect(result.state.netPerPersonYear).toBe(-75_000);
    expect(result.state.total).toBe(-450_000);
    expect(result.state.paybackYears).toBeNull();
  });

  it("gives society 225 000 per person-year, 1 350 000 a year and 1.5 kr per krona, transfers excluded", () => {
    expect(result.society.productionPerPersonYear).toBe(150_000);
    expect(result.society.realSavingsPerPersonYear).toBe(75_000);
    expect(result.society.netPerPersonYear).toBe(225_000);
    expect(result.society.total).toBe(1_350_000);
    expect(result.society.yearlyTotal).toBe(1_350_000);
    expect(result.society.realValuePerSek).toBe(1.5);
    expect(result.society.paybackYears).toBeCloseTo(900_000 / 1_350_000, 12);
  });
});

describe("calculateSocioeconomic – several typical cases and years", () => {
  const input: SocioeconomicInputBody = {
    interventionCost: 1_000_000,
    groups: [
      {
        label: "A",
        participants: 10,
        years: 2,
        successRate: 0.5,
        items: [
          { actor: "kommun", label: "Bistånd", type: "transfer", amount: 60_000 },
          { actor: "individ", label: "Förlorat bistånd", type: "transfer", amount: -60_000 },
          { actor: "individ", label: "Lön", type: "transfer", kind: "revenue", before: 0, after: 200_000 },
        ],
      },
      {
        label: "B",
        participants: 4,
        years: 1,
        successRate: 1,
        productionValue: 100_000,
        items: [{ actor: "region", label: "Vård", type: "real", before: 50_000, after: 20_000 }],
      },
    ],
  };
  const result = calculateSocioeconomic(input);

  it("weights each group by its own effective person-years", () => {
    // A: E = 10 × 2 × 0.5 = 10; B: E = 4.
    expect(result.effectivePersonYears).toBe(14);
    expect(result.effectivePersonsPerYear).toBe(9);
    const kommun = result.actors.find((a) => a.actor === "kommun")!;
    expect(kommun.total).toBe(600_000);
    expect(kommun.yearlyTotal).toBe(300_000);
    expect(kommun.netPerPersonYear).toBeCloseTo(600_000 / 14, 9);
    expect(kommun.paybackYears).toBeCloseTo(1_000_000 / 300_000, 12);
  });

  it("keeps the individual out of the public sector and transfers out of society", () => {
    expect(result.publicSector.total).toBe(600_000 + 120_000);
    const individ = result.actors.find((a) => a.actor === "individ")!;
    expect(individ.total).toBe(1_400_000);
    // Society: only B's production and real care savings: (100 000 + 30 000) × 4.
    expect(result.society.total).toBe(520_000);
    expect(result.society.realValuePerSek).toBeCloseTo(0.52, 12);
  });

  it("gives zeros, not NaN, when nobody succeeds", () => {
    const none = calculateSocioeconomic({ ...input, groups: [{ ...input.groups[0], successRate: 0 }] });
    expect(none.effectivePersonYears).toBe(0);
    expect(none.publicSector.netPerPersonYear).toBe(0);
    expect(none.publicSector.paybackYears).toBeNull();
    expect(none.society.realValuePerSek).toBe(0);
  });
});

describe("itemNet", () => {
  it("reads a signed amount, an avoided cost or a new revenue", () => {
    expect(itemNet({ actor: "kommun", label: "x", type: "real", amount: -5 })).toBe(-5);
    expect(itemNet({ actor: "kommun", label: "x", type: "real", before: 100, after: 30 })).toBe(70);
    expect(itemNet({ actor: "kommun", label: "x", type: "transfer", kind: "revenue", before: 10, after: 30 })).toBe(20);
  });
});
