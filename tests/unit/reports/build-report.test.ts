import { describe, expect, it } from "vitest";
import { computeAttainment } from "~/domain/indicators/attainment";
import { buildReportModel } from "~/domain/reports/build-report";
import { ratioRange } from "~/domain/sroi/key-figures";
import { canonicalJson } from "~/domain/reports/canonical";
import { REPORT_TEMPLATE_DEFINITIONS } from "~/domain/reports/templates";
import type { ReportModel, ReportTemplate } from "~/domain/reports/types";
import { STORY_WITHOUT_CONSENT, fixtureOptions, fixtureSource } from "./fixture";

const NBSP = "\u00a0";

function build(template: ReportTemplate, overrides = {}): ReportModel {
  return buildReportModel(fixtureSource(), fixtureOptions(template, overrides));
}

const figure = (m: ReportModel, id: string) => m.keyFigures.find((f) => f.id === id);
const table = (m: ReportModel, id: string) => m.tables.find((t) => t.id === id);
const section = (m: ReportModel, key: string) => m.sections.find((s) => s.key === key);

describe("buildReportModel: grant report (bidragsredovisning)", () => {
  const m = build("grant-report");

  it("has the template's sections in order, with Swedish titles and the user's narratives", () => {
    expect(m.sections.map((s) => s.key)).toEqual([
      "summary", "organisation", "need", "impact-chain", "method", "results", "value",
      "stories", "negative-effects", "lessons", "finances", "verification", "appendices",
    ]);
    expect(m.templateName).toBe("Bidragsredovisning");
    expect(section(m, "results")?.title).toBe("Resultat: utlovat och uppnått");
    expect(section(m, "summary")?.narrative).toContain("Tio hushåll har lämnat ekonomiskt bistånd");
    expect(m.accounting.periodLabel).toBe("1 jan. 2025 – 31 dec. 2025");
  });

  it("shows the SROI ratio of §5.4 only with its sensitivity range", () => {
    const ratio = figure(m, "sroi-ratio")!;
    expect(ratio.value).toBeCloseTo(1.2508, 4);
    // The range is shown once, beside the ratio (not repeated inside the formatted value).
    expect(ratio.formatted).toBe("1,25 kr per investerad krona");
    expect(ratio.range).toEqual({ low: 0.8965, high: 1.6052, formatted: "0,90–1,61" });
    expect(figure(m, "sroi-present-value")).toMatchObject({ formatted: `926${NBSP}849${NBSP}kr` });
    expect(figure(m, "sroi-present-value")!.value).toBeCloseTo(926_848.62, 2);
    expect(figure(m, "sroi-npv")!.value).toBeCloseTo(185_848.62, 2);
    expect(figure(m, "sroi-payback")!.formatted).toBe("16,9 månader");
    // The summary leads with the ratio.
    const summaryFigures = section(m, "summary")!.blocks.find((b) => b.type === "key-figures");
    expect(summaryFigures).toMatchObject({ ids: ["sroi-ratio", "sroi-present-value", "socio-public-total", "ind-ind-asf05", "ind-ind-lonely", "ind-ind-asf01"] });
  });

  it("compares promised and achieved per indicator, with attainment from the baseline", () => {
    const t = table(m, "promised-vs-achieved")!;
    const work = t.rows.find((r) => r.key === "ind-asf05")!;
    expect(work.cells.promised).toEqual({ text: `8${NBSP}hushåll`, value: 8 });
    expect(work.cells.achieved).toEqual({ text: `10${NBSP}hushåll`, value: 10 });
    expect(work.cells.share).toEqual({ text: `125${NBSP}%`, value: 1.25 });
    const lonely = t.rows.find((r) => r.key === "ind-lonely")!;
    expect(lonely.cells.share.value).toBeCloseTo(21 / 17, 10); // (41 − 62) / (45 − 62), lower is better
    const results = table(m, "indicators-results")!;
    expect(results.columns.map((c) => c.key)).toEqual(["indicator", "baseline", "target", "actual", "n", "source", "quality"]);
    expect(results.rows.find((r) => r.key === "ind-asf05")!.cells).toMatchObject({
      n: { text: "32", value: 32 },
      quality: { text: "Nivå 2: förändring mätt" },
      source: { text: "Uppföljningssamtal med samtycke, bekräftat av socialtjänsten" },
    });
  });

  it("builds every chart kind from plain numbers", () => {
    expect(m.charts.map((c) => c.kind).sort()).toEqual(
      [
        "indicator-progress", "indicator-progress", "indicator-progress", "indicator-progress", "indicator-progress",
        "sensitivity-tornado", "socioeconomic-per-actor", "sroi-by-stakeholder", "sroi-by-year", "target-attainment",
      ].sort(),
    );
    const years = m.charts.find((c) => c.id === "sroi-by-year");
    expect(years?.kind === "sroi-by-year" && years.data.map((d) => Math.round(d.presentValue * 100) / 100)).toEqual([508_301.45, 249_680.88, 168_866.3]);
    const tornado = m.charts.find((c) => c.id === "sensitivity-tornado");
    expect(tornado).toMatchObject({ base: figure(m, "sroi-ratio")!.value, data: [{ parameter: "Tillskrivning A (0–50 %)", low: 0.8965, high: 1.6052 }, {}, {}, {}] });
    const progress = m.charts.find((c) => c.id === "progress-ind-lonely");
    expect(progress).toMatchObject({
      unit: "%",
      data: [
        { period: "2025-H1", label: "Vår 2025", actual: 55, target: null, baseline: 62 },
        { period: "2025-H2", label: "Höst 2025", actual: 41, target: 45, baseline: 62 },
      ],
    });
    const actors = m.charts.find((c) => c.id === "socioeconomic-per-actor");
    expect(actors?.kind === "socioeconomic-per-actor" && actors.data.find((d) => d.actor === "af")?.total).toBe(-510_000);
  });

  it("marks placeholder proxies as illustrativt värde", () => {
    const row = table(m, "sroi-outcomes")!.rows.find((r) => r.cells.outcome.text === "Deltagare känner sig mindre ensamma")!;
    expect(row.cells.proxy).toEqual({ text: `5${NBSP}000${NBSP}kr (illustrativt värde)`, value: 5000 });
    expect(table(m, "sroi-outcomes")!.note).toContain("Illustrativt värde");
  });

  it("leaves out stories without consent", () => {
    const quotes = section(m, "stories")!.blocks.filter((b) => b.type === "quote");
    expect(quotes).toHaveLength(2);
    expect(JSON.stringify(m)).not.toContain(STORY_WITHOUT_CONSENT);
  });

  it("lists advisory quality notes in the method section and none that block", () => {
    expect(m.qualityNotes.map((q) => q.code)).toEqual([
      "outcome-without-indicator", "claim-without-evidence", "period-without-data",
      "sroi-proxy-placeholder", "stakeholder-not-heard", "story-without-consent",
    ]);
    const list = section(m, "method")!.blocks.find((b) => b.type === "list");
    expect(list).toMatchObject({ items: m.qualityNotes.map((q) => q.message) });
  });

  it("is deterministic, JSON-safe and references only tables, charts and figures it contains", () => {
    const again = build("grant-report");
    expect(canonicalJson(again)).toBe(canonicalJson(m));
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    const blocks = m.sections.flatMap((s) => s.blocks);
    for (const b of blocks) {
      if (b.type === "table") expect(table(m, b.tableId)).toBeDefined();
      if (b.type === "chart") expect(m.charts.some((c) => c.id === b.chartId)).toBe(true);
      if (b.type === "key-figures") for (const id of b.ids) expect(figure(m, id)).toBeDefined();
    }
    expect(m.tables.map((t) => t.id)).toEqual([...new Set(m.tables.map((t) => t.id))]);
  });
});

