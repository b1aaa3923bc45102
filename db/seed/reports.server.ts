import { ReportDraftSchema, type ReportDraft } from "~/domain/reports/draft";
import type { ReportTemplate } from "~/domain/reports/types";
import { publishReport } from "~server/reports/publish-report.server";
import type { Queryable } from "../client.server";
import { findReport, insertReport, updateReportDraft } from "../queries/reports.server";
import { DEMO_ACCOUNTING_ID_SQL } from "./demo-accountings";
import { DEMO_USERS } from "./organisations";
import type { SeedContext } from "./types";

/**
 * Demo reports (registered last, after the method guide, indicators and value seeds):
 * - Kvarteret's SROI accounting "Arbetsträning och gemenskap 2025" has a grant report
 *   (bidragsredovisning) published twice: version 2 has a revised narrative and final finances,
 *   so the diff between the versions shows both text and figures.
 * - Solrosen's "Vägen till arbete 2026" has a published tender report.
 * The report source is assembled from the seeded data inside the seed transaction. When the
 * accountings are not there (the method-guide seed is missing), the step does nothing.
 */

type Draft = Partial<ReportDraft>;

const ANNA_V1: Draft = {
  audience: "external",
  narratives: {
    summary:
      "Under 2025 har 40 personer arbetstränat i vårt kafé och snickeri. Många har fått struktur i vardagen och nya kontakter, och flera har gått vidare till arbete eller studier.\n\nSiffrorna i den här redovisningen är preliminära: vi räknar in de sista enkätsvaren i januari.",
    organisation:
      "Exempelföreningen Kvarteret startade 2012 på Hisingen i Göteborg. Vi driver ett kafé och ett snickeri där personer som står långt från arbetsmarknaden arbetstränar med stöd av handledare.",
    need: "Många i vårt område har varit utan arbete länge och lever på ekonomiskt bistånd. De saknar ofta referenser och ett sammanhang att gå till varje dag.",
    method:
      "Deltagarna svarade på en enkät när de började och när de slutade. Vi höll två fokusgrupper och stämde av med socialtjänstens handläggare två gånger.",
    results: "De flesta målvärden är nådda. Andelen som känner sig ensamma har minskat tydligt.",
    lessons: "Vi behöver följa upp deltagarna längre efter att de slutat, för att se om förändringen håller.",
  },
  stories: [
    {
      quote:
        "Förut visste jag inte vad jag skulle göra av dagarna. Nu har jag en plats där någon väntar på mig klockan åtta.",
      who: "Deltagare i kaféet, 41 år",
      consent: true,
    },
    {
      quote: "Jag har fått tillbaka tron på att jag kan jobba.",
      who: "Deltagare i snickeriet, 29 år",
      consent: true,
    },
  ],
  finances: {
    rows: [
      { item: "Lön handledare", budget: 310_000, actual: 298_500 },
      { item: "Lokalhyra", budget: 96_000, actual: 96_000 },
      { item: "Material och livsmedel", budget: 44_000, actual: null },
    ],
    coFinancing: [{ source: "Göteborgs Stad", amount: 150_000 }],
    volunteerHours: 1_500,
    volunteerHourValue: 194,
  },
};

const ANNA_V2: Draft = {
  ...ANNA_V1,
  narratives: {
    ...ANNA_V1.narratives,
    summary:
      "Under 2025 har 40 personer arbetstränat i vårt kafé och snickeri. Många har fått struktur i vardagen och nya kontakter, och tio deltagare har gått vidare till arbete eller studier.\n\nAlla enkätsvar är nu inräknade, och ekonomin visar det slutliga utfallet för året.",
    lessons:
      "Vi behöver följa upp deltagarna längre efter att de slutat, för att se om förändringen håller. Från 2026 ringer vi alla deltagare sex månader efter att de slutat.",
  },
  stories: [
    ...(ANNA_V1.stories ?? []),
    {
      quote: "Min son har något att gå till nu. Det märks hemma.",
      who: "Anhörig",
      consent: true,
    },
    {
      quote: "Det här vill jag inte att någon läser.",
      who: "Deltagare",
      consent: false,
    },
  ],
  finances: {
    rows: [
      { item: "Lön handledare", budget: 310_000, actual: 304_200 },
      { item: "Lokalhyra", budget: 96_000, actual: 96_000 },
      { item: "Material och livsmedel", budget: 44_000, actual: 47_300 },
    ],
    coFinancing: [{ source: "Göteborgs Stad", amount: 150_000 }],
    volunteerHours: 1_620,
    volunteerHourValue: 194,
  },
};

