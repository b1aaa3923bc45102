import type { ReportModel, ReportTemplate } from "~/domain/reports/types";
import type { Queryable } from "../client.server";
import { isUuid } from "~/utils/validation";

/**
 * Reports, their published versions and public links. Every query takes the organisation id and
 * looks ids up within it, so an id from another organisation is never found.
 */

export interface ReportRow {
  id: string;
  orgId: string;
  accountingId: string;
  title: string;
  template: ReportTemplate;
  locale: "sv" | "en";
  draft: unknown;
  draftVersion: number;
  createdAt: Date;
  updatedAt: Date;
  updatedByName: string | null;
}

const REPORT_COLUMNS = `r.id, r.org_id AS "orgId", r.accounting_id AS "accountingId", r.title, r.template, r.locale, r.draft,
  r.draft_version AS "draftVersion", r.created_at AS "createdAt", r.updated_at AS "updatedAt", u.name AS "updatedByName"`;

export async function insertReport(
  db: Queryable,
  input: {
    orgId: string;
    accountingId: string;
    title: string;
    template: ReportTemplate;
    locale: "sv" | "en";
    draft: unknown;
    userId: string;
  },
): Promise<{ id: string }> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO reports (org_id, accounting_id, title, template, locale, draft, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [input.orgId, input.accountingId, input.title, input.template, input.locale, input.draft, input.userId],
  );
  return row!;
}

/** One report of this organisation (and accounting, when given), or undefined. */
export async function findReport(
  db: Queryable,
  orgId: string,
  reportId: string,
  accountingId?: string,
): Promise<ReportRow | undefined> {
  if (!isUuid(reportId)) return undefined;
  return db.one<ReportRow>(
    `SELECT ${REPORT_COLUMNS} FROM reports r LEFT JOIN users u ON u.id = r.updated_by
     WHERE r.org_id = $1 AND r.id = $2 AND ($3::uuid IS NULL OR r.accounting_id = $3::uuid)`,
    [orgId, reportId, accountingId ?? null],
  );
}

/**
 * Saves a draft if nobody saved in between (optimistic concurrency): the update only happens when
 * the stored draft_version is still `expectedVersion`. Returns the new version, or undefined on conflict.
 */
export async function updateReportDraft(
  db: Queryable,
  orgId: string,
  reportId: string,
  input: {
    expectedVersion: number;
    draft: unknown;
    title?: string;
    locale?: "sv" | "en";
    userId: string;
  },
): Promise<number | undefined> {
  const row = await db.one<{ draftVersion: number }>(
    `UPDATE reports SET draft = $4, title = COALESCE($5, title), locale = COALESCE($6, locale), updated_by = $7,
       draft_version = draft_version + 1, updated_at = now()
     WHERE org_id = $1 AND id = $2 AND draft_version = $3
     RETURNING draft_version AS "draftVersion"`,
    [orgId, reportId, input.expectedVersion, input.draft, input.title ?? null, input.locale ?? null, input.userId],
  );
  return row?.draftVersion;
}

export interface ReportListRow {
  id: string;
  accountingId: string;
  accountingTitle: string;
  title: string;
  template: ReportTemplate;
  updatedAt: Date;
  latestVersion: number | null;
  latestPublishedAt: Date | null;
  latestVersionId: string | null;
}

/** The organisation's reports (optionally of one accounting) with their latest published version, newest first. */
export async function listReports(db: Queryable, orgId: string, accountingId?: string): Promise<ReportListRow[]> {
  return db.query<ReportListRow>(
    `SELECT r.id, r.accounting_id AS "accountingId", a.title AS "accountingTitle", r.title, r.template, r.updated_at AS "updatedAt",
       v.version AS "latestVersion", v.published_at AS "latestPublishedAt", v.id AS "latestVersionId"
     FROM reports r
     JOIN accountings a ON a.id = r.accounting_id AND a.org_id = r.org_id
     LEFT JOIN LATERAL (
       SELECT rv.id, rv.version, rv.published_at FROM report_versions rv
       WHERE rv.report_id = r.id AND rv.org_id = r.org_id ORDER BY rv.version DESC LIMIT 1
     ) v ON true
     WHERE r.org_id = $1 AND ($2::uuid IS NULL OR r.accounting_id = $2::uuid)
     ORDER BY r.updated_at DESC`,
    [orgId, accountingId ?? null],
  );
}

