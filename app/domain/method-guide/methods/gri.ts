/**
 * Method 7 – GRI, Global Reporting Initiative (docs/domain/method-guide.md §2.7). A light "with reference to"
 * template for associations [REC]; the app links out for the standard text (copyright: GRI).
 */
import {
  UNIT_PEOPLE,
  actionPlanBlock,
  checkbox,
  date,
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
import { GRI_DISCLOSURES, griIncludeFieldName } from "../gri-disclosures";
import type { MethodDefinition, SelectOption } from "../types";

const DISCLOSURE_OPTIONS: readonly SelectOption[] = GRI_DISCLOSURES.map((d) => ({
  value: d.code,
  label: { sv: `GRI ${d.code} ${d.title.sv}`, en: `GRI ${d.code} ${d.title.en}` },
}));

export const GRI: MethodDefinition = {
  key: "gri",
  name: t("GRI – Global Reporting Initiative", "GRI – Global Reporting Initiative"),
  summary: t(
    "Världens mest använda standard för hållbarhetsredovisning. Ni redovisar väsentliga frågor enligt fasta upplysningar, här i en enklare variant för föreningar.",
    "The world’s most widely used standard for sustainability reporting. You report on material topics using set disclosures, here in a lighter version for associations.",
  ),
  suits: t(
    "Stora föreningar, förbund, bostads- och konsumentkooperativ och sociala företag vars samarbetspartner eller köpare förväntar sig GRI. Sällan rätt för små föreningar.",
    "Large associations, federations, housing and consumer cooperatives, and social enterprises whose partners or buyers expect GRI. Rarely right for small associations.",
  ),
  size: ["L"],
  effort: "high",
  effortLabel: t("Hög", "High"),
  monetary: false,
  monetaryResult: t(
    "Delvis (ekonomiskt värde som skapats och fördelats)",
    "Partly (economic value generated and distributed)",
  ),
  verification: t("Extern granskning (bestyrkande)", "External assurance"),
  mainPurpose: t("Hållbarhetsredovisning", "Sustainability report"),
  finalReport: t(
    "En hållbarhetsredovisning med GRI-index som visar var varje upplysning finns.",
    "A sustainability report with a GRI content index showing where each disclosure can be found.",
  ),
  provenance: "REC",
  ownerLink: "https://www.globalreporting.org/",
  steps: [
    {
      key: "reporting-basis",
      title: t("Grund för redovisningen", "Reporting basis"),
      help: t(
        "Välj om ni redovisar fullt ut enligt GRI (in accordance with) eller med hänvisning till GRI (with reference to). Det senare betyder att ni väljer vissa upplysningar, och räcker för de flesta föreningar. Ange också period, vilka delar av organisationen som ingår och en kontaktperson.",
        "Choose whether you report fully in accordance with GRI or with reference to GRI. The latter means you pick certain disclosures, which is enough for most associations. Also give the period, which parts of the organisation are included and a contact person.",
      ),
      fields: [
        select(
          "basis",
          t("Hur följer ni GRI?", "How do you use GRI?"),
          [
            opt(
              "with-reference",
              "Med hänvisning till GRI (utvalda upplysningar)",
              "With reference to GRI (selected disclosures)",
            ),
            opt("in-accordance", "Enligt GRI (alla krav)", "In accordance with GRI (all requirements)"),
          ],
          { required: true },
        ),
        date("periodStart", t("Perioden börjar", "Period starts"), { required: true }),
        date("periodEnd", t("Perioden slutar", "Period ends"), { required: true }),
        textarea(
          "entities",
          t("Vilka delar av organisationen ingår?", "Which parts of the organisation are included?"),
          { maxLength: 2000 },
        ),
        text("contactPerson", t("Kontaktperson", "Contact person"), { required: true, maxLength: 120 }),
        text("contactEmail", t("Kontaktpersonens e-post", "Contact person’s email"), { maxLength: 200 }),
      ],
    },
    {
      key: "organisation-profile",
      title: t("Om organisationen", "Organisation profile"),
      help: t(
        "Beskriv organisationen: juridisk form, vad ni gör, hur många medlemmar, anställda och ideella ni har och hur styrelsen väljs. Skriv också hur ni för dialog med era intressenter. Mycket finns redan i verksamhetsberättelsen och stadgarna.",
        "Describe the organisation: legal form, what you do, how many members, staff and volunteers you have and how the board is elected. Also say how you engage with your stakeholders. Much of this is already in your annual report and statutes.",
      ),
      fields: [
        select(
          "legalForm",
          t("Juridisk form", "Legal form"),
          [
            opt("non-profit-association", "Ideell förening", "Non-profit association"),
            opt("economic-association", "Ekonomisk förening", "Economic association (cooperative)"),
            opt("foundation", "Stiftelse", "Foundation"),
            opt(
              "company",
              "Aktiebolag (till exempel med särskild vinstutdelningsbegränsning)",
              "Limited company (for example with restricted dividends)",
            ),
            opt("other", "Annan", "Other"),
          ],
          { required: true },
        ),
        textarea("activities", t("Vad gör ni?", "What do you do?"), { required: true, maxLength: 3000 }),
        num("members", t("Medlemmar", "Members"), { min: 0, integer: true, unit: UNIT_PEOPLE }),
        num("employees", t("Anställda", "Employees"), { min: 0, integer: true, unit: UNIT_PEOPLE }),
        num("volunteers", t("Ideella", "Volunteers"), { min: 0, integer: true, unit: UNIT_PEOPLE }),
        textarea(
          "governance",
          t("Styrning: styrelse, ordförande och hur de väljs", "Governance: board, chair and how they are elected"),
          { required: true, maxLength: 3000 },
        ),
        textarea(
          "strategyStatement",
          t("Uttalande från ordföranden eller ledningen", "Statement from the chair or management"),
          { maxLength: 5000 },
        ),
        textarea("policies", t("Policyer", "Policies"), { maxLength: 3000 }),
        textarea(
          "stakeholderEngagement",
          t("Hur ni för dialog med intressenterna", "How you engage with stakeholders"),
          { required: true, maxLength: 3000 },
        ),
        stakeholdersBlock(false),
      ],
    },
    {
      key: "material-topics",
      title: t("Väsentliga frågor", "Material topics"),
      help: t(
        "Lista hur er verksamhet påverkar människor, miljö och ekonomi, både det som redan händer och det som kan hända, positivt som negativt. Bedöm hur allvarligt och hur sannolikt det är, och välj sedan de viktigaste frågorna. Ett idrottsförbund kan till exempel komma fram till att resor till tävlingar och barns trygghet är väsentliga frågor.",
        "List how your work affects people, the environment and the economy, both what is already happening and what might happen, positive and negative. Assess how severe and how likely each one is, then choose the most important topics. A sports federation might conclude that travel to competitions and children’s safety are material topics.",
      ),
      fields: [
        list(
          "impacts",
          t("Påverkan", "Impacts"),
          t("Påverkan", "Impact"),
          [
            textarea("description", t("Beskrivning", "Description"), { required: true, maxLength: 1000 }),
            select(
              "actuality",
              t("Faktisk eller möjlig?", "Actual or potential?"),
              [opt("actual", "Faktisk", "Actual"), opt("potential", "Möjlig", "Potential")],
              { required: true },
            ),
            select(
              "direction",
              t("Positiv eller negativ?", "Positive or negative?"),
              [opt("positive", "Positiv", "Positive"), opt("negative", "Negativ", "Negative")],
              { required: true },
            ),
            scale("severity", t("Allvarlighet", "Severity"), 1, 5, {
              required: true,
              minLabel: t("1 = liten", "1 = minor"),
              maxLabel: t("5 = mycket allvarlig", "5 = very severe"),
            }),
            scale("likelihood", t("Sannolikhet", "Likelihood"), 1, 5, {
              minLabel: t("1 = osannolik", "1 = unlikely"),
              maxLabel: t("5 = mycket sannolik", "5 = very likely"),
            }),
          ],
          {
            required: true,
            minItems: 1,
            maxItems: 50,
            hint: t(
              "Med påverkan menas här hur verksamheten påverkar omvärlden, till exempel utsläpp från resor eller att unga får sitt första jobb.",
              "Impact here means how your work affects the world around you, for example emissions from travel or young people getting their first job.",
            ),
          },
        ),
        list(
          "prioritisedTopics",
          t("Prioriterade frågor", "Prioritised topics"),
          t("Fråga", "Topic"),
          [text("topic", t("Fråga", "Topic"), { required: true, maxLength: 200 })],
          { required: true, minItems: 1, maxItems: 20 },
        ),
        textarea("processDescription", t("Hur ni kom fram till frågorna", "How you arrived at the topics"), {
          required: true,
          maxLength: 3000,
        }),
      ],
    },
    {
      key: "management-approach",
      title: t("Hur ni hanterar varje fråga", "Management approach per topic"),
      help: t(
        "Skriv för varje väsentlig fråga vilken policy ni har, vad ni gör, vilka mål ni satt och hur ni följer upp att det fungerar. Exempel för frågan barns trygghet: policy mot kränkningar, alla ledare visar utdrag ur belastningsregistret, mål att alla ledare går utbildningen, uppföljning varje termin.",
        "For each material topic, write which policy you have, what you do, what targets you have set and how you check it works. Example for children’s safety: a policy against abuse, every leader shows a criminal record check, a target that all leaders complete the training, reviewed every term.",
      ),
      fields: [
        list(
          "approaches",
          t("Frågor", "Topics"),
          t("Fråga", "Topic"),
          [
            text("topic", t("Fråga", "Topic"), { required: true, maxLength: 200 }),
            textarea("policy", t("Policy", "Policy"), { maxLength: 2000 }),
            textarea("actions", t("Vad ni gör", "Actions"), { required: true, maxLength: 2000 }),
            textarea("targets", t("Mål", "Targets"), { maxLength: 2000 }),
            textarea("tracking", t("Hur ni följer upp", "How you track effectiveness"), { maxLength: 2000 }),
          ],
          { required: true, minItems: 1, maxItems: 20 },
        ),
      ],
    },
    {
      key: "topic-disclosures",
      title: t("Upplysningar per fråga", "Topic disclosures"),
      help: t(
        "Bocka för de GRI-upplysningar ni tar med och fyll i värdena. Börja med det ni redan har siffror på, till exempel antal anställda och ideella (2-7 och 2-8) eller hur pengarna fördelas (201). Skriv en kommentar om något behöver förklaras.",
        "Tick the GRI disclosures you include and fill in the values. Start with what you already have figures for, such as the number of staff and volunteers (2-7 and 2-8) or how the money is distributed (201). Add a note if anything needs explaining.",
      ),
      fields: [
        ...GRI_DISCLOSURES.map((d) =>
          checkbox(
            griIncludeFieldName(d),
            { sv: `GRI ${d.code} ${d.title.sv}`, en: `GRI ${d.code} ${d.title.en}` },
            {
              hint: d.forAssociations,
              group: { key: "checklist", title: t("Upplysningar ni tar med", "Disclosures you include") },
            },
          ),
        ),
        list(
          "values",
          t("Värden", "Values"),
          t("Värde", "Value"),
          [
            select("disclosure", t("Upplysning", "Disclosure"), DISCLOSURE_OPTIONS, { required: true }),
            text("value", t("Värde", "Value"), { required: true, maxLength: 300 }),
            textarea("note", t("Kommentar", "Note"), { maxLength: 2000 }),
          ],
          { required: true, minItems: 1, maxItems: 100 },
        ),
      ],
    },
    {
      key: "content-index",
      title: t("GRI-index och redovisningsförklaring", "Content index and statement of use"),
      help: t(
        "GRI-indexet är en tabell som visar var i rapporten läsaren hittar varje upplysning. Skriv sidan eller avsnittet för varje upplysning ni tagit med. Skriv också en kort redovisningsförklaring, till exempel: ”Föreningen har redovisat med hänvisning till GRI-standarderna för 2026.”",
        "The content index is a table showing where in the report the reader finds each disclosure. Enter the page or section for each disclosure you have included. Also write a short statement of use, for example: “The association has reported with reference to the GRI Standards for 2026.”",
      ),
      fields: [
        textarea("statementOfUse", t("Redovisningsförklaring", "Statement of use"), {
          required: true,
          maxLength: 1000,
        }),
        list(
          "index",
          t("GRI-index", "Content index"),
          t("Rad", "Row"),
          [
            select("disclosure", t("Upplysning", "Disclosure"), DISCLOSURE_OPTIONS, { required: true }),
            text("location", t("Sida eller avsnitt", "Page or section"), { required: true, maxLength: 200 }),
            text("omission", t("Utelämnat och varför", "Omitted and why"), { maxLength: 300 }),
          ],
          { maxItems: 100 },
        ),
      ],
    },
    {
      key: "assurance",
      title: t("Granskning och nästa steg", "Assurance and next steps"),
      help: t(
        "Det är frivilligt att låta någon utanför granska redovisningen, men det gör den mer trovärdig. Har ni en auktoriserad revisor kan ni fråga om hen kan göra en översiktlig granskning. Planera till sist vad ni ska förbättra till nästa år.",
        "Having someone outside check the report is optional, but it makes it more credible. If you have an authorised auditor, ask whether they can do a limited review. Finally, plan what you will improve for next year.",
      ),
      fields: [
        checkbox(
          "hasAssurance",
          t(
            "Redovisningen är granskad av någon utanför organisationen",
            "The report has been reviewed by someone outside the organisation",
          ),
        ),
        text("assurer", t("Granskare", "Assurer"), { maxLength: 200 }),
        textarea("scope", t("Vad granskades?", "What was reviewed?"), { maxLength: 2000 }),
        textarea("statement", t("Granskarens utlåtande", "Assurance statement"), { maxLength: 5000 }),
        actionPlanBlock(),
      ],
    },
  ],
};
