import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite, type Db } from "~db/client.server";
import { MigrationError, migrate, readMigrations } from "~db/migrate.server";
import { openTestDb } from "../support/test-db";

let db: Db | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe("migrations", () => {
  it("apply every file once and record them", async () => {
    const t = await openTestDb();
    db = t.db;
    const rows = await db.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name");
    expect(rows.map((r) => r.name)).toEqual(readMigrations().map((f) => f.name));
    expect(await migrate(db)).toEqual([]);
    await t.cleanup();
    db = undefined;
  });

  it("leave the database as it was when one file fails, naming the file", async () => {
    db = await openPglite(undefined);
    const dir = mkdtempSync(path.join(tmpdir(), "synlig-mig-"));
    writeFileSync(path.join(dir, "00001_ok.sql"), "CREATE TABLE a (id int);");
    writeFileSync(path.join(dir, "00002_bad.sql"), "CREATE TABLE b (id int); SELECT * FROM missing_table;");
    const error = await migrate(db, readMigrations(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain("00002_bad.sql");
    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('a', 'b')",
    );
    expect(tables).toEqual([]);
    expect(await db.query("SELECT name FROM schema_migrations")).toEqual([]);
  });
});
