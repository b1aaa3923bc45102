import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { insertMembership } from "~db/queries/organisations.server";
import * as apiGet from "~/routes/api.v1.reports.$id";
import * as apiPdf from "~/routes/api.v1.reports.$id.pdf";
import * as apiList from "~/routes/api.v1.reports";
import * as reportContent from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId._index";
import * as reportDiff from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId.diff";
import * as reportPublish from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId.publish";
import * as reportStories from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId.stories";
import * as reportFinances from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId.finances";
import * as reportTender from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId.tender";
import * as versionPdf from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId_.versions.$version.pdf";
import * as versionView from "~/routes/o.$orgSlug.accountings.$accountingId.reports.$reportId_.versions.$version";
import * as reportsIndex from "~/routes/o.$orgSlug.accountings.$accountingId.reports._index";
import * as reportsNew from "~/routes/o.$orgSlug.accountings.$accountingId.reports.new";
import * as orgReports from "~/routes/o.$orgSlug.reports";
import * as publicPdf from "~/routes/r.$token.pdf";
import * as publicView from "~/routes/r.$token";
import * as tokens from "~/routes/settings_.tokens";
import { call, makeMember, makeRequest, makeUser, sessionCookieFor, useTestApp } from "../support/app";
import { makeAccounting, makeLinkedIndicator, makePublishedReport } from "../support/factories";

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
});
afterAll(() => close());

/** An association admin with an accounting and a report created through the "new report" action. */
async function setup() {
  const member = await makeMember(db);
  const { id: accountingId } = await makeAccounting(db, member.org.id, { title: "Arbetsträning 2025" });
  const params = { orgSlug: member.org.slug, accountingId };
  const base = `/o/${member.org.slug}/accountings/${accountingId}/reports`;
  const res = await call(
    reportsNew.action,
    makeRequest(`${base}/new`, {
      cookie: member.cookie,
      form: {
        intent: "create",
        title: "Bidragsredovisning 2025",
        template: "grant-report",
        locale: "sv",
      },
    }),
    params,
  );
  expect(res.status).toBe(302);
  const location = res.headers.get("Location")!;
  const reportId = location.split("/").pop()!;
  expect(location).toBe(`${base}/${reportId}`);
  return {
    ...member,
    accountingId,
    reportId,
    base: `${base}/${reportId}`,
    params: { ...params, reportId },
  };
}

async function draftVersion(reportId: string): Promise<number> {
  return (await db.one<{ v: number }>("SELECT draft_version AS v FROM reports WHERE id = $1", [reportId]))!.v;
}

async function saveContent(ctx: Awaited<ReturnType<typeof setup>>, summary: string) {
  const form: [string, string][] = [
    ["intent", "save"],
    ["draftVersion", String(await draftVersion(ctx.reportId))],
    ["title", "Bidragsredovisning 2025"],
    ["sections", "summary"],
    ["sections", "results"],
    ["sections", "stories"],
    ["sections", "finances"],
    ["narrative.summary", summary],
  ];
  return call(reportContent.action, makeRequest(ctx.base, { cookie: ctx.cookie, form }), ctx.params);
}

async function publish(ctx: Awaited<ReturnType<typeof setup>>) {
  return call(
    reportPublish.action,
    makeRequest(`${ctx.base}/publish`, {
      cookie: ctx.cookie,
      form: {
        intent: "publish",
        draftVersion: String(await draftVersion(ctx.reportId)),
      },
    }),
    ctx.params,
  );
}

async function versionId(reportId: string, version: number): Promise<string> {
  return (await db.one<{ id: string }>("SELECT id FROM report_versions WHERE report_id = $1 AND version = $2", [
    reportId,
    version,
  ]))!.id;
}

