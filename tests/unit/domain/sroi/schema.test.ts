import { describe, expect, it } from "vitest";
import { getSroiInputSchema, parseSroiInput, sroiWarnings, type SroiIssue } from "~/domain/sroi";
import { sroiWorkedExample } from "~/domain/sroi/worked-example";

/** A deep copy of the worked example as a plain JSON body. */
// Tests deliberately write wrong types into the body, so it is loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function body(): Record<string, any> {
  return JSON.parse(JSON.stringify(sroiWorkedExample()));
}

function errorsOf(value: unknown, locale: "sv" | "en" = "sv"): SroiIssue[] {
  const result = parseSroiInput(value, locale);
  if (result.ok) throw new Error("expected validation errors");
  return result.errors;
}

function messageAt(errors: SroiIssue[], path: string): string | undefined {
  return errors.find((e) => e.path === path)?.message;
}

describe("parseSroiInput – valid bodies", () => {
  it("accepts the worked example", () => {
    const result = parseSroiInput(body(), "sv");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.outcomes[0].attribution).toBe(0.25);
  });

  it("fills in the defaults: discount rate 3.5 % and start year 1", () => {
    const b = body();
    delete b.discountRate;
    delete b.outcomes[0].startYear;
    const result = parseSroiInput(b, "sv");
    expect(result.ok && result.value.discountRate).toBe(0.035);
    expect(result.ok && result.value.outcomes[0].startYear).toBe(1);
  });

  it("accepts a negative proxy when the outcome is flagged negative", () => {
    const b = body();
    Object.assign(b.outcomes[1], { proxyValue: -2000, negative: true });
    expect(parseSroiInput(b, "sv").ok).toBe(true);
  });

  it("trims texts and drops unknown keys", () => {
    const b = body();
    b.outcomes[0].label = "  Fler i arbete  ";
    b.extra = "ignored";
    const result = parseSroiInput(b, "sv");
    expect(result.ok && result.value.outcomes[0].label).toBe("Fler i arbete");
    expect(result.ok && "extra" in result.value).toBe(false);
  });
});

