-- Indicators and outcomes (issue 3): the GSE catalogue and associations' own indicators, their use
-- in an accounting (baseline, targets and actual values per period), evidence files and the
-- uploads kept between an import preview and its confirmation.

-- Catalogue rows have no org_id and a unique code (is_catalogue = true; comparable across
-- associations, method guide §9). Own indicators belong to one organisation and are never
-- aggregated across organisations.
CREATE TABLE indicators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
  is_catalogue boolean NOT NULL DEFAULT false,
  code text,
  name_sv text NOT NULL,
  name_en text NOT NULL DEFAULT '',
  definition_sv text NOT NULL DEFAULT '',
  definition_en text NOT NULL DEFAULT '',
  data_source_sv text NOT NULL DEFAULT '',
  data_source_en text NOT NULL DEFAULT '',
  unit text NOT NULL CHECK (unit IN ('persons', 'households', 'count', 'hours', 'percent', 'index', 'scale-points', 'sek', 'count-per-person', 'persons-per-year')),
  level text NOT NULL CHECK (level IN ('input', 'output', 'outcome', 'impact')),
  direction text NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),
  sectors text[] NOT NULL DEFAULT '{}',
  proxy_value_sek numeric,
  proxy_description_sv text,
  proxy_description_en text,
  proxy_source text,
  proxy_source_year integer,
  proxy_price_year integer,
  proxy_idea_sv text,
  proxy_idea_en text,
  -- Set when the network (GSE) edits a catalogue row, so the reference seed never overwrites it.
  edited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  edited_at timestamptz,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (is_catalogue = (org_id IS NULL)),
  CHECK (NOT is_catalogue OR code IS NOT NULL)
);
CREATE UNIQUE INDEX indicators_catalogue_code_key ON indicators (code) WHERE is_catalogue;
CREATE UNIQUE INDEX indicators_own_code_key ON indicators (org_id, upper(code)) WHERE org_id IS NOT NULL AND code IS NOT NULL;
CREATE INDEX indicators_org_idx ON indicators (org_id, name_sv) WHERE org_id IS NOT NULL;

-- An indicator used in one accounting, optionally measuring one outcome (a chain item of level
-- 'outcome', checked by the application) for one stakeholder group.
CREATE TABLE accounting_indicators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
  chain_item_id uuid REFERENCES chain_items (id) ON DELETE SET NULL,
  stakeholder_id uuid REFERENCES stakeholders (id) ON DELETE SET NULL,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (accounting_id, indicator_id)
);
CREATE INDEX accounting_indicators_accounting_idx ON accounting_indicators (org_id, accounting_id, position);
CREATE INDEX accounting_indicators_indicator_idx ON accounting_indicators (indicator_id);
CREATE INDEX accounting_indicators_chain_item_idx ON accounting_indicators (chain_item_id) WHERE chain_item_id IS NOT NULL;

-- The baseline (utgångsläge): one per indicator in an accounting.
CREATE TABLE indicator_baselines (
  accounting_indicator_id uuid PRIMARY KEY REFERENCES accounting_indicators (id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  value numeric NOT NULL,
  measured_on date NOT NULL,
  source text NOT NULL,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX indicator_baselines_org_idx ON indicator_baselines (org_id);

-- Targets (målvärden) per reporting period.
CREATE TABLE indicator_targets (
  accounting_indicator_id uuid NOT NULL REFERENCES accounting_indicators (id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  period_key text NOT NULL,
  value numeric NOT NULL,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (accounting_indicator_id, period_key)
);
CREATE INDEX indicator_targets_org_idx ON indicator_targets (org_id);

-- Actual values (utfall) per period, optionally broken down by gender, age band and area. A value
-- without a breakdown is the total. One row per period and breakdown (NULLs count as equal).
CREATE TABLE indicator_values (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  accounting_indicator_id uuid NOT NULL REFERENCES accounting_indicators (id) ON DELETE CASCADE,
  period_key text NOT NULL,
  value numeric NOT NULL,
  note text,
  data_quality text NOT NULL DEFAULT 'measured' CHECK (data_quality IN ('measured', 'estimated', 'self-reported')),
  evidence_level smallint CHECK (evidence_level IS NULL OR evidence_level BETWEEN 1 AND 5),
  n integer CHECK (n IS NULL OR n >= 0),
  gender text CHECK (gender IS NULL OR gender IN ('kvinna', 'man', 'annat')),
  age_band text,
  area text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX indicator_values_key ON indicator_values (
  accounting_indicator_id, period_key, (COALESCE(gender, '')), (COALESCE(age_band, '')), (COALESCE(lower(area), ''))
);
CREATE INDEX indicator_values_accounting_idx ON indicator_values (org_id, accounting_id, period_key);

-- Evidence: a file (bytes stored in the database, so both backends keep it) or a link, attached
-- to one actual value or to one outcome (chain item).
CREATE TABLE evidence_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  indicator_value_id uuid REFERENCES indicator_values (id) ON DELETE CASCADE,
  chain_item_id uuid REFERENCES chain_items (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('file', 'link')),
  name text NOT NULL,
  mime_type text,
  size_bytes integer CHECK (size_bytes IS NULL OR size_bytes >= 0),
  bytes bytea,
  url text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((indicator_value_id IS NULL) <> (chain_item_id IS NULL)),
  CHECK ((kind = 'file' AND bytes IS NOT NULL AND mime_type IS NOT NULL AND url IS NULL) OR (kind = 'link' AND url IS NOT NULL AND bytes IS NULL))
);
CREATE INDEX evidence_files_accounting_idx ON evidence_files (org_id, accounting_id, created_at);
CREATE INDEX evidence_files_value_idx ON evidence_files (indicator_value_id) WHERE indicator_value_id IS NOT NULL;
CREATE INDEX evidence_files_chain_item_idx ON evidence_files (chain_item_id) WHERE chain_item_id IS NOT NULL;

-- An uploaded import file, kept between the preview and the confirmation.
CREATE TABLE import_uploads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL REFERENCES accountings (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  bytes bytea NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_uploads_accounting_idx ON import_uploads (org_id, accounting_id, created_at);
CREATE INDEX import_uploads_created_idx ON import_uploads (created_at);
