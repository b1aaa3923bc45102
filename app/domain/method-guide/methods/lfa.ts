/**
 * Method 5 – LFA, Logical Framework Approach (docs/domain/method-guide.md §2.5): Sida's nine steps [EXT].
 * The 4 × 4 logframe matrix is assembled from steps 4, 6, 7 and 9 (see `../lfa-logframe.ts`).
 */
import {
  LOW_MEDIUM_HIGH,
  UNIT_HOURS,
  UNIT_SEK,
  actionPlanBlock,
  checkbox,
  date,
  indicatorsBlock,
  list,
  num,
  opt,
  scale,
  select,
  stakeholdersBlock,
  t,
  text,
  textarea,
} from "../field-builders";
import type { MethodDefinition, SelectOption } from "../types";

/** The three levels of objectives that carry indicators in the logframe. */
export const LFA_OBJECTIVE_LEVELS: readonly SelectOption[] = [
  opt("goal", "Övergripande mål", "Overall objective"),
  opt("purpose", "Projektmål", "Project purpose"),
  opt("result", "Resultat", "Result"),
];

export const LFA: MethodDefinition = {
  key: "lfa",
  name: t("LFA – logisk ramverksmetod", "LFA – Logical Framework Approach"),
  summary: t(
    "Ni planerar ett projekt steg för steg, från problem till mål, aktiviteter, indikatorer och risker, och samlar allt i en LFA-matris.",
    "You plan a project step by step, from problem to goals, activities, indicators and risks, and bring it all together in a logframe matrix.",
  ),
  suits: t(
    "Föreningar av alla storlekar, särskilt för projektansökningar till Arvsfonden, EU eller kommunen och för samarbeten över sektorsgränser. Planering snarare än värdering.",
    "Associations of any size, especially for project applications to Arvsfonden, the EU or the municipality, and for cross-sector partnerships. Planning rather than valuing.",
  ),
  size: ["S", "M", "L"],
  effort: "low-medium",
  effortLabel: t("Låg–medel, en eller två workshoppar", "Low to medium, one or two workshops"),
  monetary: false,
  monetaryResult: t("Nej", "No"),
  verification: t("Finansiärens granskning", "Funder review"),
  mainPurpose: t("Projektplanering och uppföljning", "Project planning and follow-up"),
  finalReport: t(
    "LFA-matrisen, problem- och målträden, aktivitets- och resursplanen och risktabellen. Vid uppföljning: matrisen med uppmätta indikatorvärden.",
    "The logframe matrix, the problem and objective trees, the activity and resource plan and the risk table. At follow-up: the matrix with measured indicator values.",
  ),
  provenance: "EXT",
  ownerLink: "https://www.sida.se/",
  steps: [
    {
      key: "context-analysis",
      title: t("Omvärldsanalys", "Context analysis"),
      help: t(
        "Beskriv bakgrunden: vad händer i ert område och varför behövs projektet? Skriv vilka planer eller strategier det hänger ihop med, till exempel kommunens plan mot ensamhet bland äldre. Nämn också andra som arbetar med samma sak.",
        "Describe the background: what is happening in your area and why is the project needed? Note the plans or strategies it connects to, for example the municipality’s plan against loneliness among older people. Mention others working on the same issue, too.",
      ),
      fields: [
        textarea("background", t("Bakgrund", "Background"), { required: true, maxLength: 5000 }),
        textarea("policyLinks", t("Koppling till planer och strategier", "Links to plans and strategies"), {
          maxLength: 3000,
        }),
        textarea("otherActors", t("Andra aktörer inom området", "Other actors in the field"), { maxLength: 3000 }),
      ],
    },
    {
      key: "stakeholder-analysis",
      title: t("Intressentanalys", "Stakeholder analysis"),
      help: t(
        "Vilka berörs av projektet och vilka kan påverka det? Skriv vad varje grupp vill, hur stort inflytande den har och vilken roll den har. En boendegrupp kan till exempel vara målgrupp, bostadsbolaget samarbetspartner och kommunen beslutsfattare.",
        "Who is affected by the project and who can influence it? Note what each group wants, how much influence it has and what role it plays. A residents’ group might be the target group, the housing company a partner and the municipality the decision maker.",
      ),
      fields: [
        stakeholdersBlock(true),
        list(
          "roles",
          t("Intressen, inflytande och roll", "Interests, influence and role"),
          t("Intressent", "Stakeholder"),
          [
            text("stakeholder", t("Intressent", "Stakeholder"), { required: true, maxLength: 120 }),
            textarea("interests", t("Vad vill de?", "What do they want?"), { maxLength: 1000 }),
            select("influence", t("Inflytande", "Influence"), LOW_MEDIUM_HIGH),
            select(
              "role",
              t("Roll", "Role"),
              [
                opt("target-group", "Målgrupp", "Target group"),
                opt("partner", "Samarbetspartner", "Partner"),
                opt("decision-maker", "Beslutsfattare", "Decision maker"),
                opt("opponent", "Motståndare", "Opponent"),
              ],
              { required: true },
            ),
          ],
          { maxItems: 30 },
        ),
      ],
    },
    {
      key: "problem-analysis",
      title: t("Problemanalys", "Problem analysis"),
      help: t(
        "Skriv det centrala problemet i en mening, till exempel ”unga i området har ingenstans att vara på kvällarna”. Lista sedan orsakerna (det som ligger bakom) och följderna (det som problemet leder till). Tillsammans blir de ett problemträd.",
        "Write the core problem in one sentence, for example “young people in the area have nowhere to go in the evenings”. Then list the causes (what lies behind it) and the consequences (what it leads to). Together they form a problem tree.",
      ),
      fields: [
        textarea("coreProblem", t("Centralt problem", "Core problem"), { required: true, maxLength: 1000 }),
        list(
          "causes",
          t("Orsaker", "Causes"),
          t("Orsak", "Cause"),
          [text("text", t("Orsak", "Cause"), { required: true, maxLength: 300 })],
          { required: true, minItems: 1, maxItems: 20 },
        ),
        list(
          "consequences",
          t("Följder", "Consequences"),
          t("Följd", "Consequence"),
          [text("text", t("Följd", "Consequence"), { required: true, maxLength: 300 })],
          { required: true, minItems: 1, maxItems: 20 },
        ),
      ],
    },
    {
      key: "objectives",
      title: t("Mål", "Objectives"),
      help: t(
        "Vänd problemträdet till ett målträd: varje problem blir ett önskat läge. Skriv det övergripande målet (den långsiktiga förändring ni bidrar till), projektmålet (hur det ser ut när projektet har lyckats) och resultaten (det projektet levererar). Exempel på resultat: ”En fritidsgård är öppen tre kvällar i veckan.”",
        "Turn the problem tree into an objective tree: each problem becomes a desired situation. Write the overall objective (the long-term change you contribute to), the project purpose (what things look like when the project has succeeded) and the results (what the project delivers). Example of a result: “A youth centre is open three evenings a week.”",
      ),
      fields: [
        textarea("overallObjective", t("Övergripande mål", "Overall objective"), { required: true, maxLength: 1000 }),
        textarea("projectPurpose", t("Projektmål", "Project purpose"), { required: true, maxLength: 1000 }),
        list(
          "results",
          t("Resultat", "Results"),
          t("Resultat", "Result"),
          [text("text", t("Resultat", "Result"), { required: true, maxLength: 300 })],
          { required: true, minItems: 1, maxItems: 10 },
        ),
      ],
    },
    {
      key: "activity-plan",
      title: t("Aktivitetsplan", "Activity plan"),
      help: t(
        "Skriv vilka aktiviteter som leder fram till varje resultat, vem som ansvarar och när de ska göras. Var konkret: ”Rekrytera sex ideella ledare, Ahmed, januari–februari” är bättre än ”skapa engagemang”.",
        "Write the activities that lead to each result, who is responsible and when they will happen. Be specific: “Recruit six volunteer leaders, Ahmed, January–February” is better than “build engagement”.",
      ),
      fields: [
        list(
          "activities",
          t("Aktiviteter", "Activities"),
          t("Aktivitet", "Activity"),
          [
            text("activity", t("Aktivitet", "Activity"), { required: true, maxLength: 300 }),
            text("result", t("Vilket resultat leder den till?", "Which result does it lead to?"), { maxLength: 300 }),
            text("responsible", t("Ansvarig", "Responsible"), { required: true, maxLength: 120 }),
            date("start", t("Start", "Start")),
            date("end", t("Slut", "End")),
          ],
          { required: true, minItems: 1, maxItems: 50 },
        ),
      ],
    },
    {
      key: "resource-plan",
      title: t("Resursplan", "Resource plan"),
      help: t(
        "Gör en budget per aktivitet och räkna med både pengar och tid. Skriv hur många timmar anställda och ideella lägger ner, och om någon annan bidrar med pengar eller lokaler. Ideell tid är en viktig resurs, även om den inte kostar något.",
        "Draw up a budget per activity, counting both money and time. Note how many hours staff and volunteers put in, and whether anyone else contributes money or premises. Volunteer time is an important resource, even though it costs nothing.",
      ),
      fields: [
        list(
          "budgetLines",
          t("Budget per aktivitet", "Budget per activity"),
          t("Budgetrad", "Budget line"),
          [
            text("activity", t("Aktivitet", "Activity"), { required: true, maxLength: 300 }),
            num("amount", t("Belopp", "Amount"), { required: true, min: 0, unit: UNIT_SEK }),
            text("note", t("Kommentar", "Comment"), { maxLength: 300 }),
          ],
          { required: true, minItems: 1, maxItems: 50 },
        ),
        num("staffHours", t("Timmar för anställda", "Staff hours"), { min: 0, unit: UNIT_HOURS }),
        num("volunteerHours", t("Timmar för ideella", "Volunteer hours"), { min: 0, unit: UNIT_HOURS }),
        num("coFinancing", t("Medfinansiering", "Co-financing"), {
          min: 0,
          unit: UNIT_SEK,
          hint: t(
            "Medfinansiering är det andra bidrar med, i pengar eller i form av till exempel en gratis lokal.",
            "Co-financing is what others contribute, in money or in kind, for example a free room.",
          ),
        }),
      ],
    },
    {
      key: "indicators",
      title: t("Indikatorer och verifikationskällor", "Indicators and sources of verification"),
      help: t(
        "För varje mål och resultat väljer ni en indikator, ett utgångsläge, ett målvärde och ett datum. Skriv också var ni hittar siffran, verifikationskällan, till exempel närvarolistor eller en enkät. Exempel: ”antal unga som besöker gården varje vecka”, från 0 till 40 i december.",
        "For each objective and result, choose an indicator, a baseline, a target and a date. Also note where the figure comes from, the source of verification, such as attendance lists or a survey. Example: “number of young people visiting the centre each week”, from 0 to 40 by December.",
      ),
      fields: [
        list(
          "indicatorRows",
          t("Indikatorer per mål och resultat", "Indicators per objective and result"),
          t("Indikator", "Indicator"),
          [
            select("level", t("Nivå", "Level"), LFA_OBJECTIVE_LEVELS, { required: true }),
            text("objective", t("Mål eller resultat", "Objective or result"), { maxLength: 300 }),
            text("indicator", t("Indikator", "Indicator"), { required: true, maxLength: 200 }),
            text("baseline", t("Utgångsläge", "Baseline"), { maxLength: 120 }),
            text("target", t("Målvärde", "Target"), { required: true, maxLength: 120 }),
            date("targetDate", t("Datum för målvärdet", "Target date")),
            text("verificationSource", t("Verifikationskälla", "Source of verification"), {
              required: true,
              maxLength: 300,
            }),
          ],
          { required: true, minItems: 1, maxItems: 30 },
        ),
        indicatorsBlock(false),
      ],
    },
    {
      key: "risk-analysis",
      title: t("Riskanalys och riskhantering", "Risk analysis and risk management"),
      help: t(
        "Vad kan gå fel? Bedöm varje risk efter hur sannolik den är och hur allvarlig följden blir, från 1 (låg) till 3 (hög). Skriv vad ni gör för att minska risken, till exempel ”vi utbildar två reservledare om en ledare slutar”.",
        "What could go wrong? Rate each risk by how likely it is and how serious the consequence would be, from 1 (low) to 3 (high). Write what you will do to reduce the risk, for example “we train two reserve leaders in case a leader leaves”.",
      ),
      fields: [
        list(
          "risks",
          t("Risker", "Risks"),
          t("Risk", "Risk"),
          [
            text("risk", t("Risk", "Risk"), { required: true, maxLength: 300 }),
            scale("probability", t("Sannolikhet", "Probability"), 1, 3, {
              required: true,
              minLabel: t("1 = låg", "1 = low"),
              maxLabel: t("3 = hög", "3 = high"),
            }),
            scale("consequence", t("Konsekvens", "Consequence"), 1, 3, {
              required: true,
              minLabel: t("1 = liten", "1 = minor"),
              maxLabel: t("3 = allvarlig", "3 = serious"),
            }),
            textarea("mitigation", t("Åtgärd", "Mitigation"), { maxLength: 1000 }),
          ],
          { required: true, minItems: 1, maxItems: 30 },
        ),
      ],
    },
    {
      key: "assumptions",
      title: t("Antaganden och förutsättningar", "Assumptions and conditions for success"),
      help: t(
        "Antaganden är sådant utanför er kontroll som måste stämma för att projektet ska lyckas, till exempel att kommunen fortsätter låna ut lokalen. Skriv dem för varje nivå. Markera om något antagande är så avgörande att projektet faller om det inte håller. När detta steg är klart är LFA-matrisen komplett; planera till sist hur ni följer upp och lär er.",
        "Assumptions are things outside your control that must hold for the project to succeed, for example the municipality continuing to lend you the premises. Write them for each level. Flag any assumption so crucial that the project fails without it. Once this step is done, the logframe matrix is complete; finally, plan how you will follow up and learn.",
      ),
      fields: [
        textarea(
          "assumptionsGoal",
          t(
            "Antaganden för att det övergripande målet ska hålla på sikt",
            "Assumptions for sustaining the overall objective",
          ),
          { maxLength: 2000 },
        ),
        textarea(
          "assumptionsPurpose",
          t(
            "Antaganden för att projektmålet ska leda till det övergripande målet",
            "Assumptions needed for the purpose to lead to the overall objective",
          ),
          { required: true, maxLength: 2000 },
        ),
        textarea(
          "assumptionsResults",
          t(
            "Antaganden för att resultaten ska leda till projektmålet",
            "Assumptions needed for the results to lead to the purpose",
          ),
          { required: true, maxLength: 2000 },
        ),
        textarea("preconditions", t("Förutsättningar för att kunna börja", "Preconditions for starting"), {
          maxLength: 2000,
        }),
        checkbox(
          "hasKillerAssumption",
          t(
            "Det finns ett avgörande antagande som kan fälla projektet",
            "There is a killer assumption that could sink the project",
          ),
          {
            hint: t(
              "Ett avgörande antagande (killer assumption) är ett som är både viktigt och osäkert. Då behöver ni ändra planen eller ha en reservplan.",
              "A killer assumption is one that is both crucial and uncertain. You then need to change the plan or have a fallback.",
            ),
          },
        ),
        textarea(
          "killerAssumptionNote",
          t("Vilket antagande, och vad gör ni?", "Which assumption, and what will you do?"),
          { maxLength: 2000 },
        ),
        actionPlanBlock(),
      ],
    },
  ],
};
