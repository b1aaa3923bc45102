import type { Queryable } from "../client.server";
import {
  addIndicatorsToAccounting,
  insertOutcome,
  insertStakeholder,
  saveTargets,
  upsertBaseline,
  upsertValues,
  type ValueInput,
} from "../queries/indicators-accounting.server";
import { insertEvidenceLink } from "../queries/evidence.server";
import { insertOwnIndicator, upsertCatalogueIndicator } from "../queries/indicators.server";
import { demoAccountingId } from "./demo-accountings";
import { INDICATOR_CATALOGUE } from "./indicator-catalogue";
import type { ReferenceStep, SeedContext, SeedStep } from "./types";

/**
 * Indicator seeds. The REFERENCE step upserts the GSE catalogue at every start (new codes are
 * added; rows GSE has edited are never overwritten). The DEMO step gives Anna's and Omar's demo
 * accountings indicators with baselines, targets and actual values, and a few other demo
 * accountings catalogue values, so the network dashboard has data to compare.
 */

export const seedIndicatorCatalogue: ReferenceStep = async (tx) => {
  for (const row of INDICATOR_CATALOGUE) await upsertCatalogueIndicator(tx, row);
};

type PeriodValue = [periodKey: string, value: number, note?: string, quality?: ValueInput["dataQuality"]];

interface DemoIndicator {
  /** Catalogue code, or an own indicator's id. */
  code?: string;
  ownId?: string;
  outcome?: RegExp;
  baseline?: { value: number; date: string; source: string };
  targets: [string, number][];
  actuals: PeriodValue[];
  evidenceLevel?: number;
  n?: number;
}

async function catalogueId(tx: Queryable, code: string): Promise<string> {
  const row = await tx.one<{ id: string }>("SELECT id FROM indicators WHERE is_catalogue AND code = $1", [code]);
  if (!row) throw new Error(`Catalogue code ${code} is missing: run the reference seed first`);
  return row.id;
}

/** The accounting's outcome chain items; two are created (for "Deltagare") when it has none. */
async function outcomesOf(
  tx: Queryable,
  orgId: string,
  accountingId: string,
  fallback: string[],
): Promise<{ id: string; text: string }[]> {
  const existing = await tx.query<{ id: string; text: string }>(
    "SELECT id, text FROM chain_items WHERE org_id = $1 AND accounting_id = $2 AND level = 'outcome' ORDER BY position, created_at",
    [orgId, accountingId],
  );
  if (existing.length > 0 || fallback.length === 0) return existing;
  const stakeholder =
    (
      await tx.one<{ id: string }>(
        "SELECT id FROM stakeholders WHERE org_id = $1 AND accounting_id = $2 ORDER BY position LIMIT 1",
        [orgId, accountingId],
      )
    )?.id ?? (await insertStakeholder(tx, orgId, accountingId, "Deltagare"));
  const created: { id: string; text: string }[] = [];
  for (const text of fallback)
    created.push({ id: await insertOutcome(tx, orgId, accountingId, text, stakeholder), text });
  return created;
}

async function seedAccounting(
  ctx: SeedContext,
  orgSlug: string,
  title: string,
  userEmail: string | null,
  indicators: DemoIndicator[],
  fallbackOutcomes: string[],
): Promise<Map<string, string> | undefined> {
  const { tx } = ctx;
  const orgId = ctx.orgIds.get(orgSlug);
  if (!orgId) return undefined;
  const accountingId = await demoAccountingId(tx, orgSlug, title);
  const userId = userEmail ? (ctx.userIds.get(userEmail) ?? null) : null;
  const outcomes = await outcomesOf(tx, orgId, accountingId, fallbackOutcomes);
  const links = new Map<string, string>();
  const values: ValueInput[] = [];
  for (const d of indicators) {
    const indicatorId = d.ownId ?? (await catalogueId(tx, d.code!));
    const outcome = d.outcome ? outcomes.find((o) => d.outcome!.test(o.text)) : undefined;
    const [linkId] = await addIndicatorsToAccounting(tx, orgId, accountingId, [indicatorId], {
      chainItemId: outcome?.id ?? null,
      stakeholderId: null,
    });
    links.set(d.code ?? "own", linkId!);
    if (d.baseline) await upsertBaseline(tx, orgId, linkId!, d.baseline);
    await saveTargets(
      tx,
      orgId,
      linkId!,
      d.targets.map(([periodKey, value]) => ({ periodKey, value })),
    );
    for (const [periodKey, value, note, quality] of d.actuals) {
      values.push({
        linkId: linkId!,
        periodKey,
        value,
        note: note ?? null,
        dataQuality: quality ?? "measured",
        evidenceLevel: d.evidenceLevel ?? null,
        n: d.n ?? null,
        gender: null,
        ageBand: null,
        area: null,
      });
    }
  }
  await upsertValues(tx, orgId, accountingId, userId, values);
  return links;
}

