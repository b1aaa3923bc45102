import { getMethod, isValueField, sampleStepValues, type MethodStep, type StepValues } from "~/domain/method-guide";
import type { Queryable } from "../client.server";
import { DEMO_ACCOUNTINGS, type DemoAccounting } from "./demo-accountings";
import { DEMO_USERS } from "./organisations";
import type { SeedContext } from "./types";

/**
 * Demo data of the method guide: every demo accounting with its steps filled as far as `fill`
 * says ("all" = every step complete, "half" = the first half complete and the next one in
 * progress, "some" = the first two steps), plus stakeholders, an impact chain and an action plan.
 * Anna's SROI accounting tells the story of the worked example in docs/domain/method-guide.md §5.4.
 */

interface Blocks {
  stakeholders: { name: string; size: number | null; involvement: string; whatChanges: string; included?: boolean }[];
  /** `stakeholder` names one of the stakeholders above. */
  chain: {
    level: "input" | "activity" | "output" | "outcome" | "impact";
    text: string;
    stakeholder?: string;
    assumption?: string;
    risk?: string;
  }[];
  actions: { what: string; goals: string; how: string; when: string; who: string; measure: string }[];
}

/** Kvarteret's work training and loneliness story (§5.4): written out, not sample values. */
const KVARTERET_STEPS: Record<string, StepValues> = {
  "scope-and-stakeholders": {
    purpose:
      "Visa kommunen och Arvsfonden vilket värde arbetsträningen och gemenskapen i Kvarteret skapar, som underlag för redovisningen av bidraget och inför nästa ansökan.",
    audience: "Socialtjänsten i stadsdelen, Arvsfonden och föreningens medlemmar",
    analysisType: "evaluative",
    activityInScope:
      "Arbetsträningen i kaféet och second hand-butiken (fyra dagar i veckan) och fredagsluncherna med samtalsgrupp. Läxhjälpen och sommarlägret ingår inte.",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    analyst: "Anna Lindqvist, med stöd av GSE:s SROI-nätverk",
  },
  "evidence-and-value": {
    dataCollection:
      "Närvarolistor varje dag, en enkät om ensamhet (tre frågor ur UCLA-skalan) i januari och december, uppgifter från socialtjänsten om vilka som har lämnat försörjningsstöd, och intervjuer med tio deltagare och fem volontärer.",
  },
  calculate: {
    sensitivityConclusion:
      "Kvoten ligger mellan 1,00 och 1,59 i alla scenarier i känslighetsanalysen, så verksamheten ger minst lika mycket tillbaka som den kostar även när vi räknar försiktigt. Resultatet är känsligast för hur länge effekterna varar och för proxyerna: om jobben bara håller kortare tid än vi tror, eller om värdet per hushåll är en femtedel lägre, hamnar kvoten nära 1. Dödvikten kan vara upp till ungefär 35 % och tillskrivningen upp till ungefär 39 % innan kvoten går under 1. Därför ska vi följa upp hur länge deltagarna behåller jobben i stället för att uppskatta det.",
  },
  "report-and-use": {
    summary:
      "Under 2025 deltog 40 personer i arbetsträningen. Tio av dem lämnade försörjningsstöd för arbete, och nästan alla säger att de känner sig mindre ensamma. Varje investerad krona gav ungefär 1,25 kronor i social nytta. Resultatet håller så länge tillskrivningen och avtagandet ligger nära våra antaganden.",
    recommendations:
      "Fortsätt med fredagsluncherna, som deltagarna värderar högst. Följ upp deltagarna ett och två år efter att de har slutat, så att vi kan mäta avtagandet i stället för att uppskatta det.",
    recipients: "Socialtjänsten, Arvsfonden, medlemmarna på årsmötet",
    verification: "internal",
    managementResponse:
      "Styrelsen beslutade i februari 2026 att införa uppföljning efter ett år och att söka medel för en halvtidstjänst som handledare.",
  },
};

