import { describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n";
import { flattenValues, nestEntries, numberToField, parseDecimal } from "~/domain/value/form-data";
import {
  fillSroiHelpers,
  liveSroi,
  normaliseSroiForm,
  storedToSroiForm,
  validateSroiForm,
  type StoredSroiMap,
} from "~/domain/value/sroi-model";
import { liveSocio, storedToSocioForm } from "~/domain/value/socioeconomic-model";
import { parseSocioeconomicInput, socioeconomicWorkedExample } from "~/domain/socioeconomic";
import { ratioRange, sroiWorkedExample } from "~/domain/sroi";

const v = messagesFor("sv").value.common;
const texts = {
  percentMissing: v.percentMissing,
  percentNotNumber: v.percentNotNumber,
  percentRange: v.percentRange,
  hoursNotNumber: v.hoursNotNumber,
};

describe("form data helpers", () => {
  it("reads Swedish numbers and keeps text that is not a number", () => {
    expect(parseDecimal("12 345,50")).toBe(12345.5);
    expect(parseDecimal("\u22125000")).toBe(-5000);
    expect(parseDecimal("3,5 %")).toBe(3.5);
    expect(parseDecimal("0.035")).toBe(0.035);
    expect(parseDecimal("  ")).toBeUndefined();
    expect(parseDecimal("tio")).toBe("tio");
    expect(parseDecimal("1,2,3")).toBe("1,2,3");
    expect(numberToField(0.1 + 0.2)).toBe("0,3");
    expect(numberToField(63682)).toBe("63\u00a0682");
    expect(numberToField(1500.5)).toBe("1\u00a0500,5");
    expect(parseDecimal(numberToField(-1234567.125))).toBe(-1234567.125);
    expect(numberToField(63682, "en")).toBe("63682");
  });

  it("nests dotted names, drops prototype keys and huge indexes", () => {
    const nested = nestEntries([
      ["outcomes.1.quantity", "4"],
      ["outcomes.0.justifications.deadweight", "x"],
      ["__proto__.polluted", "yes"],
      ["outcomes.999999.label", "too far"],
      ["discountRate", "3,5"],
    ]);
    expect(nested).toEqual({
      outcomes: [{ justifications: { deadweight: "x" } }, { quantity: "4" }],
      discountRate: "3,5",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(flattenValues({ a: [{ b: 1 }], c: true })).toEqual({ "a.0.b": "1", c: "true" });
  });
});

describe("impact map form", () => {
  const example = sroiWorkedExample();
  const stored = { inputs: example.inputs, outcomes: example.outcomes } as StoredSroiMap;

  it("round-trips the worked example through the form and calculates it (§5.4)", () => {
    const values = storedToSroiForm(stored, 0.035, "evaluative", "sv");
    expect(values.outcomes[0]!.deadweight).toBe("20");
    expect(values.discountRate).toBe("3,5");
    const live = liveSroi(values, "sv", texts);
    expect(live.errors).toEqual({});
    expect(live.result!.presentValue).toBeCloseTo(926_848.62, 1);
    expect(live.missingJustifications).toBe(0);
    const range = ratioRange(live.result!)!;
    expect(range.low).toBeLessThan(live.result!.ratio);
    expect(range.high).toBeGreaterThan(live.result!.ratio);
  });

  it("checks percent fields in percent and keeps the engine's messages for the rest", () => {
    const values = storedToSroiForm(stored, 0.035, "evaluative", "sv");
    values.outcomes[0]!.attribution = "0,25x";
    values.outcomes[1]!.deadweight = "150";
    values.discountRate = "12";
    values.inputs[0]!.amount = "";
    const result = validateSroiForm(values, "sv", texts);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toMatchObject({
      "outcomes.0.attribution": "Tillskrivning ska vara ett tal i procent, till exempel 25 eller 12,5.",
      "outcomes.1.deadweight": "Dödvikt ska vara mellan 0 och 100 %. Skriv bara talet, till exempel 3,5 för 3,5 %.",
      discountRate: "Diskonteringsränta ska vara mellan 0 och 10 %. Skriv bara talet, till exempel 3,5 för 3,5 %.",
      "inputs.0.amount": expect.stringContaining("Värdet på insatsen saknas"),
    });
  });

  it("gives a negative outcome a negative proxy and fills volunteer time and catalogue proxies", () => {
    const values = normaliseSroiForm({
      discountRate: "3,5",
      inputs: [{ label: "Ideell tid", amount: "", volunteerHours: "1 500" }],
      outcomes: [
        {
          label: "Buller",
          quantity: "5",
          proxyValue: "",
          catalogueProxy: "INT-03",
          negative: "true",
          deadweight: "0",
          displacement: "0",
          attribution: "0",
          dropOff: "0",
          durationYears: "1",
        },
      ],
    });
    const filled = fillSroiHelpers(
      values,
      [{ code: "INT-03", name: "x", valueSek: 47_183, source: "Socialstyrelsen", year: 2012, description: "" }],
      "sv",
    );
    expect(filled.inputs[0]!.amount).toBe("291\u00a0000");
    expect(filled.outcomes[0]).toMatchObject({
      proxyValue: "47\u00a0183",
      proxySource: "Socialstyrelsen",
      proxyYear: "2012",
    });
    const result = validateSroiForm(filled, "sv", texts);
    expect(result.ok).toBe(true);
    expect(result.ok && result.input.outcomes[0]!.proxyValue).toBe(-47_183);
    expect(result.ok && result.stored.inputs[0]!.volunteerHours).toBe(1500);
    expect(result.ok && result.stored.outcomes[0]!.catalogueProxy).toBe("INT-03");
  });
});

describe("socio-economic form", () => {
  it("reproduces §6.2 from the form values", () => {
    const parsed = parseSocioeconomicInput(socioeconomicWorkedExample(), "sv");
    if (!parsed.ok) throw new Error("invalid example");
    const values = storedToSocioForm(parsed.value, "sv");
    expect(values.groups[0]!.successRate).toBe("75");
    const live = liveSocio(values, "sv", { ...texts, successRateName: "Verkningsgrad" });
    expect(live.result!.publicSector.total).toBe(490_092);
    expect(live.result!.society.total).toBe(1_350_000);
  });
});
