import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import type { AccountingRow } from "~db/queries/accountings.server";
import { countValues, listValues } from "~db/queries/indicators-accounting.server";
import {
  countCatalogueIndicators,
  findCatalogueIndicatorByCode,
  updateCatalogueIndicator,
} from "~db/queries/indicators.server";
import { seedIndicatorCatalogue } from "~db/seed/indicators.server";
import { INDICATOR_CATALOGUE } from "~db/seed/indicator-catalogue";
import { countIndicatorsForAccounting, loadIndicatorReportData } from "~server/indicators/report-source.server";
import { importValuesFile } from "~server/indicators/import.server";
import { buildTemplateXlsx, readValuesSpreadsheet } from "~server/indicators/spreadsheet.server";
import * as catalogue from "~/routes/o.$orgSlug.indicators._index";
import * as catalogueItem from "~/routes/o.$orgSlug.indicators.$indicatorId";
import * as newOwn from "~/routes/o.$orgSlug.indicators.new";
import * as overview from "~/routes/o.$orgSlug.accountings.$accountingId.indicators._index";
import * as add from "~/routes/o.$orgSlug.accountings.$accountingId.indicators.add";
import * as detail from "~/routes/o.$orgSlug.accountings.$accountingId.indicators.$linkId";
import * as importRoute from "~/routes/o.$orgSlug.accountings.$accountingId.indicators.import";
import * as template from "~/routes/o.$orgSlug.accountings.$accountingId.indicators.template";
import * as exportRoute from "~/routes/o.$orgSlug.accountings.$accountingId.indicators.export";
import * as evidence from "~/routes/o.$orgSlug.accountings.$accountingId.evidence._index";
import * as evidenceFile from "~/routes/o.$orgSlug.accountings.$accountingId.evidence.$evidenceId";
import { call, makeMember, makeRequest, useTestApp } from "../support/app";
import { makeAccounting, makeOwnIndicator } from "../support/factories";

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
  await db.transaction((tx) => seedIndicatorCatalogue(tx));
});
afterAll(() => close());

type Member = Awaited<ReturnType<typeof makeMember>>;

const base = (m: Member, a: AccountingRow) => `/o/${m.org.slug}/accountings/${a.id}`;
const params = (m: Member, a: AccountingRow, extra: Record<string, string> = {}) => ({
  orgSlug: m.org.slug,
  accountingId: a.id,
  ...extra,
});

async function catalogueId(code: string): Promise<string> {
  return (await findCatalogueIndicatorByCode(db, code))!.id;
}

