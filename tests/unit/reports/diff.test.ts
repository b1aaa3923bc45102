import { describe, expect, it } from "vitest";
import { buildReportModel } from "~/domain/reports/build-report";
import { diffLines, diffReports, diffWords } from "~/domain/reports/diff";
import { fixtureNarratives, fixtureOptions, fixtureSource } from "./fixture";

describe("diffWords and diffLines", () => {
  it("marks inserted and deleted words and keeps the rest equal", () => {
    expect(diffWords("Tio hushåll har lämnat bistånd", "Elva hushåll har nu lämnat bistånd")).toEqual([
      { op: "delete", text: "Tio" },
      { op: "insert", text: "Elva" },
      { op: "equal", text: " hushåll har" },
      { op: "insert", text: " nu" },
      { op: "equal", text: " lämnat bistånd" },
    ]);
  });

  it("rebuilds both texts from the operations", () => {
    const a = "En\nTvå\nTre\n";
    const b = "En\nTre\nFyra\n";
    const ops = diffLines(a, b);
    expect(ops).toEqual([
      { op: "equal", text: "En\n" },
      { op: "delete", text: "Två\n" },
      { op: "equal", text: "Tre\n" },
      { op: "insert", text: "Fyra\n" },
    ]);
    expect(
      ops
        .filter((o) => o.op !== "insert")
        .map((o) => o.text)
        .join(""),
    ).toBe(a);
    expect(
      ops
        .filter((o) => o.op !== "delete")
        .map((o) => o.text)
        .join(""),
    ).toBe(b);
  });

  it("handles empty texts", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "ny text")).toEqual([{ op: "insert", text: "ny text" }]);
  });
});

describe("diffReports", () => {
  const before = buildReportModel(fixtureSource(), fixtureOptions("grant-report"));

  it("finds nothing between equal models", () => {
    const same = buildReportModel(fixtureSource(), fixtureOptions("grant-report"));
    expect(diffReports(before, same)).toEqual({
      identical: true,
      sectionsAdded: [],
      sectionsRemoved: [],
      texts: [],
      figures: [],
    });
  });

  it("reports changed narratives and changed figures with old and new values", () => {
    const source = fixtureSource();
    source.indicators[1].actuals[1].value = 11;
    const after = buildReportModel(
      source,
      fixtureOptions("grant-report", {
        narratives: { ...fixtureNarratives, lessons: "Vi behöver fler arbetsgivare som tar emot praktikanter." },
        sectionKeys: ["summary", "results", "lessons", "stories"],
      }),
    );
    const diff = diffReports(before, after);
    expect(diff.identical).toBe(false);
    expect(diff.sectionsRemoved).toContain("value");
    expect(diff.sectionsAdded).toEqual([]);

    const lessons = diff.texts.find((t) => t.sectionKey === "lessons" && t.part === "narrative")!;
    expect(lessons.ops.filter((o) => o.op === "delete").map((o) => o.text.trim())).toEqual([
      "praktikanter — och vi behöver mäta hur anhöriga påverkas.",
    ]);
    expect(lessons.ops.filter((o) => o.op === "insert").map((o) => o.text.trim())).toEqual(["praktikanter."]);

    const keyFigure = diff.figures.find((f) => f.path === "figure:ind-ind-asf05")!;
    expect(keyFigure).toMatchObject({
      kind: "key-figure",
      before: { value: 10, text: "10\u00a0hushåll" },
      after: { value: 11, text: "11\u00a0hushåll" },
    });
    const cell = diff.figures.find((f) => f.path === "table:promised-vs-achieved/ind-asf05/achieved")!;
    expect(cell).toMatchObject({
      kind: "table-cell",
      label: "Utlovat och uppnått › ASF-05 Hushåll som lämnat ekonomiskt bistånd › Uppnått",
      before: { value: 10 },
      after: { value: 11 },
    });
    const point = diff.figures.find((f) => f.path === "chart:progress-ind-asf05/2025-H2/actual")!;
    expect(point).toMatchObject({ kind: "chart-point", before: { value: 10 }, after: { value: 11 } });
    const share = diff.figures.find((f) => f.path === "chart:target-attainment/ind-asf05/share")!;
    expect(share.before!.value).toBe(1.25);
    expect(share.after!.value).toBe(1.375);
    // Figures of sections that were left out count as removed.
    expect(diff.figures.find((f) => f.path === "table:sroi-inputs/total/amount")).toMatchObject({
      before: { value: 741_000 },
      after: null,
    });
  });
});
