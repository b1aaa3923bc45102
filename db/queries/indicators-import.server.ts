import type { Queryable } from "../client.server";
import { isUuid } from "~/utils/validation";

/** Import files kept between the preview and the confirmation (table import_uploads). */

export interface ImportUploadRow {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  createdAt: Date;
}

/** Stores an uploaded file and removes the organisation's uploads older than a day. */
export async function insertImportUpload(
  db: Queryable,
  orgId: string,
  accountingId: string,
  userId: string | null,
  file: { name: string; bytes: Uint8Array },
): Promise<string> {
  await db.query("DELETE FROM import_uploads WHERE created_at < now() - interval '1 day'");
  const row = await db.one<{ id: string }>(
    `INSERT INTO import_uploads (org_id, accounting_id, file_name, bytes, created_by) VALUES ($1, $2, $3, $4, $5::uuid) RETURNING id`,
    [orgId, accountingId, file.name, file.bytes, userId],
  );
  return row!.id;
}

/** One upload of this organisation and accounting, or undefined. */
export async function findImportUpload(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<ImportUploadRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.one<ImportUploadRow>(
    `SELECT id, file_name AS "fileName", bytes, created_at AS "createdAt" FROM import_uploads WHERE org_id = $1 AND accounting_id = $2 AND id = $3`,
    [orgId, accountingId, id],
  );
}

export async function deleteImportUpload(db: Queryable, orgId: string, id: string): Promise<void> {
  if (!isUuid(id)) return;
  await db.query("DELETE FROM import_uploads WHERE org_id = $1 AND id = $2", [orgId, id]);
}