describe("buildReportModel: grant application (bidragsansökan, forecast)", () => {
  const m = build("grant-application");

  it("has the forecast sections and shows targets instead of results", () => {
    expect(m.sections.map((s) => s.key)).toEqual(REPORT_TEMPLATE_DEFINITIONS["grant-application"].sections);
    expect(section(m, "value")?.title).toBe("Förväntat värde (prognos)");
    expect(table(m, "indicators-results")).toBeUndefined();
    expect(table(m, "promised-vs-achieved")).toBeUndefined();
    const plan = table(m, "indicators-plan")!;
    expect(plan.rows.find((r) => r.key === "ind-asf05")!.cells.targets.text).toBe(`2025-H1: 4${NBSP}hushåll\n2025-H2: 8${NBSP}hushåll`);
    expect(figure(m, "ind-ind-asf05")).toMatchObject({ value: 8, formatted: `Mål 8${NBSP}hushåll` });
    for (const c of m.charts) {
      if (c.kind === "indicator-progress") expect(c.data.every((d) => d.actual === null)).toBe(true);
    }
    expect(m.charts.some((c) => c.kind === "target-attainment")).toBe(false);
    expect(figure(m, "sroi-ratio")!.label).toBe("SROI-kvot (prognos)");
    expect(table(m, "finances")!.columns.map((c) => c.key)).toEqual(["item", "budget"]);
  });
});

