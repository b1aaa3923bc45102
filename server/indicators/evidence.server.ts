import { getDb } from "~db/index.server";
import type { AccountingRow } from "~db/queries/accountings.server";
import {
  deleteEvidence,
  findEvidence,
  findEvidenceFile,
  insertEvidenceFile,
  insertEvidenceLink,
  listEvidence,
  type EvidenceRow,
  type EvidenceTarget,
} from "~db/queries/evidence.server";
import {
  findOutcome,
  findValue,
  listAccountingIndicators,
  listOutcomes,
  listValues,
} from "~db/queries/indicators-accounting.server";
import type { Locale, Messages } from "~/i18n";
import { accountingPeriods } from "./accounting-indicators.server";
import { contentDisposition, MAX_UPLOAD_BYTES, readMultipartForm, uploadedFile } from "./upload.server";
import { localized } from "~/i18n/localized";

/**
 * Evidence (underlag, docs/domain/method-guide.md §10.2 "Verification"): files (PDF, images, spreadsheets, CSV;
 * at most 10 MB; the type is checked from the content, not the name) and links, attached to an
 * actual value or an outcome. Files are stored in the database so both backends keep them.
 */

/** Content types accepted as evidence (what `file-type` reports). */
const ALLOWED_TYPES = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/heic",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.spreadsheet",
]);

/**
 * The content type of an evidence file, read from its bytes, or null when it is not allowed. CSV
 * has no magic bytes: it is accepted as text/csv when the name ends .csv and the bytes are UTF-8
 * text without control characters. An old Excel file (.xls) is an OLE container: accepted only
 * with the .xls name.
 */
export async function detectEvidenceType(bytes: Uint8Array, fileName: string): Promise<string | null> {
  // Loaded on use: file-type is ESM-only, and a server build outside the project (BUILD_DIR) may be
  // loaded through a CommonJS transform that cannot require() it.
  const { fileTypeFromBuffer } = await import("file-type");
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (ALLOWED_TYPES.has(detected.mime)) return detected.mime;
    if (detected.mime === "application/x-cfb" && /\.xls$/i.test(fileName)) return "application/vnd.ms-excel";
    return null;
  }
  if (/\.csv$/i.test(fileName) && isPlainUtf8Text(bytes)) return "text/csv";
  return null;
}

