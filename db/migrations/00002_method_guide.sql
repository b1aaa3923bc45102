-- Method guide: drafts that survive a reload, the questionnaire answers behind an accounting's
-- method, and indexes for the step and block queries.

-- A draft (autosave) belongs to the person who typed it and remembers the saved version it started
-- from, so a save from an old draft is detected as a conflict instead of overwriting newer data.
ALTER TABLE accounting_steps ADD COLUMN draft_by uuid REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE accounting_steps ADD COLUMN draft_base_version integer;
ALTER TABLE accounting_steps ADD COLUMN draft_updated_at timestamptz;

-- The method guide's answers and recommendation that led to the accounting's method (null when the
-- method was picked directly).
ALTER TABLE accountings ADD COLUMN guide_answers jsonb;

CREATE INDEX accounting_steps_accounting_idx ON accounting_steps (org_id, accounting_id);
CREATE INDEX chain_items_stakeholder_idx ON chain_items (stakeholder_id);
CREATE INDEX accountings_copied_from_idx ON accountings (copied_from);
