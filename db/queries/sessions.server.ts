import type { Queryable } from "../client.server";

export async function insertSession(db: Queryable, idHash: string, userId: string, expiresAt: Date): Promise<void> {
  await db.query("INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)", [idHash, userId, expiresAt]);
}

/** The user of a live session, or undefined. */
export async function findSessionUserId(db: Queryable, idHash: string): Promise<string | undefined> {
  const row = await db.one<{ userId: string }>(
    `SELECT user_id AS "userId" FROM sessions WHERE id = $1 AND expires_at > now()`,
    [idHash],
  );
  return row?.userId;
}

export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE id = $1", [idHash]);
}

/** Ends every session of a user except one (after a password change). */
export async function deleteOtherSessions(db: Queryable, userId: string, keepIdHash: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2", [userId, keepIdHash]);
}

export async function deleteExpiredSessions(db: Queryable): Promise<void> {
  await db.query("DELETE FROM sessions WHERE expires_at <= now()");
}

/** Ends every session of a user (after a password reset). */
export async function deleteAllSessions(db: Queryable, userId: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
}
