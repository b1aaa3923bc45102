import { createHash } from "node:crypto";
import { canonicalJson } from "~/domain/reports/canonical";
import type { ReportModel } from "~/domain/reports/types";

/** Content hash of a report model: SHA-256 (hex) of its canonical JSON; equal content, equal hash. */
export function contentHash(model: ReportModel): string {
  return createHash("sha256").update(canonicalJson(model), "utf8").digest("hex");
}
