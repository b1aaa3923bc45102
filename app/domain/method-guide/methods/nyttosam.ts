/**
 * Method 6 – socio-economic evaluation, NyttoSam style (docs/domain/method-guide.md §2.6, §6). The wizard is
 * [REC], built from the structure of NyttoSam reports. The app collects the input data and makes a
 * simplified calculation; it never claims to be a NyttoSam evaluation, which needs a certified
 * evaluator.
 */
import {
  UNIT_MONTHS,
  UNIT_PEOPLE,
  UNIT_PERCENT,
  UNIT_SEK,
  UNIT_YEARS,
  actionPlanBlock,
  block,
  date,
  num,
  opt,
  select,
  t,
  text,
  textarea,
} from "../field-builders";
import type { MethodDefinition } from "../types";

export const NYTTOSAM: MethodDefinition = {
  key: "nyttosam",
  name: t("NyttoSam – samhällsekonomisk utvärdering", "NyttoSam – socio-economic evaluation"),
  summary: t(
    "Ni räknar ut vad insatsen sparar eller kostar för kommun, region, stat och individ, i kronor per aktör. Appen gör en förenklad beräkning.",
    "You work out what the intervention saves or costs the municipality, the region, the state and the individual, in money per actor. The app makes a simplified calculation.",
  ),
  suits: t(
    "Insatser för personer långt från arbetsmarknaden eller i social utsatthet, när mottagaren är kommun, region eller myndighet: upphandlingar, IOP och sociala investeringsfonder.",
    "Interventions for people far from the labour market or at social risk, when the audience is a municipality, region or state agency: tenders, IOPs and social investment funds.",
  ),
  size: ["M", "L"],
  effort: "medium",
  effortLabel: t(
    "Medel, men en fullständig NyttoSam görs av en certifierad utvärderare",
    "Medium, but a full NyttoSam is carried out by a certified evaluator",
  ),
  monetary: true,
  monetaryResult: t("Ja, per aktör", "Yes, per actor"),
  verification: t("Certifierad utvärderare", "Certified evaluator"),
  mainPurpose: t("Samhällets besparingar per aktör", "Public-sector savings per actor"),
  finalReport: t(
    "Sammanfattning, bakgrund, metod och begränsningar, tabeller per aktör, samhället totalt, känslighetsanalys, jämförelse, diskussion och bilagor med typfall och metod.",
    "Summary, background, method and limitations, tables per actor, society as a whole, sensitivity analysis, comparison, discussion, and appendices with typical cases and method.",
  ),
  provenance: "REC",
  ownerLink: "https://www.payoff.se/",
  steps: [
    {
      key: "intervention",
      title: t("Insats och målgrupp", "Intervention and target group"),
      help: t(
        "Beskriv insatsen: vem som driver den, vem som betalar, vilken målgrupp ni når och vad den kostar totalt. Var så exakt du kan med antalet deltagare och perioden, eftersom hela beräkningen bygger på dem. Exempel: ”Arbetsträning i vår second hand-butik för 24 unga vuxna med försörjningsstöd, 2025.”",
        "Describe the intervention: who runs it, who pays, which target group you reach and what it costs in total. Be as exact as you can about the number of participants and the period, as the whole calculation rests on them. Example: “Work training in our second-hand shop for 24 young adults on income support, 2025.”",
      ),
      fields: [
        text("name", t("Insatsens namn", "Name of the intervention"), { required: true, maxLength: 200 }),
        text("owner", t("Vem driver insatsen?", "Who runs the intervention?"), { required: true, maxLength: 200 }),
        text("funders", t("Finansiärer", "Funders"), { maxLength: 300 }),
        textarea("targetGroup", t("Målgrupp", "Target group"), { required: true, maxLength: 2000 }),
        num("participants", t("Antal deltagare", "Number of participants"), {
          required: true,
          min: 1,
          integer: true,
          unit: UNIT_PEOPLE,
        }),
        date("periodStart", t("Perioden börjar", "Period starts"), { required: true }),
        date("periodEnd", t("Perioden slutar", "Period ends"), { required: true }),
        num("totalCost", t("Total kostnad för insatsen", "Total cost of the intervention"), {
          required: true,
          min: 0,
          unit: UNIT_SEK,
        }),
      ],
    },
    {
      key: "classification",
      title: t("Typ av insats", "Classification"),
      help: t(
        "Välj vilken sorts insats det är. Förebyggande insatser hindrar att problem uppstår, rehabiliterande hjälper någon tillbaka, och arbetsmarknadsinsatser leder mot jobb. Skriv också hur intensiv insatsen är och hur länge en deltagare brukar vara med.",
        "Choose what kind of intervention it is. Preventive ones stop problems arising, rehabilitating ones help someone back, and labour-market ones lead towards work. Also note how intensive it is and how long a participant usually takes part.",
      ),
      fields: [
        select(
          "type",
          t("Typ av insats", "Type of intervention"),
          [
            opt("preventive", "Förebyggande", "Preventive"),
            opt("rehabilitating", "Rehabiliterande", "Rehabilitating"),
            opt("labour-market", "Arbetsmarknadsinsats", "Labour market"),
          ],
          { required: true },
        ),
        select(
          "intensity",
          t("Intensitet", "Intensity"),
          [
            opt("low", "Låg – några timmar i månaden", "Low – a few hours a month"),
            opt("medium", "Medel – några gånger i veckan", "Medium – a few times a week"),
            opt("high", "Hög – heltid eller nästan", "High – full time or nearly"),
          ],
          { required: true },
        ),
        num("durationMonths", t("Tid per deltagare", "Time per participant"), { min: 0, max: 120, unit: UNIT_MONTHS }),
      ],
    },
    {
      key: "typical-cases",
      title: t("Typfall", "Typical cases"),
      help: t(
        "Ett typfall är en påhittad men typisk deltagare som representerar en grupp av era verkliga deltagare. Gör tre till sex typfall och ange hur stor andel av deltagarna varje typfall står för. Exempel: ”Kvinna 25–35 år, försörjningsstöd i två år, ingen annan insats, 40 % av deltagarna.”",
        "A typical case is an invented but representative participant who stands for a group of your real participants. Create three to six typical cases and state what share of participants each one represents. Example: “Woman aged 25–35, on income support for two years, no other support, 40% of participants.”",
      ),
      fields: [
        block("socioeconomic", "socioeconomic", t("Typfall", "Typical cases"), { required: true }),
        textarea("notes", t("Hur valde ni typfallen?", "How did you choose the typical cases?"), { maxLength: 2000 }),
      ],
    },
    {
      key: "baseline",
      title: t("Läget före insatsen", "Situation before"),
      help: t(
        "För varje typfall fyller du i vad situationen kostar per år och vem som betalar: kommunen, regionen, Arbetsförmedlingen, Försäkringskassan, övriga staten eller personen själv. Det kan vara försörjningsstöd, vårdbesök eller andra insatser. Använd offentliga källor och skriv var siffrorna kommer ifrån.",
        "For each typical case, enter what the situation costs per year and who pays: the municipality, the region, the Public Employment Service, the Social Insurance Agency, the rest of the state or the person themselves. It may be income support, healthcare visits or other support. Use public sources and note where the figures come from.",
      ),
      fields: [
        block("socioeconomic", "socioeconomic", t("Kostnader per aktör före insatsen", "Costs per actor before"), {
          required: true,
        }),
      ],
    },
    {
      key: "after",
      title: t("Läget efter insatsen", "Situation after or alternative scenario"),
      help: t(
        "Beskriv för varje typfall hur det ser ut vid uppföljningen: arbete, studier, subventionerat jobb eller oförändrat. Fyll i de nya beloppen per aktör. Kan ni inte mäta efteråt, beskriv i stället ett rimligt alternativt scenario för hur det hade gått utan insatsen.",
        "For each typical case, describe the situation at follow-up: work, studies, a subsidised job or unchanged. Enter the new amounts per actor. If you cannot measure afterwards, describe a reasonable alternative scenario of how things would have gone without the intervention.",
      ),
      fields: [
        block(
          "socioeconomic",
          "socioeconomic",
          t("Kostnader och intäkter per aktör efter insatsen", "Costs and revenues per actor after"),
          { required: true },
        ),
      ],
    },
    {
      key: "calculation",
      title: t("Beräkning", "Calculation"),
      help: t(
        "Appen räknar fram vad insatsen ger samhället totalt och för varje aktör, på kort sikt (1 år) och medellång sikt (5 år). Den skiljer på verkliga effekter, som minskad vård, och överföringar mellan aktörer, som bidrag och skatter, eftersom överföringar tar ut varandra för samhället som helhet.",
        "The app calculates what the intervention yields for society as a whole and for each actor, over the short term (1 year) and the medium term (5 years). It separates real effects, such as less healthcare, from transfers between actors, such as benefits and taxes, because transfers cancel out for society as a whole.",
      ),
      fields: [
        select(
          "horizon",
          t("Tidshorisont", "Time horizon"),
          [
            opt("1", "1 år", "1 year"),
            opt("5", "5 år", "5 years"),
            opt("both", "Både 1 och 5 år", "Both 1 and 5 years"),
          ],
          { required: true },
        ),
        block("socioeconomic", "socioeconomic", t("Resultat per aktör", "Result per actor"), { required: true }),
      ],
    },
    {
      key: "sensitivity",
      title: t("Känslighetsanalys", "Sensitivity analysis"),
      help: t(
        "Pröva hur säkert resultatet är. Hur stor del av förändringen beror på annat än er insats, till exempel en bättre arbetsmarknad? Vad händer om insatsens kostnad skrivs av på tre år, eller om färre lyckas än ni räknat med?",
        "Test how robust the result is. How much of the change is due to something other than your intervention, such as a stronger labour market? What happens if the cost is written off over three years, or if fewer people succeed than you assumed?",
      ),
      fields: [
        num("externalFactorShare", t("Andel som beror på yttre faktorer", "Share due to external factors"), {
          required: true,
          min: 0,
          max: 100,
          unit: UNIT_PERCENT,
        }),
        num("writeOffYears", t("Avskrivningstid för insatsens kostnad", "Write-off period for the intervention cost"), {
          required: true,
          min: 1,
          max: 10,
          integer: true,
          unit: UNIT_YEARS,
        }),
        num(
          "pessimisticSuccessRate",
          t("Andel som lyckas i det pessimistiska fallet", "Success rate in the pessimistic case"),
          { min: 0, max: 100, unit: UNIT_PERCENT },
        ),
      ],
    },
    {
      key: "comparison-and-conclusions",
      title: t("Jämförelse och slutsatser", "Comparison and conclusions"),
      help: t(
        "Jämför med liknande insatser om ni känner till några, till exempel andra arbetsintegrerande sociala företag i regionen. Skriv era slutsatser och vad ni rekommenderar kommunen eller andra finansiärer. Lägg in det ni själva vill förbättra i handlingsplanen.",
        "Compare with similar interventions if you know of any, such as other work-integration social enterprises in the region. Write your conclusions and what you recommend to the municipality or other funders. Put what you want to improve yourselves in the action plan.",
      ),
      fields: [
        textarea("comparableInterventions", t("Jämförbara insatser", "Comparable interventions"), { maxLength: 3000 }),
        textarea("conclusions", t("Slutsatser", "Conclusions"), { required: true, maxLength: 5000 }),
        textarea("recommendations", t("Rekommendationer", "Recommendations"), { maxLength: 3000 }),
        actionPlanBlock(),
      ],
    },
  ],
};