/** Adds catalogue indicators to an accounting through the route; returns link ids by code. */
async function addIndicators(m: Member, a: AccountingRow, codes: string[]): Promise<Map<string, string>> {
  const form: [string, string][] = [["intent", "add"]];
  for (const code of codes) form.push(["indicatorId", await catalogueId(code)]);
  const res = await call(
    add.action,
    makeRequest(`${base(m, a)}/indicators/add`, { cookie: m.cookie, form }),
    params(m, a),
  );
  expect(res.status).toBe(302);
  const rows = await db.query<{ id: string; code: string }>(
    "SELECT ai.id, i.code FROM accounting_indicators ai JOIN indicators i ON i.id = ai.indicator_id WHERE ai.accounting_id = $1",
    [a.id],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

function csv(lines: string[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(["Indikator;Period;Värde;Kommentar;Datakvalitet", ...lines].join("\r\n"));
}

describe("catalogue", () => {
  it("seeds at least 40 catalogue indicators idempotently and keeps GSE's edits", async () => {
    expect(await countCatalogueIndicators(db)).toBe(INDICATOR_CATALOGUE.length);
    expect(INDICATOR_CATALOGUE.length).toBeGreaterThanOrEqual(40);
    const gen01 = (await findCatalogueIndicatorByCode(db, "GEN-01"))!;
    const gse = await makeMember(db, "network", "analyst");
    await updateCatalogueIndicator(db, gen01.id, gse.user.id, {
      ...gen01,
      name: { sv: "Unika deltagare (GSE)", en: "Unique participants (GSE)" },
    });
    await db.transaction((tx) => seedIndicatorCatalogue(tx));
    expect(await countCatalogueIndicators(db)).toBe(INDICATOR_CATALOGUE.length);
    expect((await findCatalogueIndicatorByCode(db, "GEN-01"))!.name.sv).toBe("Unika deltagare (GSE)");
    await updateCatalogueIndicator(db, gen01.id, gse.user.id, gen01);
  });

  it("filters by text, sector and level from query parameters", async () => {
    const m = await makeMember(db);
    const res = await call(
      catalogue.loader,
      makeRequest(`/o/${m.org.slug}/indicators?q=ensamhet&level=outcome`, { cookie: m.cookie }),
      {
        orgSlug: m.org.slug,
      },
    );
    const body = (await res.json()) as { rows: { code: string }[] };
    expect(body.rows.map((r) => r.code)).toEqual(["GEN-06"]);
    const sector = await call(
      catalogue.loader,
      makeRequest(`/o/${m.org.slug}/indicators?sector=idrott&origin=catalogue`, { cookie: m.cookie }),
      {
        orgSlug: m.org.slug,
      },
    );
    const codes = ((await sector.json()) as { rows: { code: string }[] }).rows.map((r) => r.code);
    expect(codes).toContain("IDR-01");
    expect(codes).toContain("GEN-01");
    expect(codes.some((c) => c.startsWith("INT-"))).toBe(false);
  });

  it("an own indicator is visible only to its association; a network analyst edits catalogue rows, an association cannot", async () => {
    const a = await makeMember(db);
    const b = await makeMember(db);
    const created = await call(
      newOwn.action,
      makeRequest(`/o/${a.org.slug}/indicators/new`, {
        cookie: a.cookie,
        form: [
          ["intent", "save"],
          ["code", "EGEN-1"],
          ["name.sv", "Deltagare som lagat mat"],
          ["definition.sv", "Antal deltagare som lagat mat tillsammans."],
          ["dataSource.sv", "Köksloggen"],
          ["unit", "persons"],
          ["level", "output"],
          ["direction", "increase"],
          ["sectors", "general"],
        ],
      }),
      { orgSlug: a.org.slug },
    );
    expect(created.status).toBe(302);
    const own = await db.one<{ id: string }>("SELECT id FROM indicators WHERE org_id = $1", [a.org.id]);
    const mine = await call(
      catalogueItem.loader,
      makeRequest(`/o/${a.org.slug}/indicators/${own!.id}`, { cookie: a.cookie }),
      {
        orgSlug: a.org.slug,
        indicatorId: own!.id,
      },
    );
    expect(mine.status).toBe(200);
    const theirs = await call(
      catalogueItem.loader,
      makeRequest(`/o/${b.org.slug}/indicators/${own!.id}`, { cookie: b.cookie }),
      {
        orgSlug: b.org.slug,
        indicatorId: own!.id,
      },
    );
    expect(theirs.status).toBe(404);
    const list = await call(
      catalogue.loader,
      makeRequest(`/o/${b.org.slug}/indicators?q=lagat`, { cookie: b.cookie }),
      { orgSlug: b.org.slug },
    );
    expect(((await list.json()) as { rows: unknown[] }).rows).toEqual([]);
    const edit = await call(
      catalogueItem.action,
      makeRequest(`/o/${b.org.slug}/indicators/${own!.id}`, {
        cookie: b.cookie,
        form: { intent: "save", "name.sv": "Kapad" },
      }),
      { orgSlug: b.org.slug, indicatorId: own!.id },
    );
    expect(edit.status).toBe(404);

    // Duplicate own code in the same association is refused with a Swedish message.
    const dup = await call(
      newOwn.action,
      makeRequest(`/o/${a.org.slug}/indicators/new`, {
        cookie: a.cookie,
        form: {
          intent: "save",
          code: "egen-1",
          "name.sv": "X",
          "definition.sv": "Y",
          "dataSource.sv": "Z",
          unit: "count",
          level: "output",
          direction: "increase",
        },
      }),
      { orgSlug: a.org.slug },
    );
    expect(dup.status).toBe(400);
    expect(((await dup.json()) as { errors: Record<string, string> }).errors.code).toBe(
      "Ni har redan en indikator med den koden. Välj en annan kod.",
    );

    // Catalogue edits: refused for an association admin, allowed for a network analyst.
    const gen02 = await catalogueId("GEN-02");
    const assocEdit = await call(
      catalogueItem.action,
      makeRequest(`/o/${a.org.slug}/indicators/${gen02}`, {
        cookie: a.cookie,
        form: { intent: "save", "name.sv": "Kapad" },
      }),
      { orgSlug: a.org.slug, indicatorId: gen02 },
    );
    expect(assocEdit.status).toBe(403);
    const gse = await makeMember(db, "network", "analyst");
    const current = (await findCatalogueIndicatorByCode(db, "GEN-02"))!;
    const gseEdit = await call(
      catalogueItem.action,
      makeRequest(`/o/${gse.org.slug}/indicators/${gen02}`, {
        cookie: gse.cookie,
        form: {
          intent: "save",
          "name.sv": "Genomförda aktivitetstillfällen",
          "name.en": current.name.en,
          "definition.sv": current.definition.sv,
          "dataSource.sv": current.dataSource.sv,
          unit: current.unit,
          level: current.level,
          direction: current.direction,
          sectors: "general",
        },
      }),
      { orgSlug: gse.org.slug, indicatorId: gen02 },
    );
    expect(gseEdit.status).toBe(302);
    const after = (await findCatalogueIndicatorByCode(db, "GEN-02"))!;
    expect(after.name.sv).toBe("Genomförda aktivitetstillfällen");
    expect(after.code).toBe("GEN-02");
    expect(after.editedAt).not.toBeNull();
  });
});

describe("indicators in an accounting", () => {
  it("links indicators to a new outcome, saves baseline, targets and actuals with decimal commas, and feeds the report", async () => {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { periodGranularity: "quarter" });
    const form: [string, string][] = [
      ["intent", "add"],
      ["indicatorId", await catalogueId("GEN-06")],
      ["indicatorId", await catalogueId("GEN-03")],
      ["outcome", "new"],
      ["newOutcome", "Deltagare känner sig mindre ensamma"],
      ["stakeholder", "new"],
      ["newStakeholder", "Deltagare"],
    ];
    const res = await call(
      add.action,
      makeRequest(`${base(m, a)}/indicators/add`, { cookie: m.cookie, form }),
      params(m, a),
    );
    expect(res.status).toBe(302);
    const links = await db.query<{ id: string; code: string }>(
      "SELECT ai.id, i.code FROM accounting_indicators ai JOIN indicators i ON i.id = ai.indicator_id WHERE ai.accounting_id = $1 ORDER BY ai.position",
      [a.id],
    );
    expect(links.map((l) => l.code)).toEqual(["GEN-06", "GEN-03"]);
    const gen06 = links[0]!.id;
    const path = `${base(m, a)}/indicators/${gen06}`;
    const p = params(m, a, { linkId: gen06 });

    const baseline = await call(
      detail.action,
      makeRequest(path, {
        cookie: m.cookie,
        form: {
          intent: "baseline",
          baselineValue: "12,5",
          baselineDate: "2025-01-10",
          baselineSource: "Enkät i januari",
        },
      }),
      p,
    );
    expect(baseline.status).toBe(302);

    const bad = await call(
      detail.action,
      makeRequest(path, {
        cookie: m.cookie,
        form: { intent: "grid", "target.2025-Q1": "abc", "actual.2025-Q1": "120" },
      }),
      p,
    );
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { errors: Record<string, string>; values: Record<string, string> };
    // Each message names its column and period, so the error summary can be read on its own.
    expect(badBody.errors["target.2025-Q1"]).toMatch(
      /^Målvärde för 2025 kv\. 1: Det går inte att läsa ”abc” som ett tal/,
    );
    expect(badBody.errors["actual.2025-Q1"]).toMatch(/^Utfall för 2025 kv\. 1: .*kan inte vara större än 100/);
    expect(badBody.values["target.2025-Q1"]).toBe("abc");
    expect(await countValues(db, m.org.id, a.id)).toBe(0);

    const grid = await call(
      detail.action,
      makeRequest(path, {
        cookie: m.cookie,
        form: {
          intent: "grid",
          "target.2025-Q2": "30",
          "target.2025-Q4": "50,5",
          "actual.2025-Q1": "18,5",
          "quality.2025-Q1": "self-reported",
          "note.2025-Q1": "Första mätningen",
          "actual.2025-Q2": "33",
          "level.2025-Q2": "3",
          "n.2025-Q2": "24",
        },
      }),
      p,
    );
    expect(grid.status).toBe(302);
    const values = await listValues(db, m.org.id, a.id, gen06);
    expect(values.map((v) => [v.periodKey, v.value, v.dataQuality, v.evidenceLevel, v.n])).toEqual([
      ["2025-Q1", 18.5, "self-reported", null, null],
      ["2025-Q2", 33, "measured", 3, 24],
    ]);

    const report = await loadIndicatorReportData(db, m.org.id, a.id, "sv");
    const ind = report.indicators.find((i) => i.id === gen06)!;
    expect(ind).toMatchObject({
      code: "GEN-06",
      unit: "%",
      level: "outcome",
      baseline: { value: 12.5, date: "2025-01-10", source: "Enkät i januari" },
      targets: [
        { period: "2025-Q2", value: 30 },
        { period: "2025-Q4", value: 50.5 },
      ],
    });
    expect(ind.actuals).toEqual([
      { period: "2025-Q1", periodLabel: "2025 kv. 1", value: 18.5, dataQuality: 1, note: "Första mätningen" },
      { period: "2025-Q2", periodLabel: "2025 kv. 2", value: 33, dataQuality: 3, n: 24 },
    ]);
    expect(report.outcomes).toEqual([
      {
        id: expect.any(String),
        label: "Deltagare känner sig mindre ensamma",
        stakeholder: "Deltagare",
        indicatorIds: [gen06, links[1]!.id],
      },
    ]);
    expect(await countIndicatorsForAccounting(db, m.org.id, a.id)).toBe(2);

    // The overview shows latest value and attainment.
    const ov = await call(overview.loader, makeRequest(`${base(m, a)}/indicators`, { cookie: m.cookie }), params(m, a));
    const ovBody = (await ov.json()) as {
      indicators: { code: string; latest: { value: number } | null; attainment: { status: string } }[];
    };
    expect(ovBody.indicators[0]).toMatchObject({
      code: "GEN-06",
      latest: { value: 33 },
      attainment: { status: "reached" },
    });
  });
});

describe("an intent the page does not know changes nothing", () => {
  /** Targets and total values of one accounting, to compare before and after a post. */
  async function snapshot(a: AccountingRow) {
    const targets = await db.query<{ period_key: string; value: string }>(
      `SELECT t.period_key, t.value::text AS value FROM indicator_targets t
       JOIN accounting_indicators ai ON ai.id = t.accounting_indicator_id WHERE ai.accounting_id = $1 ORDER BY 1`,
      [a.id],
    );
    const values = await db.query<{ period_key: string; value: string }>(
      "SELECT period_key, value::text AS value FROM indicator_values WHERE accounting_id = $1 ORDER BY 1",
      [a.id],
    );
    return { targets, values };
  }

  async function filledIndicator() {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { periodGranularity: "quarter" });
    const linkId = (await addIndicators(m, a, ["GEN-01"])).get("GEN-01")!;
    const path = `${base(m, a)}/indicators/${linkId}`;
    const p = params(m, a, { linkId });
    const grid = await call(
      detail.action,
      makeRequest(path, {
        cookie: m.cookie,
        form: {
          intent: "grid",
          "target.2025-Q1": "10",
          "target.2025-Q2": "20",
          "actual.2025-Q1": "12",
          "actual.2025-Q2": "18",
        },
      }),
      p,
    );
    expect(grid.status).toBe(302);
    return { m, a, path, p };
  }

  it("the indicator page answers an unknown or missing intent with 400 and keeps targets and values", async () => {
    const { m, a, path, p } = await filledIndicator();
    const before = await snapshot(a);
    expect(before.targets.length).toBe(2);
    expect(before.values.length).toBe(2);
    for (const form of [{ intent: "spara" }, {}, { intent: "" }] as Record<string, string>[]) {
      const res = await call(detail.action, makeRequest(path, { cookie: m.cookie, form }), p);
      expect(res.status, JSON.stringify(form)).toBe(400);
      const body = (await res.json()) as { errors: Record<string, string> };
      expect(body.errors._form).toMatch(/ingenting ändrades/);
      expect(await snapshot(a)).toEqual(before);
    }
  });

  it("the grid save touches only the cells that were posted; an explicitly empty cell still clears", async () => {
    const { m, a, path, p } = await filledIndicator();
    const only = await call(
      detail.action,
      makeRequest(path, { cookie: m.cookie, form: { intent: "grid", "target.2025-Q2": "25", "actual.2025-Q2": "19" } }),
      p,
    );
    expect(only.status).toBe(302);
    expect(await snapshot(a)).toEqual({
      targets: [
        { period_key: "2025-Q1", value: "10" },
        { period_key: "2025-Q2", value: "25" },
      ],
      values: [
        { period_key: "2025-Q1", value: "12" },
        { period_key: "2025-Q2", value: "19" },
      ],
    });
    const cleared = await call(
      detail.action,
      makeRequest(path, {
        cookie: m.cookie,
        form: { intent: "grid", "target.2025-Q1": "", "actual.2025-Q1": "", "note.2025-Q1": "" },
      }),
      p,
    );
    expect(cleared.status).toBe(302);
    expect(await snapshot(a)).toEqual({
      targets: [{ period_key: "2025-Q2", value: "25" }],
      values: [{ period_key: "2025-Q2", value: "19" }],
    });
  });

  it("the import page confirms only for intent=confirm", async () => {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { periodGranularity: "quarter" });
    await addIndicators(m, a, ["GEN-01"]);
    const upload = new FormData();
    upload.set("intent", "upload");
    upload.set("file", new File([csv(["GEN-01;2025-Q1;21;;mätt"])], "utfall.csv", { type: "text/csv" }));
    const up = await call(
      importRoute.action,
      new Request(`http://localhost${base(m, a)}/indicators/import`, {
        method: "POST",
        body: upload,
        headers: { Cookie: m.cookie },
      }),
      params(m, a),
    );
    expect(up.status).toBe(302);
    const uploadId = new URL(up.headers.get("Location")!, "http://localhost").searchParams.get("upload")!;
    for (const form of [{ intent: "importera", uploadId }, { uploadId }] as Record<string, string>[]) {
      const res = await call(
        importRoute.action,
        makeRequest(`${base(m, a)}/indicators/import`, { cookie: m.cookie, form }),
        params(m, a),
      );
      expect(res.status, JSON.stringify(form)).toBe(400);
      expect(await countValues(db, m.org.id, a.id)).toBe(0);
    }
    const ok = await call(
      importRoute.action,
      makeRequest(`${base(m, a)}/indicators/import`, { cookie: m.cookie, form: { intent: "confirm", uploadId } }),
      params(m, a),
    );
    expect(ok.status).toBe(302);
    expect(await countValues(db, m.org.id, a.id)).toBe(1);
  });
});