// ---- versions -------------------------------------------------------------------------------

export interface VersionSummary {
  id: string;
  reportId: string;
  version: number;
  title: string;
  template: ReportTemplate;
  audience: "external" | "internal";
  contentHash: string;
  publishedAt: Date;
  publishedByName: string;
}

export interface VersionRow extends VersionSummary {
  orgId: string;
  locale: "sv" | "en";
  method: string;
  snapshot: ReportModel;
}

const VERSION_SUMMARY = `rv.id, rv.report_id AS "reportId", rv.version, rv.title, rv.template, rv.audience, rv.content_hash AS "contentHash",
  rv.published_at AS "publishedAt", rv.published_by_name AS "publishedByName"`;

export async function listVersions(db: Queryable, orgId: string, reportId: string): Promise<VersionSummary[]> {
  return db.query<VersionSummary>(
    `SELECT ${VERSION_SUMMARY} FROM report_versions rv WHERE rv.org_id = $1 AND rv.report_id = $2 ORDER BY rv.version DESC`,
    [orgId, reportId],
  );
}

export async function findVersion(
  db: Queryable,
  orgId: string,
  reportId: string,
  version: number,
): Promise<VersionRow | undefined> {
  if (!Number.isInteger(version) || version < 1 || version > 1_000_000) return undefined;
  return db.one<VersionRow>(
    `SELECT ${VERSION_SUMMARY}, rv.org_id AS "orgId", rv.locale, rv.method, rv.snapshot
     FROM report_versions rv WHERE rv.org_id = $1 AND rv.report_id = $2 AND rv.version = $3`,
    [orgId, reportId, version],
  );
}

export async function latestVersionNumber(db: Queryable, orgId: string, reportId: string): Promise<number> {
  const row = await db.one<{ v: number | null }>(
    `SELECT max(version) AS v FROM report_versions WHERE org_id = $1 AND report_id = $2`,
    [orgId, reportId],
  );
  return row?.v ?? 0;
}

export async function insertVersion(
  db: Queryable,
  input: {
    orgId: string;
    reportId: string;
    version: number;
    title: string;
    template: ReportTemplate;
    locale: "sv" | "en";
    method: string;
    audience: "external" | "internal";
    snapshot: ReportModel;
    contentHash: string;
    userId: string;
    userName: string;
    publishedAt: Date;
  },
): Promise<{ id: string }> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO report_versions (org_id, report_id, version, title, template, locale, method, audience, snapshot, content_hash,
       published_by, published_by_name, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      input.orgId,
      input.reportId,
      input.version,
      input.title,
      input.template,
      input.locale,
      input.method,
      input.audience,
      input.snapshot,
      input.contentHash,
      input.userId,
      input.userName,
      input.publishedAt,
    ],
  );
  return row!;
}

// ---- API: published versions visible to a user ------------------------------------------------

export interface VisibleVersionRow {
  id: string;
  organisation: string;
  orgSlug: string;
  title: string;
  template: ReportTemplate;
  method: string;
  version: number;
  publishedAt: Date;
}

/**
 * Published versions the user may see: for now, those of organisations the user is a member of
 * (funder shares come later through report_shares). Newest first.
 */
export async function listVisibleVersions(db: Queryable, userId: string): Promise<VisibleVersionRow[]> {
  return db.query<VisibleVersionRow>(
    `SELECT rv.id, o.name AS organisation, o.slug AS "orgSlug", rv.title, rv.template, rv.method, rv.version, rv.published_at AS "publishedAt"
     FROM report_versions rv
     JOIN memberships m ON m.org_id = rv.org_id AND m.user_id = $1
     JOIN organisations o ON o.id = rv.org_id
     ORDER BY rv.published_at DESC, rv.version DESC`,
    [userId],
  );
}

