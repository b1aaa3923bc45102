-- Impact reports (method guide §10): report drafts built from an accounting, immutable published
-- versions (snapshots of the whole report model), public links, funder shares (not used yet) and
-- personal access tokens for the JSON API.

-- A report draft. One accounting feeds many reports. `draft` holds the builder's own inputs:
-- {sectionKeys, indicatorIds, narratives, stories, finances, tender, audience}. `draft_version`
-- guards against two people overwriting each other (a save names the version it was based on).
CREATE TABLE reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  title text NOT NULL,
  template text NOT NULL CHECK (template IN ('grant-application', 'grant-report', 'tender', 'annual')),
  locale text NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en')),
  draft jsonb NOT NULL DEFAULT '{}'::jsonb,
  draft_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_accounting_idx ON reports (org_id, accounting_id, updated_at DESC);
CREATE INDEX reports_org_idx ON reports (org_id, updated_at DESC);

-- A published version: the frozen report model. Never updated or deleted (trigger below), so what a
-- funder reviewed can always be shown again exactly. Title, template, locale and audience are kept
-- beside the snapshot for lists; content_hash = sha256 of the snapshot's canonical JSON.
CREATE TABLE report_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL,
  template text NOT NULL,
  locale text NOT NULL,
  method text NOT NULL,
  audience text NOT NULL CHECK (audience IN ('external', 'internal')),
  snapshot jsonb NOT NULL,
  content_hash text NOT NULL,
  published_by uuid REFERENCES users (id),
  published_by_name text NOT NULL DEFAULT '',
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (report_id, version)
);
CREATE INDEX report_versions_org_idx ON report_versions (org_id, published_at DESC);

-- Published versions are immutable. Deleting is refused too, except when a purge of a whole
-- organisation sets `SET LOCAL synlig.purge = 'on'` first.
CREATE FUNCTION report_versions_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('synlig.purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'report_versions are immutable: % refused', TG_OP USING ERRCODE = '55000';
END;
$$;
CREATE TRIGGER report_versions_immutable
  BEFORE UPDATE OR DELETE ON report_versions
  FOR EACH ROW EXECUTE FUNCTION report_versions_immutable();

-- A public link (no sign-in needed). With report_version_id the link is pinned to that version (what
-- a funder was sent); without, it follows the latest published version. Only the token's sha256 is kept.
CREATE TABLE report_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  report_version_id uuid REFERENCES report_versions (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX report_links_report_idx ON report_links (org_id, report_id, created_at DESC);

-- Sharing with a funder organisation (not used yet): pinned to a version, or following the latest.
CREATE TABLE report_shares (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  report_version_id uuid REFERENCES report_versions (id) ON DELETE CASCADE,
  shared_with_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX report_shares_recipient_idx ON report_shares (shared_with_org_id, revoked_at);
CREATE INDEX report_shares_report_idx ON report_shares (org_id, report_id);

-- Personal access tokens for the API (`Authorization: Bearer …`). Shown once; only the sha256 is
-- kept, plus the last four characters so the owner can tell tokens apart.
CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  token_hint text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id, created_at DESC);
