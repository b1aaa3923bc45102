import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  makeActualValueSchema,
  makeBaselineSchema,
  makeOwnIndicatorSchema,
  makeTargetSchema,
} from "~/domain/indicators/schema";

const OwnIndicatorSchema = makeOwnIndicatorSchema("sv");
const BaselineSchema = makeBaselineSchema("sv");
const TargetSchema = makeTargetSchema("sv");
const ActualValueSchema = makeActualValueSchema("sv");

/** The messages of a failed parse, by field path. */
function errors(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  if (result.success) throw new Error("expected the parse to fail");
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

const ownIndicator = {
  code: "EGEN-1",
  name: { sv: "Antal läxhjälpstillfällen", en: "" },
  definition: { sv: "Antal tillfällen med läxhjälp under perioden.", en: "Homework help sessions held." },
  unit: "count",
  level: "output",
  direction: "increase",
  sectors: "integration",
  dataSource: { sv: "Närvarolistor" },
  proxy: { valueSek: "", description: { sv: "", en: "" }, source: "", sourceYear: "", priceYear: "" },
};

describe("OwnIndicatorSchema", () => {
  it("parses form input: empty texts dropped, one sector becomes a list, an empty proxy is none", () => {
    const parsed = OwnIndicatorSchema.parse(ownIndicator);
    expect(parsed).toEqual({
      code: "EGEN-1",
      name: { sv: "Antal läxhjälpstillfällen", en: undefined },
      definition: { sv: "Antal tillfällen med läxhjälp under perioden.", en: "Homework help sessions held." },
      unit: "count",
      level: "output",
      direction: "increase",
      sectors: ["integration"],
      dataSource: { sv: "Närvarolistor", en: undefined },
      proxy: undefined,
    });
  });

  it("reads a filled proxy with Swedish numbers and years", () => {
    const parsed = OwnIndicatorSchema.parse({
      ...ownIndicator,
      code: "",
      proxy: {
        valueSek: "47 183,50",
        description: { sv: "Undviket bistånd" },
        source: "Socialstyrelsen",
        sourceYear: "2013",
        priceYear: 2012,
      },
    });
    expect(parsed.code).toBeUndefined();
    expect(parsed.proxy).toEqual({
      valueSek: 47183.5,
      description: { sv: "Undviket bistånd", en: undefined },
      source: "Socialstyrelsen",
      sourceYear: 2013,
      priceYear: 2012,
    });
  });

  it("says how to fix a half-filled proxy", () => {
    const e = errors(
      OwnIndicatorSchema.safeParse({
        ...ownIndicator,
        proxy: { valueSek: "noll", description: { sv: "x" }, source: "", sourceYear: "13", priceYear: "2012" },
      }),
    );
    expect(e["proxy.valueSek"]).toContain("Skriv ett tal, till exempel 12,5");
    expect(e["proxy.source"]).toContain("Skriv källan");
    expect(e["proxy.sourceYear"]).toBe("Skriv året med fyra siffror, till exempel 2024.");
  });

  it("requires a Swedish name, definition and data source, and known vocabularies", () => {
    const e = errors(
      OwnIndicatorSchema.safeParse({
        ...ownIndicator,
        name: { sv: " " },
        definition: {},
        dataSource: undefined,
        unit: "kilo",
        level: "activity",
        direction: "up",
        sectors: ["golf"],
      }),
    );
    expect(e["name.sv"]).toBe("Skriv ett namn på svenska.");
    expect(e["definition.sv"]).toContain("vad som räknas");
    expect(e["dataSource.sv"]).toContain("varifrån uppgifterna kommer");
    expect(e.unit).toBe("Välj en enhet i listan.");
    expect(e.level).toContain("prestation");
    expect(e.direction).toContain("högre");
    expect(e["sectors.0"]).toContain("verksamhetsområden");
  });

  it("refuses codes that look like catalogue IDs or contain odd characters", () => {
    expect(errors(OwnIndicatorSchema.safeParse({ ...ownIndicator, code: "gen-09" })).code).toContain(
      "GSE:s indikatorkatalog",
    );
    expect(errors(OwnIndicatorSchema.safeParse({ ...ownIndicator, code: "a b" })).code).toContain("bokstäver, siffror");
    expect(OwnIndicatorSchema.parse({ ...ownIndicator, code: "LÄX-1" }).code).toBe("LÄX-1");
  });

  it("speaks English when made for English", () => {
    const e = errors(makeOwnIndicatorSchema("en").safeParse({ ...ownIndicator, name: { sv: "" } }));
    expect(e["name.sv"]).toBe("Enter a name in Swedish.");
  });
});

describe("BaselineSchema", () => {
  it("parses value, date and source", () => {
    expect(BaselineSchema.parse({ value: "12,5", date: "2026-01-15", source: "Enkät i januari" })).toEqual({
      value: 12.5,
      date: "2026-01-15",
      source: "Enkät i januari",
      note: undefined,
    });
  });

  it("explains a bad value, date and missing source", () => {
    const e = errors(BaselineSchema.safeParse({ value: "", date: "15/1 2026", source: "" }));
    expect(e.value).toBe("Värde saknas. Skriv ett tal, till exempel 12,5.");
    expect(e.date).toBe("Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-15.");
    expect(e.source).toContain("varifrån utgångsläget kommer");
    expect(errors(BaselineSchema.safeParse({ value: "1", date: "2026-02-30", source: "x" })).date).toContain(
      "ÅÅÅÅ-MM-DD",
    );
  });

  it("refuses a baseline from the future and checks the unit's range", () => {
    const schema = makeBaselineSchema("sv", { unit: "percent", today: "2026-03-01" });
    expect(errors(schema.safeParse({ value: "40", date: "2026-03-02", source: "x" })).date).toContain("framtiden");
    expect(errors(schema.safeParse({ value: "140", date: "2026-03-01", source: "x" })).value).toContain("100");
    expect(schema.parse({ value: "40 %", date: "2026-03-01", source: "x" }).value).toBe(40);
  });
});

describe("TargetSchema", () => {
  it("normalises the period key and reads the value", () => {
    expect(TargetSchema.parse({ periodKey: "2026 k3", value: "1 200" })).toEqual({
      periodKey: "2026-Q3",
      value: 1200,
      note: undefined,
    });
  });

  it("limits periods to the accounting's when given", () => {
    const schema = makeTargetSchema("sv", { periodKeys: ["2026-H1", "2026-H2"] });
    expect(errors(schema.safeParse({ periodKey: "2027-H1", value: "1" })).periodKey).toContain(
      "Välj en av: 2026-H1, 2026-H2",
    );
    expect(errors(schema.safeParse({ periodKey: "våren", value: "1" })).periodKey).toContain("Skriv perioden som");
  });
});

describe("ActualValueSchema", () => {
  it("parses a value with breakdown and defaults data quality to measured", () => {
    expect(
      ActualValueSchema.parse({ periodKey: "2026-07", value: "−3,5", gender: "total", ageBand: "", area: "" }),
    ).toEqual({
      periodKey: "2026-07",
      value: -3.5,
      note: undefined,
      dataQuality: "measured",
      gender: null,
      ageBand: null,
      area: null,
    });
    expect(
      ActualValueSchema.parse({
        periodKey: "2026",
        value: "7",
        dataQuality: "självrapporterat",
        gender: "kvinna",
        ageBand: "65+",
        area: "Kortedala",
      }),
    ).toMatchObject({
      dataQuality: "self-reported",
      gender: "kvinna",
      ageBand: "65+",
      area: "Kortedala",
    });
  });

  it("explains unknown data quality, gender and age band", () => {
    const e = errors(
      ActualValueSchema.safeParse({
        periodKey: "2026",
        value: "1",
        dataQuality: "gissat",
        gender: "x",
        ageBand: "ung",
      }),
    );
    expect(e.dataQuality).toContain("mätt, uppskattat eller självrapporterat");
    expect(e.gender).toContain("kvinna, man, annat eller total");
    expect(e.ageBand).toContain("0-17");
  });

  it("allows a breakdown only for people units", () => {
    const hours = makeActualValueSchema("sv", { unit: "hours" });
    const e = errors(hours.safeParse({ periodKey: "2026", value: "10", gender: "man", area: "Lindome" }));
    expect(Object.keys(e).sort()).toEqual(["area", "gender"]);
    expect(e.gender).toContain("timmar");
    expect(hours.parse({ periodKey: "2026", value: "10", gender: "total" }).gender).toBeNull();
    expect(
      makeActualValueSchema("sv", { unit: "households" }).parse({ periodKey: "2026", value: "3", gender: "man" })
        .gender,
    ).toBe("man");
  });

  it("rejects a negative count", () => {
    expect(
      errors(makeActualValueSchema("en", { unit: "persons" }).safeParse({ periodKey: "2026", value: "-1" })).value,
    ).toBe("The value cannot be less than 0 when the indicator is measured in people.");
  });
});
