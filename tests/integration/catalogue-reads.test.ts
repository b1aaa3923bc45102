import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { findCatalogueIndicatorByCode, updateCatalogueIndicator } from "~db/queries/indicators.server";
import { seedIndicatorCatalogue } from "~db/seed/indicators.server";
import { INDICATOR_CATALOGUE } from "~db/seed/indicator-catalogue";
import * as impactMap from "~/routes/o.$orgSlug.accountings.$accountingId.impact-map";
import { call, makeMember, makeRequest, useTestApp } from "../support/app";
import { makeAccounting } from "../support/factories";

/**
 * Catalogue reads at run time go through db/queries: what the network role edits in the database
 * is what the pages show, never the seed constant the catalogue was first filled from.
 */

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
  await db.transaction((tx) => seedIndicatorCatalogue(tx));
});
afterAll(() => close());

type Proxy = { code: string; name: string; valueSek: number; source: string; year: number; description: string };

describe("impact map proxy picker", () => {
  it("shows the catalogue proxy as edited in the database, in both languages", async () => {
    const { org, user, cookie } = await makeMember(db, "association", "editor");
    const accounting = await makeAccounting(db, org.id, { title: "Redovisning 2025" });
    const params = { orgSlug: org.slug, accountingId: accounting.id };
    const path = `/o/${org.slug}/accountings/${accounting.id}/impact-map`;
    const proxiesOf = async (lang: "sv" | "en") => {
      const res = await call(impactMap.loader, makeRequest(path, { cookie: `${cookie}; synlig_lang=${lang}` }), params);
      expect(res.status).toBe(200);
      return ((await res.json()) as { proxies: Proxy[] }).proxies;
    };

    const seeded = INDICATOR_CATALOGUE.find((r) => r.code === "GEN-03")!;
    expect((await proxiesOf("sv")).find((p) => p.code === "GEN-03")?.valueSek).toBe(seeded.proxy!.valueSek);

    // The network role edits GEN-03's proxy (value, source, price year and both descriptions).
    const row = (await findCatalogueIndicatorByCode(db, "GEN-03"))!;
    await updateCatalogueIndicator(db, row.id, user.id, {
      ...row,
      name: { sv: "Ideella timmar (GSE)", en: "Volunteer hours (GSE)" },
      proxy: {
        ...row.proxy!,
        valueSek: 251,
        source: "GSE 2026",
        priceYear: 2026,
        description: { sv: "Ny beskrivning", en: "New description" },
      },
    });

    expect((await proxiesOf("sv")).find((p) => p.code === "GEN-03")).toEqual({
      code: "GEN-03",
      name: "Ideella timmar (GSE)",
      valueSek: 251,
      source: "GSE 2026",
      year: 2026,
      description: "Ny beskrivning",
    });
    expect((await proxiesOf("en")).find((p) => p.code === "GEN-03")).toMatchObject({
      name: "Volunteer hours (GSE)",
      valueSek: 251,
      description: "New description",
    });

    // A proxy the network role removed is no longer offered.
    const int03 = (await findCatalogueIndicatorByCode(db, "INT-03"))!;
    await updateCatalogueIndicator(db, int03.id, user.id, { ...int03, proxy: null });
    expect((await proxiesOf("sv")).map((p) => p.code)).not.toContain("INT-03");
  });
});
