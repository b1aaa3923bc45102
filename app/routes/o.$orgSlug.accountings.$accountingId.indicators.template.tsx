import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { buildTemplate } from "~server/indicators/import.server";
import { contentDisposition } from "~server/indicators/upload.server";

/** The Swedish fill-in template of the accounting's indicators and periods (?format=xlsx|csv). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting } = await requireAccounting(request, params);
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const file = await buildTemplate(org.id, accounting, format);
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
