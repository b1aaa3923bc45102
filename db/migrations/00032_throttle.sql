-- Throttle counters (sign-in, sign-up, reset requests): one row per key and fixed window, counted with
-- one upsert so concurrent requests cannot slip past the limit.
CREATE TABLE throttle_counters (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL DEFAULT now(),
  count integer NOT NULL DEFAULT 0
);
CREATE INDEX throttle_counters_window_idx ON throttle_counters (window_start);
