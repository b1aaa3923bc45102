-- Background jobs on the embedded database (PGlite): one table polled by the single process
-- (server/jobs/table-queue.server.ts). On PostgreSQL pg-boss keeps its own schema (pgboss) instead;
-- the table is created on both so the schema is the same everywhere.
CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'active', 'retry', 'completed', 'failed')),
  retries integer NOT NULL DEFAULT 0 CHECK (retries >= 0),
  attempts integer NOT NULL DEFAULT 0,
  backoff_seconds integer NOT NULL DEFAULT 30,
  run_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE state IN ('pending', 'retry');
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE state IN ('completed', 'failed');