describe("report builder", () => {
  it("creates a report, saves the draft and lists it per accounting and per organisation", async () => {
    const ctx = await setup();
    expect((await saveContent(ctx, "Vi arbetstränade 40 personer.")).status).toBe(302);
    const page = await call(reportContent.loader, makeRequest(ctx.base, { cookie: ctx.cookie }), ctx.params);
    const data = await page.json();
    expect(data.chosen).toEqual(["summary", "results", "stories", "finances"]);
    expect(data.narratives.summary).toBe("Vi arbetstränade 40 personer.");
    expect(data.model.sections.map((s: { key: string }) => s.key)).toEqual([
      "summary",
      "results",
      "stories",
      "finances",
    ]);
    expect(data.model.sections[0].narrative).toBe("Vi arbetstränade 40 personer.");

    const list = await (
      await call(
        reportsIndex.loader,
        makeRequest(`/o/${ctx.org.slug}/accountings/${ctx.accountingId}/reports`, { cookie: ctx.cookie }),
        ctx.params,
      )
    ).json();
    expect(list.reports).toEqual([
      expect.objectContaining({
        id: ctx.reportId,
        title: "Bidragsredovisning 2025",
        template: "grant-report",
        latestVersion: null,
      }),
    ]);
    const orgList = await (
      await call(orgReports.loader, makeRequest(`/o/${ctx.org.slug}/reports`, { cookie: ctx.cookie }), {
        orgSlug: ctx.org.slug,
      })
    ).json();
    expect(orgList.reports).toEqual([
      expect.objectContaining({
        id: ctx.reportId,
        accountingTitle: "Arbetsträning 2025",
      }),
    ]);
  });

  it("refuses a save based on an old draft version (409) and keeps what the user typed", async () => {
    const ctx = await setup();
    const stale = await draftVersion(ctx.reportId);
    expect((await saveContent(ctx, "Första texten.")).status).toBe(302);
    const res = await call(
      reportContent.action,
      makeRequest(ctx.base, {
        cookie: ctx.cookie,
        form: [
          ["intent", "save"],
          ["draftVersion", String(stale)],
          ["title", "Ny titel"],
          ["sections", "summary"],
          ["narrative.summary", "Min text"],
        ],
      }),
      ctx.params,
    );
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.values["narrative.summary"]).toBe("Min text");
    // Both versions come back for the one conflict view: the differing text and "keep mine" on the saved version.
    expect(body.conflict.message).toBeTruthy();
    expect(body.conflict.differences).toContainEqual(
      expect.objectContaining({ path: "narratives.summary", yours: "Min text", theirs: "Första texten." }),
    );
    expect(body.conflict.keepMine.fields).toContainEqual(["draftVersion", String(body.conflict.version)]);
    const row = await db.one<{ draft: { narratives: { summary: string } } }>(
      "SELECT draft FROM reports WHERE id = $1",
      [ctx.reportId],
    );
    expect(row!.draft.narratives.summary).toBe("Första texten.");
  });

  it("validates the content form (no sections, no title) with 400 and field errors", async () => {
    const ctx = await setup();
    const res = await call(
      reportContent.action,
      makeRequest(ctx.base, {
        cookie: ctx.cookie,
        form: [
          ["intent", "save"],
          ["draftVersion", String(await draftVersion(ctx.reportId))],
          ["title", ""],
        ],
      }),
      ctx.params,
    );
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).errors).sort()).toEqual(["sections", "title"]);
  });

  it("saves stories with consent, finances and tender facts; bad amounts answer 400", async () => {
    const ctx = await setup();
    let res = await call(
      reportStories.action,
      makeRequest(`${ctx.base}/stories`, {
        cookie: ctx.cookie,
        form: [
          ["intent", "save"],
          ["draftVersion", String(await draftVersion(ctx.reportId))],
          ["stories.0.quote", "Nu har jag någonstans att gå."],
          ["stories.0.who", "Deltagare"],
          ["stories.0.consent", "yes"],
          ["stories.1.quote", "Utan samtycke."],
          ["stories.1.who", "Deltagare"],
          ["stories.2.quote", ""],
        ],
      }),
      ctx.params,
    );
    expect(res.status).toBe(302);
    res = await call(
      reportFinances.action,
      makeRequest(`${ctx.base}/finances`, {
        cookie: ctx.cookie,
        form: [
          ["intent", "save"],
          ["draftVersion", String(await draftVersion(ctx.reportId))],
          ["rows.0.item", "Lön"],
          ["rows.0.budget", "tusen"],
        ],
      }),
      ctx.params,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).errors["rows.0.budget"]).toMatch(/belopp/);
    res = await call(
      reportFinances.action,
      makeRequest(`${ctx.base}/finances`, {
        cookie: ctx.cookie,
        form: [
          ["intent", "save"],
          ["draftVersion", String(await draftVersion(ctx.reportId))],
          ["rows.0.item", "Lön"],
          ["rows.0.budget", "310 000"],
          ["rows.0.actual", "298 500,50"],
          ["volunteerHours", "1 500"],
        ],
      }),
      ctx.params,
    );
    expect(res.status).toBe(302);
    res = await call(
      reportTender.action,
      makeRequest(`${ctx.base}/tender`, {
        cookie: ctx.cookie,
        form: [
          ["intent", "save"],
          ["draftVersion", String(await draftVersion(ctx.reportId))],
          ["buyer", "Göteborgs Stad"],
          ["share", "42"],
        ],
      }),
      ctx.params,
    );
    expect(res.status).toBe(302);
    const row = await db.one<{ draft: Record<string, unknown> }>("SELECT draft FROM reports WHERE id = $1", [
      ctx.reportId,
    ]);
    expect(row!.draft.stories).toEqual([
      {
        quote: "Nu har jag någonstans att gå.",
        who: "Deltagare",
        consent: true,
      },
      { quote: "Utan samtycke.", who: "Deltagare", consent: false },
    ]);
    expect(row!.draft.finances).toMatchObject({
      rows: [{ item: "Lön", budget: 310000, actual: 298500.5 }],
      volunteerHours: 1500,
    });
    expect(row!.draft.tender).toMatchObject({
      buyer: "Göteborgs Stad",
      shareTargetGroup: 0.42,
    });

    const check = await (
      await call(reportPublish.loader, makeRequest(`${ctx.base}/publish`, { cookie: ctx.cookie }), ctx.params)
    ).json();
    const consent = check.quality.find((q: { code: string }) => q.code === "story-without-consent");
    expect(consent).toMatchObject({
      severity: "advisory",
      fixTo: `${ctx.base}/stories`,
    });
    expect(check.answers.stories).toEqual({ withConsent: 1, total: 2 });
  });

  it("removes one tender requirement with its own button and keeps the rest of the form", async () => {
    const ctx = await setup();
    const form = (extra: [string, string][]): [string, string][] => [
      ["draftVersion", ""],
      ["buyer", "Göteborgs Stad"],
      ["req.0.requirement", "Krav ett"],
      ["req.0.howWeMeetIt", "Så här"],
      ["req.1.requirement", "Krav två"],
      ["req.1.howWeMeetIt", "Och så här"],
      ...extra,
    ];
    const send = async (extra: [string, string][]) => {
      const f = form(extra);
      f[0] = ["draftVersion", String(await draftVersion(ctx.reportId))];
      return call(reportTender.action, makeRequest(`${ctx.base}/tender`, { cookie: ctx.cookie, form: f }), ctx.params);
    };
    expect((await send([["intent", "save"]])).status).toBe(302);
    const res = await send([["intent", "remove-requirement:0"]]);
    expect(res.status).toBe(302);
    const row = await db.one<{ draft: { tender: { buyer: string; requirements: { requirement: string }[] } } }>(
      "SELECT draft FROM reports WHERE id = $1",
      [ctx.reportId],
    );
    expect(row!.draft.tender.buyer).toBe("Göteborgs Stad");
    expect(row!.draft.tender.requirements.map((r) => r.requirement)).toEqual(["Krav två"]);
  });

  it("a viewer can read the report but not save or publish (403)", async () => {
    const ctx = await setup();
    const viewer = await makeUser(db);
    await insertMembership(db, ctx.org.id, viewer.id, "viewer");
    const cookie = await sessionCookieFor(viewer.id);
    expect((await call(reportContent.loader, makeRequest(ctx.base, { cookie }), ctx.params)).status).toBe(200);
    const save = await call(
      reportContent.action,
      makeRequest(ctx.base, {
        cookie,
        form: { intent: "save", draftVersion: "1", title: "x", sections: "summary" },
      }),
      ctx.params,
    );
    expect(save.status).toBe(403);
    const pub = await call(
      reportPublish.action,
      makeRequest(`${ctx.base}/publish`, {
        cookie,
        form: { intent: "publish", draftVersion: "1" },
      }),
      ctx.params,
    );
    expect(pub.status).toBe(403);
  });
});