describe("spreadsheet import", () => {
  it("imports 10 000 rows in one transaction", async () => {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { periodGranularity: "month" });
    const links = await addIndicators(m, a, ["GEN-01"]);
    expect(links.size).toBe(1);
    const lines: string[] = [];
    const areas = Array.from({ length: 834 }, (_, i) => `Område ${i + 1}`);
    outer: for (const area of areas) {
      for (let month = 1; month <= 12; month++) {
        lines.push(`GEN-01;2025-${String(month).padStart(2, "0")};${month},5;;mätt;;;${area}`);
        if (lines.length === 10_000) break outer;
      }
    }
    const bytes = new TextEncoder().encode(
      ["Indikator;Period;Värde;Kommentar;Datakvalitet;Kön;Ålder;Område", ...lines].join("\r\n"),
    );
    const result = await importValuesFile(m.org.id, a, m.user.id, bytes);
    expect(result).toEqual({ ok: true, imported: 10_000 });
    expect(await countValues(db, m.org.id, a.id)).toBe(10_000);
    // Importing the same file again updates rows in place (upsert on the unique key).
    const again = await importValuesFile(m.org.id, a, m.user.id, bytes);
    expect(again).toEqual({ ok: true, imported: 10_000 });
    expect(await countValues(db, m.org.id, a.id)).toBe(10_000);
  });

  it("a file with one bad row imports nothing until it is fixed; preview and confirm go through the routes", async () => {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { periodGranularity: "quarter" });
    await addIndicators(m, a, ["GEN-01", "GEN-03"]);
    const badFile = csv(["GEN-01;2025-Q1;21;;mätt", "GEN-01;2025-Q2;tjugo;;mätt", "GEN-03;2025-Q3;214;;uppskattat"]);
    const refused = await importValuesFile(m.org.id, a, m.user.id, badFile);
    expect(refused.ok).toBe(false);
    expect(await countValues(db, m.org.id, a.id)).toBe(0);

    // Through the routes: upload → preview shows the bad row → confirm is refused.
    const upload = new FormData();
    upload.set("intent", "upload");
    upload.set("file", new File([badFile], "utfall.csv", { type: "text/csv" }));
    const up = await call(
      importRoute.action,
      new Request(`http://localhost${base(m, a)}/indicators/import`, {
        method: "POST",
        body: upload,
        headers: { Cookie: m.cookie },
      }),
      params(m, a),
    );
    expect(up.status).toBe(302);
    const location = up.headers.get("Location")!;
    const uploadId = new URL(location, "http://localhost").searchParams.get("upload")!;
    const preview = await call(importRoute.loader, makeRequest(location, { cookie: m.cookie }), params(m, a));
    const pv = (await preview.json()) as {
      preview: { importable: boolean; rows: { rowNumber: number; ok: boolean; problems: string[] }[] };
    };
    expect(pv.preview.importable).toBe(false);
    const badRow = pv.preview.rows.find((r) => r.rowNumber === 3)!;
    expect(badRow.ok).toBe(false);
    expect(badRow.problems[0]).toContain("”tjugo”");
    const confirm = await call(
      importRoute.action,
      makeRequest(`${base(m, a)}/indicators/import`, { cookie: m.cookie, form: { intent: "confirm", uploadId } }),
      params(m, a),
    );
    expect(confirm.status).toBe(400);
    expect(await countValues(db, m.org.id, a.id)).toBe(0);

    // The fixed file (an XLSX built from the template) imports every row.
    const links = await db.query<{ code: string }>(
      "SELECT i.code FROM accounting_indicators ai JOIN indicators i ON i.id = ai.indicator_id WHERE ai.accounting_id = $1",
      [a.id],
    );
    expect(links.length).toBe(2);
    const xlsx = await buildTemplateXlsx({
      indicators: [{ code: "GEN-01", name: "Antal unika deltagare" }],
      periods: [{ key: "2025-Q1", label: "2025 kv. 1" }],
    });
    const read = await readValuesSpreadsheet(new Uint8Array(xlsx));
    expect(read.rows.length).toBe(1);
    const fixed = csv(["GEN-01;2025-Q1;21;;mätt", "GEN-01;2025-Q2;20;;mätt", "GEN-03;2025-Q3;214,5;;uppskattat"]);
    const upload2 = new FormData();
    upload2.set("intent", "upload");
    upload2.set("file", new File([fixed], "utfall.csv", { type: "text/csv" }));
    const up2 = await call(
      importRoute.action,
      new Request(`http://localhost${base(m, a)}/indicators/import`, {
        method: "POST",
        body: upload2,
        headers: { Cookie: m.cookie },
      }),
      params(m, a),
    );
    const uploadId2 = new URL(up2.headers.get("Location")!, "http://localhost").searchParams.get("upload")!;
    const ok = await call(
      importRoute.action,
      makeRequest(`${base(m, a)}/indicators/import`, {
        cookie: m.cookie,
        form: { intent: "confirm", uploadId: uploadId2 },
      }),
      params(m, a),
    );
    expect(ok.status).toBe(302);
    expect(await countValues(db, m.org.id, a.id)).toBe(3);
    const values = await listValues(db, m.org.id, a.id);
    expect(values.find((v) => v.periodKey === "2025-Q3")).toMatchObject({ value: 214.5, dataQuality: "estimated" });
  });

  it("serves the template and the export as XLSX and CSV", async () => {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { title: "Testår 2025", periodGranularity: "quarter" });
    await addIndicators(m, a, ["GEN-01"]);
    const t = await call(
      template.loader,
      makeRequest(`${base(m, a)}/indicators/template?format=csv`, { cookie: m.cookie }),
      params(m, a),
    );
    expect(t.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const text = await t.text();
    expect(text).toContain("GEN-01;Antal unika deltagare;2025-Q1;2025 kv. 1");
    const x = await call(
      template.loader,
      makeRequest(`${base(m, a)}/indicators/template?format=xlsx`, { cookie: m.cookie }),
      params(m, a),
    );
    expect(x.headers.get("Content-Disposition")).toMatch(/attachment; filename="mall-utfall-testar-2025.xlsx"/);
    const e = await call(
      exportRoute.loader,
      makeRequest(`${base(m, a)}/indicators/export?format=xlsx`, { cookie: m.cookie }),
      params(m, a),
    );
    expect(e.status).toBe(200);
    expect(e.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});

/** A minimal PDF file (enough for content sniffing). */
const PDF: Uint8Array<ArrayBuffer> = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

async function postEvidence(m: Member, a: AccountingRow, fields: Record<string, string | File>) {
  const body = new FormData();
  body.set("intent", "attach");
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return call(
    evidence.action,
    new Request(`http://localhost${base(m, a)}/evidence`, { method: "POST", body, headers: { Cookie: m.cookie } }),
    params(m, a),
  );
}

describe("evidence", () => {
  it("uploads a PDF, checks the type by content, refuses oversize files with a Swedish message and downloads as an attachment", async () => {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { periodGranularity: "quarter" });
    const links = await addIndicators(m, a, ["GEN-01"]);
    await importValuesFile(m.org.id, a, m.user.id, csv(["GEN-01;2025-Q1;21;;mätt"]));
    const value = (await listValues(db, m.org.id, a.id))[0]!;
    const target = `value:${value.id}`;

    const ok = await postEvidence(m, a, {
      intent: "attach",
      target,
      kind: "file",
      file: new File([PDF], "närvaro.pdf", { type: "application/pdf" }),
    });
    expect(ok.status).toBe(302);
    const fake = await postEvidence(m, a, {
      intent: "attach",
      target,
      kind: "file",
      file: new File(["MZ\u0090\u0000binary"], "virus.pdf", { type: "application/pdf" }),
    });
    expect(fake.status).toBe(400);
    expect(((await fake.json()) as { errors: Record<string, string> }).errors.file).toContain(
      "Filtypen går inte att ladda upp",
    );
    const csvOk = await postEvidence(m, a, {
      intent: "attach",
      target,
      kind: "file",
      file: new File(["namn;antal\r\nAnna;3\r\n"], "lista.csv"),
    });
    expect(csvOk.status).toBe(302);
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(PDF);
    const tooBig = await postEvidence(m, a, {
      intent: "attach",
      target,
      kind: "file",
      file: new File([big], "stor.pdf", { type: "application/pdf" }),
    });
    expect(tooBig.status).toBe(400);
    expect(((await tooBig.json()) as { errors: Record<string, string> }).errors.file).toBe(
      "Filen är större än 10 MB. Förminska den, eller dela upp den i flera filer.",
    );
    const link = await postEvidence(m, a, {
      intent: "attach",
      target,
      kind: "link",
      linkTitle: "Enkät",
      linkUrl: "javascript:alert(1)",
    });
    expect(link.status).toBe(400);

    const list = await call(evidence.loader, makeRequest(`${base(m, a)}/evidence`, { cookie: m.cookie }), params(m, a));
    const rows = ((await list.json()) as { evidence: { id: string; name: string; mimeType: string }[] }).evidence;
    expect(rows.map((r) => r.mimeType).sort()).toEqual(["application/pdf", "text/csv"]);
    const pdf = rows.find((r) => r.name === "närvaro.pdf")!;
    const dl = await call(
      evidenceFile.loader,
      makeRequest(`${base(m, a)}/evidence/${pdf.id}`, { cookie: m.cookie }),
      params(m, a, { evidenceId: pdf.id }),
    );
    expect(dl.status).toBe(200);
    expect(dl.headers.get("Content-Type")).toBe("application/pdf");
    expect(dl.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(dl.headers.get("Content-Disposition")).toBe(
      `attachment; filename="narvaro.pdf"; filename*=UTF-8''n%C3%A4rvaro.pdf`,
    );
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PDF);

    // Delete needs confirmation.
    const unconfirmed = await call(
      evidence.action,
      makeRequest(`${base(m, a)}/evidence`, { cookie: m.cookie, form: { intent: "delete", evidenceId: pdf.id } }),
      params(m, a),
    );
    expect(unconfirmed.status).toBe(200);
    expect(
      await call(
        evidenceFile.loader,
        makeRequest(`${base(m, a)}/evidence/${pdf.id}`, { cookie: m.cookie }),
        params(m, a, { evidenceId: pdf.id }),
      ),
    ).toHaveProperty("status", 200);
    const confirmed = await call(
      evidence.action,
      makeRequest(`${base(m, a)}/evidence`, {
        cookie: m.cookie,
        form: { intent: "delete", evidenceId: pdf.id, confirmed: "yes" },
      }),
      params(m, a),
    );
    expect(confirmed.status).toBe(302);
    const gone = await call(
      evidenceFile.loader,
      makeRequest(`${base(m, a)}/evidence/${pdf.id}`, { cookie: m.cookie }),
      params(m, a, { evidenceId: pdf.id }),
    );
    expect(gone.status).toBe(404);
    expect(links.size).toBe(1);
  });
});

