import type { Queryable } from "../client.server";

/** Password reset tokens (only their sha256 is stored). */

export async function insertPasswordReset(
  db: Queryable,
  input: { userId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.query(`INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
    input.userId,
    input.tokenHash,
    input.expiresAt,
  ]);
}

/** Whether a token may still be used (to show the form); does not use it up. */
export async function isPasswordResetOpen(db: Queryable, tokenHash: string): Promise<boolean> {
  const row = await db.one(
    `SELECT 1 AS ok FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
    [tokenHash],
  );
  return Boolean(row);
}

/**
 * Uses a token up (one statement, so two posts of the same link cannot both succeed) and closes the
 * user's other open links; the user's id, or undefined for an unknown, used or expired token.
 */
export async function consumePasswordReset(db: Queryable, tokenHash: string): Promise<string | undefined> {
  const row = await db.one<{ userId: string }>(
    `UPDATE password_resets SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id AS "userId"`,
    [tokenHash],
  );
  if (!row) return undefined;
  await db.query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.userId]);
  return row.userId;
}

export async function deleteStalePasswordResets(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM password_resets WHERE expires_at < now() - interval '1 day'`);
}
