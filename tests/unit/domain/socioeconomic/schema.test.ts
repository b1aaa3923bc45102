import { describe, expect, it } from "vitest";
import { parseSocioeconomicInput, socioeconomicWorkedExample, type SocioeconomicIssue } from "~/domain/socioeconomic";

// Tests deliberately write wrong types into the body, so it is loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function body(): Record<string, any> {
  return JSON.parse(JSON.stringify(socioeconomicWorkedExample()));
}

function errorsOf(value: unknown, locale: "sv" | "en" = "sv"): SocioeconomicIssue[] {
  const result = parseSocioeconomicInput(value, locale);
  if (result.ok) throw new Error("expected validation errors");
  return result.errors;
}

const messageAt = (errors: SocioeconomicIssue[], path: string) => errors.find((e) => e.path === path)?.message;

describe("parseSocioeconomicInput", () => {
  it("accepts the worked example and fills in defaults", () => {
    const b = body();
    delete b.groups[0].productionValue;
    const result = parseSocioeconomicInput(b, "sv");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.groups[0].productionValue).toBe(0);
    const noItems = parseSocioeconomicInput(
      { interventionCost: 1, groups: [{ label: "a", participants: 1, years: 1, successRate: 1 }] },
      "sv",
    );
    expect(noItems.ok && noItems.value.groups[0].items).toEqual([]);
  });

  it("explains a success rate sent as a percentage", () => {
    const b = body();
    b.groups[0].successRate = 75;
    expect(errorsOf(b)).toEqual([
      {
        path: "groups.0.successRate",
        message: "Verkningsgrad anges som en andel mellan 0 och 1, till exempel 0,75 för 75 %.",
      },
    ]);
    expect(messageAt(errorsOf(b, "en"), "groups.0.successRate")).toBe(
      "The success rate is given as a fraction between 0 and 1, for example 0.75 for 75%.",
    );
  });

  it("needs either an amount or both before and after, not both", () => {
    const b = body();
    b.groups[0].items[1] = { actor: "kommun", label: "x", type: "real" };
    b.groups[0].items[2] = { actor: "kommun", label: "x", type: "real", amount: 5, before: 1, after: 0 };
    b.groups[0].items[3] = { actor: "region", label: "x", type: "real", before: 1 };
    const errors = errorsOf(b);
    expect(errors.map((e) => e.path)).toEqual([
      "groups.0.items.1.amount",
      "groups.0.items.2.amount",
      "groups.0.items.3.after",
    ]);
    expect(messageAt(errors, "groups.0.items.1.amount")).toMatch(/^Beloppet saknas/);
    expect(messageAt(errors, "groups.0.items.2.amount")).toMatch(/inte båda/);
    expect(messageAt(errors, "groups.0.items.3.after")).toMatch(/^Beloppet efter saknas/);
  });

  it("names unknown actors and effect types", () => {
    const b = body();
    b.groups[0].items[0].actor = "staten";
    b.groups[0].items[0].type = "financial";
    const errors = errorsOf(b);
    expect(messageAt(errors, "groups.0.items.0.actor")).toBe(
      "Aktör har ett värde som inte finns. Välj kommun, region, arbetsformedlingen, forsakringskassan, ovrig-stat eller individ.",
    );
    expect(messageAt(errors, "groups.0.items.0.type")).toMatch(/real .* transfer/);
  });

  it("checks cost, participants, years and negative before/after amounts", () => {
    const b = body();
    b.interventionCost = 0;
    b.groups[0].participants = 2.5;
    b.groups[0].years = 0;
    b.groups[0].items[0].after = -1;
    const errors = errorsOf(b);
    expect(errors.map((e) => e.path).sort()).toEqual(
      ["groups.0.items.0.after", "groups.0.participants", "groups.0.years", "interventionCost"].sort(),
    );
    expect(messageAt(errors, "groups.0.participants")).toMatch(/ska vara ett heltal/);
  });

  it.each([null, "x", 5, []])("never throws and explains a body that is not an object (%s)", (value) => {
    expect(errorsOf(value)[0].path).toBe("");
    expect(errorsOf(value, "en")[0].message).toMatch(/^Send the calculation as an object/);
  });

  it("asks for the groups", () => {
    expect(messageAt(errorsOf({ interventionCost: 5 }), "groups")).toMatch(/^Typfall \(groups\) saknas/);
    expect(messageAt(errorsOf({ interventionCost: 5, groups: [] }), "groups")).toMatch(/^Lägg till minst ett typfall/);
    expect(messageAt(errorsOf({ interventionCost: 5, groups: {} }), "groups")).toMatch(/ska vara en lista/);
    expect(messageAt(errorsOf({ interventionCost: 5, groups: [null] }), "groups.0")).toMatch(/^Varje typfall/);
  });
});
