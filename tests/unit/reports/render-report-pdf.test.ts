import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "~/domain/reports/build-report";
import { REPORT_TEMPLATES, type ReportModel } from "~/domain/reports/types";
import { pdfSafeText } from "~server/reports/pdf-text";
import { niceTicks, renderReportPdf } from "~server/reports/render-report-pdf.server";
import { STORY_WITHOUT_CONSENT, fixtureOptions, fixtureSource } from "./fixture";
import { extractPdfPages, parseObjects, pdfGoldenText } from "./pdf-extract";

/**
 * Golden-file tests of the PDF's text: tests/golden/report-<template>.txt holds the text of every
 * page in drawing order. Run with UPDATE_GOLDEN=1 to write missing or changed files; otherwise the
 * test compares and fails on any difference.
 */
const goldenDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../golden");

function model(template: (typeof REPORT_TEMPLATES)[number], overrides = {}): ReportModel {
  return buildReportModel(fixtureSource(), fixtureOptions(template, overrides));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("latin1");
}

describe("renderReportPdf: golden text per template", () => {
  for (const template of REPORT_TEMPLATES) {
    it(`matches tests/golden/report-${template}.txt`, () => {
      const text = pdfGoldenText(renderReportPdf(model(template)));
      const file = resolve(goldenDir, `report-${template}.txt`);
      if (process.env.UPDATE_GOLDEN === "1") {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, text);
      }
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(file, "utf8"));
    });
  }
});

describe("renderReportPdf: structure", () => {
  const m = model("grant-report");
  const bytes = renderReportPdf(m);
  const pages = extractPdfPages(bytes);

  it("is an A4 PDF with a cover carrying name, organisation number, period, method and template", () => {
    expect(latin1(bytes.slice(0, 5))).toBe("%PDF-");
    expect(latin1(bytes)).toMatch(/\/MediaBox \[0 0 595\.2[78]\d* 841\.8[89]\d*\]/);
    expect(pages[0]).toEqual(
      expect.arrayContaining([
        "BIDRAGSREDOVISNING",
        "Social redovisning 2025",
        "Exempelföreningen Kvarteret",
        "802412-3450",
        "1 jan. 2025 – 31 dec. 2025",
        "SROI (Social Return on Investment)",
      ]),
    );
  });

  it("has a contents page whose page numbers point at the section headings", () => {
    const toc = pages[1];
    expect(toc[0]).toBe("Innehåll");
    m.sections.forEach((s, i) => {
      const heading = `${i + 1}. ${s.title}`;
      const at = toc.indexOf(heading);
      expect(at, heading).toBeGreaterThan(0);
      const page = Number(toc[at + 2]); // title, dot leader, page number
      expect(pages[page - 1], `${heading} on page ${page}`).toContain(heading);
    });
  });

  it("numbers every page after the cover as Sida N av M", () => {
    const total = pages.length;
    expect(total).toBeGreaterThan(8);
    pages.slice(1).forEach((lines, i) => expect(lines).toContain(`Sida ${i + 2} av ${total}`));
    expect(pages[0].some((l) => l.startsWith("Sida "))).toBe(false);
  });

  it("keeps Swedish characters and writes only WinAnsi text", () => {
    const all = pages.flat().join("\n");
    for (const word of [
      "Andel av vägen från utgångsläget till målet",
      "Återbetalningstid",
      "Föreningen".toLowerCase(),
      "kafé",
      "–",
      "—",
      "“",
    ])
      expect(all).toContain(word);
    expect(all).toMatch(/ÅÄÖ|Å|Ä|Ö/);
    expect(all).not.toMatch(/[^\n\u0020-\u007e\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/);
    expect(all).not.toContain("?");
    // "≥" in the user's text becomes ">=", negative numbers use a hyphen-minus.
    expect(all).toContain("utan arbete >= 3 år");
    expect(all).toContain("-510\u00a0000 kr");
  });

  it("shows the ratio with its range, placeholder proxies as illustrativt värde, and no story without consent", () => {
    const all = pages.flat().join(" ");
    expect(all).toContain("1,25 kr per investerad krona");
    expect(all).toContain("Spann: 0,90–1,61");
    expect(all).not.toContain("(intervall");
    expect(all).toContain("(illustrativt värde)");
    expect(all).not.toContain(STORY_WITHOUT_CONSENT.slice(0, 30));
  });

  it("repeats table headers when a table breaks across pages", () => {
    const source = fixtureSource();
    source.actionPlan = Array.from({ length: 60 }, (_, i) => ({
      what: `Åtgärd ${i + 1}`,
      goals: "Mål",
      how: "Så här",
      when: "2026",
      who: "Styrelsen",
      measure: "Uppföljning",
    }));
    const big = renderReportPdf(buildReportModel(source, fixtureOptions("annual", { sectionKeys: ["lessons"] })));
    const bigPages = extractPdfPages(big);
    const withRows = bigPages.filter((p) => p.some((l) => /^Åtgärd \d+$/.test(l)));
    expect(withRows.length).toBeGreaterThan(1);
    for (const p of withRows) expect(p).toContain("Hur vi följer upp");
    expect(bigPages.flat()).toContain("Åtgärd 60");
  });

  it("sets document metadata and language, and renders the same model to the same bytes", () => {
    const raw = latin1(bytes);
    expect(raw).toContain("/Creator (Synlig)");
    expect(raw).toContain("/Title (Social redovisning 2025)");
    expect(raw).toContain("/Author (Exempelf\u00f6reningen Kvarteret)");
    expect(raw).toContain("/Lang (sv)");
    expect(raw).toContain("/Outlines");
    expect(Buffer.from(renderReportPdf(m)).equals(Buffer.from(bytes))).toBe(true);
    expect(parseObjects(bytes).size).toBeGreaterThan(10);
  });

  it("writes English reports with English furniture", () => {
    const en = extractPdfPages(renderReportPdf(model("annual", { locale: "en" })));
    expect(en[1][0]).toBe("Contents");
    expect(en[2]).toContain(`Page 3 of ${en.length}`);
  });
});

describe("pdfSafeText", () => {
  it("keeps Swedish letters and WinAnsi punctuation", () => {
    expect(pdfSafeText("Å Ä Ö å ä ö é – — “citat” • … € 12\u00a0345")).toBe(
      "Å Ä Ö å ä ö é – — “citat” • … € 12\u00a0345",
    );
  });

  it("replaces characters Helvetica/WinAnsi lacks", () => {
    expect(pdfSafeText("\u2212510\u202f000 kr ≈ 1 ≥ 30 % → ≤")).toBe("-510\u00a0000 kr ~ 1 >= 30 % -> <=");
    expect(pdfSafeText("Łódź Ærø ő 😀 中")).toBe("?ódz Ærø o ? ?");
    expect(pdfSafeText("a\tb\r\nc")).toBe("a b\nc");
  });
});

describe("niceTicks", () => {
  it("gives round ticks covering the range", () => {
    expect(niceTicks(0, 926_849, 4)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
    expect(niceTicks(-510_000, 670_092, 4)).toEqual([-750_000, -500_000, -250_000, 0, 250_000, 500_000, 750_000]);
    expect(niceTicks(0.8965, 1.6052, 5)).toEqual([0.8, 1, 1.2, 1.4, 1.6, 1.8]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });
});
