/**
 * Method 4 – SROI, Social Return on Investment (docs/domain/method-guide.md §2.4): the six SROI stages [EXT].
 * Stages 2–4 fill in the shared impact map; stage 5 shows its calculation (the SROI module, §5)
 * read-only and asks the association to interpret the sensitivity analysis.
 */
import {
  actionPlanBlock,
  date,
  impactChainBlock,
  opt,
  select,
  stakeholdersBlock,
  t,
  text,
  textarea,
  block,
} from "../field-builders";
import type { MethodDefinition } from "../types";

/** Default discount rate for SROI (§1.3: 3.5 %). */
export const SROI_DEFAULT_DISCOUNT_RATE = 3.5;

export const SROI: MethodDefinition = {
  key: "sroi",
  name: t("SROI – social avkastning på investering", "SROI – Social Return on Investment"),
  summary: t(
    "Ni värderar förändringen för intressenterna i kronor och jämför med det ni har satsat, till exempel ”4 kronor i social nytta per investerad krona”.",
    "You value the change for stakeholders in money and compare it with what was invested, for example “4 kronor of social value for every krona invested”.",
  ),
  suits: t(
    "Medelstora och större föreningar eller tydligt avgränsade projekt med uppgifter om effekter. Passar finansiärer som tänker i investeringar, upphandlingar och sociala investeringsfonder.",
    "Medium-sized and larger organisations or well-defined projects with outcome data. Suits funders who think in terms of investment, tenders and social investment funds.",
  ),
  size: ["M", "L"],
  effort: "high",
  effortLabel: t(
    "Hög när den bygger på uppmätta resultat, medel som prognos med lånade värden. Kräver ofta en utbildad SROI-praktiker",
    "High when based on measured results, medium as a forecast with borrowed values. Often needs a trained SROI practitioner",
  ),
  monetary: true,
  monetaryResult: t("Ja, SROI-kvot", "Yes, SROI ratio"),
  verification: t("SROI-kvalitetsgranskning eller granskning i nätverket", "SROI assurance or network review"),
  mainPurpose: t("Investeringsargument, ansökningar och upphandlingar", "Investment case, grants and tenders"),
  finalReport: t(
    "Syfte och avgränsning, intressenter och hur de involverats, effektkedjan, hela effektkartan, finansiella proxyer med källor, motiveringar för avdragen, beräkningen, känslighetsanalys, SROI-kvoten med sitt spann, kvalitativa resultat, begränsningar och rekommendationer.",
    "Purpose and scope, stakeholders and how they were involved, the impact chain, the full impact map, financial proxies with sources, the reasoning behind deductions, the calculation, sensitivity analysis, the SROI ratio with its range, qualitative findings, limitations and recommendations.",
  ),
  provenance: "EXT",
  ownerLink: "https://www.socialvalueint.org/",
  steps: [
    {
      key: "scope-and-stakeholders",
      title: t("Avgränsning och intressenter", "Establish scope and identify stakeholders"),
      help: t(
        "Bestäm vad analysen ska omfatta, för vilken period och vem den är till för. Välj om ni gör en prognos (innan eller i början av ett projekt) eller en utvärdering (med uppmätta resultat). Lista sedan intressenterna och skriv vilka som tas med och varför, till exempel deltagarna, deras familjer och kommunen.",
        "Decide what the analysis covers, for which period and who it is for. Choose whether it is a forecast (before or early in a project) or an evaluation (based on measured results). Then list the stakeholders and note which are included and why, for example participants, their families and the municipality.",
      ),
      fields: [
        textarea("purpose", t("Syftet med analysen", "Purpose of the analysis"), { required: true, maxLength: 2000 }),
        text("audience", t("Vem är analysen till för?", "Who is the analysis for?"), {
          required: true,
          maxLength: 300,
        }),
        select(
          "analysisType",
          t("Typ av analys", "Type of analysis"),
          [
            opt("forecast", "Prognos – vad vi tror kommer att hända", "Forecast – what we expect to happen"),
            opt("evaluative", "Utvärdering – vad som faktiskt hände", "Evaluative – what actually happened"),
          ],
          { required: true },
        ),
        textarea("activityInScope", t("Vilken verksamhet ingår?", "Which activity is in scope?"), {
          required: true,
          maxLength: 2000,
        }),
        date("periodStart", t("Perioden börjar", "Period starts"), { required: true }),
        date("periodEnd", t("Perioden slutar", "Period ends"), { required: true }),
        text("analyst", t("Vem gör analysen?", "Who carries out the analysis?"), { maxLength: 200 }),
        stakeholdersBlock(
          true,
          t(
            "Ta bara med intressenter som upplever en väsentlig förändring. Skriv för varje grupp om den tas med, varför och hur ni har frågat dem, till exempel genom intervjuer med tio deltagare.",
            "Include only stakeholders who experience a material change. For each group, note whether it is included, why, and how you asked them, for example through interviews with ten participants.",
          ),
        ),
      ],
    },
    {
      key: "map-outcomes",
      title: t("Kartlägg effekter", "Map outcomes"),
      help: t(
        "Nu börjar ni fylla i effektkartan. För varje intressent skriver ni vad som satsas (pengar och ideell tid), vad som görs och vad som förändras för dem, helst med deras egna ord. Ta med oväntade och negativa effekter också, till exempel att syskon får mindre tid med föräldrarna.",
        "Now you start filling in the impact map. For each stakeholder, write what goes in (money and volunteer time), what is done and what changes for them, ideally in their own words. Include unexpected and negative outcomes too, such as siblings getting less time with their parents.",
      ),
      fields: [
        impactChainBlock(
          false,
          t(
            "Effektkedjan, som SROI-nätverket kallar värdeskapandekedjan, är grunden för effektkartan.",
            "The impact chain, which the Swedish SROI network calls the value-creation chain, is the basis for the impact map.",
          ),
        ),
        block("impactMap", "sroi-impact-map", t("Effektkarta", "Impact map"), {
          required: true,
          hint: t(
            "Effektkartan är en tabell där varje rad är en effekt för en intressentgrupp. Samma förändring för två grupper blir två rader.",
            "The impact map is a table in which each row is one outcome for one stakeholder group. The same change for two groups is two rows.",
          ),
        }),
      ],
    },
    {
      key: "evidence-and-value",
      title: t("Mät och värdera effekterna", "Evidence outcomes and give them a value"),
      help: t(
        "Välj en indikator för varje effekt och skriv hur många som upplever den och hur länge den varar. Sätt sedan ett värde i kronor med en finansiell proxy, ett pris som står för något som inte har ett marknadspris. Ange alltid källa och år, till exempel kostnaden för ett samtal hos en kurator enligt kommunens prislista.",
        "Choose an indicator for each outcome and note how many people experience it and how long it lasts. Then put a value in money on it with a financial proxy, a price that stands in for something that has no market price. Always give the source and year, for example the cost of a counselling session from the municipality’s price list.",
      ),
      fields: [
        block(
          "impactMap",
          "sroi-impact-map",
          t(
            "Effektkarta: indikatorer, antal, varaktighet och proxyer",
            "Impact map: indicators, quantities, duration and proxies",
          ),
          {
            required: true,
            hint: t(
              "En finansiell proxy är ett ungefärligt värde i kronor. Värden utan publicerad källa märks som ”illustrativt värde” i rapporten.",
              "A financial proxy is an approximate value in money. Values without a published source are marked “illustrative value” in the report.",
            ),
          },
        ),
        textarea("dataCollection", t("Hur samlade ni in uppgifterna?", "How did you collect the data?"), {
          maxLength: 3000,
        }),
      ],
    },
    {
      key: "establish-impact",
      title: t("Fastställ nettoeffekten", "Establish impact (net effect)"),
      help: t(
        "Alla effekter beror inte bara på er. Dra av dödvikt (det som hade hänt ändå), undanträngning (det som bara flyttades någon annanstans) och tillskrivning (det som andra bidrog med). Ange också avtagande, hur mycket effekten minskar varje år. Motivera varje siffra kort, till exempel: ”20 % dödvikt, eftersom en femtedel av deltagarna i en jämförbar grupp fick jobb ändå.”",
        "Not every outcome is down to you alone. Deduct deadweight (what would have happened anyway), displacement (what merely moved elsewhere) and attribution (what others contributed). Also give the drop-off, how much the outcome fades each year. Justify each figure briefly, for example: “20% deadweight, because a fifth of a comparable group found work anyway.”",
      ),
      fields: [
        block(
          "impactMap",
          "sroi-impact-map",
          t(
            "Effektkarta: dödvikt, undanträngning, tillskrivning och avtagande",
            "Impact map: deadweight, displacement, attribution and drop-off",
          ),
          {
            required: true,
            hint: t(
              "Nettoeffekten är det som finns kvar av effekten när avdragen är gjorda.",
              "The net effect is what is left of the outcome once the deductions are made.",
            ),
          },
        ),
      ],
    },
    {
      key: "calculate",
      title: t("Beräkna SROI", "Calculate the SROI"),
      help: t(
        "Appen räknar fram allt åt dig i effektkartan: nuvärdet, nettonuvärdet, SROI-kvoten, återbetalningstiden och känslighetsanalysen. Diskonteringsräntan anger du i effektkartan, normalt 3,5 %. Här tolkar du resultatet: vilka antaganden påverkar kvoten mest, och håller slutsatsen även om de är fel? Om kvoten till exempel sjunker under 1 när dödvikten höjs från 20 % till 40 %, är det värt att berätta.",
        "The app works everything out for you in the impact map: the present value, the net present value, the SROI ratio, the payback period and the sensitivity analysis. You set the discount rate in the impact map, normally 3.5%. Here you interpret the result: which assumptions move the ratio most, and does the conclusion hold even if they are wrong? If, for example, the ratio drops below 1 when deadweight goes from 20% to 40%, that is worth saying.",
      ),
      fields: [
        block(
          "impactMap",
          "sroi-impact-map",
          t(
            "Beräkningen i effektkartan: nuvärde, SROI-kvot och känslighetsanalys",
            "The calculation in the impact map: present value, SROI ratio and sensitivity analysis",
          ),
          {
            required: true,
            showResults: true,
            hint: t(
              "Siffrorna nedan räknas fram ur effektkartan med den diskonteringsränta som står där. Vill du ändra något, till exempel räntan eller en proxy, gör du det i effektkartan.",
              "The figures below are calculated from the impact map with the discount rate set there. To change anything, such as the rate or a proxy, do it in the impact map.",
            ),
          },
        ),
        textarea(
          "sensitivityConclusion",
          t(
            "Vad visar känslighetsanalysen, och vad drar ni för slutsats?",
            "What does the sensitivity analysis show, and what do you conclude?",
          ),
          {
            required: true,
            maxLength: 3000,
            hint: t(
              "Skriv med egna ord vilka antaganden som påverkar kvoten mest och hur säkra ni är på resultatet. Till exempel: ”Kvoten ligger över 1 i nästan alla scenarier. Den påverkas mest av tillskrivningen, så den ska vi mäta bättre nästa år.”",
              "Write in your own words which assumptions move the ratio most and how sure you are of the result. For example: “The ratio stays above 1 in almost every scenario. Attribution moves it most, so we will measure that better next year.”",
            ),
          },
        ),
      ],
    },
    {
      key: "report-and-use",
      title: t("Rapportera och använd resultatet", "Report, use and embed"),
      help: t(
        "Skriv en kort sammanfattning och era rekommendationer, och bestäm vem rapporten ska till. Berätta hur resultatet har granskats. Det viktigaste är att använda det ni lärt er: lägg in förbättringarna i handlingsplanen, till exempel att börja mäta den effekt som visade sig vara störst.",
        "Write a short summary and your recommendations, and decide who the report goes to. Say how the result has been checked. Most important of all is to use what you have learnt: put the improvements in the action plan, such as starting to measure the outcome that turned out to be the largest.",
      ),
      fields: [
        textarea("summary", t("Sammanfattning", "Summary"), { required: true, maxLength: 5000 }),
        textarea("recommendations", t("Rekommendationer", "Recommendations"), { maxLength: 5000 }),
        text("recipients", t("Vem får rapporten?", "Who receives the report?"), { maxLength: 300 }),
        select(
          "verification",
          t("Hur har resultatet granskats?", "How has the result been checked?"),
          [
            opt("internal", "Internt", "Internally"),
            opt("external", "Extern granskning", "External review"),
            opt("assured", "Kvalitetsgranskad av SROI-nätverket", "Assured by the SROI network"),
          ],
          { required: true },
        ),
        textarea("managementResponse", t("Styrelsens svar på resultatet", "The board’s response to the result"), {
          maxLength: 3000,
        }),
        actionPlanBlock(),
      ],
    },
  ],
};
