import { randomBytes } from "node:crypto";
import { openPglite, openPostgres, type Db } from "~db/client.server";
import { migrate } from "~db/migrate.server";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a scratch
 * database on the PostgreSQL server named by DATABASE_URL (dropped again by cleanup).
 */
export async function openTestDb(): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite(undefined);
    await migrate(db);
    return { db, cleanup: () => db.close() };
  }
  const name = `synlig_t_${randomBytes(6).toString("hex")}`;
  const admin = await openPostgres(url, { max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openPostgres(u.toString(), { max: 4 });
  await migrate(db);
  return {
    db,
    cleanup: async () => {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
