import type { Queryable } from "../client.server";

/**
 * Adds one to a key's counter in its current window (a new window starts when the old one is over)
 * and returns the count including this one. One statement: the row lock of the upsert makes
 * concurrent hits count one after another.
 */
export async function hitCounter(db: Queryable, key: string, windowSeconds: number): Promise<number> {
  const row = await db.one<{ count: number }>(
    `INSERT INTO throttle_counters AS c (key, window_start, count) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN c.window_start <= now() - make_interval(secs => $2::double precision) THEN 1 ELSE c.count + 1 END,
       window_start = CASE WHEN c.window_start <= now() - make_interval(secs => $2::double precision) THEN now() ELSE c.window_start END
     RETURNING count`,
    [key, windowSeconds],
  );
  return row!.count;
}

/** Takes back one hit (a sign-in that succeeded was not a failure). */
export async function unhitCounter(db: Queryable, key: string): Promise<void> {
  await db.query(`UPDATE throttle_counters SET count = greatest(count - 1, 0) WHERE key = $1`, [key]);
}

export async function clearCounter(db: Queryable, key: string): Promise<void> {
  await db.query(`DELETE FROM throttle_counters WHERE key = $1`, [key]);
}

/** Counters whose window ended long ago (a cleanup job). */
export async function deleteOldCounters(db: Queryable, olderThanSeconds: number): Promise<void> {
  await db.query(
    `DELETE FROM throttle_counters WHERE window_start < now() - make_interval(secs => $1::double precision)`,
    [olderThanSeconds],
  );
}
