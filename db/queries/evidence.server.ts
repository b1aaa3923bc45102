import type { Queryable } from "../client.server";
import { isUuid } from "~/utils/validation";

/**
 * Evidence (underlag) in an accounting: files stored in the database, or links, attached to one
 * actual value or one outcome. Every query takes orgId and the accounting id.
 */

export interface EvidenceRow {
  id: string;
  kind: "file" | "link";
  name: string;
  mimeType: string | null;
  sizeBytes: number | null;
  url: string | null;
  indicatorValueId: string | null;
  chainItemId: string | null;
  createdAt: Date;
  /** For a value: the link id, the indicator's code and name and the period. */
  linkId: string | null;
  indicatorCode: string | null;
  indicatorNameSv: string | null;
  indicatorNameEn: string | null;
  periodKey: string | null;
  /** For an outcome: its text. */
  outcomeText: string | null;
}

const EVIDENCE_SELECT = `SELECT e.id, e.kind, e.name, e.mime_type AS "mimeType", e.size_bytes AS "sizeBytes", e.url,
    e.indicator_value_id AS "indicatorValueId", e.chain_item_id AS "chainItemId", e.created_at AS "createdAt",
    v.accounting_indicator_id AS "linkId", i.code AS "indicatorCode", i.name_sv AS "indicatorNameSv", i.name_en AS "indicatorNameEn",
    v.period_key AS "periodKey", ci.text AS "outcomeText"
  FROM evidence_files e
  LEFT JOIN indicator_values v ON v.id = e.indicator_value_id
  LEFT JOIN accounting_indicators ai ON ai.id = v.accounting_indicator_id
  LEFT JOIN indicators i ON i.id = ai.indicator_id
  LEFT JOIN chain_items ci ON ci.id = e.chain_item_id`;

/** All evidence of an accounting, or of one indicator in it, newest first (no file bytes). */
export async function listEvidence(
  db: Queryable,
  orgId: string,
  accountingId: string,
  linkId?: string,
): Promise<EvidenceRow[]> {
  return db.query<EvidenceRow>(
    `${EVIDENCE_SELECT} WHERE e.org_id = $1 AND e.accounting_id = $2 AND ($3::uuid IS NULL OR v.accounting_indicator_id = $3::uuid)
     ORDER BY e.created_at DESC`,
    [orgId, accountingId, linkId && isUuid(linkId) ? linkId : null],
  );
}

export async function findEvidence(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<EvidenceRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.one<EvidenceRow>(`${EVIDENCE_SELECT} WHERE e.org_id = $1 AND e.accounting_id = $2 AND e.id = $3`, [
    orgId,
    accountingId,
    id,
  ]);
}

/** A stored file with its bytes, for download; undefined for a link or another organisation's file. */
export async function findEvidenceFile(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<{ name: string; mimeType: string; bytes: Uint8Array } | undefined> {
  if (!isUuid(id)) return undefined;
  return db.one(
    `SELECT name, mime_type AS "mimeType", bytes FROM evidence_files WHERE org_id = $1 AND accounting_id = $2 AND id = $3 AND kind = 'file'`,
    [orgId, accountingId, id],
  );
}

export type EvidenceTarget =
  { indicatorValueId: string; chainItemId?: undefined } | { chainItemId: string; indicatorValueId?: undefined };

export async function insertEvidenceFile(
  db: Queryable,
  orgId: string,
  accountingId: string,
  userId: string | null,
  target: EvidenceTarget,
  file: { name: string; mimeType: string; bytes: Uint8Array },
): Promise<string> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO evidence_files (org_id, accounting_id, indicator_value_id, chain_item_id, kind, name, mime_type, size_bytes, bytes, created_by)
     VALUES ($1, $2, $3::uuid, $4::uuid, 'file', $5, $6, $7, $8, $9::uuid) RETURNING id`,
    [
      orgId,
      accountingId,
      target.indicatorValueId ?? null,
      target.chainItemId ?? null,
      file.name,
      file.mimeType,
      file.bytes.byteLength,
      file.bytes,
      userId,
    ],
  );
  return row!.id;
}

export async function insertEvidenceLink(
  db: Queryable,
  orgId: string,
  accountingId: string,
  userId: string | null,
  target: EvidenceTarget,
  link: { title: string; url: string },
): Promise<string> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO evidence_files (org_id, accounting_id, indicator_value_id, chain_item_id, kind, name, url, created_by)
     VALUES ($1, $2, $3::uuid, $4::uuid, 'link', $5, $6, $7::uuid) RETURNING id`,
    [orgId, accountingId, target.indicatorValueId ?? null, target.chainItemId ?? null, link.title, link.url, userId],
  );
  return row!.id;
}

export async function deleteEvidence(db: Queryable, orgId: string, accountingId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db.query(
    "DELETE FROM evidence_files WHERE org_id = $1 AND accounting_id = $2 AND id = $3 RETURNING id",
    [orgId, accountingId, id],
  );
  return rows.length > 0;
}

/** Evidence counts per indicator link (files and links on its values) for one accounting. */
export async function countEvidenceByLink(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<Map<string, number>> {
  const rows = await db.query<{ linkId: string; c: number }>(
    `SELECT v.accounting_indicator_id AS "linkId", count(*) AS c
     FROM evidence_files e JOIN indicator_values v ON v.id = e.indicator_value_id
     WHERE e.org_id = $1 AND e.accounting_id = $2 GROUP BY v.accounting_indicator_id`,
    [orgId, accountingId],
  );
  return new Map(rows.map((r) => [r.linkId, Number(r.c)]));
}
