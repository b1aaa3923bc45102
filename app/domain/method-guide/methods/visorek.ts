/**
 * Method 1 – VISOREK, a toolbox for social accounting (docs/domain/method-guide.md §2.1).
 * The six step names are [REC]: they follow the Grunden/Inåt/Utåt/Framåt structure.
 */
import {
  actionPlanBlock,
  date,
  impactChainBlock,
  indicatorsBlock,
  list,
  num,
  opt,
  select,
  stakeholdersBlock,
  t,
  text,
  textarea,
} from "../field-builders";
import type { MethodDefinition } from "../types";

export const VISOREK: MethodDefinition = {
  key: "visorek",
  name: t("VISOREK – verktygslåda för social redovisning", "VISOREK – a toolbox for social accounting"),
  summary: t(
    "Ni går igenom sex steg tillsammans under verksamhetsåret och visar vilken nytta ni gör, samtidigt som ni utvecklar arbetet.",
    "You work through six steps together over the operating year, showing the good you do while improving your work.",
  ),
  suits: t(
    "Små föreningar och kooperativ, även helt ideella. Bra första metod när ni vill lära er själva och kunna berätta enkelt för andra.",
    "Small associations and cooperatives, including those run entirely by volunteers. A good first method when you want to learn and report simply to others.",
  ),
  size: ["S", "M"],
  effort: "low-medium",
  effortLabel: t("Låg–medel, fördelat över ett år", "Low to medium, spread over a year"),
  monetary: false,
  monetaryResult: t("Nej", "No"),
  verification: t("Valfri extern granskare", "Optional external reviewer"),
  mainPurpose: t("Lärande och enkel redovisning", "Learning and simple reporting"),
  finalReport: t(
    "En kort social redovisning per verksamhetsår: presentation och värderingar, intressenter, resultat mål för mål med indikatortabell, deltagarnas röster, lärdomar och nästa års plan.",
    "A short social account per operating year: presentation and values, stakeholders, results goal by goal with an indicator table, participants’ voices, lessons and next year’s plan.",
  ),
  provenance: "REC",
  ownerLink: "https://www.skoopi.coop/",
  steps: [
    {
      key: "foundation",
      title: t("Grunden: syfte och värderingar", "Foundation: purpose and values"),
      help: t(
        "Börja med att skriva ner varför ni finns och vad ni tror på. Gör det tillsammans, till exempel på ett medlemsmöte, så att alla känner igen sig. En fotbollsförening kan skriva: ”Vi vill att alla barn i området ska kunna röra på sig, oavsett hur mycket pengar familjen har.”",
        "Start by writing down why you exist and what you believe in. Do it together, for example at a members’ meeting, so that everyone recognises themselves in it. A football club might write: “We want every child in the area to be able to play sport, whatever their family can afford.”",
      ),
      fields: [
        textarea("mission", t("Syfte – varför finns ni?", "Purpose – why do you exist?"), {
          required: true,
          maxLength: 2000,
        }),
        list(
          "values",
          t("Värderingar", "Values"),
          t("Värdering", "Value"),
          [text("value", t("Värdering", "Value"), { required: true, maxLength: 120 })],
          {
            required: true,
            minItems: 1,
            maxItems: 10,
            hint: t(
              "Värderingar är det ni vill ska prägla allt ni gör, till exempel ”alla får vara med” eller ”vi lyssnar på deltagarna”.",
              "Values are what you want to shape everything you do, such as “everyone can join in” or “we listen to the participants”.",
            ),
          },
        ),
        textarea("vision", t("Vision – hur ser det ut när ni har lyckats?", "Vision – what does success look like?"), {
          maxLength: 2000,
        }),
        list(
          "participants",
          t("Vilka gör arbetet?", "Who does the work?"),
          t("Person", "Person"),
          [
            text("name", t("Namn", "Name"), { required: true, maxLength: 120 }),
            text("role", t("Roll", "Role"), { maxLength: 120 }),
          ],
          { maxItems: 30 },
        ),
        date("periodStart", t("Verksamhetsåret börjar", "Operating year starts"), { required: true }),
        date("periodEnd", t("Verksamhetsåret slutar", "Operating year ends"), { required: true }),
        impactChainBlock(false),
      ],
    },
    {
      key: "stakeholders",
      title: t("Intressenter", "Stakeholders"),
      help: t(
        "Fundera på vilka som berörs av det ni gör och vilka som påverkar er. Markera de grupper ni vill höra i år, och skriv hur ni når dem. En kör kan till exempel välja körmedlemmarna, publiken och kyrkan som lånar ut lokalen.",
        "Think about who is affected by what you do and who has a say in it. Mark the groups you want to hear from this year, and note how you will reach them. A choir might choose its singers, its audience and the church that lends it a room.",
      ),
      fields: [
        stakeholdersBlock(true),
        textarea(
          "prioritisationReason",
          t("Varför har ni valt just de här grupperna?", "Why have you chosen these groups?"),
          { maxLength: 2000 },
        ),
      ],
    },
    {
      key: "goals-and-indicators",
      title: t("Sociala mål och indikatorer", "Social goals and indicators"),
      help: t(
        "Skriv några mål för vad ni vill förändra, både inåt (för medlemmar och ideella) och utåt (för samhället). Välj sedan en till tre indikatorer per mål, med utgångsläge och målvärde. Ett mål kan vara ”Fler tjejer fortsätter träna efter 13 års ålder”, och indikatorn ”andel tjejer 13–15 år som är kvar efter ett år”.",
        "Write a few goals for what you want to change, both inward (for members and volunteers) and outward (for society). Then choose one to three indicators per goal, with a baseline and a target. A goal could be “More girls keep playing after the age of 13”, and the indicator “share of girls aged 13–15 still taking part a year later”.",
      ),
      fields: [
        list(
          "goals",
          t("Mål", "Goals"),
          t("Mål", "Goal"),
          [
            text("goal", t("Mål", "Goal"), { required: true, maxLength: 300 }),
            select(
              "perspective",
              t("Perspektiv", "Perspective"),
              [
                opt("inward", "Inåt – medlemmar, ideella och anställda", "Inward – members, volunteers and staff"),
                opt(
                  "outward",
                  "Utåt – samhället, deltagare och kunder",
                  "Outward – society, participants and customers",
                ),
              ],
              { required: true },
            ),
          ],
          { required: true, minItems: 1, maxItems: 10 },
        ),
        indicatorsBlock(
          true,
          t(
            "Välj 1–3 indikatorer per mål. Utgångsläget är värdet i början av året, målvärdet det ni vill nå. Exempel: 60 % av tjejerna är kvar i dag (utgångsläge), 75 % nästa år (målvärde).",
            "Choose 1–3 indicators per goal. The baseline is the value at the start of the year, the target what you want to reach. Example: 60% of the girls stay on today (baseline), 75% next year (target).",
          ),
        ),
      ],
    },
    {
      key: "collection",
      title: t("Samla in under året", "Collecting during the year"),
      help: t(
        "Under året samlar ni in det som visar hur det går: enkäter, samtal, antal och berättelser. Skriv in varje insamling när den är gjord, så har ni allt samlat när det är dags att sammanställa. Till exempel: ”12 mars, enkät till föräldrar, 23 svar”.",
        "During the year, gather what shows how things are going: surveys, conversations, counts and stories. Log each collection when it is done, so everything is in one place when it is time to sum up. For example: “12 March, survey of parents, 23 replies”.",
      ),
      fields: [
        list(
          "collections",
          t("Insamlingar", "Collections"),
          t("Insamling", "Collection"),
          [
            date("date", t("Datum", "Date"), { required: true }),
            text("group", t("Vilken grupp?", "Which group?"), { maxLength: 120 }),
            select(
              "method",
              t("Hur?", "How?"),
              [
                opt("survey", "Enkät", "Survey"),
                opt("dialogue", "Samtal eller dialogmöte", "Conversation or dialogue meeting"),
                opt("count", "Räkning, till exempel närvaro", "Count, for example attendance"),
                opt("story", "Berättelse", "Story"),
                opt("other", "Annat", "Other"),
              ],
              { required: true },
            ),
            textarea("notes", t("Vad kom fram?", "What did you learn?"), { maxLength: 3000 }),
            num("responses", t("Antal svar eller deltagare", "Number of replies or participants"), {
              min: 0,
              integer: true,
            }),
          ],
          { required: true, minItems: 1, maxItems: 100 },
        ),
      ],
    },
    {
      key: "analysis-and-report",
      title: t("Analys och socialt bokslut", "Analysis and social accounts"),
      help: t(
        "Nu jämför ni utfallet med målvärdet för varje mål: hur gick det, och varför? Ta med några citat från deltagarna, de säger ofta mer än siffrorna. Var ärliga även med det som inte fungerade, det gör redovisningen trovärdig.",
        "Now compare the actual result with the target for each goal: how did it go, and why? Include a few quotes from participants, as they often say more than the figures. Be honest about what did not work too; that makes the account credible.",
      ),
      fields: [
        list(
          "goalResults",
          t("Resultat per mål", "Results per goal"),
          t("Mål", "Goal"),
          [
            text("goal", t("Mål", "Goal"), { required: true, maxLength: 300 }),
            select(
              "reached",
              t("Nådde ni målet?", "Did you reach the goal?"),
              [opt("yes", "Ja", "Yes"), opt("partly", "Delvis", "Partly"), opt("no", "Nej", "No")],
              { required: true },
            ),
            textarea("comment", t("Kommentar", "Comment"), { maxLength: 3000 }),
            textarea("whatWorked", t("Vad fungerade?", "What worked?"), { maxLength: 3000 }),
            textarea("whatDidNotWork", t("Vad fungerade inte?", "What did not work?"), { maxLength: 3000 }),
          ],
          { required: true, minItems: 1, maxItems: 10 },
        ),
        list(
          "quotes",
          t("Citat", "Quotes"),
          t("Citat", "Quote"),
          [
            textarea("quote", t("Citat", "Quote"), { required: true, maxLength: 1000 }),
            text("who", t("Vem sa det? (roll, inte namn)", "Who said it? (role, not name)"), { maxLength: 120 }),
          ],
          { maxItems: 20 },
        ),
        textarea("overallAssessment", t("Sammanfattande bedömning", "Overall assessment"), {
          required: true,
          maxLength: 5000,
        }),
      ],
    },
    {
      key: "forward",
      title: t("Framåt: lärdomar och nästa år", "Forward: lessons and next year"),
      help: t(
        "Bestäm vad ni ska göra annorlunda nästa år och skriv in det i handlingsplanen. Se också över målen: vilka behåller ni och vilka ändrar ni? Vill ni, kan någon utanför föreningen, till exempel en rådgivare från Coompanion, läsa redovisningen och skriva ett omdöme.",
        "Decide what you will do differently next year and put it in the action plan. Review your goals too: which will you keep and which will you change? If you like, someone outside the association, such as an adviser from Coompanion, can read the account and write a short statement.",
      ),
      fields: [
        textarea("goalsNextYear", t("Mål ni behåller eller ändrar", "Goals you keep or change"), {
          required: true,
          maxLength: 3000,
        }),
        text("reviewerName", t("Extern granskare (valfritt)", "External reviewer (optional)"), { maxLength: 120 }),
        textarea("reviewerStatement", t("Granskarens omdöme", "Reviewer’s statement"), { maxLength: 3000 }),
        actionPlanBlock(),
      ],
    },
  ],
};
