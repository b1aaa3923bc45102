import type { Queryable } from "~db/client.server";
import { insertAccounting, type AccountingRow, type NewAccounting } from "~db/queries/accountings.server";
import {
  addIndicatorsToAccounting,
  saveTargets,
  upsertBaseline,
  upsertValues,
  type ValueInput,
} from "~db/queries/indicators-accounting.server";
import { findCatalogueIndicatorByCode, insertOwnIndicator, type IndicatorFields } from "~db/queries/indicators.server";
import { findReport, insertReport, updateReportDraft } from "~db/queries/reports.server";
import { ReportDraftSchema, type ReportDraft } from "~/domain/reports/draft";
import type { ReportTemplate } from "~/domain/reports/types";
import { publishReport } from "~server/reports/publish-report.server";

/**
 * Test factories: rows built through the real `db/queries` (and, for published versions, the
 * publish use-case), with defaults a test overrides only where it matters. Every factory takes the
 * database first and the owning organisation explicitly, as the queries do.
 */

/** An accounting in `orgId`: SROI, grant report, calendar year 2025 in one period (year) unless overridden. */
export async function makeAccounting(
  db: Queryable,
  orgId: string,
  overrides: Partial<Omit<NewAccounting, "createdBy">> & { createdBy?: string | null } = {},
): Promise<AccountingRow> {
  return insertAccounting(db, orgId, {
    title: "Testredovisning 2025",
    method: "sroi",
    purpose: "grant-report",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    copiedFrom: null,
    guideAnswers: null,
    ...overrides,
    createdBy: (overrides.createdBy ?? null) as string,
  });
}

/** An organisation's own indicator (not from the catalogue): a count of outputs with empty texts unless overridden. */
export async function makeOwnIndicator(
  db: Queryable,
  orgId: string,
  overrides: Partial<IndicatorFields> & { createdBy?: string | null } = {},
): Promise<string> {
  const { createdBy = null, ...fields } = overrides;
  return insertOwnIndicator(db, orgId, createdBy, {
    name: { sv: "Testindikator", en: "Test indicator" },
    definition: { sv: "" },
    dataSource: { sv: "" },
    unit: "count",
    level: "output",
    direction: "increase",
    sectors: [],
    ...fields,
  });
}

/** The id of a catalogue indicator by code (the catalogue must be seeded: `seedIndicatorCatalogue`). */
export async function catalogueIndicatorId(db: Queryable, code: string): Promise<string> {
  const row = await findCatalogueIndicatorByCode(db, code);
  if (!row) throw new Error(`catalogue indicator ${code} is not seeded`);
  return row.id;
}

/** A value for one period, with the defaults of a plain import row (no breakdown, good quality). */
export type FactoryValue = Pick<ValueInput, "periodKey" | "value"> & Partial<Omit<ValueInput, "linkId">>;

/**
 * Links an indicator to an accounting and optionally writes its baseline, targets and values.
 * `indicator` is a catalogue code (`{ code }`), an existing id (`{ id }`) or fields of a new own
 * indicator (`{ own }`). Returns the indicator id and the link (accounting_indicators) id.
 */
export async function makeLinkedIndicator(
  db: Queryable,
  input: {
    orgId: string;
    accountingId: string;
    indicator: { code: string } | { id: string } | { own: Partial<IndicatorFields> };
    baseline?: { value: number; date: string; source: string; note?: string | null };
    targets?: readonly { periodKey: string; value: number | null }[];
    values?: readonly FactoryValue[];
    userId?: string | null;
  },
): Promise<{ indicatorId: string; linkId: string }> {
  const spec = input.indicator;
  const indicatorId =
    "code" in spec
      ? await catalogueIndicatorId(db, spec.code)
      : "id" in spec
        ? spec.id
        : await makeOwnIndicator(db, input.orgId, spec.own);
  const [linkId] = await addIndicatorsToAccounting(db, input.orgId, input.accountingId, [indicatorId], {
    chainItemId: null,
    stakeholderId: null,
  });
  if (!linkId) throw new Error(`indicator ${indicatorId} could not be linked to accounting ${input.accountingId}`);
  if (input.baseline) await upsertBaseline(db, input.orgId, linkId, input.baseline);
  if (input.targets?.length) await saveTargets(db, input.orgId, linkId, input.targets);
  if (input.values?.length) await makeIndicatorValues(db, { ...input, linkId, values: input.values });
  return { indicatorId, linkId };
}