describe("tenancy", () => {
  it("another association cannot read, list, change or attach to this association's indicators, values or files (404)", async () => {
    const a = await makeMember(db);
    const b = await makeMember(db);
    const acc = await makeAccounting(db, a.org.id, { periodGranularity: "quarter" });
    const links = await addIndicators(a, acc, ["GEN-01"]);
    const linkId = links.get("GEN-01")!;
    await importValuesFile(a.org.id, acc, a.user.id, csv(["GEN-01;2025-Q1;21;;mätt"]));
    const value = (await listValues(db, a.org.id, acc.id))[0]!;
    await postEvidence(a, acc, {
      intent: "attach",
      target: `value:${value.id}`,
      kind: "file",
      file: new File([PDF], "a.pdf"),
    });
    const file = (await db.one<{ id: string }>("SELECT id FROM evidence_files WHERE org_id = $1", [a.org.id]))!;

    // b uses its own slug with a's accounting id, and a's slug (not a member): both 404.
    for (const slug of [b.org.slug, a.org.slug]) {
      const p = { orgSlug: slug, accountingId: acc.id };
      const root = `/o/${slug}/accountings/${acc.id}`;
      const checks: [string, Response][] = [
        ["overview", await call(overview.loader, makeRequest(`${root}/indicators`, { cookie: b.cookie }), p)],
        [
          "detail",
          await call(detail.loader, makeRequest(`${root}/indicators/${linkId}`, { cookie: b.cookie }), {
            ...p,
            linkId,
          }),
        ],
        [
          "grid",
          await call(
            detail.action,
            makeRequest(`${root}/indicators/${linkId}`, {
              cookie: b.cookie,
              form: { intent: "grid", "actual.2025-Q1": "1" },
            }),
            { ...p, linkId },
          ),
        ],
        [
          "export",
          await call(exportRoute.loader, makeRequest(`${root}/indicators/export?format=csv`, { cookie: b.cookie }), p),
        ],
        [
          "template",
          await call(template.loader, makeRequest(`${root}/indicators/template?format=csv`, { cookie: b.cookie }), p),
        ],
        ["evidence list", await call(evidence.loader, makeRequest(`${root}/evidence`, { cookie: b.cookie }), p)],
        [
          "download",
          await call(evidenceFile.loader, makeRequest(`${root}/evidence/${file.id}`, { cookie: b.cookie }), {
            ...p,
            evidenceId: file.id,
          }),
        ],
      ];
      for (const [name, res] of checks) expect(res.status, `${slug} ${name}`).toBe(404);
    }

    // b's own accounting with a's value/link/file ids: not found, nothing attached or changed.
    const bAcc = await makeAccounting(db, b.org.id, { periodGranularity: "quarter" });
    const bp = params(b, bAcc);
    const attach = await postEvidence(b, bAcc, {
      intent: "attach",
      target: `value:${value.id}`,
      kind: "file",
      file: new File([PDF], "b.pdf"),
    });
    expect(attach.status).toBe(400);
    const bDetail = await call(
      detail.loader,
      makeRequest(`${base(b, bAcc)}/indicators/${linkId}`, { cookie: b.cookie }),
      { ...bp, linkId },
    );
    expect(bDetail.status).toBe(404);
    const bDownload = await call(
      evidenceFile.loader,
      makeRequest(`${base(b, bAcc)}/evidence/${file.id}`, { cookie: b.cookie }),
      { ...bp, evidenceId: file.id },
    );
    expect(bDownload.status).toBe(404);
    const bDelete = await call(
      evidence.action,
      makeRequest(`${base(b, bAcc)}/evidence`, {
        cookie: b.cookie,
        form: { intent: "delete", evidenceId: file.id, confirmed: "yes" },
      }),
      bp,
    );
    expect(bDelete.status).toBe(404);
    expect(await db.one("SELECT id FROM evidence_files WHERE id = $1", [file.id])).toBeDefined();
    const bAdd = await call(
      add.action,
      makeRequest(`${base(b, bAcc)}/indicators/add`, {
        cookie: b.cookie,
        form: [
          ["intent", "add"],
          [
            "indicatorId",
            (await db.one<{ id: string }>("SELECT indicator_id AS id FROM accounting_indicators WHERE id = $1", [
              linkId,
            ]))!.id,
          ],
        ],
      }),
      bp,
    );
    expect(bAdd.status).toBe(302); // a catalogue indicator: fine for anyone
    const ownOfA = { id: await makeOwnIndicator(db, a.org.id, { name: { sv: "Hemlig" } }) };
    const stolen = await call(
      add.action,
      makeRequest(`${base(b, bAcc)}/indicators/add`, {
        cookie: b.cookie,
        form: [
          ["intent", "add"],
          ["indicatorId", ownOfA!.id],
        ],
      }),
      bp,
    );
    expect(stolen.status).toBe(400);
    expect(await db.one("SELECT 1 FROM accounting_indicators WHERE indicator_id = $1", [ownOfA!.id])).toBeUndefined();

    // A viewer of a reads but cannot write (403).
    const viewer = await makeMember(db, "association", "viewer");
    await db.query("INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'viewer')", [
      a.org.id,
      viewer.user.id,
    ]);
    const vp = params(a, acc, { linkId });
    const read = await call(
      detail.loader,
      makeRequest(`${base(a, acc)}/indicators/${linkId}`, { cookie: viewer.cookie }),
      vp,
    );
    expect(read.status).toBe(200);
    const write = await call(
      detail.action,
      makeRequest(`${base(a, acc)}/indicators/${linkId}`, { cookie: viewer.cookie, form: { intent: "grid" } }),
      vp,
    );
    expect(write.status).toBe(403);
  });
});
