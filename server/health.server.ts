import { getDb } from "~db/index.server";

/** Liveness: the database answers a query; which backend serves this process. */
export async function checkHealth(): Promise<{ status: "ok"; database: "pglite" | "postgres" }> {
  const db = await getDb();
  await db.query("SELECT 1");
  return { status: "ok", database: db.kind };
}
