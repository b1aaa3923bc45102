import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { insertVersion } from "~db/queries/reports.server";
import type { ReportModel } from "~/domain/reports/types";
import * as members from "~/routes/o.$orgSlug.members";
import * as versionPage from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId_.versions.$version";
import * as publicReport from "~/routes/r.$token";
import { createPublicLink, resolvePublicLink } from "~server/reports/links.server";
import { call, makeMember, makeRequest, useTestApp } from "../support/app";
import { makeAccounting, makePublishedReport } from "../support/factories";

/**
 * Public links: an internal version (which has not passed the quality check for outside readers) cannot
 * get one, and no link follows the latest version onto an internal one; every link expires, after the
 * association's number of days (90 unless an admin changes it) when no end date is given.
 */
let db: Db;
let close: () => Promise<void>;
let member: Awaited<ReturnType<typeof makeMember>>;
let accountingId: string;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
  member = await makeMember(db, "association", "admin");
  accountingId = (await makeAccounting(db, member.org.id, { createdBy: member.user.id })).id;
});
afterAll(() => close());

type Fn = Parameters<typeof call>[0];
const DAY = 24 * 60 * 60 * 1000;

async function internalReport() {
  return makePublishedReport(db, { orgId: member.org.id, accountingId, user: member.user });
}

async function addVersion(reportId: string, version: number, audience: "external" | "internal") {
  return insertVersion(db, {
    orgId: member.org.id,
    reportId,
    version,
    title: `Version ${version}`,
    template: "grant-report",
    locale: "sv",
    method: "sroi",
    audience,
    snapshot: {} as ReportModel,
    contentHash: `hash-${version}-${audience}`,
    userId: member.user.id,
    userName: member.user.name,
    publishedAt: new Date(),
  });
}

function linkRequest(reportId: string, version: number, form: Record<string, string>) {
  const path = `/o/${member.org.slug}/accountings/${accountingId}/reports/${reportId}/versions/${version}`;
  return {
    request: makeRequest(path, { cookie: member.cookie, form: { intent: "create-link", ...form } }),
    params: { orgSlug: member.org.slug, accountingId, reportId, version: String(version) },
  };
}

async function linkCount(): Promise<number> {
  return (await db.one<{ n: number }>("SELECT count(*)::int AS n FROM report_links WHERE org_id = $1", [
    member.org.id,
  ]))!.n;
}

describe("public links", () => {
  it("an internal version cannot get a link (400, none stored)", async () => {
    const report = await internalReport();
    const before = await linkCount();
    for (const follow of [{}, { follow: "yes" }] as Record<string, string>[]) {
      const { request, params } = linkRequest(report.reportId, report.version, follow);
      const res = await call(versionPage.action as Fn, request, params);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Record<string, string> }).errors._form).toMatch(/intern/i);
    }
    expect(await linkCount()).toBe(before);
  });

  it("a link that follows the latest version never shows an internal one", async () => {
    const report = await internalReport();
    const v2 = await addVersion(report.reportId, 2, "external");
    const created = await createPublicLink({
      orgId: member.org.id,
      reportId: report.reportId,
      version: { id: v2.id, audience: "external" },
      follow: true,
      expiresAt: null,
      userId: member.user.id,
    });
    if (!created.ok) throw new Error("link refused");
    expect((await resolvePublicLink(created.token))?.version).toBe(2);
    await addVersion(report.reportId, 3, "internal");
    expect((await resolvePublicLink(created.token))?.version).toBe(2);
  });

  it("a link without an end date expires after 90 days, or the association's own number of days", async () => {
    const report = await internalReport();
    await addVersion(report.reportId, 2, "external");
    const { request, params } = linkRequest(report.reportId, 2, {});
    const res = await call(versionPage.action as Fn, request, params);
    expect(res.status).toBe(200);
    const token = ((await res.json()) as { link: string }).link.split("/r/")[1]!;
    const row = await db.one<{ expiresAt: Date }>(
      `SELECT expires_at AS "expiresAt" FROM report_links WHERE org_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [member.org.id],
    );
    const days = (row!.expiresAt.getTime() - Date.now()) / DAY;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(91.1);
    expect((await call(publicReport.loader as Fn, makeRequest(`/r/${token}`), { token })).status).toBe(200);

    // An admin changes the default on the members page.
    const saved = await call(
      members.action as Fn,
      makeRequest(`/o/${member.org.slug}/members`, {
        cookie: member.cookie,
        form: { intent: "link-days", days: "14" },
      }),
      { orgSlug: member.org.slug },
    );
    expect(saved.status).toBe(302);
    const refused = await call(
      members.action as Fn,
      makeRequest(`/o/${member.org.slug}/members`, { cookie: member.cookie, form: { intent: "link-days", days: "0" } }),
      { orgSlug: member.org.slug },
    );
    expect(refused.status).toBe(400);
    const again = linkRequest(report.reportId, 2, {});
    expect((await call(versionPage.action as Fn, again.request, again.params)).status).toBe(200);
    const latest = await db.one<{ expiresAt: Date }>(
      `SELECT expires_at AS "expiresAt" FROM report_links WHERE org_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [member.org.id],
    );
    const days14 = (latest!.expiresAt.getTime() - Date.now()) / DAY;
    expect(days14).toBeGreaterThan(13.9);
    expect(days14).toBeLessThan(15.1);
  });

  it("an expired link shows nothing", async () => {
    const report = await internalReport();
    const v2 = await addVersion(report.reportId, 2, "external");
    const created = await createPublicLink({
      orgId: member.org.id,
      reportId: report.reportId,
      version: { id: v2.id, audience: "external" },
      follow: false,
      expiresAt: new Date(Date.now() - 1000),
      userId: member.user.id,
    });
    if (!created.ok) throw new Error("link refused");
    expect(await resolvePublicLink(created.token)).toBeUndefined();
  });
});