/** One published version by id, if the user may see it. */
export async function findVisibleVersion(
  db: Queryable,
  userId: string,
  versionId: string,
): Promise<VersionRow | undefined> {
  if (!isUuid(versionId)) return undefined;
  return db.one<VersionRow>(
    `SELECT ${VERSION_SUMMARY}, rv.org_id AS "orgId", rv.locale, rv.method, rv.snapshot
     FROM report_versions rv JOIN memberships m ON m.org_id = rv.org_id AND m.user_id = $1
     WHERE rv.id = $2`,
    [userId, versionId],
  );
}

// ---- public links ---------------------------------------------------------------------------

export interface LinkRow {
  id: string;
  reportVersionId: string | null;
  pinnedVersion: number | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export async function insertLink(
  db: Queryable,
  input: {
    orgId: string;
    reportId: string;
    reportVersionId: string | null;
    tokenHash: string;
    expiresAt: Date | null;
    userId: string;
  },
): Promise<{ id: string }> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO report_links (org_id, report_id, report_version_id, token_hash, expires_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.orgId, input.reportId, input.reportVersionId, input.tokenHash, input.expiresAt, input.userId],
  );
  return row!;
}

export async function listLinks(db: Queryable, orgId: string, reportId: string): Promise<LinkRow[]> {
  return db.query<LinkRow>(
    `SELECT l.id, l.report_version_id AS "reportVersionId", rv.version AS "pinnedVersion", l.created_at AS "createdAt",
       l.expires_at AS "expiresAt", l.revoked_at AS "revokedAt"
     FROM report_links l LEFT JOIN report_versions rv ON rv.id = l.report_version_id
     WHERE l.org_id = $1 AND l.report_id = $2 ORDER BY l.created_at DESC`,
    [orgId, reportId],
  );
}

export async function revokeLink(db: Queryable, orgId: string, reportId: string, linkId: string): Promise<boolean> {
  if (!isUuid(linkId)) return false;
  const row = await db.one(
    `UPDATE report_links SET revoked_at = now() WHERE org_id = $1 AND report_id = $2 AND id = $3 AND revoked_at IS NULL RETURNING id`,
    [orgId, reportId, linkId],
  );
  return Boolean(row);
}

/**
 * The published version a public link shows: the pinned version, or the latest one when the link
 * follows the report. Undefined for an unknown, revoked or expired link.
 */
export async function findVersionByLinkHash(
  db: Queryable,
  tokenHash: string,
): Promise<(VersionRow & { organisation: string }) | undefined> {
  return db.one(
    `SELECT ${VERSION_SUMMARY}, rv.org_id AS "orgId", rv.locale, rv.method, rv.snapshot, o.name AS organisation
     FROM report_links l
     JOIN organisations o ON o.id = l.org_id
     JOIN LATERAL (
       SELECT * FROM report_versions x
       WHERE x.org_id = l.org_id AND x.report_id = l.report_id AND (l.report_version_id IS NULL OR x.id = l.report_version_id)
         AND x.audience = 'external'
       ORDER BY x.version DESC LIMIT 1
     ) rv ON true
     WHERE l.token_hash = $1 AND l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > now())`,
    [tokenHash],
  );
}

// ---- organisation facts for the report ------------------------------------------------------

export interface ReportOrganisationRow {
  name: string;
  orgNumber: string | null;
  sector: string | null;
  ideaRegisterNumber: string | null;
  umbrellaName: string | null;
}

/** The organisation's facts a report shows (name, number, sector, confirmed umbrella, idea register). */
export async function findReportOrganisation(db: Queryable, orgId: string): Promise<ReportOrganisationRow | undefined> {
  return db.one<ReportOrganisationRow>(
    `SELECT o.name, o.org_number AS "orgNumber", o.sector, o.idea_register_number AS "ideaRegisterNumber",
       CASE WHEN o.umbrella_status = 'confirmed' THEN u.name END AS "umbrellaName"
     FROM organisations o LEFT JOIN organisations u ON u.id = o.umbrella_id
     WHERE o.id = $1`,
    [orgId],
  );
}
