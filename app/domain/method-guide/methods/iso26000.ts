/**
 * Method 8 – ISO 26000, guidance on social responsibility (docs/domain/method-guide.md §2.8). The structure is
 * [EXT]; the self-assessment wizard is [REC]. No ISO text is reproduced (paid standard).
 */
import {
  LOW_MEDIUM_HIGH,
  actionPlanBlock,
  checkbox,
  date,
  list,
  opt,
  scale,
  select,
  stakeholdersBlock,
  t,
  text,
  textarea,
} from "../field-builders";
import {
  ISO26000_COMMUNITY_ISSUES,
  ISO26000_CORE_SUBJECTS,
  ISO26000_PRINCIPLES,
  isoClauseLabel,
  type Iso26000Clause,
} from "../iso26000-data";
import type { FieldDef, MethodDefinition, SelectOption } from "../types";

function capitalise(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** Every core subject and every 6.8 issue, for selecting "which issue". */
const ISSUE_OPTIONS: readonly SelectOption[] = [...ISO26000_CORE_SUBJECTS, ...ISO26000_COMMUNITY_ISSUES].map(
  (item) => ({
    value: item.clause,
    label: isoClauseLabel(item),
  }),
);

/** Step 1: one 1–5 self-rating and a comment per principle. */
const PRINCIPLE_FIELDS: readonly FieldDef[] = ISO26000_PRINCIPLES.flatMap((p) => {
  const group = { key: `principle-${p.key}`, title: p.title };
  return [
    scale(`principle${capitalise(p.key)}`, p.title, 1, 5, {
      required: true,
      group,
      minLabel: t("1 = vi har inte börjat", "1 = not started"),
      maxLabel: t("5 = det präglar allt vi gör", "5 = it shapes everything we do"),
    }),
    textarea(`principle${capitalise(p.key)}Comment`, t("Kommentar", "Comment"), { group, maxLength: 1000 }),
  ];
});

/** Step 3: relevant?, significance and reason, for a core subject or an issue. */
function relevanceFields(prefix: "subject" | "issue", item: Iso26000Clause): FieldDef[] {
  const base = `${prefix}${capitalise(item.key)}`;
  const group = { key: `${prefix}-${item.clause}`, title: isoClauseLabel(item) };
  return [
    checkbox(`${base}Relevant`, t("Relevant för oss", "Relevant to us"), { group }),
    select(`${base}Significance`, t("Hur viktig?", "How significant?"), LOW_MEDIUM_HIGH, { group }),
    text(`${base}Reason`, t("Varför?", "Why?"), { group, maxLength: 500 }),
  ];
}

export const ISO26000: MethodDefinition = {
  key: "iso26000",
  name: t("ISO 26000 – vägledning för socialt ansvar", "ISO 26000 – guidance on social responsibility"),
  summary: t(
    "En internationell vägledning för att själva bedöma hur ansvarsfullt ni arbetar, utifrån sju principer och sju centrala områden. Ingen certifiering.",
    "International guidance for assessing for yourselves how responsibly you work, based on seven principles and seven core subjects. No certification.",
  ),
  suits: t(
    "Medelstora och större organisationer som vill göra en strukturerad självbedömning av sitt ansvar, ofta som ett steg före GRI. Bra för intern utveckling och dialog med samarbetspartner.",
    "Medium-sized and larger organisations that want a structured self-assessment of their responsibility, often as a step before GRI. Good for internal development and partner dialogue.",
  ),
  size: ["M", "L"],
  effort: "medium",
  effortLabel: t("Medel", "Medium"),
  monetary: false,
  monetaryResult: t("Nej", "No"),
  verification: t("Kan inte certifieras", "Not certifiable"),
  mainPurpose: t("Självbedömning av socialt ansvar", "Responsibility self-assessment"),
  finalReport: t(
    "En profil över ert sociala ansvar: självbedömning av principerna, relevansmatris för de sju centrala områdena, handlingsplan och hur det har gått.",
    "A social responsibility profile: self-assessment of the principles, a relevance matrix of the seven core subjects, an action plan and progress.",
  ),
  provenance: "REC",
  ownerLink: "https://www.iso.org/iso-26000-social-responsibility.html",
  steps: [
    {
      key: "principles",
      title: t("Principer", "Understanding and principles"),
      help: t(
        "ISO 26000 bygger på sju principer för ansvarsfullt arbete, till exempel öppenhet och respekt för mänskliga rättigheter. Bedöm ärligt hur långt ni har kommit med varje princip, från 1 till 5. Öppenhet kan till exempel betyda att alla medlemmar kan läsa styrelsens protokoll.",
        "ISO 26000 rests on seven principles of responsible behaviour, such as transparency and respect for human rights. Rate honestly how far you have come with each one, from 1 to 5. Transparency might mean, for example, that every member can read the board minutes.",
      ),
      fields: PRINCIPLE_FIELDS,
    },
    {
      key: "stakeholders",
      title: t("Intressenter och dialog", "Stakeholder identification and engagement"),
      help: t(
        "Skriv vilka era intressenter är, vad de förväntar sig av er och hur ni redan har pratat med dem. En hyresgästförening kan till exempel ha boende, hyresvärden och stadsdelen som intressenter.",
        "Write who your stakeholders are, what they expect of you and how you have already talked with them. A tenants’ association might have residents, the landlord and the district council as stakeholders.",
      ),
      fields: [
        stakeholdersBlock(true),
        textarea("expectations", t("Vad förväntar de sig av er?", "What do they expect of you?"), {
          required: true,
          maxLength: 3000,
        }),
        textarea("engagementDone", t("Dialog ni redan har haft", "Engagement you have already carried out"), {
          maxLength: 3000,
        }),
      ],
    },
    {
      key: "relevance",
      title: t("Relevans och betydelse", "Relevance and significance"),
      help: t(
        "Gå igenom de sju centrala områdena och markera vilka som berör er och hur viktiga de är. För de flesta föreningar är område 6.8, samhällsengagemang och samhällsutveckling, det viktigaste, så bedöm också dess sju frågor. Skriv kort varför, till exempel: ”Hälsa är viktigt eftersom vi driver motionsgrupper för äldre.”",
        "Go through the seven core subjects and mark which concern you and how significant they are. For most associations, 6.8 community involvement and development matters most, so assess its seven issues too. Say briefly why, for example: “Health matters because we run exercise groups for older people.”",
      ),
      fields: [
        ...ISO26000_CORE_SUBJECTS.flatMap((s) => relevanceFields("subject", s)),
        ...ISO26000_COMMUNITY_ISSUES.flatMap((i) => relevanceFields("issue", i)),
      ],
    },
    {
      key: "current-practice",
      title: t("Så arbetar ni i dag", "Current practice"),
      help: t(
        "För varje fråga som är relevant: beskriv vad ni gör i dag, vad som visar det och vad som saknas. Underlag kan vara en policy, ett protokoll eller en enkät. Glappet mellan hur det är och hur ni vill ha det blir grunden för era åtgärder.",
        "For each relevant issue, describe what you do today, what shows it and what is missing. Evidence can be a policy, minutes or a survey. The gap between how things are and how you want them becomes the basis for your actions.",
      ),
      fields: [
        list(
          "practices",
          t("Frågor", "Issues"),
          t("Fråga", "Issue"),
          [
            select("issue", t("Område eller fråga", "Core subject or issue"), ISSUE_OPTIONS, { required: true }),
            textarea("whatWeDo", t("Vad gör ni i dag?", "What do you do today?"), { required: true, maxLength: 2000 }),
            textarea("evidence", t("Vad visar det?", "What shows it?"), { maxLength: 1000 }),
            textarea("gap", t("Vad saknas?", "What is missing?"), { maxLength: 1000 }),
          ],
          { required: true, minItems: 1, maxItems: 50 },
        ),
      ],
    },
    {
      key: "priorities-and-actions",
      title: t("Prioriteringar och åtgärder", "Priorities and actions"),
      help: t(
        "Välj de frågor ni vill arbeta med först och gör en handlingsplan: vad ska göras, vem ansvarar, när ska det vara klart och hur ser ni att det har fungerat. Det är bättre att välja två saker ni faktiskt genomför än tio som blir liggande.",
        "Choose the issues you want to work on first and make an action plan: what will be done, who is responsible, when it will be finished and how you will know it worked. Two things you actually do are better than ten that never happen.",
      ),
      fields: [
        list(
          "prioritisedIssues",
          t("Prioriterade frågor", "Prioritised issues"),
          t("Fråga", "Issue"),
          [
            select("issue", t("Område eller fråga", "Core subject or issue"), ISSUE_OPTIONS, { required: true }),
            textarea("why", t("Varför just den?", "Why this one?"), { maxLength: 1000 }),
          ],
          { required: true, minItems: 1, maxItems: 14 },
        ),
        actionPlanBlock(),
      ],
    },
    {
      key: "communication",
      title: t("Kommunikation", "Communication"),
      help: t(
        "Bestäm vad ni berättar, för vem och i vilken kanal. Medlemmarna kanske vill läsa en kort sammanfattning i medlemsbladet, medan kommunen vill ha hela profilen.",
        "Decide what you will share, with whom and through which channel. Members may want a short summary in the newsletter, while the municipality wants the full profile.",
      ),
      fields: [
        list(
          "channels",
          t("Kommunikation", "Communication"),
          t("Rad", "Row"),
          [
            text("what", t("Vad berättar ni?", "What do you share?"), { required: true, maxLength: 300 }),
            text("toWhom", t("För vem?", "With whom?"), { required: true, maxLength: 200 }),
            select("channel", t("Kanal", "Channel"), [
              opt("annual-meeting", "Årsmötet", "Annual general meeting"),
              opt("newsletter", "Medlemsblad eller nyhetsbrev", "Newsletter"),
              opt("website", "Hemsidan", "Website"),
              opt("report", "Rapport eller verksamhetsberättelse", "Report or annual review"),
              opt("meeting", "Möte", "Meeting"),
              opt("social-media", "Sociala medier", "Social media"),
              opt("other", "Annat", "Other"),
            ]),
          ],
          { required: true, minItems: 1, maxItems: 20 },
        ),
      ],
    },
    {
      key: "review",
      title: t("Uppföljning", "Review"),
      help: t(
        "Sätt ett datum för att följa upp, till exempel ett halvår senare. Gå igenom varje åtgärd: är den inte påbörjad, pågår den eller är den klar? Uppdatera sedan handlingsplanen inför nästa period.",
        "Set a date to follow up, for example six months later. Go through each action: not started, in progress or done? Then update the action plan for the next period.",
      ),
      fields: [
        date("reviewDate", t("Datum för uppföljningen", "Date of the review"), { required: true }),
        list(
          "progress",
          t("Hur har det gått?", "Progress"),
          t("Åtgärd", "Action"),
          [
            text("action", t("Åtgärd", "Action"), { required: true, maxLength: 300 }),
            select(
              "status",
              t("Läge", "Status"),
              [
                opt("not-started", "Inte påbörjad", "Not started"),
                opt("in-progress", "Pågår", "In progress"),
                opt("done", "Klar", "Done"),
              ],
              { required: true },
            ),
            textarea("comment", t("Kommentar", "Comment"), { maxLength: 1000 }),
          ],
          { required: true, minItems: 1, maxItems: 50 },
        ),
        actionPlanBlock(),
      ],
    },
  ],
};
