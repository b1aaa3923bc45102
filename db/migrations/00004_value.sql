-- Value calculations (issue 5): the SROI impact map (värdekarta) and the socio-economic account
-- (samhällsekonomisk kalkyl) of an accounting. At most one of each per accounting. The calculation
-- input is kept as jsonb in the shape of the public calculation API (method guide §5, §6), plus a
-- few display extras (indicator link, catalogue proxy code, volunteer hours). `version` is raised
-- by every save; a save names the version it was based on, and a newer version means a conflict.

CREATE TABLE sroi_maps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL UNIQUE REFERENCES accountings (id) ON DELETE CASCADE,
  -- { inputs: [...], outcomes: [...] } without discountRate (kept in its own column).
  input jsonb NOT NULL,
  discount_rate double precision NOT NULL DEFAULT 0.035 CHECK (discount_rate >= 0 AND discount_rate <= 0.1),
  -- Forecast (prognos, before the activity) or evaluative (utvärdering, afterwards), §2.4.
  kind text NOT NULL DEFAULT 'evaluative' CHECK (kind IN ('forecast', 'evaluative')),
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sroi_maps_org_idx ON sroi_maps (org_id, accounting_id);

CREATE TABLE socioeconomic_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  accounting_id uuid NOT NULL UNIQUE REFERENCES accountings (id) ON DELETE CASCADE,
  -- { interventionCost, groups: [...] } as the socio-economic API takes it.
  input jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX socioeconomic_accounts_org_idx ON socioeconomic_accounts (org_id, accounting_id);