describe("publishing", () => {
  it("freezes version N; later edits make a draft of N+1 and never change the published bytes (snapshot and PDF)", async () => {
    const ctx = await setup();
    await saveContent(ctx, "Version ett.");
    const res = await publish(ctx);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`${ctx.base}/versions/1`);
    const id1 = await versionId(ctx.reportId, 1);

    const json1 = await (
      await call(apiGet.loader, makeRequest(`/api/v1/reports/${id1}`, { cookie: ctx.cookie }), { id: id1 })
    ).text();
    const pdfRes1 = await call(apiPdf.loader, makeRequest(`/api/v1/reports/${id1}/pdf`, { cookie: ctx.cookie }), {
      id: id1,
    });
    expect(pdfRes1.headers.get("Content-Type")).toBe("application/pdf");
    const pdf1 = new Uint8Array(await pdfRes1.arrayBuffer());
    expect(new TextDecoder().decode(pdf1.slice(0, 5))).toBe("%PDF-");
    const hash1 = (await db.one<{ h: string }>("SELECT content_hash AS h FROM report_versions WHERE id = $1", [id1]))!
      .h;
    expect(createHash("sha256").update(json1, "utf8").digest("hex")).toBe(hash1);
    expect(JSON.parse(json1).sections[0].narrative).toBe("Version ett.");

    // Later edits: a new draft, then version 2.
    await saveContent(ctx, "Version två, med ändrad text.");
    const layout = await (
      await call(reportContent.loader, makeRequest(ctx.base, { cookie: ctx.cookie }), ctx.params)
    ).json();
    expect(layout.latestVersion).toBe(1);
    expect(layout.changedSinceLatest).toBe(true);
    expect((await publish(ctx)).headers.get("Location")).toBe(`${ctx.base}/versions/2`);

    const json1After = await (
      await call(apiGet.loader, makeRequest(`/api/v1/reports/${id1}`, { cookie: ctx.cookie }), { id: id1 })
    ).text();
    expect(json1After).toBe(json1);
    // Bypass the in-memory PDF cache: render again from the stored snapshot through the web route after clearing nothing but a fresh version row read.
    const pdf1After = new Uint8Array(
      await (
        await call(versionPdf.loader, makeRequest(`${ctx.base}/versions/1/pdf`, { cookie: ctx.cookie }), {
          ...ctx.params,
          version: "1",
        })
      ).arrayBuffer(),
    );
    expect(Buffer.from(pdf1After).equals(Buffer.from(pdf1))).toBe(true);
    const { renderReportPdf } = await import("~server/reports/render-report-pdf.server");
    const fresh = renderReportPdf(JSON.parse(json1After));
    expect(Buffer.from(fresh).equals(Buffer.from(pdf1))).toBe(true);

    const diff = await (
      await call(reportDiff.loader, makeRequest(`${ctx.base}/diff?from=1&to=2`, { cookie: ctx.cookie }), ctx.params)
    ).json();
    expect(diff.diff.identical).toBe(false);
    expect(
      diff.diff.texts.some(
        (c: { sectionKey: string; part: string }) => c.sectionKey === "summary" && c.part === "narrative",
      ),
    ).toBe(true);
  });

  it("refuses to publish a draft that is identical to the latest version", async () => {
    const ctx = await setup();
    await saveContent(ctx, "Samma text.");
    expect((await publish(ctx)).headers.get("Location")).toBe(`${ctx.base}/versions/1`);
    const check = await (
      await call(reportPublish.loader, makeRequest(`${ctx.base}/publish`, { cookie: ctx.cookie }), ctx.params)
    ).json();
    expect(check.unchanged).toBe(true);
    const again = await publish(ctx);
    expect(again.status).toBe(409);
    expect((await again.json()).errors._form).toContain("likadant som version 1");
    expect(
      await db.one<{ n: number }>("SELECT count(*)::int AS n FROM report_versions WHERE report_id = $1", [
        ctx.reportId,
      ]),
    ).toEqual({ n: 1 });
    // After a real change the next version can be published.
    await saveContent(ctx, "Ny text.");
    const changed = await (
      await call(reportPublish.loader, makeRequest(`${ctx.base}/publish`, { cookie: ctx.cookie }), ctx.params)
    ).json();
    expect(changed.unchanged).toBe(false);
    expect((await publish(ctx)).headers.get("Location")).toBe(`${ctx.base}/versions/2`);
  });

  it("the database refuses to update or delete a published version", async () => {
    const member = await makeMember(db);
    const accounting = await makeAccounting(db, member.org.id);
    const { versionId: id } = await makePublishedReport(db, {
      orgId: member.org.id,
      accountingId: accounting.id,
      user: member.user,
      draft: { narratives: { summary: "Orörbar." } },
    });
    await expect(db.query("UPDATE report_versions SET title = 'ändrad' WHERE id = $1", [id])).rejects.toThrow(
      /immutable/,
    );
    await expect(db.query("DELETE FROM report_versions WHERE id = $1", [id])).rejects.toThrow(/immutable/);
  });

  it("blocking quality items stop an external report; an internal report can still be published", async () => {
    const ctx = await setup();
    // An outcome indicator with a result but no baseline and no data source: blocking (§1.3, §10.2).
    await makeLinkedIndicator(db, {
      orgId: ctx.org.id,
      accountingId: ctx.accountingId,
      indicator: {
        own: {
          name: { sv: "Andel i arbete", en: "Share in work" },
          unit: "percent",
          level: "outcome",
          dataSource: { sv: "" },
        },
      },
      values: [{ periodKey: "2025", value: 31 }],
    });
    const check = await (
      await call(reportPublish.loader, makeRequest(`${ctx.base}/publish`, { cookie: ctx.cookie }), ctx.params)
    ).json();
    expect(check.canPublish).toBe(false);
    const blocking = check.quality.filter((q: { severity: string }) => q.severity === "blocking");
    expect(blocking.length).toBeGreaterThan(0);
    expect(blocking[0].fixTo).toBe(`/o/${ctx.org.slug}/accountings/${ctx.accountingId}/indicators`);

    const refused = await publish(ctx);
    expect(refused.status).toBe(400);
    expect(await db.one("SELECT 1 FROM report_versions WHERE report_id = $1", [ctx.reportId])).toBeUndefined();

    const audience = await call(
      reportPublish.action,
      makeRequest(`${ctx.base}/publish`, {
        cookie: ctx.cookie,
        form: {
          intent: "audience",
          audience: "internal",
          draftVersion: String(await draftVersion(ctx.reportId)),
        },
      }),
      ctx.params,
    );
    expect(audience.status).toBe(302);
    const ok = await publish(ctx);
    expect(ok.status).toBe(302);
    expect(
      (await db.one<{ a: string }>("SELECT audience AS a FROM report_versions WHERE report_id = $1", [ctx.reportId]))!
        .a,
    ).toBe("internal");
  });

  it("publishing from a stale page (the draft changed since it was checked) answers 409", async () => {
    const ctx = await setup();
    const stale = await draftVersion(ctx.reportId);
    await saveContent(ctx, "Ändrad efter kontrollen.");
    const res = await call(
      reportPublish.action,
      makeRequest(`${ctx.base}/publish`, {
        cookie: ctx.cookie,
        form: { intent: "publish", draftVersion: String(stale) },
      }),
      ctx.params,
    );
    expect(res.status).toBe(409);
  });
});

