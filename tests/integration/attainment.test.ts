import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import type { ReportModel } from "~/domain/reports/types";
import * as apiGet from "~/routes/api.v1.reports.$id";
import * as apiPdf from "~/routes/api.v1.reports.$id.pdf";
import * as overview from "~/routes/o.$orgSlug.accountings.$accountingId.indicators._index";
import * as reportContent from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId._index";
import * as reportPublish from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId.publish";
import * as reportsNew from "~/routes/o.$orgSlug.accountings.$accountingId.reports.new";
import { formatPercent } from "~/utils/format";
import { call, makeMember, makeRequest, useTestApp } from "../support/app";
import { makeAccounting, makeLinkedIndicator } from "../support/factories";
import { extractPdfPages } from "../unit/reports/pdf-extract";

/**
 * One attainment formula (app/domain/indicators/attainment.ts, docs/glossary.md): the same indicator
 * shows the same attainment on the indicator page (loader data), in the report model (draft
 * preview), in the published PDF and in GET /api/v1/reports/:id. Covers the two cases where the page
 * and the report used to disagree — "lower is better" without a baseline and a flat target (target
 * equal to the baseline) — next to an ordinary indicator with a baseline.
 */

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
});
afterAll(() => close());

type Member = Awaited<ReturnType<typeof makeMember>>;

async function addIndicator(
  m: Member,
  accountingId: string,
  spec: { name: string; direction: "increase" | "decrease"; baseline: number | null; target: number; actual: number },
): Promise<string> {
  const { linkId } = await makeLinkedIndicator(db, {
    orgId: m.org.id,
    accountingId,
    indicator: {
      own: { name: { sv: spec.name, en: spec.name }, dataSource: { sv: "Närvarolistor" }, direction: spec.direction },
    },
    baseline:
      spec.baseline === null ? undefined : { value: spec.baseline, date: "2024-12-31", source: "Förra årets listor" },
    targets: [{ periodKey: "2025", value: spec.target }],
    values: [{ periodKey: "2025", value: spec.actual }],
  });
  return linkId;
}

const INDICATORS = [
  // Lower is better, no baseline: the page used target ÷ actual (50 %), the report showed no share.
  { name: "Väntetid i dagar", direction: "decrease", baseline: null, target: 10, actual: 20 },
  // Flat target (hold the level): the page said 100 %, the report showed no share.
  { name: "Deltagare som stannar kvar", direction: "increase", baseline: 50, target: 50, actual: 52 },
  // With a baseline both always agreed: (40 − 20) ÷ (60 − 20) = 50 %.
  { name: "Personer i arbetsträning", direction: "increase", baseline: 20, target: 60, actual: 40 },
] as const;

/** What every surface must say: the share of the way as a percentage, or reached / not reached. */
function expectedText(attainment: { share: number | null; status: string }): string {
  if (attainment.share !== null) return formatPercent(attainment.share, "sv", 0);
  return attainment.status === "reached" ? "Målet nått" : "Målet inte nått";
}

function attainmentCells(model: ReportModel): Map<string, { text: string; value: number | null | undefined }> {
  const table = model.tables.find((t) => t.id === "promised-vs-achieved")!;
  expect(table, "the grant report has a promised-vs-achieved table").toBeDefined();
  return new Map(
    table.rows.map((r) => [r.cells.indicator!.text, { text: r.cells.share!.text, value: r.cells.share!.value }]),
  );
}

describe("target attainment is one figure everywhere", () => {
  it("gives the same attainment on the indicator page, in the report model, in the PDF and in the API", async () => {
    const m = await makeMember(db);
    const { id: accountingId } = await makeAccounting(db, m.org.id, { title: "Arbetsträning 2025" });
    for (const spec of INDICATORS) await addIndicator(m, accountingId, spec);
    const params = { orgSlug: m.org.slug, accountingId };
    const accountingBase = `/o/${m.org.slug}/accountings/${accountingId}`;

    // The indicator page.
    const page = await (
      await call(overview.loader, makeRequest(`${accountingBase}/indicators`, { cookie: m.cookie }), params)
    ).json();
    const onPage = new Map(
      (page.indicators as { name: string; attainment: { share: number | null; status: string } }[]).map((i) => [
        i.name,
        i.attainment,
      ]),
    );
    expect(onPage.get("Väntetid i dagar")).toMatchObject({ share: null, status: "not-reached" });
    expect(onPage.get("Deltagare som stannar kvar")).toMatchObject({ share: null, status: "reached" });
    expect(onPage.get("Personer i arbetsträning")).toMatchObject({ share: 0.5 });

    // A grant report on the accounting: the draft model.
    const created = await call(
      reportsNew.action,
      makeRequest(`${accountingBase}/reports/new`, {
        cookie: m.cookie,
        form: { intent: "create", title: "Bidragsredovisning 2025", template: "grant-report", locale: "sv" },
      }),
      params,
    );
    expect(created.status).toBe(302);
    const reportBase = created.headers.get("Location")!;
    const reportParams = { ...params, reportId: reportBase.split("/").pop()! };
    const draft = await (
      await call(reportContent.loader, makeRequest(reportBase, { cookie: m.cookie }), reportParams)
    ).json();
    const inModel = attainmentCells(draft.model as ReportModel);

    // Published: the API snapshot and its PDF.
    const draftVersion = (await db.one<{ v: number }>("SELECT draft_version AS v FROM reports WHERE id = $1", [
      reportParams.reportId,
    ]))!.v;
    const published = await call(
      reportPublish.action,
      makeRequest(`${reportBase}/publish`, {
        cookie: m.cookie,
        form: { intent: "publish", draftVersion: String(draftVersion) },
      }),
      reportParams,
    );
    expect(published.status, "nothing blocks publishing the report").toBe(302);
    const id = (await db.one<{ id: string }>("SELECT id FROM report_versions WHERE report_id = $1 AND version = 1", [
      reportParams.reportId,
    ]))!.id;
    const snapshot = (await (
      await call(apiGet.loader, makeRequest(`/api/v1/reports/${id}`, { cookie: m.cookie }), { id })
    ).json()) as ReportModel;
    const inApi = attainmentCells(snapshot);
    const pdf = new Uint8Array(
      await (
        await call(apiPdf.loader, makeRequest(`/api/v1/reports/${id}/pdf`, { cookie: m.cookie }), { id })
      ).arrayBuffer(),
    );
    const spaces = (x: string) => x.replace(/[\u00a0\u202f]/g, " ");
    const pdfLines = extractPdfPages(pdf).flat().map(spaces);
    const promisedTable = pdfLines.indexOf("Utlovat och uppnått");
    expect(promisedTable, "the PDF has the promised-vs-achieved table").toBeGreaterThan(0);

    for (const spec of INDICATORS) {
      const attainment = onPage.get(spec.name)!;
      const text = expectedText(attainment);
      expect(inModel.get(spec.name), `${spec.name} in the report model`).toEqual({ text, value: attainment.share });
      expect(inApi.get(spec.name), `${spec.name} in the API snapshot`).toEqual({ text, value: attainment.share });
      // In the PDF's promised-vs-achieved table the share follows the achieved value of the row.
      const row = pdfLines.indexOf(spec.name, promisedTable);
      expect(row, `${spec.name} in the PDF`).toBeGreaterThanOrEqual(0);
      expect(pdfLines.slice(row, row + 6), `${spec.name}'s row in the PDF`).toContain(spaces(text));
    }
  });
});
