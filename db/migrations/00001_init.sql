-- Foundation: accounts, organisations, memberships, sessions, invitations, login throttling,
-- and the accounting with the shared building blocks every method reuses.

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL,
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE sessions (
  id text PRIMARY KEY, -- sha256 of the token in the cookie
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('association', 'funder', 'umbrella', 'network')),
  org_number text,
  sector text,
  size_band text CHECK (size_band IS NULL OR size_band IN ('S', 'M', 'L')),
  umbrella_id uuid REFERENCES organisations (id),
  umbrella_status text CHECK (umbrella_status IS NULL OR umbrella_status IN ('pending', 'confirmed', 'declined')),
  idea_register_number text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((umbrella_id IS NULL) = (umbrella_status IS NULL))
);
CREATE UNIQUE INDEX organisations_org_number_key ON organisations (org_number) WHERE org_number IS NOT NULL;
CREATE INDEX organisations_umbrella_idx ON organisations (umbrella_id, umbrella_status);
CREATE INDEX organisations_kind_idx ON organisations (kind);

CREATE TABLE memberships (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer', 'reviewer', 'analyst')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer', 'reviewer', 'analyst')),
  email text,
  created_by uuid NOT NULL REFERENCES users (id),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users (id),
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invitations_org_idx ON invitations (org_id);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  succeeded boolean NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_email_idx ON login_attempts (lower(email), attempted_at);
CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, attempted_at);

CREATE TABLE app_settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- An accounting (redovisning): one period, one purpose, one method. Method steps and the shared
-- building blocks hang off it; every row carries org_id so tenant queries filter on it directly.
CREATE TABLE accountings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title text NOT NULL,
  method text NOT NULL,
  method_version integer NOT NULL DEFAULT 1,
  purpose text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  period_granularity text NOT NULL DEFAULT 'year' CHECK (period_granularity IN ('year', 'half-year', 'quarter', 'month')),
  copied_from uuid REFERENCES accountings (id) ON DELETE SET NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start)
);
CREATE INDEX accountings_org_idx ON accountings (org_id, period_start DESC);
CREATE INDEX accountings_method_idx ON accountings (method);

-- Saved step data of a method, versioned for optimistic concurrency (a save names the version
-- it was based on; a newer version in the database means a conflict).
CREATE TABLE accounting_steps (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  step_key text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  draft jsonb,
  status text NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'done')),
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (accounting_id, step_key)
);
CREATE INDEX accounting_steps_org_idx ON accounting_steps (org_id);

-- Stakeholder groups (intressenter).
CREATE TABLE stakeholders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  name text NOT NULL,
  size integer CHECK (size IS NULL OR size >= 0),
  involvement text NOT NULL DEFAULT '',
  what_changes text NOT NULL DEFAULT '',
  included boolean NOT NULL DEFAULT true,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stakeholders_accounting_idx ON stakeholders (org_id, accounting_id, position);

-- The impact chain (effektkedja): resurser → aktiviteter → prestationer → effekter → samhällspåverkan.
CREATE TABLE chain_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  level text NOT NULL CHECK (level IN ('input', 'activity', 'output', 'outcome', 'impact')),
  text text NOT NULL,
  stakeholder_id uuid REFERENCES stakeholders (id) ON DELETE SET NULL,
  assumption text NOT NULL DEFAULT '',
  risk text NOT NULL DEFAULT '',
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chain_items_accounting_idx ON chain_items (org_id, accounting_id, level, position);

-- The action plan that closes every method's learning step.
CREATE TABLE action_plan_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  what text NOT NULL,
  goals text NOT NULL DEFAULT '',
  how text NOT NULL DEFAULT '',
  due text NOT NULL DEFAULT '',
  who text NOT NULL DEFAULT '',
  measure text NOT NULL DEFAULT '',
  indicator_ids uuid[] NOT NULL DEFAULT '{}',
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_plan_items_accounting_idx ON action_plan_items (org_id, accounting_id, position);
