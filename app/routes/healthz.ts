import { json } from "@remix-run/node";
import { getDb } from "~db/index.server";

/** Liveness and which database backs this process. */
export async function loader() {
  const db = await getDb();
  await db.query("SELECT 1");
  return json({ status: "ok", database: db.kind }, { headers: { "Cache-Control": "no-store" } });
}
