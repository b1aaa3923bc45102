import { describe, expect, it } from "vitest";
import {
  DECISION_TABLE,
  RECOMMENDER_ADVICE,
  parseRecommenderAnswers,
  parseRecommenderForm,
  recommend,
  type RecommenderAnswers,
} from "~/domain/method-guide/recommender";

/** Answers that match no rule until a test changes them (M, experienced, medium resources). */
const BASE: RecommenderAnswers = { size: "M", purpose: "internal-learning", resources: "medium", experience: "some" };
// internal-learning + M matches R2, so the neutral base for fallthrough tests uses size L.
const NEUTRAL: RecommenderAnswers = { ...BASE, size: "L" };

function methods(a: RecommenderAnswers) {
  const r = recommend(a);
  return { rule: r.rule, methods: r.recommendations.map((x) => x.method) };
}

describe("decision table §3.2", () => {
  it("is data with eleven [REC] rows R1–R11, fallback last", () => {
    expect(DECISION_TABLE.map((r) => r.id)).toEqual([
      "R1",
      "R2",
      "R3",
      "R4",
      "R5",
      "R6",
      "R7",
      "R8",
      "R9",
      "R10",
      "R11",
    ]);
    expect(DECISION_TABLE.every((r) => r.provenance === "REC")).toBe(true);
    expect(DECISION_TABLE[10].when).toEqual([]);
  });

  it("falls back to R11 for the neutral answers", () => {
    expect(methods(NEUTRAL)).toEqual({ rule: "R11", methods: ["snabbspar"] });
  });

  it("R1: no experience and low resources → VISOREK, reason mentions the impact chain; wins over later rows", () => {
    const r = recommend({ ...NEUTRAL, experience: "none", resources: "low", purpose: "sustainability-report" });
    expect(r.rule).toBe("R1");
    expect(r.recommendations.map((x) => x.method)).toEqual(["visorek"]);
    expect(r.recommendations[0].rule).toBe("R1");
    expect(r.recommendations[0].reason.sv).toContain("effektkedja");
    expect(r.recommendations[0].reason.en).toContain("impact chain");
    expect(methods({ ...NEUTRAL, experience: "none", resources: "medium" }).rule).toBe("R11");
  });

  it("R2: internal learning and size S or M → VISOREK, then social accounting", () => {
    expect(methods({ ...BASE, size: "S" })).toEqual({ rule: "R2", methods: ["visorek", "social-accounting"] });
    expect(methods({ ...BASE, size: "M" })).toEqual({ rule: "R2", methods: ["visorek", "social-accounting"] });
    expect(methods({ ...BASE, size: "L" }).rule).toBe("R11");
  });

  it("R3: grant application for a project → LFA, plus an SROI forecast when money is needed and resources ≥ medium", () => {
    const app: RecommenderAnswers = { ...NEUTRAL, purpose: "grant-application" };
    expect(methods(app)).toEqual({ rule: "R3", methods: ["lfa"] });
    expect(methods({ ...app, projectBased: true, needMonetaryValue: true })).toEqual({
      rule: "R3",
      methods: ["lfa", "sroi"],
    });
    expect(methods({ ...app, needMonetaryValue: true, resources: "high" })).toEqual({
      rule: "R3",
      methods: ["lfa", "sroi"],
    });
    expect(methods({ ...app, needMonetaryValue: true, resources: "low" })).toEqual({ rule: "R3", methods: ["lfa"] });
    expect(methods({ ...app, needMonetaryValue: false })).toEqual({ rule: "R3", methods: ["lfa"] });
    expect(recommend(app).recommendations[0].reason.sv).toContain("effektkedja");
    // Explicitly not a project: R3 is skipped.
    expect(methods({ ...app, projectBased: false }).rule).toBe("R11");
    expect(methods({ ...app, projectBased: false, needMonetaryValue: true, resources: "high" })).toEqual({
      rule: "R7",
      methods: ["sroi"],
    });
  });

  it("R4: grant report → the method from the application, else social accounting (light)", () => {
    const report: RecommenderAnswers = { ...NEUTRAL, purpose: "grant-report" };
    expect(methods(report)).toEqual({ rule: "R4", methods: ["social-accounting"] });
    expect(methods({ ...report, previousMethod: "lfa" })).toEqual({ rule: "R4", methods: ["lfa"] });
    expect(methods({ ...report, previousMethod: "social-accounting" })).toEqual({
      rule: "R4",
      methods: ["social-accounting"],
    });
    expect(recommend({ ...report, previousMethod: "lfa" }).recommendations[0].reason.sv).toContain("samma indikatorer");
  });

  it("R5: tender or IOP with a target group far from the labour market → NyttoSam, plus SROI with high resources", () => {
    const tender: RecommenderAnswers = { ...NEUTRAL, purpose: "tender", targetGroupFarFromLabourMarket: true };
    expect(methods(tender)).toEqual({ rule: "R5", methods: ["nyttosam"] });
    expect(methods({ ...tender, purpose: "iop", resources: "high" })).toEqual({
      rule: "R5",
      methods: ["nyttosam", "sroi"],
    });
  });

  it("R6: tender or IOP with another target group → LFA, plus SROI with high resources", () => {
    const iop: RecommenderAnswers = { ...NEUTRAL, purpose: "iop" };
    expect(methods(iop)).toEqual({ rule: "R6", methods: ["lfa"] });
    expect(methods({ ...iop, targetGroupFarFromLabourMarket: false, purpose: "tender", resources: "high" })).toEqual({
      rule: "R6",
      methods: ["lfa", "sroi"],
    });
    expect(recommend(iop).recommendations[0].reason.sv).toContain("indikatorer");
  });

  it("R7: monetary value, high resources and some experience → SROI (evaluative)", () => {
    const a: RecommenderAnswers = {
      ...NEUTRAL,
      purpose: "advocacy",
      needMonetaryValue: true,
      resources: "high",
      experience: "experienced",
    };
    expect(methods(a)).toEqual({ rule: "R7", methods: ["sroi"] });
    expect(recommend(a).recommendations[0].reason.sv).toContain("utvärderande");
    // No experience: R7 does not match; advocacy goes to R10.
    expect(methods({ ...a, experience: "none" }).rule).toBe("R10");
  });

  it("R8: sustainability report and size L → GRI, then ISO 26000", () => {
    const a: RecommenderAnswers = { ...NEUTRAL, purpose: "sustainability-report" };
    expect(methods(a)).toEqual({ rule: "R8", methods: ["gri", "iso26000"] });
    expect(methods({ ...a, size: "M" }).rule).toBe("R11");
  });

  it("R9: companies as audience, size M or L and a values focus → ECG", () => {
    const a: RecommenderAnswers = {
      ...NEUTRAL,
      size: "M",
      purpose: "sustainability-report",
      audience: "companies",
      valuesFocus: true,
    };
    expect(methods(a)).toEqual({ rule: "R9", methods: ["ecg"] });
    expect(methods({ ...NEUTRAL, audience: "companies", valuesFocus: true })).toEqual({ rule: "R9", methods: ["ecg"] });
    expect(methods({ ...a, size: "S" }).rule).toBe("R11");
    expect(methods({ ...a, audience: "public" }).rule).toBe("R11");
    // First matching row wins: a large organisation's sustainability report is R8.
    expect(methods({ ...a, size: "L" }).rule).toBe("R8");
    expect(methods({ ...a, valuesFocus: undefined }).rule).toBe("R11");
    expect(recommend(a).recommendations[0].reason.sv).toContain("50 årsarbetskrafter");
  });

  it("R10: advocacy → social accounting and an SROI forecast, with stories (MSC)", () => {
    const r = recommend({ ...NEUTRAL, purpose: "advocacy" });
    expect(r.rule).toBe("R10");
    expect(r.recommendations.map((x) => x.method)).toEqual(["social-accounting", "sroi"]);
    expect(r.recommendations.every((x) => x.reason.sv.includes("MSC"))).toBe(true);
  });

  it("R11: fallback → the light path", () => {
    const r = recommend({ size: "S", purpose: "sustainability-report", resources: "medium", experience: "some" });
    expect(r.rule).toBe("R11");
    expect(r.recommendations).toEqual([
      { method: "snabbspar", rule: "R11", reason: DECISION_TABLE[10].recommend[0].reason },
    ]);
  });

  it("always adds the impact-chain advice and never more than three suggestions", () => {
    const answers: RecommenderAnswers[] = [];
    for (const size of ["S", "M", "L"] as const)
      for (const purpose of [
        "internal-learning",
        "grant-application",
        "grant-report",
        "tender",
        "iop",
        "advocacy",
        "sustainability-report",
      ] as const)
        for (const resources of ["low", "medium", "high"] as const)
          for (const experience of ["none", "some", "experienced"] as const)
            for (const flag of [undefined, true, false])
              answers.push({
                size,
                purpose,
                resources,
                experience,
                needMonetaryValue: flag,
                targetGroupFarFromLabourMarket: flag,
                valuesFocus: flag,
                audience: "companies",
              });
    for (const a of answers) {
      const r = recommend(a);
      expect(r.advice).toBe(RECOMMENDER_ADVICE);
      expect(r.recommendations.length).toBeGreaterThanOrEqual(1);
      expect(r.recommendations.length).toBeLessThanOrEqual(3);
      expect(r.recommendations.every((x) => x.rule === r.rule)).toBe(true);
    }
    expect(RECOMMENDER_ADVICE.sv).toContain("börja med effektkedjan");
  });

  it("a corrected table is just data", () => {
    const table = [
      {
        ...DECISION_TABLE[10],
        id: "R11" as const,
        recommend: [{ method: "lfa" as const, reason: { sv: "x", en: "x" } }],
      },
    ];
    expect(recommend(NEUTRAL, table).recommendations.map((r) => r.method)).toEqual(["lfa"]);
  });
});

