import type { Queryable } from "../client.server";

export async function recordLoginAttempt(db: Queryable, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.query("INSERT INTO login_attempts (email, ip, succeeded) VALUES (lower($1), $2, $3)", [
    email,
    ip,
    succeeded,
  ]);
}

/** Failed attempts for this e-mail and from this IP within the window. */
export async function countRecentFailures(
  db: Queryable,
  email: string,
  ip: string,
  windowMinutes: number,
): Promise<{ byEmail: number; byIp: number }> {
  const row = await db.one<{ byEmail: number; byIp: number }>(
    `SELECT
       (SELECT count(*) FROM login_attempts
         WHERE lower(email) = lower($1) AND NOT succeeded AND attempted_at > now() - make_interval(mins => $3)) AS "byEmail",
       (SELECT count(*) FROM login_attempts
         WHERE ip = $2 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $3)) AS "byIp"`,
    [email, ip, windowMinutes],
  );
  return row ?? { byEmail: 0, byIp: 0 };
}
