import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { seedDemo, seedReference } from "~db/seed/seed.server";
import { DEMO_USE_CASE_STEPS } from "~server/demo/publish-demo-reports.server";
import { openTestDb } from "~tests/support/test-db";

let db: Db;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = await openTestDb());
});
afterAll(() => cleanup());

describe("demo seed", () => {
  it("writes the demo rows and publishes the demo reports through the publish use-case, once", async () => {
    await seedReference(db);
    expect(await seedDemo(db, DEMO_USE_CASE_STEPS)).toBe(true);
    const versions = await db.query<{ title: string; version: number }>(
      "SELECT r.title, v.version FROM report_versions v JOIN reports r ON r.id = v.report_id ORDER BY r.title, v.version",
    );
    expect(versions.map((v) => `${v.title} v${v.version}`)).toEqual([
      "Anbud: Arbetsträning med social hänsyn 2026–2028 v1",
      "Bidragsredovisning 2025 – Arbetsträning och gemenskap v1",
      "Bidragsredovisning 2025 – Arbetsträning och gemenskap v2",
    ]);
    expect(await seedDemo(db, DEMO_USE_CASE_STEPS)).toBe(false);
  });
});
