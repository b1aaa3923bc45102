import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { notFound } from "~server/http.server";
import { evidenceDownload } from "~server/indicators/evidence.server";

/** Downloads a stored evidence file of the accounting (attachment, stored type, nosniff). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting } = await requireAccounting(request, params);
  const response = await evidenceDownload(org.id, accounting.id, params.evidenceId ?? "");
  if (!response) notFound();
  return response;
}
