-- API tokens get scopes and an expiry. Tokens made before have read access to reports (all they were
-- used for) and expire in 90 days.
ALTER TABLE api_tokens ADD COLUMN scopes text[] NOT NULL DEFAULT ARRAY['reports:read']::text[];
ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz NOT NULL DEFAULT (now() + interval '90 days');
ALTER TABLE api_tokens ALTER COLUMN scopes DROP DEFAULT;
ALTER TABLE api_tokens ALTER COLUMN expires_at DROP DEFAULT;