describe("parseSroiInput – errors with paths and plain messages", () => {
  it("explains a percentage sent as 25 instead of 0.25", () => {
    const b = body();
    b.outcomes[0].attribution = 25;
    const errors = errorsOf(b);
    expect(errors).toEqual([
      {
        path: "outcomes.0.attribution",
        message: "Tillskrivning anges som en andel mellan 0 och 1, till exempel 0,25 för 25 %.",
      },
    ]);
  });

  it("uses the sent percentage in the example and writes English for locale en", () => {
    const b = body();
    b.outcomes[1].deadweight = 40;
    expect(messageAt(errorsOf(b, "en"), "outcomes.1.deadweight")).toBe(
      "Deadweight is given as a fraction between 0 and 1, for example 0.4 for 40%.",
    );
    b.outcomes[1].deadweight = -0.1;
    expect(messageAt(errorsOf(b), "outcomes.1.deadweight")).toBe(
      "Dödvikt anges som en andel mellan 0 och 1, till exempel 0,25 för 25 %.",
    );
  });

  it("explains a discount rate sent as a percentage", () => {
    const b = body();
    b.discountRate = 3.5;
    expect(messageAt(errorsOf(b), "discountRate")).toBe(
      "Diskonteringsränta anges som en andel mellan 0 och 0,10, till exempel 0,035 för 3,5 %.",
    );
    b.discountRate = 0.12;
    expect(messageAt(errorsOf(b), "discountRate")).toMatch(/mellan 0 och 0,10/);
  });

  it("refuses a negative proxy without the negative flag, and a positive one with it", () => {
    const b = body();
    b.outcomes[0].proxyValue = -100;
    expect(messageAt(errorsOf(b), "outcomes.0.proxyValue")).toMatch(/negativ effekt \(negative: true\)/);
    b.outcomes[0].proxyValue = 100;
    b.outcomes[0].negative = true;
    expect(messageAt(errorsOf(b, "en"), "outcomes.0.proxyValue")).toMatch(
      /marked as negative but the proxy is positive/,
    );
  });

  it("refuses a proxy of 0", () => {
    const b = body();
    b.outcomes[0].proxyValue = 0;
    expect(messageAt(errorsOf(b), "outcomes.0.proxyValue")).toMatch(/kan inte vara 0/);
  });

  it("checks quantity, duration, start year, proxy year and input amounts", () => {
    const b = body();
    b.outcomes[0].quantity = -1;
    b.outcomes[0].durationYears = 11;
    b.outcomes[0].startYear = 3;
    b.outcomes[0].proxyYear = 17;
    b.outcomes[1].durationYears = 2.5;
    b.outcomes[1].quantity = 40.5; // unit "personer" → whole number
    b.inputs[0].amount = 0;
    const errors = errorsOf(b);
    expect(errors.map((e) => e.path).sort()).toEqual(
      [
        "inputs.0.amount",
        "outcomes.0.durationYears",
        "outcomes.0.proxyYear",
        "outcomes.0.quantity",
        "outcomes.0.startYear",
        "outcomes.1.durationYears",
        "outcomes.1.quantity",
      ].sort(),
    );
    expect(messageAt(errors, "outcomes.0.quantity")).toBe("Antal kan inte vara negativt. Skriv 0 eller fler.");
    expect(messageAt(errors, "outcomes.1.durationYears")).toMatch(/^Varaktighet ska vara ett heltal/);
    expect(messageAt(errors, "outcomes.1.quantity")).toBe("Antal personer ska vara ett heltal, till exempel 10.");
    expect(messageAt(errors, "inputs.0.amount")).toMatch(/större än 0 kronor/);
  });

  it("allows a fractional quantity when the unit is not persons", () => {
    const b = body();
    b.outcomes[0].quantity = 2.5;
    expect(parseSroiInput(b, "sv").ok).toBe(true);
  });

  it("names missing and mistyped fields instead of throwing", () => {
    const b = body();
    delete b.outcomes[0].deadweight;
    b.outcomes[0].dropOff = "30%";
    b.outcomes[0].label = "";
    b.outcomes[0].negative = "ja";
    b.inputs[1].amount = null;
    const errors = errorsOf(b);
    expect(messageAt(errors, "outcomes.0.deadweight")).toBe(
      "Dödvikt saknas. Skriv en andel mellan 0 och 1, till exempel 0,25 för 25 %.",
    );
    expect(messageAt(errors, "outcomes.0.dropOff")).toBe(
      "Avtagande ska vara ett tal. Skriv en andel mellan 0 och 1, till exempel 0,25 för 25 %.",
    );
    expect(messageAt(errors, "outcomes.0.label")).toMatch(/^Namn på effekten saknas/);
    expect(messageAt(errors, "outcomes.0.negative")).toMatch(/true eller false/);
    expect(messageAt(errors, "inputs.1.amount")).toMatch(/^Värdet på insatsen ska vara ett tal/);
  });

  it.each([null, undefined, 42, "text", [], true])(
    "gives one clear error for a body that is not an object (%s)",
    (value) => {
      expect(errorsOf(value)).toEqual([
        { path: "", message: "Skicka kalkylen som ett objekt med insatser (inputs) och effekter (outcomes)." },
      ]);
      expect(errorsOf(value, "en")[0].message).toBe("Send the calculation as an object with inputs and outcomes.");
    },
  );

  it("asks for the lists when they are missing, empty or of the wrong type", () => {
    expect(errorsOf({})).toEqual([
      { path: "inputs", message: "Insatser (inputs) saknas. Lägg till minst en insats med namn och värde i kronor." },
      { path: "outcomes", message: "Effekter (outcomes) saknas. Lägg till minst en effekt att värdera." },
    ]);
    expect(messageAt(errorsOf({ inputs: [], outcomes: body().outcomes }), "inputs")).toMatch(
      /^Lägg till minst en insats/,
    );
    expect(messageAt(errorsOf({ inputs: "450000", outcomes: {} }), "outcomes")).toMatch(/ska vara en lista/);
    expect(messageAt(errorsOf({ inputs: [5], outcomes: body().outcomes }), "inputs.0")).toMatch(/namn \(label\)/);
  });

  it("never throws, whatever it is given", () => {
    const strange: unknown[] = [
      { inputs: [{}], outcomes: [{}] },
      { inputs: [{ label: 1, amount: "1" }], outcomes: [null] },
      { discountRate: "3,5", inputs: [{ label: "a", amount: 1 }], outcomes: [{ justifications: "x" }] },
      { ...body(), outcomes: [{ ...body().outcomes[0], justifications: { deadweight: 5 } }] },
    ];
    for (const value of strange) {
      const result = parseSroiInput(value, "en");
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(e.message.length).toBeGreaterThan(10);
      }
    }
  });

  it("gives the same schema object for a locale (cached)", () => {
    expect(getSroiInputSchema("en")).toBe(getSroiInputSchema("en"));
    expect(getSroiInputSchema("en")).not.toBe(getSroiInputSchema("sv"));
  });
});