const KVARTERET_BLOCKS: Blocks = {
  stakeholders: [
    {
      name: "Deltagare",
      size: 40,
      involvement: "Enkät i januari och december och intervjuer med tio deltagare.",
      whatChanges:
        "”Jag har någonstans att gå varje morgon och folk som väntar på mig.” Fler får arbete och färre känner sig ensamma.",
    },
    {
      name: "Kommunen (socialtjänsten)",
      size: null,
      involvement: "Två möten med enhetschefen och uppgifter om försörjningsstöd.",
      whatChanges: "Lägre kostnader för ekonomiskt bistånd när deltagare får arbete.",
    },
    {
      name: "Volontärer",
      size: 25,
      involvement: "Samtal på volontärträffen i november och intervjuer med fem volontärer.",
      whatChanges: "En meningsfull uppgift och nya kontakter i stadsdelen.",
    },
    {
      name: "Grannar i stadsdelen",
      size: null,
      involvement: "Frågor till kunder i kaféet.",
      whatChanges: "Ingen väsentlig förändring som går att mäta, därför tas gruppen inte med.",
      included: false,
    },
  ],
  chain: [
    { level: "input", text: "Bidrag på 450 000 kr från kommunen" },
    { level: "input", text: "1 500 ideella timmar från volontärerna" },
    { level: "input", text: "Lokalen på Kvarnbygatan, kaféet och second hand-butiken" },
    {
      level: "activity",
      text: "Arbetsträning i kaféet och butiken fyra dagar i veckan",
      assumption: "Deltagarna kommer regelbundet.",
      risk: "Handledarna räcker inte till när gruppen växer.",
    },
    { level: "activity", text: "Gemensam lunch och samtalsgrupp varje fredag" },
    { level: "output", text: "40 deltagare under året" },
    { level: "output", text: "Cirka 6 000 timmar arbetsträning" },
    {
      level: "outcome",
      text: "10 deltagare lämnar försörjningsstöd för arbete",
      stakeholder: "Deltagare",
      assumption: "Arbetsmarknaden i närområdet har jobb som passar.",
      risk: "Jobben är tillfälliga och deltagarna kommer tillbaka till försörjningsstöd.",
    },
    { level: "outcome", text: "40 deltagare känner sig mindre ensamma", stakeholder: "Deltagare" },
    { level: "outcome", text: "Lägre kostnader för ekonomiskt bistånd", stakeholder: "Kommunen (socialtjänsten)" },
    { level: "outcome", text: "Volontärerna får en meningsfull uppgift och nya kontakter", stakeholder: "Volontärer" },
    { level: "impact", text: "Fler i egen försörjning och mindre utanförskap i stadsdelen" },
  ],
  actions: [
    {
      what: "Följ upp deltagarna ett och två år efter att de har slutat",
      goals: "Mäta avtagandet i stället för att uppskatta det",
      how: "Ett kort telefonsamtal med samtycke, samma tre frågor varje gång",
      when: "Start mars 2026",
      who: "Anna Lindqvist",
      measure: "Andel nåbara tidigare deltagare som svarar, minst 60 %",
    },
    {
      what: "Fler fredagsluncher med gäster från arbetsgivare i stadsdelen",
      goals: "Fler deltagare i arbete",
      how: "Bjud in en arbetsgivare i månaden",
      when: "Hösten 2026",
      who: "Styrelsen",
      measure: "Antal arbetsgivare som har besökt oss och antal praktikplatser",
    },
    {
      what: "Sök medel för en halvtidstjänst som handledare",
      goals: "Fler deltagare utan att kvaliteten sjunker",
      how: "Ansökan till Arvsfonden och stadsdelen",
      when: "Senast 30 september 2026",
      who: "Kassören och ordföranden",
      measure: "Beslut om finansiering",
    },
  ],
};

/** A few realistic blocks for the other demo accountings, from who the participants are. */
function genericBlocks(a: DemoAccounting): Blocks {
  const who: Record<string, string> = {
    "solrosen-lfa": "Deltagare i arbetsträning",
    "framat-snabb": "Tjejer 10–15 år",
    "majornas-lfa": "Barn och unga i Majorna",
    "sprakcafe-visorek": "Nyanlända som övar svenska",
    "angered-social": "Boende i Angered",
    "vagen-nyttosam": "Deltagare långt från arbetsmarknaden",
    "vagen-gri": "Anställda och deltagare",
    "tradgard-ecg": "Medlemmar i kooperativet",
    "nykter-visorek": "Personer i tidig nykterhet",
    "ungdomens-sroi": "Ungdomar 13–18 år",
    "kultur-snabb": "Deltagare i studiecirklarna",
    "sjobo-social": "Byborna",
    "rullstol-iso": "Medlemmar med rullstol",
    "stodgruppen-lfa": "Anhöriga i stödgrupperna",
  };
  const participants = who[a.key] ?? "Deltagare";
  return {
    stakeholders: [
      {
        name: participants,
        size: 30,
        involvement: "Samtal och en kort enkät varje termin.",
        whatChanges: "Mer gemenskap och större självförtroende.",
      },
      {
        name: "Ideella ledare",
        size: 8,
        involvement: "Ledarträffar två gånger per termin.",
        whatChanges: "Nya kunskaper och ett sammanhang.",
      },
      {
        name: "Kommunen",
        size: null,
        involvement: "Årligt möte med förvaltningen.",
        whatChanges: "En verksamhet som når fler i målgruppen.",
      },
    ],
    chain: [
      { level: "input", text: "Ideell tid, bidrag och en lokal" },
      { level: "activity", text: "Träffar varje vecka under terminerna" },
      { level: "output", text: "30 deltagare och cirka 600 deltagartillfällen" },
      {
        level: "outcome",
        text: "Deltagarna känner sig mer delaktiga och mindre ensamma",
        stakeholder: participants,
        assumption: "Deltagarna kommer regelbundet.",
      },
      { level: "impact", text: "Ett starkare civilsamhälle där fler är med" },
    ],
    actions: [
      {
        what: "Fråga deltagarna vad de vill ändra",
        goals: "Fler som stannar kvar",
        how: "Tre korta frågor i slutet av terminen",
        when: "December",
        who: "Ordföranden",
        measure: "Svarsfrekvens och andel som vill fortsätta",
      },
    ],
  };
}

