import type { Db } from "~db/client.server";
import { getDb } from "~db/index.server";
import { pgBossQueue } from "./pgboss-queue.server";
import { tableQueue } from "./table-queue.server";
import type { EnqueueOptions, JobHandler, JobPayload, JobQueue } from "./types";

export type { EnqueueOptions, JobContext, JobHandler, JobPayload, JobQueue } from "./types";

/**
 * The process's job queue and its handlers. Kept on globalThis (like the database) so the HTTP entry
 * and the Remix server build, which bundles its own copy of this module, share one queue.
 *
 *   registerJob("mail.send", async (payload) => …);      // once, at start-up (server/jobs/handlers.server.ts)
 *   await enqueue("mail.send", { … }, { retries: 8 });    // anywhere; returns at once
 */
const KEY = Symbol.for("synlig.jobs");
interface Holder {
  handlers: Map<string, JobHandler>;
  queue?: { db: Db; queue: JobQueue; started: boolean };
}
const g = globalThis as unknown as { [KEY]?: Holder };
function holder(): Holder {
  g[KEY] ??= { handlers: new Map() };
  return g[KEY];
}

/** Registers the handler of a job name (a later registration replaces an earlier one). */
export function registerJob(name: string, handler: JobHandler): void {
  holder().handlers.set(name, handler);
}

/** The queue for the backend of this database: pg-boss on PostgreSQL, the jobs table on PGlite. */
export function queueFor(db: Db, options: { pollMs?: number } = {}): JobQueue {
  return db.kind === "postgres" ? pgBossQueue(db, options) : tableQueue(db, options);
}

async function currentQueue(): Promise<JobQueue> {
  const db = await getDb();
  const h = holder();
  if (!h.queue || h.queue.db !== db) h.queue = { db, queue: queueFor(db), started: false };
  return h.queue.queue;
}

/** Stores a job; it runs in the background (once a worker is started) with retries and backoff. */
export async function enqueue(name: string, payload: JobPayload, options?: EnqueueOptions): Promise<string> {
  return (await currentQueue()).enqueue(name, payload, options);
}

/** Starts working every registered handler on the process's database. */
export async function startJobs(db: Db, options: { pollMs?: number } = {}): Promise<JobQueue> {
  const h = holder();
  if (h.queue?.started && h.queue.db === db) return h.queue.queue;
  if (h.queue && h.queue.db !== db) await stopJobs();
  const queue = h.queue?.db === db ? h.queue.queue : queueFor(db, options);
  h.queue = { db, queue, started: true };
  await queue.start(h.handlers);
  return queue;
}

/** Stops the workers (shutdown, end of a test file). */
export async function stopJobs(): Promise<void> {
  const h = holder();
  const q = h.queue;
  h.queue = undefined;
  if (q) await q.queue.stop();
}
