import { describe, expect, it } from "vitest";
import { ALL_PATHS, getMethod } from "~/domain/method-guide/catalogue";
import { sampleStepValues } from "~/domain/method-guide/sample-values";
import {
  coerceStepValues,
  nestFormEntries,
  parseLocaleNumber,
  parseStepForm,
  stepProgress,
  stepSchema,
  toFormEntries,
  validateStep,
} from "~/domain/method-guide/schema";
import { t, list, num, text, checkbox, select, opt, date, scale, block } from "~/domain/method-guide/field-builders";
import type { FieldDef, MethodStep } from "~/domain/method-guide/types";

const ALL_STEPS = ALL_PATHS.flatMap((m) => m.steps.map((s) => [`${m.key}/${s.key}`, s] as const));

function hasRequiredValueField(fields: readonly FieldDef[]): boolean {
  return fields.some((f) => f.kind !== "block" && f.required === true);
}

/** A small step with every field kind, for focused tests. */
const TEST_STEP: MethodStep = {
  key: "test",
  title: t("Test", "Test"),
  help: t("Hjälp. Mer hjälp.", "Help. More help."),
  fields: [
    text("name", t("Namn", "Name"), { required: true, maxLength: 10 }),
    num("share", t("Andel", "Share"), { min: 0, max: 10 }),
    num("count", t("Antal", "Count"), { min: 0, integer: true }),
    date("day", t("Datum", "Date")),
    select("colour", t("Färg", "Colour"), [opt("red", "Röd", "Red"), opt("blue", "Blå", "Blue")]),
    checkbox("agree", t("Jag godkänner", "I agree")),
    scale("rating", t("Betyg", "Rating"), 1, 5),
    list(
      "goals",
      t("Mål", "Goals"),
      t("Mål", "Goal"),
      [text("text", t("Måltext", "Goal text"), { required: true }), num("target", t("Målvärde", "Target"), { min: 0 })],
      { required: true, minItems: 1, maxItems: 3 },
    ),
    block("chain", "impact-chain", t("Effektkedja", "Impact chain"), { required: true }),
  ],
};

