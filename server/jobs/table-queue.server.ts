import type { Db } from "~db/client.server";
import { claimJob, completeJob, failJob, insertJob, requeueInterruptedJobs } from "~db/queries/jobs.server";
import { DEFAULT_BACKOFF_SECONDS, DEFAULT_RETRIES, type JobHandler, type JobQueue } from "./types";

/**
 * The job queue on the embedded database (PGlite is one process): jobs live in the `jobs` table, so
 * they survive a restart; one in-process loop claims due jobs in order and runs them. A failing job
 * is tried again after `backoff · 2^(attempt-1)` seconds until its retries are used up (then it stays
 * as `failed` with the last error). Jobs that were running when the process stopped run again.
 */
export function tableQueue(db: Db, options: { pollMs?: number; concurrency?: number } = {}): JobQueue {
  const pollMs = options.pollMs ?? 1000;
  const concurrency = options.concurrency ?? 2;
  let handlers: ReadonlyMap<string, JobHandler> = new Map();
  let running = false;
  let wake: (() => void) | undefined;
  const loops: Promise<void>[] = [];

  async function runOne(): Promise<boolean> {
    const job = await claimJob(db, [...handlers.keys()]);
    if (!job) return false;
    const handler = handlers.get(job.name);
    try {
      if (!handler) throw new Error(`no handler for job ${job.name}`);
      await handler(job.payload, { id: job.id, name: job.name, attempt: job.attempts });
      await completeJob(db, job.id);
    } catch (error) {
      const delay = job.backoffSeconds * 2 ** Math.max(0, job.attempts - 1);
      await failJob(db, job.id, error instanceof Error ? error.message : String(error), delay);
    }
    return true;
  }

  async function loop(): Promise<void> {
    while (running) {
      let worked = false;
      try {
        worked = await runOne();
      } catch (error) {
        // The database is closing or briefly unavailable: wait and try again.
        if (!running) return;
        process.stderr.write(
          `${JSON.stringify({ level: "error", msg: "job queue", error: error instanceof Error ? error.message : String(error) })}\n`,
        );
      }
      if (worked || !running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  return {
    kind: "table",
    async enqueue(name, payload, opts = {}) {
      const id = await insertJob(db, {
        name,
        payload,
        retries: opts.retries ?? DEFAULT_RETRIES,
        runAt: opts.runAt ?? null,
        backoffSeconds: opts.backoffSeconds ?? DEFAULT_BACKOFF_SECONDS,
      });
      if (!opts.runAt || opts.runAt.getTime() <= Date.now()) wake?.();
      return id;
    },
    async start(registered) {
      if (running) return;
      handlers = registered;
      await requeueInterruptedJobs(db);
      running = true;
      for (let i = 0; i < concurrency; i++) loops.push(loop());
    },
    async stop() {
      running = false;
      wake?.();
      await Promise.all(loops.splice(0));
    },
  };
}