/** Sample values with the last required answer taken away, so the step is "in progress". */
function partialValues(step: MethodStep): StepValues {
  const values = sampleStepValues(step);
  const required = step.fields.filter((f) => isValueField(f) && f.required);
  const last = required[required.length - 1];
  if (last && required.length > 1) delete values[last.name];
  else if (last) {
    const optional = step.fields.find((f) => isValueField(f) && !f.required);
    if (optional) return { [optional.name]: values[optional.name] };
  }
  return values;
}

function hasValueFields(step: MethodStep): boolean {
  return step.fields.some(isValueField);
}

async function insertStep(
  tx: Queryable,
  orgId: string,
  accountingId: string,
  step: MethodStep,
  data: StepValues,
  done: boolean,
  userId: string | null,
) {
  await tx.query(
    `INSERT INTO accounting_steps (org_id, accounting_id, step_key, data, status, version, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, 1, $6, now())`,
    [orgId, accountingId, step.key, data, done ? "done" : "in-progress", userId],
  );
}

async function insertBlocks(tx: Queryable, orgId: string, accountingId: string, blocks: Blocks): Promise<void> {
  const ids = new Map<string, string>();
  for (const [i, s] of blocks.stakeholders.entries()) {
    const row = await tx.one<{ id: string }>(
      `INSERT INTO stakeholders (org_id, accounting_id, name, size, involvement, what_changes, included, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [orgId, accountingId, s.name, s.size, s.involvement, s.whatChanges, s.included ?? true, i],
    );
    ids.set(s.name, row!.id);
  }
  for (const [i, c] of blocks.chain.entries()) {
    await tx.query(
      `INSERT INTO chain_items (org_id, accounting_id, level, text, stakeholder_id, assumption, risk, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        orgId,
        accountingId,
        c.level,
        c.text,
        c.stakeholder ? (ids.get(c.stakeholder) ?? null) : null,
        c.assumption ?? "",
        c.risk ?? "",
        i,
      ],
    );
  }
  for (const [i, a] of blocks.actions.entries()) {
    await tx.query(
      `INSERT INTO action_plan_items (org_id, accounting_id, what, goals, how, due, who, measure, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [orgId, accountingId, a.what, a.goals, a.how, a.when, a.who, a.measure, i],
    );
  }
}

function adminOf(orgSlug: string, userIds: Map<string, string>): string | null {
  const user = DEMO_USERS.find((u) => u.memberships.some((m) => m.orgSlug === orgSlug && m.role === "admin"));
  return user ? (userIds.get(user.email) ?? null) : null;
}

/** Creates every demo accounting (registered first among the demo steps: the others build on it). */
export async function seedMethodGuideDemo({ tx, orgIds, userIds }: SeedContext): Promise<void> {
  for (const a of DEMO_ACCOUNTINGS) {
    const orgId = orgIds.get(a.orgSlug);
    if (!orgId) continue;
    const admin = adminOf(a.orgSlug, userIds);
    const row = await tx.one<{ id: string }>(
      `INSERT INTO accountings (org_id, title, method, purpose, period_start, period_end, period_granularity, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [orgId, a.title, a.method, a.purpose, a.periodStart, a.periodEnd, a.periodGranularity, admin],
    );
    const accountingId = row!.id;
    const method = getMethod(a.method);
    const steps = method.steps;
    const doneCount =
      a.fill === "all" ? steps.length : a.fill === "half" ? Math.floor(steps.length / 2) : Math.min(2, steps.length);
    const real = a.key === "kvarteret-sroi" ? KVARTERET_STEPS : null;
    for (const [i, step] of steps.entries()) {
      if (!hasValueFields(step)) continue;
      if (i < doneCount) {
        await insertStep(tx, orgId, accountingId, step, real?.[step.key] ?? sampleStepValues(step), true, admin);
      } else if (i === doneCount && a.fill === "half") {
        await insertStep(tx, orgId, accountingId, step, partialValues(step), false, admin);
      }
    }
    await insertBlocks(tx, orgId, accountingId, a.key === "kvarteret-sroi" ? KVARTERET_BLOCKS : genericBlocks(a));
  }
}