describe("parseRecommenderAnswers", () => {
  it("accepts the public API body", () => {
    const body = {
      size: "S",
      purpose: "grant-report",
      resources: "low",
      experience: "some",
      audience: "foundation",
      targetGroupFarFromLabourMarket: false,
      needMonetaryValue: true,
      projectBased: true,
      valuesFocus: false,
      previousMethod: "snabbspar",
    };
    expect(parseRecommenderAnswers(body)).toEqual({ ok: true, value: body });
  });

  it("says how to fix each wrong or missing answer, in Swedish and English", () => {
    const result = parseRecommenderAnswers({
      size: "XL",
      purpose: "fun",
      resources: "medium",
      needMonetaryValue: "ja",
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(byPath).sort()).toEqual(["experience", "extra", "needMonetaryValue", "purpose", "size"]);
    expect(byPath.size).toBe(
      'Ange storlek som "S" (bara ideella), "M" (1–10 årsarbetskrafter) eller "L" (fler än 10 årsarbetskrafter eller omsättning över 10 miljoner kronor).',
    );
    expect(byPath.experience).toBe(
      'Svara på frågan ”Erfarenhet av utvärdering”: ange "none", "some" eller "experienced".',
    );
    expect(byPath.purpose).toContain('"internal-learning"');
    expect(byPath.needMonetaryValue).toBe("Ange true eller false för ”Ni behöver ett värde i kronor”.");
    expect(byPath.extra).toBe("Fältet ”extra” finns inte här. Ta bort det.");

    const en = parseRecommenderAnswers({ size: "S", purpose: "tender", resources: "lots", experience: "none" }, "en");
    expect(en).toEqual({
      ok: false,
      errors: [{ path: "resources", message: 'Give “Resources for the first round” as "low", "medium" or "high".' }],
    });
  });

  it("rejects a body that is not an object", () => {
    const r = parseRecommenderAnswers("hello");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe("");
  });

  it("rejects an unknown previous method", () => {
    const r = parseRecommenderAnswers({ ...NEUTRAL, previousMethod: "msc" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(["previousMethod"]);
  });
});

describe("parseRecommenderForm", () => {
  it("turns form strings into answers and ignores blanks and unknown names", () => {
    expect(
      parseRecommenderForm([
        ["intent", "recommend"],
        ["size", "M"],
        ["purpose", "tender"],
        ["resources", "high"],
        ["experience", "none"],
        ["audience", ""],
        ["targetGroupFarFromLabourMarket", "ja"],
        ["needMonetaryValue", "false"],
      ]),
    ).toEqual({
      ok: true,
      value: {
        size: "M",
        purpose: "tender",
        resources: "high",
        experience: "none",
        targetGroupFarFromLabourMarket: true,
        needMonetaryValue: false,
      },
    });
  });
});
