import { json } from "@remix-run/node";
import { checkHealth } from "~server/health.server";

/** Liveness and which database backs this process. */
export async function loader() {
  return json(await checkHealth(), { headers: { "Cache-Control": "no-store" } });
}
