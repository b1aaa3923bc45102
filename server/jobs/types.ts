/**
 * The one interface for background work (ADR 010): mail today, cleanup, PDF rendering and aggregate
 * refreshes later. A job is a name and a JSON payload; its handler is registered by that name.
 */
export type JobPayload = Record<string, unknown>;

export interface EnqueueOptions {
  /** How many times a failing job is tried again (default 5). */
  retries?: number;
  /** Not before this moment (default now). */
  runAt?: Date;
  /** Delay before the first retry; each further retry waits twice as long (default 30 s). */
  backoffSeconds?: number;
}

export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first try. */
  attempt: number;
}

export type JobHandler = (payload: JobPayload, job: JobContext) => Promise<void>;

export interface JobQueue {
  readonly kind: "table" | "pg-boss";
  /** Stores the job durably and returns its id; a handler runs it later in the background. */
  enqueue(name: string, payload: JobPayload, options?: EnqueueOptions): Promise<string>;
  /** Starts working the registered handlers. */
  start(handlers: ReadonlyMap<string, JobHandler>): Promise<void>;
  /** Stops taking new jobs and waits for the running ones. */
  stop(): Promise<void>;
}

export const DEFAULT_RETRIES = 5;
export const DEFAULT_BACKOFF_SECONDS = 30;
