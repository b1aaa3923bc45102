/**
 * Method 3 – Social accounting (social redovisning, CBS / SoR tradition), docs/domain/method-guide.md §2.3.
 * The four phases are [EXT]; the step names within them are [REC] (Malmö umbrella guide's building
 * blocks). Step 0 is the decision basis in the interest phase.
 */
import {
  UNIT_HOURS,
  actionPlanBlock,
  date,
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
import type { Localized, MethodDefinition, SelectOption } from "../types";

/** The four phases of the SoR model (§2.3) [EXT]. */
export const SOCIAL_ACCOUNTING_PHASES = {
  interest: t("Intressefas", "Interest phase"),
  preparation: t("Förberedelsefas", "Preparation phase"),
  implementation: t("Genomförandefas", "Implementation phase"),
  development: t("Utvecklingsfas", "Development phase"),
} as const satisfies Record<string, Localized>;

const MEASUREMENT_METHODS: readonly SelectOption[] = [
  opt("survey", "Enkät", "Survey"),
  opt("interview", "Intervju eller samtal", "Interview or conversation"),
  opt("focus-group", "Fokusgrupp", "Focus group"),
  opt("count", "Räkning, till exempel närvaro", "Count, for example attendance"),
  opt("observation", "Observation", "Observation"),
  opt("register", "Register eller egna listor", "Register or own records"),
  opt("other", "Annat", "Other"),
];

export const SOCIAL_ACCOUNTING: MethodDefinition = {
  key: "social-accounting",
  name: t("Social redovisning", "Social accounting"),
  summary: t(
    "Ni redovisar sociala resultat lika noggrant som ekonomin: social budget, löpande bokföring, bokslut och en extern social revision.",
    "You account for social results as carefully as for money: a social budget, running records, closing accounts and an external social audit.",
  ),
  suits: t(
    "Föreningar och kooperativ av alla storlekar som kan arbeta med det under ett helt verksamhetsår. Stark för intern styrning och för finansiärer som vill höra intressenternas röst.",
    "Associations and cooperatives of any size that can commit to a full operating year. Strong for internal management and for funders who value stakeholders’ voices.",
  ),
  size: ["S", "M", "L"],
  effort: "medium-high",
  effortLabel: t("Medel–hög, under ett helt verksamhetsår", "Medium to high, over a full operating year"),
  monetary: false,
  monetaryResult: t("Nej", "No"),
  verification: t("Social revision", "Social audit"),
  mainPurpose: t("Lärande och ansvarsredovisning", "Learning and accountability"),
  finalReport: t(
    "En social årsberättelse med värdegrund, intressenter, budget mot utfall per konto, intressenternas synpunkter, revisorernas utlåtande och nästa års sociala budget.",
    "A social annual report with values, stakeholders, budget against actual results per account, stakeholders’ views, the auditors’ statement and next year’s social budget.",
  ),
  provenance: "REC",
  ownerLink: "https://www.socialauditnetwork.org.uk/",
  steps: [
    {
      key: "decision-basis",
      phase: SOCIAL_ACCOUNTING_PHASES.interest,
      title: t("Beslutsunderlag", "Decision basis"),
      help: t(
        "Innan ni börjar: skriv varför ni vill göra en social redovisning just nu och vad ni hoppas få ut av den. Gör en grov uppskattning av hur många timmar det tar. Underlaget hjälper styrelsen att fatta ett beslut, till exempel på nästa styrelsemöte.",
        "Before you start, write down why you want to do a social account now and what you hope to gain. Make a rough estimate of how many hours it will take. This helps the board make a decision, for example at its next meeting.",
      ),
      fields: [
        textarea("whyNow", t("Varför just nu?", "Why now?"), { required: true, maxLength: 2000 }),
        textarea("expectedBenefits", t("Vad hoppas ni få ut av det?", "What do you hope to gain?"), {
          required: true,
          maxLength: 2000,
        }),
        num("estimatedHours", t("Uppskattad tid", "Estimated time"), { min: 0, max: 100000, unit: UNIT_HOURS }),
        date("boardDecisionDate", t("Datum för styrelsens beslut", "Date of the board’s decision")),
      ],
    },
    {
      key: "decision-and-organisation",
      phase: SOCIAL_ACCOUNTING_PHASES.preparation,
      title: t("Beslut och organisation", "Decision and organisation"),
      help: t(
        "Utse en styrgrupp och en person som håller ihop arbetet. Bestäm hur mycket tid ni lägger på det. I en liten förening kan styrgruppen vara två personer ur styrelsen och en ideell ledare.",
        "Appoint a steering group and one person to coordinate the work. Decide how much time you will spend on it. In a small association the steering group can be two board members and one volunteer leader.",
      ),
      fields: [
        list(
          "steeringGroup",
          t("Styrgrupp", "Steering group"),
          t("Person", "Person"),
          [
            text("name", t("Namn", "Name"), { required: true, maxLength: 120 }),
            text("role", t("Roll", "Role"), { maxLength: 120 }),
          ],
          { required: true, minItems: 1, maxItems: 15 },
        ),
        text("responsiblePerson", t("Ansvarig person", "Person responsible"), { required: true, maxLength: 120 }),
        num("timeBudgetHours", t("Tidsbudget", "Time budget"), { min: 0, max: 100000, unit: UNIT_HOURS }),
      ],
    },
    {
      key: "stakeholders",
      phase: SOCIAL_ACCOUNTING_PHASES.preparation,
      title: t("Identifiera och involvera intressenter", "Identify and involve stakeholders"),
      help: t(
        "Gör en lista över era intressenter och bestäm hur ni ska höra var och en: enkät, fokusgrupp eller en panel som träffas några gånger. En öppen förskola kan till exempel fråga föräldrarna med en kort enkät och personalen i ett samtal.",
        "List your stakeholders and decide how you will hear from each group: a survey, a focus group or a panel that meets a few times. An open pre-school might ask parents through a short survey and staff in a conversation.",
      ),
      fields: [stakeholdersBlock(true)],
    },
    {
      key: "values-base",
      phase: SOCIAL_ACCOUNTING_PHASES.implementation,
      title: t("Värdegrund", "Values base"),
      help: t(
        "Värdegrunden är det ni står för. Skriv era värderingar, er vision och ert uppdrag med egna ord. Finns de redan i stadgarna eller verksamhetsplanen kan ni utgå från dem.",
        "Your values base is what you stand for. Write your values, your vision and your mission in your own words. If they are already in your statutes or plan of activities, start from there.",
      ),
      fields: [
        list(
          "values",
          t("Värderingar", "Values"),
          t("Värdering", "Value"),
          [text("value", t("Värdering", "Value"), { required: true, maxLength: 120 })],
          { required: true, minItems: 1, maxItems: 10 },
        ),
        textarea("vision", t("Vision", "Vision"), { maxLength: 2000 }),
        textarea("mission", t("Uppdrag – vad gör ni och för vem?", "Mission – what do you do and for whom?"), {
          required: true,
          maxLength: 2000,
        }),
      ],
    },
    {
      key: "chart-of-accounts",
      phase: SOCIAL_ACCOUNTING_PHASES.implementation,
      title: t("Social kontoplan", "Social chart of accounts"),
      help: t(
        "En social kontoplan delar upp det ni vill följa i områden, på samma sätt som en vanlig kontoplan delar upp pengarna. Varje konto är ett målområde, till exempel delaktighet, hälsa eller arbetsmiljö. Börja med tre till fem konton.",
        "A social chart of accounts splits what you want to follow into areas, just as an ordinary chart of accounts splits the money. Each account is a goal area, such as participation, health or working environment. Start with three to five accounts.",
      ),
      fields: [
        list(
          "accounts",
          t("Konton", "Accounts"),
          t("Konto", "Account"),
          [
            text("name", t("Namn på kontot", "Account name"), { required: true, maxLength: 120 }),
            textarea("description", t("Vad ingår?", "What does it cover?"), { maxLength: 1000 }),
          ],
          { required: true, minItems: 1, maxItems: 15 },
        ),
      ],
    },
    {
      key: "social-budget",
      phase: SOCIAL_ACCOUNTING_PHASES.implementation,
      title: t("Social budget", "Social budget"),
      help: t(
        "För varje konto skriver ni ett mål, en indikator, hur ni mäter och vilket målvärde ni siktar på. Bestäm också vem som ansvarar. Exempel: kontot Delaktighet, målet ”deltagarna påverkar programmet”, indikatorn ”andel som svarar ja i enkäten”, målvärde 80 %.",
        "For each account, write a goal, an indicator, how you will measure it and the target you aim for. Decide who is responsible, too. Example: the account Participation, the goal “participants shape the programme”, the indicator “share answering yes in the survey”, target 80%.",
      ),
      fields: [
        list(
          "budgetLines",
          t("Budgetrader", "Budget lines"),
          t("Budgetrad", "Budget line"),
          [
            text("account", t("Konto", "Account"), { required: true, maxLength: 120 }),
            text("goal", t("Mål", "Goal"), { required: true, maxLength: 300 }),
            text("indicator", t("Indikator", "Indicator"), { required: true, maxLength: 200 }),
            select("measurementMethod", t("Mätmetod", "Measurement method"), MEASUREMENT_METHODS, { required: true }),
            text("target", t("Målvärde", "Target"), { maxLength: 120 }),
            text("responsible", t("Ansvarig", "Responsible"), { maxLength: 120 }),
          ],
          { required: true, minItems: 1, maxItems: 50 },
        ),
        indicatorsBlock(false),
      ],
    },
    {
      key: "social-bookkeeping",
      phase: SOCIAL_ACCOUNTING_PHASES.implementation,
      title: t("Social bokföring", "Social book-keeping"),
      help: t(
        "Under året bokför ni det som händer, precis som med kvitton. Varje verifikation har ett datum, ett konto och ett värde eller en kort anteckning. Till exempel: ”4 oktober, Delaktighet, 14 deltagare var med och planerade höstens resa, se protokoll.”",
        "During the year you record what happens, just as you would with receipts. Each entry has a date, an account and a value or a short note. For example: “4 October, Participation, 14 participants helped plan the autumn trip, see minutes.”",
      ),
      fields: [
        list(
          "entries",
          t("Verifikationer", "Entries"),
          t("Verifikation", "Entry"),
          [
            date("date", t("Datum", "Date"), { required: true }),
            text("account", t("Konto", "Account"), { required: true, maxLength: 120 }),
            text("indicator", t("Indikator", "Indicator"), { maxLength: 200 }),
            num("value", t("Värde", "Value")),
            textarea("note", t("Anteckning", "Note"), { maxLength: 2000 }),
            text("sourceDocument", t("Underlag", "Source document"), { maxLength: 300 }),
          ],
          { required: true, minItems: 1, maxItems: 500 },
        ),
      ],
    },
    {
      key: "stakeholder-dialogue",
      phase: SOCIAL_ACCOUNTING_PHASES.implementation,
      title: t("Intressentdialog", "Stakeholder dialogue"),
      help: t(
        "Nu frågar ni intressenterna hur de upplever verksamheten. Skriv en kort sammanfattning av vad varje grupp sa. Ta med kritiken också, till exempel om föräldrar tycker att informationen kommer för sent.",
        "Now ask your stakeholders how they experience your work. Write a short summary of what each group said. Include the criticism too, for example if parents feel information arrives too late.",
      ),
      fields: [
        list(
          "dialogues",
          t("Dialoger", "Dialogues"),
          t("Dialog", "Dialogue"),
          [
            text("stakeholderGroup", t("Intressentgrupp", "Stakeholder group"), { required: true, maxLength: 120 }),
            select("method", t("Hur?", "How?"), MEASUREMENT_METHODS, { required: true }),
            date("date", t("Datum", "Date")),
            num("respondents", t("Antal som svarade eller deltog", "Number who answered or took part"), {
              min: 0,
              integer: true,
            }),
            textarea("summary", t("Vad sa de?", "What did they say?"), { required: true, maxLength: 5000 }),
          ],
          { required: true, minItems: 1, maxItems: 50 },
        ),
      ],
    },
    {
      key: "social-closing",
      phase: SOCIAL_ACCOUNTING_PHASES.implementation,
      title: t("Socialt bokslut", "Social closing of accounts"),
      help: t(
        "Jämför utfallet med den sociala budgeten, konto för konto. Skriv vad skillnaden beror på. Om målet var 80 % och utfallet blev 65 %, fundera på varför: var målet för högt, eller hände något under året?",
        "Compare the actual results with the social budget, account by account. Write what explains the difference. If the target was 80% and the result was 65%, consider why: was the target too high, or did something happen during the year?",
      ),
      fields: [
        list(
          "closingLines",
          t("Konton i bokslutet", "Accounts in the closing"),
          t("Konto", "Account"),
          [
            text("account", t("Konto", "Account"), { required: true, maxLength: 120 }),
            text("budget", t("Budget (målvärde)", "Budget (target)"), { maxLength: 120 }),
            text("outcome", t("Utfall", "Actual result"), { required: true, maxLength: 120 }),
            textarea("analysis", t("Analys", "Analysis"), { maxLength: 3000 }),
          ],
          { required: true, minItems: 1, maxItems: 50 },
        ),
      ],
    },
    {
      key: "audit-and-report",
      phase: SOCIAL_ACCOUNTING_PHASES.implementation,
      title: t("Social revision och årsberättelse", "Social audit and annual report"),
      help: t(
        "En eller flera sociala revisorer, gärna personer utanför föreningen, läser bokslutet och skriver ett utlåtande. Skriv sedan årsberättelsen och presentera den på årsmötet. Utlåtandet gör redovisningen mer trovärdig för finansiärer.",
        "One or more social auditors, preferably people outside the association, read the accounts and write a statement. Then write the annual report and present it at the annual general meeting. The statement makes the account more credible to funders.",
      ),
      fields: [
        list(
          "auditors",
          t("Sociala revisorer", "Social auditors"),
          t("Revisor", "Auditor"),
          [
            text("name", t("Namn", "Name"), { required: true, maxLength: 120 }),
            text("role", t("Roll eller organisation", "Role or organisation"), { maxLength: 120 }),
          ],
          { required: true, minItems: 1, maxItems: 5 },
        ),
        textarea("auditStatement", t("Revisorernas utlåtande", "Auditors’ statement"), {
          required: true,
          maxLength: 5000,
        }),
        textarea("annualReport", t("Årsberättelse", "Annual report"), { maxLength: 20000 }),
        date("annualMeetingDate", t("Presenterades på årsmötet", "Presented at the annual general meeting")),
      ],
    },
    {
      key: "reflection",
      phase: SOCIAL_ACCOUNTING_PHASES.development,
      title: t("Reflektion och analys", "Reflection and analysis"),
      help: t(
        "Stanna upp och fundera tillsammans: vad har ni lärt er, vad överraskade er och blev något sämre än ni trott? Negativa effekter är viktiga att skriva ner, till exempel att ideella ledare blev slitna av det ökade antalet deltagare.",
        "Pause and reflect together: what have you learnt, what surprised you and did anything turn out worse than expected? Negative effects matter, for example volunteer leaders being worn out by the growing number of participants.",
      ),
      fields: [
        textarea("lessons", t("Lärdomar", "Lessons"), { required: true, maxLength: 5000 }),
        textarea("surprises", t("Överraskningar", "Surprises"), { maxLength: 3000 }),
        textarea("negativeEffects", t("Negativa eller oväntade effekter", "Negative or unexpected effects"), {
          maxLength: 3000,
        }),
      ],
    },
    {
      key: "new-social-budget",
      phase: SOCIAL_ACCOUNTING_PHASES.development,
      title: t("Ny social budget", "New social budget"),
      help: t(
        "Använd det ni lärt er för att göra nästa års sociala budget. Skriv vilka mål och indikatorer ni ändrar och varför. Lägg in åtgärderna i handlingsplanen så att det blir tydligt vem som gör vad.",
        "Use what you have learnt to draw up next year’s social budget. Write which goals and indicators you are changing and why. Put the actions in the action plan so it is clear who does what.",
      ),
      fields: [
        textarea("changes", t("Ändringar i mål och indikatorer", "Changes to goals and indicators"), {
          required: true,
          maxLength: 5000,
        }),
        actionPlanBlock(),
      ],
    },
  ],
};