function isPlainUtf8Text(bytes: Uint8Array): boolean {
  let textValue: string;
  try {
    textValue = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Tabs, line breaks and printable text only.
  for (let i = 0; i < textValue.length; i++) {
    const c = textValue.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return false;
  }
  return true;
}

export interface EvidenceTargetOption {
  value: string;
  label: string;
  group: "values" | "outcomes";
}

/**
 * What evidence can hang on in an accounting: every actual value ("value:<id>", labelled with the
 * indicator and period) and every outcome ("outcome:<id>"). With a link id, only that indicator's
 * values (and no outcomes).
 */
export async function evidenceTargets(
  orgId: string,
  accounting: AccountingRow,
  locale: Locale,
  t: Messages,
  linkId?: string,
): Promise<EvidenceTargetOption[]> {
  const db = await getDb();
  const [links, values, outcomes] = await Promise.all([
    listAccountingIndicators(db, orgId, accounting.id),
    listValues(db, orgId, accounting.id, linkId),
    linkId ? Promise.resolve([]) : listOutcomes(db, orgId, accounting.id),
  ]);
  const labels = new Map(accountingPeriods(accounting).map((p) => [p.key, p.label[locale]]));
  const names = new Map(
    links.map((l) => [l.id, `${l.indicator.code ? `${l.indicator.code} ` : ""}${localized(l.indicator.name, locale)}`]),
  );
  const breakdown = (v: (typeof values)[number]): string => [v.gender, v.ageBand, v.area].filter(Boolean).join(", ");
  return [
    ...values.map((v) => ({
      value: `value:${v.id}`,
      label: `${names.get(v.linkId) ?? ""} · ${labels.get(v.periodKey) ?? v.periodKey}${breakdown(v) ? ` (${breakdown(v)})` : ""}`,
      group: "values" as const,
    })),
    ...outcomes.map((o) => ({
      value: `outcome:${o.id}`,
      label: t.indicators.evidence.targetOutcome(o.text),
      group: "outcomes" as const,
    })),
  ];
}

export type AttachResult =
  { ok: true; message: string } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

async function resolveTarget(orgId: string, accountingId: string, raw: string): Promise<EvidenceTarget | null> {
  const db = await getDb();
  const [kind, id] = raw.split(":");
  if (kind === "value" && id) return (await findValue(db, orgId, accountingId, id)) ? { indicatorValueId: id } : null;
  if (kind === "outcome" && id) return (await findOutcome(db, orgId, accountingId, id)) ? { chainItemId: id } : null;
  return null;
}

/**
 * Attaches evidence from a multipart post (read with {@link readEvidenceUpload}): fields `target`
 * (value:<id> or outcome:<id>), `kind` (file or link), `file`, or `linkTitle` + `linkUrl`. An
 * unknown type or a target outside the accounting gives field errors (never a 500).
 */
export async function attachEvidence({
  orgId,
  accountingId,
  userId,
  form,
  t,
}: {
  orgId: string;
  accountingId: string;
  userId: string;
  form: FormData;
  t: Messages;
}): Promise<AttachResult> {
  const m = t.indicators.evidence;
  const field = (name: string): string => {
    const v = form.get(name);
    return typeof v === "string" ? v.trim() : "";
  };
  const values = {
    target: field("target"),
    kind: field("kind"),
    linkTitle: field("linkTitle"),
    linkUrl: field("linkUrl"),
  };
  const errors: Record<string, string> = {};
  const target = values.target ? await resolveTarget(orgId, accountingId, values.target) : null;
  if (!target) errors.target = m.targetMissing;
  if (values.kind === "link") {
    if (!values.linkTitle) errors.linkTitle = m.titleMissing;
    let url: URL | null = null;
    try {
      url = new URL(values.linkUrl);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || values.linkUrl.length > 2000)
      errors.linkUrl = m.urlInvalid;
    if (Object.keys(errors).length > 0 || !target) return { ok: false, errors, values };
    await insertEvidenceLink(await getDb(), orgId, accountingId, userId, target, {
      title: values.linkTitle.slice(0, 300),
      url: values.linkUrl,
    });
    return { ok: true, message: m.uploaded };
  }
  const file = await uploadedFile(form, "file");
  let mimeType: string | null = null;
  if (!file) errors.file = m.noFile;
  else if (file.bytes.byteLength === 0) errors.file = m.emptyFile;
  else if (file.bytes.byteLength > MAX_UPLOAD_BYTES) errors.file = m.tooLarge;
  else {
    mimeType = await detectEvidenceType(file.bytes, file.name);
    if (!mimeType) errors.file = m.badType;
  }
  if (Object.keys(errors).length > 0 || !target || !file || !mimeType) return { ok: false, errors, values };
  await insertEvidenceFile(await getDb(), orgId, accountingId, userId, target, {
    name: file.name.slice(0, 300),
    mimeType,
    bytes: file.bytes,
  });
  return { ok: true, message: m.uploaded };
}

/**
 * Reads an evidence upload with the size limit: the form, or the field error for a file that is
 * too large or a body that cannot be read.
 */
export async function readEvidenceUpload(
  request: Request,
  t: Messages,
): Promise<{ ok: true; form: FormData } | { ok: false; errors: Record<string, string> }> {
  const m = t.indicators.evidence;
  const read = await readMultipartForm(request, MAX_UPLOAD_BYTES);
  if (read.ok) return read;
  return { ok: false, errors: { file: read.reason === "too-large" ? m.tooLarge : m.unreadable } };
}

/** The accounting's evidence (or one indicator's), newest first. */
export async function listAccountingEvidence(
  orgId: string,
  accountingId: string,
  linkId?: string,
): Promise<EvidenceRow[]> {
  return listEvidence(await getDb(), orgId, accountingId, linkId);
}

/** One piece of evidence of the accounting. */
export async function getEvidence(orgId: string, accountingId: string, id: string): Promise<EvidenceRow | undefined> {
  return findEvidence(await getDb(), orgId, accountingId, id);
}

/** Deletes one piece of evidence of the accounting. */
export async function removeEvidence(orgId: string, accountingId: string, id: string): Promise<boolean> {
  return deleteEvidence(await getDb(), orgId, accountingId, id);
}

/**
 * The download response of a stored file: its stored type, as an attachment, never sniffed; or
 * null when the id is not a file of this organisation's accounting.
 */
export async function evidenceDownload(orgId: string, accountingId: string, id: string): Promise<Response | null> {
  const file = await findEvidenceFile(await getDb(), orgId, accountingId, id);
  if (!file) return null;
  const body = new Uint8Array(file.bytes.byteLength);
  body.set(file.bytes);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(body.byteLength),
      "Content-Disposition": contentDisposition(file.name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