/** Writes actual values for one linked indicator. */
export async function makeIndicatorValues(
  db: Queryable,
  input: {
    orgId: string;
    accountingId: string;
    linkId: string;
    values: readonly FactoryValue[];
    userId?: string | null;
  },
): Promise<void> {
  await upsertValues(
    db,
    input.orgId,
    input.accountingId,
    input.userId ?? null,
    input.values.map((v) => ({
      note: null,
      dataQuality: "measured",
      gender: null,
      ageBand: null,
      area: null,
      ...v,
      linkId: input.linkId,
    })),
  );
}

/** A report draft on an accounting (grant report in Swedish unless overridden). */
export async function makeReport(
  db: Queryable,
  input: {
    orgId: string;
    accountingId: string;
    userId: string;
    title?: string;
    template?: ReportTemplate;
    locale?: "sv" | "en";
    draft?: Partial<ReportDraft>;
  },
): Promise<{ id: string }> {
  return insertReport(db, {
    orgId: input.orgId,
    accountingId: input.accountingId,
    userId: input.userId,
    title: input.title ?? "Bidragsredovisning 2025",
    template: input.template ?? "grant-report",
    locale: input.locale ?? "sv",
    draft: ReportDraftSchema.parse({ narratives: {}, stories: [], ...input.draft }),
  });
}

/**
 * Saves `draft` on a report and publishes it through the publish use-case; returns the new version.
 * Throws when the use-case refuses (blocked, unchanged, stale), so a test never builds on a version
 * that does not exist.
 */
export async function publishReportVersion(
  db: Queryable,
  input: {
    orgId: string;
    accountingId: string;
    reportId: string;
    user: { id: string; name: string };
    draft?: Partial<ReportDraft>;
    publishedAt?: Date;
  },
): Promise<{ version: number; versionId: string; contentHash: string }> {
  let report = await findReport(db, input.orgId, input.reportId);
  if (!report) throw new Error(`report ${input.reportId} not found`);
  if (input.draft) {
    await updateReportDraft(db, input.orgId, input.reportId, {
      expectedVersion: report.draftVersion,
      draft: ReportDraftSchema.parse({ narratives: {}, stories: [], ...input.draft }),
      userId: input.user.id,
    });
    report = (await findReport(db, input.orgId, input.reportId))!;
  }
  const result = await publishReport(
    {
      orgId: input.orgId,
      accountingId: input.accountingId,
      reportId: input.reportId,
      user: input.user,
      expectedDraftVersion: report.draftVersion,
      publishedAt: input.publishedAt,
    },
    { db },
  );
  if (!result.ok) throw new Error(`report ${input.reportId} could not be published: ${result.reason}`);
  return result;
}

/** A report with one published version (draft `draft`, internal audience unless the draft says otherwise). */
export async function makePublishedReport(
  db: Queryable,
  input: {
    orgId: string;
    accountingId: string;
    user: { id: string; name: string };
    title?: string;
    template?: ReportTemplate;
    draft?: Partial<ReportDraft>;
  },
): Promise<{ reportId: string; version: number; versionId: string }> {
  const { id: reportId } = await makeReport(db, { ...input, userId: input.user.id });
  const draft: Partial<ReportDraft> = { audience: "internal", ...input.draft };
  const published = await publishReportVersion(db, { ...input, reportId, draft });
  return { reportId, version: published.version, versionId: published.versionId };
}