describe("sroiWarnings (§5.3)", () => {
  function outcome(overrides: Record<string, unknown> = {}) {
    return {
      label: "X",
      quantity: 10,
      proxyValue: 1000,
      deadweight: 0.2,
      displacement: 0.1,
      attribution: 0.2,
      dropOff: 0.1,
      durationYears: 2,
      proxySource: "SCB",
      proxyYear: 2024,
      justifications: { deadweight: "a", displacement: "b", attribution: "c", dropOff: "d" },
      ...overrides,
    };
  }
  const paths = (o: Record<string, unknown>) =>
    sroiWarnings({ outcomes: [outcome(), outcome(o)] }, "sv").map((w) => w.path);

  it("is quiet for a complete, moderate outcome", () => {
    expect(paths({})).toEqual([]);
  });

  it("warns about missing justifications, but not drop-off of a one-year outcome", () => {
    expect(paths({ justifications: { deadweight: "  ", attribution: "c" } })).toEqual([
      "outcomes.1.justifications.deadweight",
      "outcomes.1.justifications.displacement",
      "outcomes.1.justifications.dropOff",
    ]);
    expect(paths({ durationYears: 1, justifications: undefined })).toEqual([
      "outcomes.1.justifications.deadweight",
      "outcomes.1.justifications.displacement",
      "outcomes.1.justifications.attribution",
    ]);
  });

  it("asks about zero deadweight and attribution and flags values above 90 %", () => {
    expect(paths({ deadweight: 0, attribution: 0.95 })).toEqual(["outcomes.1.deadweight", "outcomes.1.attribution"]);
    const [zero, high] = sroiWarnings({ outcomes: [outcome({ deadweight: 0, attribution: 0.95 })] }, "sv");
    expect(zero.message).toMatch(/Skulle inget av detta ha hänt ändå/);
    expect(high.message).toMatch(/ta bort effekten/);
  });

  it("warns about long durations and very high proxies", () => {
    expect(paths({ durationYears: 6, proxyValue: 1_500_000 })).toEqual([
      "outcomes.1.durationYears",
      "outcomes.1.proxyValue",
    ]);
  });

  it("warns about a missing proxy source and year unless the proxy is a placeholder", () => {
    expect(paths({ proxySource: undefined, proxyYear: undefined })).toEqual([
      "outcomes.1.proxySource",
      "outcomes.1.proxyYear",
    ]);
    expect(paths({ proxySource: "", proxyYear: undefined, placeholder: true })).toEqual([]);
  });

  it("writes English for locale en", () => {
    const [w] = sroiWarnings({ outcomes: [outcome({ durationYears: 7 })] }, "en");
    expect(w.message).toBe(
      "The duration is 7 years. Outcomes lasting more than 5 years are hard to evidence. Check that you can support this, or shorten the duration.",
    );
  });
});

describe("parseSroiInput – justifications", () => {
  it("explains justifications sent in the wrong form", () => {
    const b = body();
    b.outcomes[0].justifications = "Vi tror så";
    expect(messageAt(errorsOf(b), "outcomes.0.justifications")).toBe(
      "Motiveringar har fel form. Skicka dem som ett objekt med en text för deadweight, displacement, attribution och dropOff.",
    );
    b.outcomes[0].justifications = { attribution: 25 };
    expect(messageAt(errorsOf(b), "outcomes.0.justifications.attribution")).toBe(
      "Motiveringen för tillskrivning ska vara text. Skriv motiveringen som vanlig text.",
    );
  });
});