describe("step schemas for every step of every method", () => {
  it.each(ALL_STEPS)("%s: a complete example passes complete validation", (_k, step) => {
    const sample = sampleStepValues(step);
    const result = stepSchema(step, "sv", "complete").safeParse(sample);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(ALL_STEPS)("%s: the example survives a round trip through form entries", (_k, step) => {
    const sample = sampleStepValues(step);
    const parsed = parseStepForm(step, toFormEntries(step, sample, "sv"), "sv", "complete");
    expect(parsed).toEqual({ ok: true, value: sample });
  });

  it.each(ALL_STEPS)("%s: an empty value passes draft validation", (_k, step) => {
    expect(parseStepForm(step, [], "sv", "draft")).toEqual({ ok: true, value: expect.any(Object) });
  });

  it.each(ALL_STEPS.filter(([, s]) => hasRequiredValueField(s.fields)))(
    "%s: an empty value fails complete validation, naming each required field",
    (_k, step) => {
      const result = parseStepForm(step, [], "sv", "complete");
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const required = step.fields
        .filter((f) => f.kind !== "block" && f.required && f.kind !== "checkbox")
        .map((f) => f.name);
      expect(Object.keys(result.errors).sort()).toEqual(expect.arrayContaining(required.sort()));
      for (const message of Object.values(result.errors))
        expect(message).toMatch(/^(Fyll i|Välj|Lägg till|Skriv|Kryssa)/);
    },
  );

  it("every step of every number field gives a Swedish message for a bad number", () => {
    let checked = 0;
    for (const [, step] of ALL_STEPS) {
      for (const field of step.fields) {
        if (field.kind !== "number") continue;
        const result = parseStepForm(step, { [field.name]: "tolv" }, "sv", "draft");
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors[field.name]).toMatch(/^Skriv ett (hel)?tal/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});

describe("messages", () => {
  it("says how to fix a number out of range, in Swedish and English", () => {
    const cbaStep = getMethod("nyttosam").steps.find((s) => s.fields.some((f) => f.name === "externalFactorShare"))!;
    expect(parseStepForm(cbaStep, { externalFactorShare: "125" }, "sv", "draft")).toEqual({
      ok: false,
      errors: { externalFactorShare: "Skriv ett tal mellan 0 och 100." },
    });
    expect(parseStepForm(cbaStep, { externalFactorShare: "abc" }, "en", "draft")).toEqual({
      ok: false,
      errors: { externalFactorShare: "Enter a number between 0 and 100." },
    });
    expect(parseStepForm(TEST_STEP, { share: "11" }, "sv", "draft")).toEqual({
      ok: false,
      errors: { share: "Skriv ett tal mellan 0 och 10." },
    });
    expect(parseStepForm(TEST_STEP, { count: "2,5" }, "sv", "draft")).toEqual({
      ok: false,
      errors: { count: "Skriv ett heltal som är 0 eller större." },
    });
  });

  it("explains scales, dates, selects, text length, lists and required fields", () => {
    const result = parseStepForm(
      TEST_STEP,
      { name: "Alldeles för långt", rating: "6", day: "31/3/2026", colour: "green", "goals.0.target": "5" },
      "sv",
      "complete",
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: "Korta texten till högst 10 tecken.",
        rating: "Välj ett värde från 1 till 5.",
        day: "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.",
        colour: "Välj ett av alternativen i listan för ”Färg”.",
        "goals.0.text": "Fyll i ”Måltext”.",
      },
    });
    expect(parseStepForm(TEST_STEP, {}, "en", "complete")).toEqual({
      ok: false,
      errors: { name: "Fill in “Name”.", goals: "Add at least one row to “Goals”." },
    });
    const ecgQuick = getMethod("ecg").steps[0];
    const r = parseStepForm(ecgQuick, { a1: "11" }, "sv", "draft");
    expect(r).toEqual({ ok: false, errors: { a1: "Välj ett värde från 0 till 10." } });
  });

  it("rejects an impossible date and too many list rows", () => {
    const entries: [string, string][] = [
      ["name", "Kalle"],
      ["day", "2026-02-30"],
      ...[0, 1, 2, 3].map((i): [string, string] => [`goals.${i}.text`, `Mål ${i}`]),
    ];
    const result = parseStepForm(TEST_STEP, entries, "sv", "draft");
    expect(result).toEqual({
      ok: false,
      errors: {
        day: "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.",
        goals: "Ta bort rader i ”Mål” så att det blir högst 3.",
      },
    });
  });
});

describe("coercion of form input", () => {
  it("parses numbers typed the Swedish way", () => {
    expect(parseLocaleNumber("12,5")).toBe(12.5);
    expect(parseLocaleNumber(" 1 234,5 ")).toBe(1234.5);
    expect(parseLocaleNumber("1\u00a0234")).toBe(1234);
    expect(parseLocaleNumber("12.5")).toBe(12.5);
    expect(parseLocaleNumber("\u22123,5")).toBe(-3.5);
    expect(parseLocaleNumber("")).toBeUndefined();
    expect(parseLocaleNumber("12 kr")).toBe("12 kr");
    expect(parseLocaleNumber("1e5")).toBe("1e5");
  });

  it("turns form strings into typed values and drops unknown keys and blank rows", () => {
    const raw = nestFormEntries([
      ["intent", "save"],
      ["name", "  Läxhjälpen "],
      ["share", "3,5"],
      ["count", ""],
      ["agree", "false"],
      ["agree", "on"],
      ["colour", ""],
      ["rating", "4"],
      ["goals.2.text", "Tredje"],
      ["goals.0.text", "Första"],
      ["goals.0.target", "10"],
      ["goals.1.text", ""],
      ["goals.1.target", ""],
    ]);
    expect(coerceStepValues(TEST_STEP, raw)).toEqual({
      name: "  Läxhjälpen ",
      share: 3.5,
      agree: true,
      rating: 4,
      goals: [{ text: "Första", target: 10 }, { text: "Tredje" }],
    });
    const parsed = parseStepForm(TEST_STEP, raw as Record<string, string>, "sv", "complete");
    expect(parsed).toEqual({
      ok: true,
      value: {
        name: "Läxhjälpen",
        share: 3.5,
        agree: true,
        rating: 4,
        goals: [{ text: "Första", target: 10 }, { text: "Tredje" }],
      },
    });
  });

  it("treats a missing checkbox as unticked, and accepts a plain record of entries", () => {
    expect(parseStepForm(TEST_STEP, { name: "Kalle", "goals.0.text": "Mål" }, "sv", "complete")).toEqual({
      ok: true,
      value: { name: "Kalle", agree: false, goals: [{ text: "Mål" }] },
    });
  });

  it("is idempotent on typed JSON values", () => {
    const value = { name: "Kalle", share: 2.25, agree: true, goals: [{ text: "Mål", target: 3 }] };
    expect(coerceStepValues(TEST_STEP, value)).toEqual(value);
    expect(validateStep(TEST_STEP, value)).toEqual({ ok: true, value });
  });

  it("enforces a required checkbox only in complete mode", () => {
    const step: MethodStep = {
      ...TEST_STEP,
      fields: [checkbox("consent", t("Samtycke finns", "Consent given"), { required: true })],
    };
    expect(parseStepForm(step, {}, "sv", "draft")).toEqual({ ok: true, value: { consent: false } });
    expect(parseStepForm(step, {}, "sv", "complete")).toEqual({
      ok: false,
      errors: { consent: "Kryssa i ”Samtycke finns” för att gå vidare." },
    });
    expect(parseStepForm(step, { consent: "on" }, "sv", "complete")).toEqual({ ok: true, value: { consent: true } });
  });

  it("writes numbers with a decimal comma in Swedish form entries", () => {
    expect(toFormEntries(TEST_STEP, { share: 3.5, agree: false, goals: [{ text: "A", target: 1.25 }] }, "sv")).toEqual([
      ["share", "3,5"],
      ["goals.0.text", "A"],
      ["goals.0.target", "1,25"],
    ]);
    expect(toFormEntries(TEST_STEP, { share: 3.5, agree: true }, "en")).toEqual([
      ["share", "3.5"],
      ["agree", "on"],
    ]);
  });
});

describe("stepProgress", () => {
  const snabbspar = getMethod("snabbspar");

  it("reports not-started, in-progress and done with what is missing", () => {
    const progress = stepProgress(
      snabbspar,
      {
        purpose: { purpose: "Visa kommunen vad läxhjälpen ger" }, // audience missing
        "action-plan": { lessons: "Vi behöver fler ledare" },
      },
      { "impact-chain": true },
    );
    expect(progress.steps).toEqual([
      { stepKey: "purpose", state: "in-progress", missing: [{ sv: "Vem ska läsa det?", en: "Who will read it?" }] },
      { stepKey: "impact-chain", state: "done", missing: [] },
      { stepKey: "indicators", state: "not-started", missing: [{ sv: "Indikatorer", en: "Indicators" }] },
      { stepKey: "action-plan", state: "in-progress", missing: [{ sv: "Handlingsplan", en: "Action plan" }] },
    ]);
    expect(progress.doneCount).toBe(1);
    expect(progress.total).toBe(4);
    expect(progress.nextStepKey).toBe("purpose");
  });

  it("marks every step done when complete values and blocks are there", () => {
    for (const method of ALL_PATHS) {
      const saved = Object.fromEntries(method.steps.map((s) => [s.key, sampleStepValues(s)]));
      const all = {
        "impact-chain": true,
        stakeholders: true,
        "action-plan": true,
        indicators: true,
        "sroi-impact-map": true,
        socioeconomic: true,
      } as const;
      const progress = stepProgress(method, saved, all);
      expect(
        progress.steps.every((s) => s.state === "done"),
        method.key,
      ).toBe(true);
      expect(progress.doneCount).toBe(method.steps.length);
      expect(progress.nextStepKey).toBeUndefined();
    }
  });

  it("treats nothing saved as not started everywhere, and ignores junk", () => {
    const progress = stepProgress(getMethod("visorek"), { foundation: "junk", forward: null });
    expect(progress.steps.map((s) => s.state)).toEqual(Array(6).fill("not-started"));
    expect(progress.steps[0].missing.map((l) => l.sv)).toEqual([
      "Syfte – varför finns ni?",
      "Värderingar",
      "Verksamhetsåret börjar",
      "Verksamhetsåret slutar",
    ]);
  });

  it("counts a step with invalid saved values as in progress", () => {
    const sroi = getMethod("sroi");
    const progress = stepProgress(
      sroi,
      { calculate: { sensitivityConclusion: "x".repeat(3001) } },
      { "sroi-impact-map": true },
    );
    const calc = progress.steps.find((s) => s.stepKey === "calculate")!;
    expect(calc.state).toBe("in-progress");
    expect(calc.missing.map((l) => l.en)).toEqual([
      "What does the sensitivity analysis show, and what do you conclude?",
    ]);
  });

  it("counts the SROI calculation step done only with the impact map and the written conclusion", () => {
    const sroi = getMethod("sroi");
    const calc = (saved: Record<string, unknown>, mapFilled: boolean) =>
      stepProgress(sroi, saved, { "sroi-impact-map": mapFilled }).steps.find((s) => s.stepKey === "calculate")!;
    const conclusion = { calculate: { sensitivityConclusion: "Kvoten håller över 1 i alla scenarier." } };
    expect(calc(conclusion, true)).toEqual({ stepKey: "calculate", state: "done", missing: [] });
    expect(calc(conclusion, false).missing.map((l) => l.sv)).toEqual([
      "Beräkningen i effektkartan: nuvärde, SROI-kvot och känslighetsanalys",
    ]);
    expect(calc({}, true).missing.map((l) => l.sv)).toEqual([
      "Vad visar känslighetsanalysen, och vad drar ni för slutsats?",
    ]);
    // The rate is set in the impact map only: an old saved rate is not a field of the step any more.
    expect(sroi.steps.find((s) => s.key === "calculate")!.fields.map((f) => f.name)).toEqual([
      "impactMap",
      "sensitivityConclusion",
    ]);
  });
});