describe("tenancy", () => {
  it("another organisation cannot read, list, change or publish a report (404)", async () => {
    const a = await setup();
    await saveContent(a, "Hemligt.");
    await publish(a);
    const b = await makeMember(db);
    const { id: bAccounting } = await makeAccounting(db, b.org.id, { title: "Arbetsträning 2025" });
    // Through org A's URLs (not a member) and through org B's URLs with A's ids.
    for (const params of [a.params, { orgSlug: b.org.slug, accountingId: bAccounting, reportId: a.reportId }]) {
      const req = () => makeRequest(a.base, { cookie: b.cookie });
      expect((await call(reportContent.loader, req(), params)).status).toBe(404);
      expect(
        (
          await call(
            reportContent.action,
            makeRequest(a.base, {
              cookie: b.cookie,
              form: { intent: "save", draftVersion: "1", title: "x", sections: "summary" },
            }),
            params,
          )
        ).status,
      ).toBe(404);
      expect(
        (
          await call(
            reportPublish.action,
            makeRequest(a.base, {
              cookie: b.cookie,
              form: { intent: "publish", draftVersion: "1" },
            }),
            params,
          )
        ).status,
      ).toBe(404);
      expect((await call(versionView.loader, req(), { ...params, version: "1" })).status).toBe(404);
      expect((await call(versionPdf.loader, req(), { ...params, version: "1" })).status).toBe(404);
    }
    const id = await versionId(a.reportId, 1);
    expect((await call(apiGet.loader, makeRequest(`/api/v1/reports/${id}`, { cookie: b.cookie }), { id })).status).toBe(
      404,
    );
    expect(
      (await call(apiPdf.loader, makeRequest(`/api/v1/reports/${id}/pdf`, { cookie: b.cookie }), { id })).status,
    ).toBe(404);
    const list = await (await call(apiList.loader, makeRequest("/api/v1/reports", { cookie: b.cookie }))).json();
    expect(list.reports).toEqual([]);
    const orgList = await (
      await call(orgReports.loader, makeRequest(`/o/${b.org.slug}/reports`, { cookie: b.cookie }), {
        orgSlug: b.org.slug,
      })
    ).json();
    expect(orgList.reports).toEqual([]);
  });
});

