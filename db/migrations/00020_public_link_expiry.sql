-- Public links expire by default: an association chooses after how many days (90 unless changed); a link
-- made without an end date gets that many days. Existing links without an end date get 90 days from now.
ALTER TABLE organisations
  ADD COLUMN public_link_days integer NOT NULL DEFAULT 90 CHECK (public_link_days BETWEEN 1 AND 3650);

UPDATE report_links SET expires_at = now() + interval '90 days' WHERE expires_at IS NULL AND revoked_at IS NULL;
