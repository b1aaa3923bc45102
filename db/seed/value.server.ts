import { saveSocioeconomic, saveSroiMap } from "../queries/value.server";
import { socioeconomicWorkedExample } from "~/domain/socioeconomic";
import type { StoredSroiMap } from "~/domain/value/sroi-model";
import { demoAccountingId } from "./demo-accountings";
import type { SeedContext, SeedStep } from "./types";

/**
 * Demo value calculations (issue 5): Anna's "Arbetsträning och gemenskap 2025" gets the worked
 * example of docs/domain/method-guide.md §5.4 as its impact map, with a plain-Swedish justification for every
 * deduction; Vägen Vidare's "Samhällsekonomisk kalkyl 2025" gets the §6.2 example; Ungdomens Hus'
 * "Drogfria kvällar 2025" a small forecast map. Runs after the method-guide and indicator seeds.
 */

/** The §5.4 example as Anna's association would write it. */
export const KVARTERET_IMPACT_MAP: StoredSroiMap = {
  inputs: [
    { label: "Bidrag", amount: 450_000 },
    { label: "Ideell tid", amount: 291_000, volunteerHours: 1_500 },
  ],
  outcomes: [
    {
      label: "Deltagare lämnar ekonomiskt bistånd för arbete",
      stakeholder: "Deltagare",
      indicatorLabel: "ASF-05 Hushåll som lämnat ekonomiskt bistånd",
      quantity: 10,
      unit: "hushåll",
      proxyValue: 63_682,
      proxySource: "Stockholms stad, statistik om ekonomiskt bistånd 1995–2017 (genomsnitt per hushåll)",
      proxyYear: 2017,
      deadweight: 0.2,
      displacement: 0,
      attribution: 0.25,
      dropOff: 0.3,
      durationYears: 3,
      startYear: 1,
      justifications: {
        deadweight:
          "Enligt kommunens statistik lämnar ungefär var femte person i samma situation biståndet inom ett år utan särskilt stöd. Därför räknar vi med att 20 % hade hänt ändå.",
        displacement:
          "Deltagarna har fått nya jobb som annars hade varit svåra att tillsätta. Vi ser inte att de har tagit jobb från andra arbetssökande, så vi räknar med 0 %.",
        attribution:
          "Arbetsförmedlingen och socialtjänsten har också stöttat deltagarna. Vi bedömer att ungefär en fjärdedel av förändringen beror på dem.",
        dropOff:
          "Några deltagare förlorar jobbet efter hand och behöver bistånd igen. Uppföljningen visar att ungefär 30 % av effekten försvinner varje år.",
      },
    },
    {
      label: "Deltagare känner sig mindre ensamma",
      stakeholder: "Deltagare",
      indicatorLabel: "GEN-06 Andel som upplever minskad ensamhet",
      quantity: 40,
      unit: "personer",
      proxyValue: 5_000,
      placeholder: true,
      deadweight: 0.1,
      displacement: 0,
      attribution: 0.2,
      dropOff: 0,
      durationYears: 1,
      startYear: 1,
      justifications: {
        deadweight:
          "I enkäten svarade ungefär en av tio att de hade träffat nya människor ändå, till exempel genom familj eller andra föreningar.",
        displacement: "Gemenskapen hos oss tar inte bort någon annan mötesplats, så vi räknar med 0 %.",
        attribution:
          "Deltagarna går också till andra mötesplatser i området. Vi bedömer att de står för ungefär en femtedel av förändringen.",
      },
    },
  ],
};

/** A small forecast for Ungdomens Hus: drug-free evenings for young people. */
export const UNGDOMENS_HUS_IMPACT_MAP: StoredSroiMap = {
  inputs: [
    { label: "Bidrag från kommunen", amount: 180_000 },
    { label: "Ideell tid", amount: 77_600, volunteerHours: 400 },
  ],
  outcomes: [
    {
      label: "Unga skjuter upp alkoholdebuten",
      stakeholder: "Unga 13–17 år",
      indicatorLabel: "NYK-04 Andel unga som inte har druckit alkohol",
      quantity: 12,
      unit: "personer",
      proxyValue: 20_000,
      placeholder: true,
      deadweight: 0.4,
      displacement: 0,
      attribution: 0.3,
      dropOff: 0.2,
      durationYears: 2,
      startYear: 1,
      justifications: {
        deadweight:
          "Många unga i området dricker inte ändå. Vi uppskattar att 40 % av dem hade skjutit upp debuten utan kvällarna.",
        displacement: "Kvällarna tränger inte undan någon annan verksamhet för unga.",
        attribution: "Skolan och fältassistenterna arbetar också med samma sak.",
      },
    },
    {
      label: "Föräldrar känner sig tryggare",
      stakeholder: "Föräldrar",
      quantity: 30,
      unit: "personer",
      proxyValue: 2_000,
      placeholder: true,
      deadweight: 0.2,
      displacement: 0,
      attribution: 0.2,
      dropOff: 0,
      durationYears: 1,
      startYear: 1,
      justifications: {
        deadweight: "En del föräldrar hade känt sig trygga ändå.",
      },
    },
  ],
};

async function seedMap(
  ctx: SeedContext,
  orgSlug: string,
  title: string,
  userEmail: string | null,
  map: StoredSroiMap,
  kind: "forecast" | "evaluative",
) {
  const orgId = ctx.orgIds.get(orgSlug);
  if (!orgId) return;
  const accountingId = await demoAccountingId(ctx.tx, orgSlug, title);
  const userId = userEmail ? (ctx.userIds.get(userEmail) ?? null) : null;
  await saveSroiMap(ctx.tx, { orgId, accountingId, input: map, discountRate: 0.035, kind, baseVersion: 0, userId });
}

/** The demo impact maps and socio-economic account. */
export const seedValueDemo: SeedStep = async (ctx) => {
  await seedMap(
    ctx,
    "kvarteret",
    "Arbetsträning och gemenskap 2025",
    "anna@kvarteret.example",
    KVARTERET_IMPACT_MAP,
    "evaluative",
  );
  await seedMap(ctx, "ungdomens-hus", "Drogfria kvällar 2025", null, UNGDOMENS_HUS_IMPACT_MAP, "forecast");

  const vagenId = ctx.orgIds.get("vagen-vidare");
  if (vagenId) {
    const accountingId = await demoAccountingId(ctx.tx, "vagen-vidare", "Samhällsekonomisk kalkyl 2025");
    const example = socioeconomicWorkedExample();
    const input = {
      ...example,
      groups: example.groups.map((g) => ({ ...g, productionValue: g.productionValue ?? 0, items: g.items ?? [] })),
    };
    await saveSocioeconomic(ctx.tx, { orgId: vagenId, accountingId, input, baseVersion: 0, userId: null });
  }
};
