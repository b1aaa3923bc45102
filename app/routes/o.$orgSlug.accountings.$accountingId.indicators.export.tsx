import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { getI18n } from "~server/i18n.server";
import { buildExport } from "~server/indicators/import.server";
import { contentDisposition } from "~server/indicators/upload.server";

/** All indicator data of the accounting (baselines, targets, actuals) as XLSX or CSV (?format=xlsx|csv). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting } = await requireAccounting(request, params);
  const { locale } = await getI18n(request);
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const file = await buildExport(org.id, accounting, locale, format);
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
