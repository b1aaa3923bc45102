import PgBoss from "pg-boss";
import type { Db } from "~db/client.server";
import { DEFAULT_BACKOFF_SECONDS, DEFAULT_RETRIES, type JobQueue } from "./types";

/**
 * The job queue on PostgreSQL: pg-boss (ADR 010) with its own small pool on the same database (its
 * statements use BEGIN/COMMIT scripts, which postgres.js refuses on a shared pool), in its own schema
 * `pgboss` that it creates and migrates.
 * Retries use pg-boss's exponential backoff; finished jobs are archived and deleted by its maintenance.
 */
export function pgBossQueue(db: Db, options: { pollMs?: number } = {}): JobQueue {
  if (!db.url) throw new Error("pg-boss needs the PostgreSQL connection URL");
  const boss = new PgBoss({
    connectionString: db.url,
    max: 3,
    schema: "pgboss",
    // pg-boss's clock-skew and cron monitors are not needed: scheduled work is enqueued with runAt.
    schedule: false,
  });
  boss.on("error", (error: Error) => {
    process.stderr.write(`${JSON.stringify({ level: "error", msg: "job queue (pg-boss)", error: error.message })}\n`);
  });
  const pollingIntervalSeconds = Math.max(0.5, (options.pollMs ?? 2000) / 1000);
  const queues = new Set<string>();
  let started: Promise<unknown> | undefined;

  async function ensureQueue(name: string): Promise<void> {
    if (queues.has(name)) return;
    await boss.createQueue(name);
    queues.add(name);
  }

  return {
    kind: "pg-boss",
    async enqueue(name, payload, opts = {}) {
      started ??= boss.start();
      await started;
      await ensureQueue(name);
      const backoff = opts.backoffSeconds ?? DEFAULT_BACKOFF_SECONDS;
      const id = await boss.send(name, payload, {
        retryLimit: opts.retries ?? DEFAULT_RETRIES,
        retryDelay: Math.max(1, Math.round(backoff)),
        retryBackoff: true,
        startAfter: opts.runAt,
      });
      if (!id) throw new Error(`pg-boss did not accept job ${name}`);
      return id;
    },
    async start(handlers) {
      started ??= boss.start();
      await started;
      for (const [name, handler] of handlers) {
        await ensureQueue(name);
        await boss.work<Record<string, unknown>>(
          name,
          { pollingIntervalSeconds, batchSize: 1, includeMetadata: true },
          async ([job]) => {
            if (job) await handler(job.data ?? {}, { id: job.id, name, attempt: job.retryCount + 1 });
          },
        );
      }
    },
    async stop() {
      if (!started) return;
      await boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
    },
  };
}
