import { describe, expect, it } from "vitest";
import {
  ALL_PATHS,
  METHODS,
  SNABBSPAR,
  findMethod,
  getMethod,
  isMethodKey,
  isPathKey,
} from "~/domain/method-guide/catalogue";
import { ECG_THEMES } from "~/domain/method-guide/ecg-matrix";
import {
  ISO26000_COMMUNITY_ISSUES,
  ISO26000_CORE_SUBJECTS,
  ISO26000_PRINCIPLES,
} from "~/domain/method-guide/iso26000-data";
import { LFA_LOGFRAME } from "~/domain/method-guide/lfa-logframe";
import {
  BLOCK_KINDS,
  METHOD_KEYS,
  type FieldDef,
  type Localized,
  type MethodDefinition,
} from "~/domain/method-guide/types";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

function allFields(fields: readonly FieldDef[]): FieldDef[] {
  return fields.flatMap((f) => (f.kind === "list" ? [f, ...allFields(f.fields)] : [f]));
}

function expectLocalized(value: Localized, where: string) {
  expect(value.sv.trim(), `${where} sv`).not.toBe("");
  expect(value.en.trim(), `${where} en`).not.toBe("");
}

function sentences(text: string): number {
  // Count sentence ends, ignoring those inside quotes and abbreviations such as "t.ex.".
  return (text.replace(/[”“"][^”“"]*[”“"]/g, "Q").match(/[.!?](\s|$)/g) ?? []).length;
}

describe("method catalogue", () => {
  it("lists the eight methods in the guide's order, with the light path only in ALL_PATHS", () => {
    expect(METHODS.map((m) => m.key)).toEqual([
      "visorek",
      "ecg",
      "social-accounting",
      "sroi",
      "lfa",
      "nyttosam",
      "gri",
      "iso26000",
    ]);
    expect(METHODS.map((m) => m.key)).toEqual([...METHOD_KEYS]);
    expect(METHODS).not.toContain(SNABBSPAR);
    expect(ALL_PATHS.map((m) => m.key)).toEqual([...METHOD_KEYS, "snabbspar"]);
    expect(getMethod("snabbspar")).toBe(SNABBSPAR);
    expect(findMethod("nope")).toBeUndefined();
    expect(isMethodKey("snabbspar")).toBe(false);
    expect(isPathKey("snabbspar")).toBe(true);
    expect(isMethodKey("sroi")).toBe(true);
  });

  it("has the step counts of §2", () => {
    const counts = Object.fromEntries(ALL_PATHS.map((m) => [m.key, m.steps.length]));
    expect(counts).toEqual({
      visorek: 6,
      ecg: 7,
      "social-accounting": 12, // step 0 + 11 steps
      sroi: 6,
      lfa: 9,
      nyttosam: 8,
      gri: 7,
      iso26000: 7,
      snabbspar: 4,
    });
  });

  it("gives social accounting its four phases in order", () => {
    const phases = getMethod("social-accounting").steps.map((s) => s.phase?.sv);
    expect(phases).toEqual([
      "Intressefas",
      "Förberedelsefas",
      "Förberedelsefas",
      "Genomförandefas",
      "Genomförandefas",
      "Genomförandefas",
      "Genomförandefas",
      "Genomförandefas",
      "Genomförandefas",
      "Genomförandefas",
      "Utvecklingsfas",
      "Utvecklingsfas",
    ]);
    for (const m of ALL_PATHS.filter((p) => p.key !== "social-accounting")) {
      expect(
        m.steps.every((s) => s.phase === undefined),
        m.key,
      ).toBe(true);
    }
  });

  it("takes §3.3's comparison values", () => {
    const by = (k: string) => getMethod(k as MethodDefinition["key"]);
    expect(by("visorek").size).toEqual(["S", "M"]);
    expect(by("gri").size).toEqual(["L"]);
    expect(by("sroi").effort).toBe("high");
    expect(by("nyttosam").effort).toBe("medium");
    expect(METHODS.filter((m) => m.monetary).map((m) => m.key)).toEqual(["sroi", "nyttosam"]);
    expect(by("visorek").provenance).toBe("REC");
    expect(by("sroi").provenance).toBe("EXT");
    expect(by("lfa").provenance).toBe("EXT");
  });

  it.each(ALL_PATHS.map((m) => [m.key, m] as const))("%s: complete, well-formed data", (_key, method) => {
    for (const prop of [
      "name",
      "summary",
      "suits",
      "effortLabel",
      "monetaryResult",
      "verification",
      "mainPurpose",
      "finalReport",
    ] as const) {
      expectLocalized(method[prop], `${method.key}.${prop}`);
    }
    expect(method.size.length).toBeGreaterThan(0);
    if (method.ownerLink !== null) expect(method.ownerLink).toMatch(/^https:\/\/[^\s]+$/);

    const stepKeys = method.steps.map((s) => s.key);
    expect(new Set(stepKeys).size).toBe(stepKeys.length);
    for (const step of method.steps) {
      expect(step.key, `${method.key} step key`).toMatch(KEBAB);
      expectLocalized(step.title, `${method.key}/${step.key} title`);
      expectLocalized(step.help, `${method.key}/${step.key} help`);
      for (const lang of ["sv", "en"] as const) {
        const n = sentences(step.help[lang]);
        expect(n, `${method.key}/${step.key} help ${lang} has 2–4 sentences`).toBeGreaterThanOrEqual(2);
        expect(n, `${method.key}/${step.key} help ${lang} has 2–4 sentences`).toBeLessThanOrEqual(4);
      }
      expect(step.fields.length, `${method.key}/${step.key} has fields`).toBeGreaterThan(0);

      const checkNames = (fields: readonly FieldDef[], where: string) => {
        const names = fields.map((f) => f.name);
        expect(new Set(names).size, `${where}: unique field names`).toBe(names.length);
        for (const f of fields) {
          expect(f.name, where).toMatch(CAMEL);
          expectLocalized(f.label, `${where}.${f.name} label`);
          if (f.hint) expectLocalized(f.hint, `${where}.${f.name} hint`);
          if (f.kind === "select") {
            expect(f.options.length).toBeGreaterThan(0);
            const values = f.options.map((o) => o.value);
            expect(new Set(values).size).toBe(values.length);
            f.options.forEach((o) => expectLocalized(o.label, `${where}.${f.name} option`));
          }
          if (f.kind === "scale") expect(f.min).toBeLessThan(f.max);
          if (f.kind === "number" && f.min !== undefined && f.max !== undefined) expect(f.min).toBeLessThan(f.max);
          if (f.kind === "list") {
            expectLocalized(f.itemLabel, `${where}.${f.name} itemLabel`);
            expect(
              f.fields.some((s) => s.kind === "block"),
              "no blocks inside lists",
            ).toBe(false);
            if (f.minItems !== undefined && f.maxItems !== undefined)
              expect(f.minItems).toBeLessThanOrEqual(f.maxItems);
            checkNames(f.fields, `${where}.${f.name}`);
          }
          if (f.kind === "block") expect(BLOCK_KINDS).toContain(f.block);
        }
      };
      checkNames(step.fields, `${method.key}/${step.key}`);
    }
  });

  it.each(ALL_PATHS.map((m) => [m.key, m] as const))(
    "%s: the final step includes a required action-plan block",
    (_key, method) => {
      const last = method.steps[method.steps.length - 1];
      const block = last.fields.find((f) => f.kind === "block" && f.block === "action-plan");
      expect(block).toBeDefined();
      expect(block?.required).toBe(true);
    },
  );

  it("never shows the bare word 'impact' in Swedish text", () => {
    const texts: string[] = [];
    const collect = (v: unknown) => {
      if (v && typeof v === "object") {
        if ("sv" in v && "en" in v) texts.push((v as Localized).sv);
        else Object.values(v).forEach(collect);
      }
    };
    ALL_PATHS.forEach(collect);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((s) => /\bimpact\b/i.test(s))).toEqual([]);
  });

  it("uses the shared blocks where the guide says so", () => {
    const blocksOf = (k: MethodDefinition["key"]) =>
      getMethod(k).steps.map((s) =>
        s.fields.filter((f) => f.kind === "block").map((f) => (f.kind === "block" ? f.block : "")),
      );
    expect(blocksOf("snabbspar")).toEqual([[], ["impact-chain"], ["indicators"], ["action-plan"]]);
    expect(blocksOf("sroi").slice(1, 5)).toEqual([
      ["impact-chain", "sroi-impact-map"],
      ["sroi-impact-map"],
      ["sroi-impact-map"],
      ["sroi-impact-map"],
    ]);
    // Only the calculation step shows the impact map's results.
    expect(
      getMethod("sroi").steps.map((s) => s.fields.some((f) => f.kind === "block" && f.showResults === true)),
    ).toEqual([false, false, false, false, true, false]);
    expect(
      blocksOf("nyttosam")
        .slice(2, 6)
        .every((b) => b.includes("socioeconomic")),
    ).toBe(true);
  });
});

describe("ECG, ISO 26000, GRI and LFA reference data", () => {
  it("has the 20 ECG themes A1–E4, rated 0–10 in the quick test", () => {
    expect(ECG_THEMES.map((t) => t.code)).toEqual(
      ["A", "B", "C", "D", "E"].flatMap((r) => [1, 2, 3, 4].map((v) => `${r}${v}`)),
    );
    const quick = getMethod("ecg").steps[0];
    const scales = allFields(quick.fields).filter((f) => f.kind === "scale");
    expect(scales).toHaveLength(20);
    expect(scales.every((f) => f.kind === "scale" && f.min === 0 && f.max === 10 && f.required)).toBe(true);
    expect(scales[0].label.sv).toBe("A1 Människovärde i leverantörskedjan");
  });

  it("has ISO 26000's 7 principles, 7 core subjects 6.2–6.8 and the 7 issues of 6.8", () => {
    expect(ISO26000_PRINCIPLES).toHaveLength(7);
    expect(ISO26000_CORE_SUBJECTS.map((s) => s.clause)).toEqual(["6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8"]);
    expect(ISO26000_COMMUNITY_ISSUES.map((s) => s.clause)).toEqual([
      "6.8.3",
      "6.8.4",
      "6.8.5",
      "6.8.6",
      "6.8.7",
      "6.8.8",
      "6.8.9",
    ]);
    const principles = getMethod("iso26000").steps[0].fields.filter((f) => f.kind === "scale");
    expect(principles).toHaveLength(7);
    expect(principles.every((f) => f.kind === "scale" && f.min === 1 && f.max === 5)).toBe(true);
    const relevance = getMethod("iso26000").steps[2].fields.filter((f) => f.kind === "checkbox");
    expect(relevance).toHaveLength(14);
  });

  it("offers a GRI disclosure checklist", () => {
    const step = getMethod("gri").steps.find((s) => s.key === "topic-disclosures")!;
    const boxes = step.fields.filter((f) => f.kind === "checkbox").map((f) => f.name);
    expect(boxes).toContain("includeEmployment");
    expect(boxes).toContain("includeLocalCommunities");
    expect(boxes).toHaveLength(9);
  });

  it("maps all 16 logframe cells to existing LFA step fields", () => {
    expect(LFA_LOGFRAME).toHaveLength(16);
    const lfa = getMethod("lfa");
    for (const cell of LFA_LOGFRAME) {
      const step = lfa.steps.find((s) => s.key === cell.source.step);
      expect(step, `${cell.row}/${cell.column}`).toBeDefined();
      const field = step!.fields.find((f) => f.name === cell.source.field);
      expect(field, `${cell.row}/${cell.column}`).toBeDefined();
      if (cell.source.itemField) {
        expect(field!.kind).toBe("list");
        if (field!.kind === "list") expect(field!.fields.map((f) => f.name)).toContain(cell.source.itemField);
      }
    }
  });
});
