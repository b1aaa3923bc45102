import type { Queryable } from "../client.server";

/**
 * One-time form tokens (idempotent creates, issue 10). `claimFormToken` inserts the token; when it
 * was already used, it answers with the id the first post created.
 */
export type FormTokenClaim = { claimed: true } | { claimed: false; resultId: string | null };

export async function claimFormToken(
  db: Queryable,
  token: string,
  orgId: string | null,
  kind: string,
): Promise<FormTokenClaim> {
  const inserted = await db.query<{ token: string }>(
    `INSERT INTO form_tokens (token, org_id, kind) VALUES ($1, $2, $3) ON CONFLICT (token) DO NOTHING RETURNING token`,
    [token, orgId, kind],
  );
  if (inserted.length > 0) return { claimed: true };
  const row = await db.one<{ resultId: string | null }>(
    `SELECT result_id AS "resultId" FROM form_tokens WHERE token = $1 AND kind = $2 AND org_id IS NOT DISTINCT FROM $3`,
    [token, kind, orgId],
  );
  return { claimed: false, resultId: row?.resultId ?? null };
}

export async function storeFormTokenResult(db: Queryable, token: string, resultId: string): Promise<void> {
  await db.query("UPDATE form_tokens SET result_id = $2 WHERE token = $1", [token, resultId]);
}