describe("buildReportModel: tender (anbud)", () => {
  const m = build("tender");

  it("adds the buyer's requirements, eligibility facts and delivery capacity", () => {
    expect(m.sections.map((s) => s.key).slice(0, 5)).toEqual(["summary", "organisation", "compliance", "eligibility", "capacity"]);
    expect(table(m, "compliance")!.rows).toHaveLength(3);
    expect(table(m, "compliance")!.rows[0].cells.requirement.text).toBe("Minst fyra praktikplatser per år för personer långt från arbetsmarknaden");
    const eligibility = table(m, "eligibility")!;
    expect(eligibility.rows.find((r) => r.key === "share")!.cells).toMatchObject({
      value: { text: `46${NBSP}% (indikatorn ASF-07)`, value: 0.46 },
      met: { text: "Uppfyllt" },
    });
    expect(eligibility.rows.find((r) => r.key === "register")!.cells.value.text).toBe("Ja, nr IO-2023-0457");
    expect(figure(m, "tender-share")!.note).toBe("Minst 30 %: villkoret är uppfyllt. Utfall för indikatorn ASF-07, Höst 2025.");
    // Capacity shows the output figures (what we deliver).
    expect(section(m, "capacity")!.blocks).toEqual([{ type: "key-figures", ids: ["ind-ind-asf01", "ind-ind-asf07", "ind-ind-gen03"] }]);
    expect(table(m, "promised-vs-achieved")).toBeDefined();
  });

  it("takes the ASF-07 share from the indicator, not from a different typed share", () => {
    const source = fixtureSource();
    source.tender!.reservedEligibility.shareTargetGroup = 0.42;
    source.indicators[3].actuals = source.indicators[3].actuals.map((a) => ({ ...a, value: 33 }));
    const t = buildReportModel(source, fixtureOptions("tender"));
    expect(figure(t, "tender-share")).toMatchObject({ value: 0.33, formatted: `33${NBSP}%` });
    expect(table(t, "eligibility")!.rows.find((r) => r.key === "share")!.cells.value.text).toBe(`33${NBSP}% (indikatorn ASF-07)`);
    // The advisory about the mismatch is listed as a limitation in the method section.
    expect(t.qualityNotes.map((q) => q.code)).toContain("tender-share-differs-from-indicator");
  });

  it("uses the typed share, and says so, when ASF-07 has no actual", () => {
    const source = fixtureSource();
    source.indicators[3].actuals = [];
    const t = buildReportModel(source, fixtureOptions("tender"));
    expect(table(t, "eligibility")!.rows.find((r) => r.key === "share")!.cells.value.text).toBe(`46${NBSP}% (uppgift i anbudet)`);
    expect(figure(t, "tender-share")!.note).toContain("Uppgift från anbudet");
  });
});