export const seedIndicatorDemo: SeedStep = async (ctx) => {
  const { tx } = ctx;
  const q = (k: string) => `2025-Q${k}`;

  // Anna: Exempelföreningen Kvarteret, quarterly.
  const kvarteret = ctx.orgIds.get("kvarteret");
  let ownId: string | undefined;
  if (kvarteret) {
    ownId = await insertOwnIndicator(tx, kvarteret, ctx.userIds.get("anna@kvarteret.example") ?? null, {
      code: "KV-1",
      name: { sv: "Deltagare som lagat mat tillsammans", en: "Participants who cooked together" },
      definition: {
        sv: "Antal olika deltagare som har lagat mat tillsammans med andra i köket under perioden. Varje person räknas en gång per period.",
        en: "Number of different participants who cooked together with others in the kitchen during the period. Each person counts once per period.",
      },
      dataSource: { sv: "Köksloggen", en: "The kitchen log" },
      unit: "persons",
      level: "output",
      direction: "increase",
      sectors: ["general"],
    });
  }
  const anna = await seedAccounting(
    ctx,
    "kvarteret",
    "Arbetsträning och gemenskap 2025",
    "anna@kvarteret.example",
    [
      {
        code: "INT-03",
        outcome: /arbete|jobb|studier|syssels/i,
        baseline: { value: 12, date: "2024-12-15", source: "Uppföljningssamtal med deltagare 2024" },
        targets: [
          [q("1"), 15],
          [q("2"), 20],
          [q("3"), 25],
          [q("4"), 30],
        ],
        actuals: [
          [q("1"), 14, "3 av 21 deltagare hade jobb eller studier."],
          [q("2"), 19, "Två började på Komvux i april."],
          [q("3"), 24, "Sommarjobb räknas inte; bara anställning över tre månader."],
          [q("4"), 28, "Uppföljning per telefon i december, 26 av 29 svarade.", "self-reported"],
        ],
        evidenceLevel: 2,
        n: 26,
      },
      {
        code: "GEN-06",
        outcome: /ensam|gemenskap|sammanhang/i,
        baseline: { value: 0, date: "2025-01-10", source: "Ensamhetsskala vid start" },
        targets: [
          [q("2"), 30],
          [q("4"), 50],
        ],
        actuals: [
          [q("1"), 18, "Första mätningen efter start.", "self-reported"],
          [q("2"), 33, undefined, "self-reported"],
          [q("3"), 41, "Få svar under sommaren.", "estimated"],
          [q("4"), 52, "Enkät i december, 24 svar.", "self-reported"],
        ],
        n: 24,
      },
      {
        code: "GEN-03",
        outcome: /volont|ideell/i,
        baseline: { value: 310, date: "2024-12-31", source: "Tidrapporter 2024 (kv. 4)" },
        targets: [
          [q("1"), 300],
          [q("2"), 300],
          [q("3"), 250],
          [q("4"), 320],
        ],
        actuals: [
          [q("1"), 326, "Tidrapporter från 14 ideella."],
          [q("2"), 298],
          [q("3"), 214, "Semester: färre pass i juli."],
          [q("4"), 347, "Julmarknaden gav många extra timmar."],
        ],
      },
      {
        code: "GEN-01",
        baseline: { value: 18, date: "2024-12-31", source: "Närvarolistor 2024" },
        targets: [
          [q("1"), 20],
          [q("2"), 22],
          [q("3"), 22],
          [q("4"), 25],
        ],
        actuals: [
          [q("1"), 21, "Närvarolistor."],
          [q("2"), 24],
          [q("3"), 19, "Sommaruppehåll i tre veckor."],
          [q("4"), 29, "Nio nya deltagare via Arbetsförmedlingen."],
        ],
      },
      ...(ownId
        ? [
            {
              ownId,
              targets: [
                [q("1"), 10],
                [q("2"), 10],
                [q("3"), 8],
                [q("4"), 12],
              ] as [string, number][],
              actuals: [
                [q("1"), 11, "Tisdagsluncherna."],
                [q("2"), 12],
                [q("3"), 7, "Köket stängt två veckor.", "estimated"],
                [q("4"), 15, "Julbordet lagades av 15 deltagare."],
              ] as PeriodValue[],
            },
          ]
        : []),
    ],
    ["Deltagare kommer närmare arbete eller studier", "Deltagare känner sig mindre ensamma"],
  );
  if (anna && kvarteret) {
    const accountingId = await demoAccountingId(tx, "kvarteret", "Arbetsträning och gemenskap 2025");
    const value = await tx.one<{ id: string }>(
      "SELECT id FROM indicator_values WHERE accounting_indicator_id = $1 AND period_key = '2025-Q4' AND gender IS NULL",
      [anna.get("GEN-01")],
    );
    if (value) {
      await insertEvidenceLink(
        tx,
        kvarteret,
        accountingId,
        ctx.userIds.get("anna@kvarteret.example") ?? null,
        { indicatorValueId: value.id },
        {
          title: "Närvarolistor oktober–december 2025",
          url: "https://example.org/kvarteret/narvarolistor-2025-q4",
        },
      );
    }
  }

  // Omar: Kooperativet Solrosen, LFA by half-year; the first half-year is reported.
  await seedAccounting(
    ctx,
    "solrosen",
    "Vägen till arbete 2026",
    "omar@solrosen.example",
    [
      {
        code: "ASF-01",
        baseline: { value: 14, date: "2025-12-31", source: "Deltagarregistret 2025" },
        targets: [
          ["2026-H1", 16],
          ["2026-H2", 18],
        ],
        actuals: [["2026-H1", 17, "Två nya via kommunens arbetsmarknadsenhet."]],
      },
      {
        code: "ASF-07",
        outcome: /arbetsmarknad|målgrupp/i,
        baseline: { value: 28, date: "2025-12-31", source: "Anställningslistan december 2025" },
        targets: [
          ["2026-H1", 30],
          ["2026-H2", 30],
        ],
        actuals: [["2026-H1", 33, "6 av 18 anställda."]],
      },
      {
        code: "ASF-03",
        outcome: /arbete|studier|jobb/i,
        baseline: { value: 20, date: "2025-12-31", source: "Uppföljning av avslutade 2025" },
        targets: [
          ["2026-H1", 22],
          ["2026-H2", 25],
        ],
        actuals: [["2026-H1", 21, "Uppföljning av 14 som avslutade under 2025.", "self-reported"]],
        n: 14,
      },
    ],
    ["Fler deltagare går vidare till arbete eller studier"],
  );

  // A few other demo accountings with catalogue values (for the network's comparisons).
  const yearly = (code: string, baseline: number, target: number, actual: number): DemoIndicator => ({
    code,
    baseline: { value: baseline, date: "2024-12-31", source: "Föreningens egna listor 2024" },
    targets: [["2025", target]],
    actuals: [["2025", actual]],
  });
  await seedAccounting(
    ctx,
    "if-framat",
    "Tjejträning 2025",
    null,
    [yearly("GEN-01", 48, 60, 64), yearly("IDR-03", 35, 45, 47), yearly("GEN-03", 900, 1000, 1130)],
    [],
  );
  await seedAccounting(
    ctx,
    "sprakcafe-hisingen",
    "Språkcaféet 2025",
    null,
    [yearly("GEN-01", 80, 100, 112), yearly("INT-01", 600, 800, 760), yearly("GEN-06", 20, 40, 44)],
    [],
  );
  await seedAccounting(
    ctx,
    "vagen-vidare",
    "Samhällsekonomisk kalkyl 2025",
    null,
    [yearly("ASF-01", 40, 45, 46), yearly("ASF-03", 25, 30, 28)],
    [],
  );
  await seedAccounting(
    ctx,
    "nykter-gemenskap",
    "Socialt bokslut 2025",
    null,
    [yearly("GEN-01", 35, 40, 38), yearly("NYK-05", 55, 60, 63)],
    [],
  );
  await seedAccounting(
    ctx,
    "studiecirkel-kultur",
    "Cirklar för alla 2025",
    null,
    [yearly("STU-01", 1200, 1400, 1475), yearly("GEN-01", 90, 110, 104)],
    [],
  );
  const halfYears: DemoIndicator = {
    code: "GEN-03",
    baseline: { value: 400, date: "2024-12-31", source: "Tidrapporter 2024" },
    targets: [
      ["2025-H1", 420],
      ["2025-H2", 420],
    ],
    actuals: [
      ["2025-H1", 455],
      ["2025-H2", 398],
    ],
  };
  await seedAccounting(ctx, "grannskap-angered", "Grannskapets år 2025", null, [halfYears], []);
};
