import { json } from "@remix-run/node";
import { methodsForApi } from "~/domain/method-guide";

/**
 * `GET /api/v1/methods`: the eight methods of the guide with their steps, in Swedish and English.
 * Public and free of personal data.
 */
export async function loader() {
  return json(methodsForApi(), { headers: { "Cache-Control": "public, max-age=300" } });
}