describe("buildReportModel: annual report (årsredovisning)", () => {
  it("has all §10.1 sections, finances with co-financing and volunteer time, and appendices", () => {
    const m = build("annual");
    expect(m.sections).toHaveLength(13);
    expect(m.templateName).toBe("Årsredovisning och effektrapport");
    expect(table(m, "promised-vs-achieved")).toBeUndefined();
    expect(figure(m, "fin-total")).toMatchObject({ value: 446_500 });
    expect(figure(m, "fin-co-financing-share")!.value).toBeCloseTo(82_000 / 446_500, 10);
    expect(figure(m, "fin-volunteer-value")).toMatchObject({ value: 291_000, note: `1${NBSP}500 × 194${NBSP}kr` });
    const total = table(m, "finances")!.rows.find((r) => r.key === "total")!;
    expect(total).toMatchObject({ total: true, cells: { difference: { value: -3500 } } });
    expect(table(m, "sroi-impact-map")!.rows).toHaveLength(2);
    expect(table(m, "indicator-definitions")!.rows.map((r) => r.cells.code.text)).toEqual(["ASF-01", "ASF-05", "–", "ASF-07", "GEN-03"]);
    expect(table(m, "assumptions")!.rows.find((r) => r.key === "discount-rate")!.cells.value).toEqual({ text: `3,5${NBSP}%`, value: 0.035 });
  });

  it("writes generated text in English for locale en, keeping the user's own words", () => {
    const m = build("annual", { locale: "en" });
    expect(m.templateName).toBe("Annual impact report");
    expect(section(m, "impact-chain")!.title).toBe("Impact chain");
    expect(figure(m, "sroi-ratio")!.formatted).toBe("SEK 1.25 per SEK invested");
    expect(figure(m, "sroi-ratio")!.range!.formatted).toBe("0.90–1.61");
    expect(section(m, "summary")!.narrative).toContain("Tio hushåll");
  });
});

describe("buildReportModel: options and rules", () => {
  it("never shows a ratio without sensitivity analysis", () => {
    const source = fixtureSource();
    source.sroi!.result.sensitivity = [];
    const m = buildReportModel(source, fixtureOptions("annual"));
    expect(figure(m, "sroi-ratio")).toBeUndefined();
    expect(m.keyFigures.some((f) => f.unit === "ratio")).toBe(false);
    expect(m.charts.some((c) => c.kind === "sensitivity-tornado")).toBe(false);
    expect(JSON.stringify(m)).not.toContain("per investerad krona");
    expect(figure(m, "sroi-present-value")).toBeDefined();
  });

  it("follows the chosen sections and indicators", () => {
    const m = build("annual", { sectionKeys: ["results", "summary", "results"], indicatorIds: ["ind-asf05"] });
    expect(m.sections.map((s) => s.key)).toEqual(["results", "summary"]);
    expect(table(m, "indicators-results")!.rows.map((r) => r.key)).toEqual(["ind-asf05"]);
    expect(m.charts.map((c) => c.id)).toEqual(["target-attainment", "progress-ind-asf05"]);
    // The summary still shows value figures although the value section is left out.
    expect(figure(m, "sroi-ratio")).toBeDefined();
    expect(table(m, "sroi-outcomes")).toBeUndefined();
  });

  it("fills an empty section with a short sentence", () => {
    const m = build("annual", { narratives: {} });
    expect(section(m, "need")!.narrative).toBe("");
    expect(section(m, "negative-effects")!.blocks).toEqual([{ type: "paragraph", text: "Inget redovisat i den här delen." }]);
  });

  it("computes target attainment with the one formula and the ratio range with the one rule", () => {
    const share = (direction: "increase" | "decrease", baseline: number | null, actual: number, target: number) =>
      computeAttainment({ direction, baseline, actual, target }).share;
    expect(share("increase", 0, 10, 8)).toBe(1.25);
    // (actual − baseline) ÷ (target − baseline); no share without a baseline or with a flat target.
    expect(share("increase", 310, 347, 320)).toBeCloseTo(3.7, 10);
    expect(share("increase", null, 30, 40)).toBeNull();
    expect(share("decrease", 62, 41, 45)).toBeCloseTo(21 / 17, 10);
    expect(share("decrease", null, 50, 40)).toBeNull();
    expect(share("increase", 5, 5, 5)).toBeNull();
    const r = (ratio: number, sensitivity: { low: number; high: number }[]) => ratioRange({ ratio, sensitivity });
    expect(r(1.25, [{ low: 0.9, high: 1.3 }, { low: 1.1, high: 1.6 }])).toEqual({ low: 0.9, high: 1.6 });
    expect(r(1.25, [{ low: 1.3, high: 1.4 }])).toEqual({ low: 1.25, high: 1.4 });
    expect(r(1.25, [])).toBeNull();
  });
});
