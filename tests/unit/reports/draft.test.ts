import { describe, expect, it } from "vitest";
import { applyDraft, draftBuildOptions, draftSections, offeredSections, readDraft } from "~/domain/reports/draft";
import { buildReportModel } from "~/domain/reports/build-report";
import { qualityCheck } from "~/domain/reports/quality-check";
import { FIXTURE_GENERATED_AT, fixtureSource } from "./fixture";

describe("report drafts", () => {
  it("reads an empty or broken stored draft as an empty external draft", () => {
    expect(readDraft(null)).toEqual({
      narratives: {},
      stories: [],
      audience: "external",
    });
    expect(readDraft({ stories: "not a list" })).toEqual({
      narratives: {},
      stories: [],
      audience: "external",
    });
    expect(readDraft({ narratives: { summary: "Hej" }, audience: "internal" })).toMatchObject({
      narratives: { summary: "Hej" },
      audience: "internal",
    });
  });

  it("keeps chosen sections in the template's order, extra sections after", () => {
    expect(draftSections("tender", {})).toEqual(offeredSections("tender").slice(0, 12));
    expect(
      draftSections("grant-report", {
        sectionKeys: ["finances", "compliance", "summary"],
      }),
    ).toEqual(["summary", "finances", "compliance"]);
  });

  it("puts the draft's stories, finances, tender facts and chosen indicators into the source", () => {
    const base = fixtureSource();
    const draft = readDraft({
      indicatorIds: [base.indicators[0]!.id],
      stories: [
        { quote: "Med samtycke", who: "A", consent: true },
        { quote: "Utan", who: "B", consent: false },
        { quote: "  ", who: "tom", consent: true },
      ],
      finances: {
        rows: [{ item: "Lön", budget: 100, actual: 90 }],
        coFinancing: [],
        volunteerHours: 10,
      },
      tender: {
        buyer: "Göteborgs Stad",
        procurementTitle: "",
        requirements: [],
        shareTargetGroup: 0.25,
      },
    });
    const source = applyDraft(base, draft);
    expect(source.indicators.map((i) => i.id)).toEqual([base.indicators[0]!.id]);
    expect(source.stories).toEqual([
      { quote: "Med samtycke", who: "A", consent: true },
      { quote: "Utan", who: "B", consent: false },
    ]);
    expect(source.finances).toEqual({
      rows: [{ item: "Lön", budget: 100, actual: 90 }],
      volunteerHours: 10,
    });
    expect(source.tender).toEqual({
      buyer: "Göteborgs Stad",
      requirements: [],
      reservedEligibility: {
        shareTargetGroup: 0.25,
        registeredIdeaBased: true,
        registerNumber: "IO-2023-0457",
      },
    });
    const codes = qualityCheck(source, { template: "tender" }).map((q) => q.code);
    expect(codes).toContain("story-without-consent");
    expect(codes).toContain("tender-share-below-threshold");

    const model = buildReportModel(
      source,
      draftBuildOptions({ title: "Anbud", template: "tender", locale: "sv" }, draft, FIXTURE_GENERATED_AT),
    );
    const quotes = model.sections.flatMap((s) => s.blocks).filter((b) => b.type === "quote");
    expect(quotes).toEqual([{ type: "quote", quote: "Med samtycke", who: "A" }]);
  });
});
