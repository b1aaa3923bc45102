-- Issue 10: concurrent edits of block rows and indicator values are checked, creates are idempotent.
--
-- `version` is raised by every save of a row (block rows) or of an indicator's values in an
-- accounting (targets, actuals, baseline: `accounting_indicators.version`); a save names the
-- version it was based on, and a newer one answers 409 with both versions.
ALTER TABLE stakeholders ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE chain_items ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE action_plan_items ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE accounting_indicators ADD COLUMN version integer NOT NULL DEFAULT 1;

-- A one-time token per rendered create form: the first post stores the created row's id, a second
-- post of the same token (a double click, a resent form) answers with that row instead of a new one.
CREATE TABLE form_tokens (
  token uuid PRIMARY KEY,
  org_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL,
  result_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX form_tokens_created_idx ON form_tokens (created_at);

-- The history of changes to an organisation's own details (the settings page).
CREATE TABLE organisation_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  changes jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisation_changes_org_idx ON organisation_changes (org_id, created_at DESC);