const OMAR_TENDER: Draft = {
  audience: "external",
  narratives: {
    summary:
      "Kooperativet Solrosen lämnar anbud på arbetsträning med social hänsyn. Vi har drivit arbetsträning sedan 2015 och tar emot deltagare från hela nordöstra Göteborg.",
    compliance:
      "Vi uppfyller alla beställarens sociala krav. Varje deltagare får en egen handledare och en plan som följs upp varje månad.",
    eligibility:
      "Kooperativet är registrerat som idéburen organisation. Av de som arbetar hos oss kommer en majoritet från målgrupperna.",
    capacity: "Vi har sex handledare, egna lokaler i Gamlestaden och plats för 25 deltagare samtidigt.",
  },
  tender: {
    buyer: "Göteborgs Stad, Förvaltningen för arbetsmarknad och vuxenutbildning",
    procurementTitle: "Arbetsträning med social hänsyn 2026–2028",
    requirements: [
      {
        requirement: "Minst 20 deltagare per år ska få arbetsträning.",
        howWeMeetIt: "Vi hade 24 deltagare 2025 och har plats för 25 samtidigt.",
        evidence: "Närvarolistor 2025",
      },
      {
        requirement: "Varje deltagare ska ha en individuell plan som följs upp månadsvis.",
        howWeMeetIt: "Handledaren gör planen tillsammans med deltagaren första veckan och följer upp den varje månad.",
        evidence: "Mall för individuell plan",
      },
    ],
  },
};

async function accountingId(tx: Queryable, slug: string, title: string): Promise<string | undefined> {
  return (await tx.one<{ id: string }>(DEMO_ACCOUNTING_ID_SQL, [slug, title]))?.id;
}

function demoUser(ctx: SeedContext, email: string): { id: string; name: string } | undefined {
  const id = ctx.userIds.get(email);
  const name = DEMO_USERS.find((u) => u.email === email)?.name ?? "";
  return id ? { id, name } : undefined;
}

/** Saves a draft on the report and publishes it; an external report that the quality check blocks is published as internal. */
async function publishDraft(
  tx: Queryable,
  ids: { orgId: string; accountingId: string; reportId: string },
  user: { id: string; name: string },
  draft: Draft,
  publishedAt: Date,
): Promise<void> {
  const save = async (d: Draft) => {
    const report = await findReport(tx, ids.orgId, ids.reportId);
    if (!report) throw new Error("demo report vanished");
    await updateReportDraft(tx, ids.orgId, ids.reportId, {
      expectedVersion: report.draftVersion,
      draft: ReportDraftSchema.parse(d),
      userId: user.id,
    });
    return (await findReport(tx, ids.orgId, ids.reportId))!.draftVersion;
  };
  let version = await save(draft);
  let result = await publishReport({ ...ids, user, expectedDraftVersion: version, publishedAt }, { db: tx });
  if (!result.ok && result.reason === "blocked") {
    version = await save({ ...draft, audience: "internal" });
    result = await publishReport({ ...ids, user, expectedDraftVersion: version, publishedAt }, { db: tx });
  }
  if (!result.ok) throw new Error(`demo report could not be published: ${result.reason}`);
}

async function createDemoReport(
  tx: Queryable,
  input: {
    orgId: string;
    accountingId: string;
    title: string;
    template: ReportTemplate;
    userId: string;
  },
): Promise<string> {
  const { id } = await insertReport(tx, {
    ...input,
    locale: "sv",
    draft: { narratives: {}, stories: [] },
  });
  return id;
}

export async function seedReportsDemo(ctx: SeedContext): Promise<void> {
  const { tx } = ctx;

  const kvarteret = ctx.orgIds.get("kvarteret");
  const anna = demoUser(ctx, "anna@kvarteret.example");
  const annaAccounting = await accountingId(tx, "kvarteret", "Arbetsträning och gemenskap 2025");
  if (kvarteret && anna && annaAccounting) {
    const ids = { orgId: kvarteret, accountingId: annaAccounting };
    const reportId = await createDemoReport(tx, {
      ...ids,
      title: "Bidragsredovisning 2025 – Arbetsträning och gemenskap",
      template: "grant-report",
      userId: anna.id,
    });
    await publishDraft(tx, { ...ids, reportId }, anna, ANNA_V1, new Date("2026-01-28T10:00:00.000Z"));
    await publishDraft(tx, { ...ids, reportId }, anna, ANNA_V2, new Date("2026-02-16T09:30:00.000Z"));
  }

  const solrosen = ctx.orgIds.get("solrosen");
  const omar = demoUser(ctx, "omar@solrosen.example");
  const omarAccounting = await accountingId(tx, "solrosen", "Vägen till arbete 2026");
  if (solrosen && omar && omarAccounting) {
    const ids = { orgId: solrosen, accountingId: omarAccounting };
    const reportId = await createDemoReport(tx, {
      ...ids,
      title: "Anbud: Arbetsträning med social hänsyn 2026–2028",
      template: "tender",
      userId: omar.id,
    });
    await publishDraft(tx, { ...ids, reportId }, omar, OMAR_TENDER, new Date("2026-03-02T13:00:00.000Z"));
  }
}
