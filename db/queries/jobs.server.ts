import type { Queryable } from "../client.server";

/** The `jobs` table behind the embedded job queue (server/jobs/table-queue.server.ts). */

export interface ClaimedJob {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  attempts: number;
  backoffSeconds: number;
}

export async function insertJob(
  db: Queryable,
  input: { name: string; payload: unknown; retries: number; runAt: Date | null; backoffSeconds: number },
): Promise<string> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO jobs (name, payload, retries, run_at, backoff_seconds)
     VALUES ($1, $2::jsonb, $3, coalesce($4::timestamptz, now()), $5) RETURNING id`,
    [input.name, JSON.stringify(input.payload), input.retries, input.runAt, input.backoffSeconds],
  );
  return row!.id;
}

/** Takes the next due job with one of these names (one statement, so two workers never take the same job). */
export async function claimJob(db: Queryable, names: readonly string[]): Promise<ClaimedJob | undefined> {
  if (names.length === 0) return undefined;
  return db.one<ClaimedJob>(
    `UPDATE jobs SET state = 'active', attempts = attempts + 1, started_at = now()
      WHERE id = (SELECT id FROM jobs
                   WHERE state IN ('pending', 'retry') AND run_at <= now() AND name = ANY($1::text[])
                   ORDER BY run_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, name, payload, attempts, backoff_seconds AS "backoffSeconds"`,
    [names],
  );
}

export async function completeJob(db: Queryable, id: string): Promise<void> {
  await db.query(`UPDATE jobs SET state = 'completed', finished_at = now(), last_error = NULL WHERE id = $1`, [id]);
}

/** A failed try: again after `delaySeconds`, or `failed` for good once the retries are used up. */
export async function failJob(db: Queryable, id: string, error: string, delaySeconds: number): Promise<void> {
  await db.query(
    `UPDATE jobs SET
       state = CASE WHEN attempts > retries THEN 'failed' ELSE 'retry' END,
       finished_at = CASE WHEN attempts > retries THEN now() END,
       run_at = now() + make_interval(secs => $3::double precision),
       last_error = left($2, 2000)
     WHERE id = $1`,
    [id, error, delaySeconds],
  );
}

/** Jobs that were running when the process stopped run again (the embedded database has one process). */
export async function requeueInterruptedJobs(db: Queryable): Promise<void> {
  await db.query(`UPDATE jobs SET state = 'retry' WHERE state = 'active'`);
}

/** Finished jobs older than the given days are removed (a cleanup job). */
export async function deleteFinishedJobs(db: Queryable, olderThanDays: number): Promise<number> {
  const rows = await db.query(
    `DELETE FROM jobs WHERE state IN ('completed', 'failed') AND finished_at < now() - make_interval(days => $1) RETURNING id`,
    [olderThanDays],
  );
  return rows.length;
}

export interface JobRow {
  id: string;
  name: string;
  state: string;
  attempts: number;
  lastError: string | null;
}

export async function listJobs(db: Queryable, name?: string): Promise<JobRow[]> {
  return db.query<JobRow>(
    `SELECT id, name, state, attempts, last_error AS "lastError" FROM jobs
      WHERE $1::text IS NULL OR name = $1 ORDER BY created_at`,
    [name ?? null],
  );
}
