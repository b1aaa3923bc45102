/**
 * Renders the fixture report to /tmp/report-sample.pdf (and one per template) for looking at the
 * layout: `npx tsx tests/unit/reports/render-sample.ts [template]`. Prints the render time.
 */
import { writeFileSync } from "node:fs";
import { buildReportModel } from "~/domain/reports/build-report";
import { REPORT_TEMPLATES, type ReportTemplate } from "~/domain/reports/types";
import { renderReportPdf } from "~server/reports/render-report-pdf.server";
import { fixtureOptions, fixtureSource } from "./fixture";

const wanted = (process.argv[2] as ReportTemplate | undefined) ?? "grant-report";
for (const template of REPORT_TEMPLATES) {
  const model = buildReportModel(fixtureSource(), fixtureOptions(template));
  const started = performance.now();
  const pdf = renderReportPdf(model);
  const ms = performance.now() - started;
  const path = template === wanted ? "/tmp/report-sample.pdf" : `/tmp/report-sample-${template}.pdf`;
  writeFileSync(path, pdf);
  console.log(`${template}: ${pdf.length} bytes, ${ms.toFixed(0)} ms -> ${path}`);
}