describe("API", () => {
  it("lists, gets and downloads published versions with a session cookie and with a bearer token; 401 without auth; revoked tokens are rejected", async () => {
    const ctx = await setup();
    await saveContent(ctx, "API.");
    await publish(ctx);
    const id = await versionId(ctx.reportId, 1);

    const viaCookie = await (await call(apiList.loader, makeRequest("/api/v1/reports", { cookie: ctx.cookie }))).json();
    expect(viaCookie).toEqual({
      reports: [
        {
          id,
          organisation: ctx.org.name,
          title: "Bidragsredovisning 2025",
          template: "grant-report",
          method: "sroi",
          version: 1,
          publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        },
      ],
    });

    expect((await call(apiList.loader, makeRequest("/api/v1/reports"))).status).toBe(401);
    expect((await call(apiGet.loader, makeRequest(`/api/v1/reports/${id}`), { id })).status).toBe(401);
    expect(
      (
        await call(apiPdf.loader, makeRequest(`/api/v1/reports/${id}/pdf`), {
          id,
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await call(apiGet.loader, makeRequest("/api/v1/reports/not-a-uuid", { cookie: ctx.cookie }), {
          id: "not-a-uuid",
        })
      ).status,
    ).toBe(404);

    // A personal access token, created in the settings page (shown once).
    const created = await call(
      tokens.action,
      makeRequest("/settings/tokens", {
        cookie: ctx.cookie,
        form: { intent: "create", name: "Ärendesystemet", scopes: "reports:read" },
      }),
    );
    const { token } = await created.json();
    expect(token).toMatch(/^synlig_[A-Za-z0-9_-]{43}$/);
    const stored = await db.one<{ token_hash: string }>("SELECT token_hash FROM api_tokens WHERE user_id = $1", [
      ctx.user.id,
    ]);
    expect(stored!.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    const bearer = { Authorization: `Bearer ${token}` };

    const viaToken = await (await call(apiList.loader, makeRequest("/api/v1/reports", { headers: bearer }))).json();
    expect(viaToken.reports.map((r: { id: string }) => r.id)).toEqual([id]);
    const snapshot = await call(apiGet.loader, makeRequest(`/api/v1/reports/${id}`, { headers: bearer }), { id });
    expect(snapshot.status).toBe(200);
    expect((await snapshot.json()).title).toBe("Bidragsredovisning 2025");
    const pdf = await call(apiPdf.loader, makeRequest(`/api/v1/reports/${id}/pdf`, { headers: bearer }), { id });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      (await db.one<{ used: Date | null }>("SELECT last_used_at AS used FROM api_tokens WHERE user_id = $1", [
        ctx.user.id,
      ]))!.used,
    ).not.toBeNull();

    expect(
      (
        await call(
          apiList.loader,
          makeRequest("/api/v1/reports", {
            headers: { Authorization: "Bearer synlig_wrong" },
          }),
        )
      ).status,
    ).toBe(401);

    const list = await (await call(tokens.loader, makeRequest("/settings/tokens", { cookie: ctx.cookie }))).json();
    const tokenId = list.tokens[0].id;
    // Without confirmation nothing is revoked (no-JS path asks first).
    await call(
      tokens.action,
      makeRequest("/settings/tokens", {
        cookie: ctx.cookie,
        form: { intent: "revoke", tokenId },
      }),
    );
    expect((await call(apiList.loader, makeRequest("/api/v1/reports", { headers: bearer }))).status).toBe(200);
    await call(
      tokens.action,
      makeRequest("/settings/tokens", {
        cookie: ctx.cookie,
        form: { intent: "revoke", tokenId, confirmed: "yes" },
      }),
    );
    expect((await call(apiList.loader, makeRequest("/api/v1/reports", { headers: bearer }))).status).toBe(401);
    expect((await call(apiGet.loader, makeRequest(`/api/v1/reports/${id}`, { headers: bearer }), { id })).status).toBe(
      401,
    );

    // Another user's token cannot revoke or see this user's tokens.
    const other = await makeMember(db);
    const otherList = await (
      await call(tokens.loader, makeRequest("/settings/tokens", { cookie: other.cookie }))
    ).json();
    expect(otherList.tokens).toEqual([]);
  });
});

describe("public links", () => {
  it("shows only the pinned version without sign-in; follows the latest when asked; revoked and expired links answer 404", async () => {
    const ctx = await setup();
    await saveContent(ctx, "Första.");
    await publish(ctx);
    const v1 = { ...ctx.params, version: "1" };
    const pinned = await (
      await call(
        versionView.action,
        makeRequest(`${ctx.base}/versions/1`, {
          cookie: ctx.cookie,
          form: { intent: "create-link" },
        }),
        v1,
      )
    ).json();
    const following = await (
      await call(
        versionView.action,
        makeRequest(`${ctx.base}/versions/1`, {
          cookie: ctx.cookie,
          form: { intent: "create-link", follow: "yes" },
        }),
        v1,
      )
    ).json();
    const tokenOf = (link: string) => link.split("/r/")[1]!;
    const pinnedToken = tokenOf(pinned.link);
    const followToken = tokenOf(following.link);
    expect(pinnedToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hashes = (
      await db.query<{ token_hash: string }>("SELECT token_hash FROM report_links WHERE report_id = $1", [ctx.reportId])
    ).map((r) => r.token_hash);
    expect(hashes).toContain(createHash("sha256").update(pinnedToken).digest("hex"));

    await saveContent(ctx, "Andra.");
    await publish(ctx);

    const viewPinned = await call(publicView.loader, makeRequest(`/r/${pinnedToken}`), { token: pinnedToken });
    expect(viewPinned.status).toBe(200);
    expect(viewPinned.headers.get("X-Robots-Tag")).toMatch(/noindex/);
    const pinnedData = await viewPinned.json();
    expect(pinnedData.version).toBe(1);
    expect(pinnedData.model.sections[0].narrative).toBe("Första.");
    const followData = await (
      await call(publicView.loader, makeRequest(`/r/${followToken}`), {
        token: followToken,
      })
    ).json();
    expect(followData.version).toBe(2);
    const pdf = await call(publicPdf.loader, makeRequest(`/r/${pinnedToken}/pdf`), { token: pinnedToken });
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");

    expect(
      (
        await call(publicView.loader, makeRequest("/r/nonsense"), {
          token: "nonsense",
        })
      ).status,
    ).toBe(404);
    const links = await (
      await call(versionView.loader, makeRequest(`${ctx.base}/versions/1`, { cookie: ctx.cookie }), v1)
    ).json();
    const pinnedLink = links.links.find((l: { pinnedVersion: number | null }) => l.pinnedVersion === 1);
    await call(
      versionView.action,
      makeRequest(`${ctx.base}/versions/1`, {
        cookie: ctx.cookie,
        form: {
          intent: "revoke-link",
          linkId: pinnedLink.id,
          confirmed: "yes",
        },
      }),
      v1,
    );
    expect(
      (
        await call(publicView.loader, makeRequest(`/r/${pinnedToken}`), {
          token: pinnedToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(publicPdf.loader, makeRequest(`/r/${pinnedToken}/pdf`), {
          token: pinnedToken,
        })
      ).status,
    ).toBe(404);

    // Expiry: a date in the past is refused; an expired link answers 404.
    const past = await call(
      versionView.action,
      makeRequest(`${ctx.base}/versions/1`, {
        cookie: ctx.cookie,
        form: { intent: "create-link", expires: "2020-01-01" },
      }),
      v1,
    );
    expect(past.status).toBe(400);
    await db.query("UPDATE report_links SET expires_at = now() - interval '1 minute' WHERE report_id = $1", [
      ctx.reportId,
    ]);
    expect(
      (
        await call(publicView.loader, makeRequest(`/r/${followToken}`), {
          token: followToken,
        })
      ).status,
    ).toBe(404);
  });
});
