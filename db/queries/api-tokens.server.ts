import type { Queryable } from "../client.server";
import { isUuid } from "~/utils/validation";

/** Personal access tokens (API). Only the sha256 of a token is stored. */

export interface ApiTokenRow {
  id: string;
  name: string;
  tokenHint: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  scopes: string[];
  expiresAt: Date;
}

export async function insertApiToken(
  db: Queryable,
  input: { userId: string; name: string; tokenHash: string; tokenHint: string; scopes: string[]; expiresAt: Date },
): Promise<{ id: string }> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO api_tokens (user_id, name, token_hash, token_hint, scopes, expires_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6) RETURNING id`,
    [input.userId, input.name, input.tokenHash, input.tokenHint, input.scopes, input.expiresAt],
  );
  return row!;
}

/** The user's tokens, newest first (revoked ones included, so the owner sees the history). */
export async function listApiTokens(db: Queryable, userId: string): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow>(
    `SELECT id, name, token_hint AS "tokenHint", created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt",
       scopes, expires_at AS "expiresAt"
     FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC`,
    [userId],
  );
}

export async function revokeApiToken(db: Queryable, userId: string, tokenId: string): Promise<boolean> {
  if (!isUuid(tokenId)) return false;
  const row = await db.one(
    `UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id`,
    [userId, tokenId],
  );
  return Boolean(row);
}

/** The user and scopes of an active token (not revoked, not expired), marking it as used; undefined otherwise. */
export async function touchApiToken(
  db: Queryable,
  tokenHash: string,
): Promise<{ userId: string; scopes: string[] } | undefined> {
  return db.one<{ userId: string; scopes: string[] }>(
    `UPDATE api_tokens SET last_used_at = now()
      WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
      RETURNING user_id AS "userId", scopes`,
    [tokenHash],
  );
}

/** Revokes every active token of a user (the password changed). */
export async function revokeAllApiTokens(db: Queryable, userId: string): Promise<void> {
  await db.query(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
}
