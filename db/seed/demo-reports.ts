import type { ReportDraft } from "~/domain/reports/draft";
import type { ReportTemplate } from "~/domain/reports/types";

/**
 * Demo reports, as data. Published versions are snapshots that only the publish use-case can
 * build, so the rows are written by `server/demo/publish-demo-reports.server.ts` (through the real
 * use-case), not by a seed step (docs/decisions/006-layers.md):
 * - Kvarteret's SROI accounting "Arbetsträning och gemenskap 2025" has a grant report
 *   (bidragsredovisning) published twice: version 2 has a revised narrative and final finances,
 *   so the diff between the versions shows both text and figures.
 * - Solrosen's "Vägen till arbete 2026" has a published tender report.
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

export interface DemoReport {
  orgSlug: string;
  userEmail: string;
  accountingTitle: string;
  title: string;
  template: ReportTemplate;
  /** Each draft is saved and published in turn, at `publishedAt`. */
  versions: { draft: Draft; publishedAt: string }[];
}

export const DEMO_REPORTS: DemoReport[] = [
  {
    orgSlug: "kvarteret",
    userEmail: "anna@kvarteret.example",
    accountingTitle: "Arbetsträning och gemenskap 2025",
    title: "Bidragsredovisning 2025 – Arbetsträning och gemenskap",
    template: "grant-report",
    versions: [
      { draft: ANNA_V1, publishedAt: "2026-01-28T10:00:00.000Z" },
      { draft: ANNA_V2, publishedAt: "2026-02-16T09:30:00.000Z" },
    ],
  },
  {
    orgSlug: "solrosen",
    userEmail: "omar@solrosen.example",
    accountingTitle: "Vägen till arbete 2026",
    title: "Anbud: Arbetsträning med social hänsyn 2026–2028",
    template: "tender",
    versions: [{ draft: OMAR_TENDER, publishedAt: "2026-03-02T13:00:00.000Z" }],
  },
];
