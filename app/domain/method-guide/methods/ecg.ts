/**
 * Method 2 – ECG, Economy for the Common Good (docs/domain/method-guide.md §2.2). The matrix is [EXT]; the
 * wizard around it is [REC]. Points are calculated with ECG's official calculator, never here.
 */
import {
  ECG_LEVELS,
  ECG_MATRIX_VERSIONS,
  ECG_ROWS,
  ECG_SCORE_MAX,
  ECG_SCORE_MIN,
  ECG_THEMES,
  ecgQuickFieldName,
} from "../ecg-matrix";
import {
  UNIT_FTE,
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
import type { FieldDef, MethodDefinition, SelectOption } from "../types";

/** Options "A1 Människovärde i leverantörskedjan" … for selecting a theme. */
const THEME_OPTIONS: readonly SelectOption[] = ECG_THEMES.map((theme) => ({
  value: theme.code,
  label: { sv: `${theme.code} ${theme.title.sv}`, en: `${theme.code} ${theme.title.en}` },
}));

/** One 0–10 rating per theme, grouped by matrix row. */
const QUICK_TEST_FIELDS: readonly FieldDef[] = ECG_THEMES.map((theme) => {
  const row = ECG_ROWS.find((r) => r.key === theme.row)!;
  return scale(
    ecgQuickFieldName(theme.code),
    { sv: `${theme.code} ${theme.title.sv}`, en: `${theme.code} ${theme.title.en}` },
    0,
    10,
    {
      required: true,
      minLabel: t("0 = lagens krav", "0 = legal minimum"),
      maxLabel: t("10 = föredömligt", "10 = exemplary"),
      group: {
        key: `row-${theme.row}`,
        title: { sv: `${row.key} ${row.title.sv}`, en: `${row.key} ${row.title.en}` },
      },
    },
  );
});

export const ECG: MethodDefinition = {
  key: "ecg",
  name: t("ECG – Ekonomi för det gemensamma bästa", "ECG – Economy for the Common Good"),
  summary: t(
    "Ni granskar hela organisationen mot 20 teman om människovärde, rättvisa, miljö och öppenhet och får en poäng som går att jämföra.",
    "You review the whole organisation against 20 themes on dignity, fairness, the environment and openness, and get a score that can be compared.",
  ),
  suits: t(
    "Medelstora och större föreningar och sociala företag som vill pröva sina värderingar i hela verksamheten och få extern trovärdighet.",
    "Medium-sized and larger associations and social enterprises that want to test their values across the whole organisation and gain external credibility.",
  ),
  size: ["M", "L"],
  effort: "medium-high",
  effortLabel: t(
    "Medel med kompakt bokslut, hög med fullständigt bokslut och revision",
    "Medium with the compact balance sheet, high with the full sheet and an audit",
  ),
  monetary: false,
  monetaryResult: t("Nej (poäng)", "No (points)"),
  verification: t("ECG-revision eller kollegial granskning (peer group)", "ECG audit or peer group"),
  mainPurpose: t("Värderingar och jämförbar poäng", "Values and a comparable score"),
  finalReport: t(
    "En gemensamma bästa-rapport med text per tema, matrisen med poäng, revisionsintyget och en förbättringsplan.",
    "A Common Good Report with text per theme, the matrix with points, the audit certificate and an improvement plan.",
  ),
  provenance: "REC",
  ownerLink: "https://www.ecogood.org/",
  steps: [
    {
      key: "quick-test",
      title: t("Snabbtest", "Quick test"),
      help: t(
        "Ge varje tema en snabb poäng från 0 till 10. Noll betyder att ni gör det lagen kräver, högre betyder att ni gör mer än så. Det går snabbt och visar var ni står starkt och var ni kan bli bättre, till exempel om ni köper in fika från lokala och schysta leverantörer (A-raden).",
        "Give each theme a quick score from 0 to 10. Zero means you do what the law requires; higher means you do more than that. It is quick and shows where you are strong and where you could improve, for example whether you buy refreshments from local, fair suppliers (row A).",
      ),
      fields: [...QUICK_TEST_FIELDS, textarea("notes", t("Anteckningar", "Notes"), { maxLength: 3000 })],
    },
    {
      key: "set-up",
      title: t("Förberedelser", "Set-up"),
      help: t(
        "Bestäm hur ni ska arbeta: på egen hand eller i en grupp med andra organisationer som granskar varandra. Välj kompakt eller fullständigt bokslut. Det kompakta räcker för små organisationer; har ni fler än 50 årsarbetskrafter kan ni bara använda det första gången.",
        "Decide how you will work: on your own or in a peer group with other organisations that review each other. Choose the compact or the full balance sheet. The compact one is enough for small organisations; with more than 50 FTE you can only use it the first time.",
      ),
      fields: [
        select(
          "route",
          t("Arbetssätt", "Way of working"),
          [
            opt("individual", "På egen hand", "On your own"),
            opt(
              "peer-group",
              "I en grupp med andra organisationer (peer group)",
              "In a peer group with other organisations",
            ),
          ],
          { required: true },
        ),
        select(
          "sheetType",
          t("Typ av bokslut", "Type of balance sheet"),
          [opt("compact", "Kompakt", "Compact"), opt("full", "Fullständigt", "Full")],
          {
            required: true,
            hint: t(
              "Kompakt bokslut kan små organisationer använda varje gång, de med 11–50 årsarbetskrafter två gånger och större organisationer bara första gången.",
              "Small organisations can use the compact sheet every time, those with 11–50 FTE twice, and larger ones only for their first report.",
            ),
          },
        ),
        num("fte", t("Antal årsarbetskrafter", "Number of full-time equivalents"), {
          required: true,
          min: 0,
          max: 100000,
          unit: UNIT_FTE,
          hint: t(
            "En årsarbetskraft är en person som arbetar heltid ett år. Två halvtidsanställda blir en årsarbetskraft.",
            "One FTE is one person working full time for a year. Two half-time employees make one FTE.",
          ),
        }),
        select(
          "matrixVersion",
          t("Matrisversion", "Matrix version"),
          ECG_MATRIX_VERSIONS.map((v) => opt(v, v, v)),
          { required: true },
        ),
        date("periodStart", t("Perioden börjar", "Period starts"), {
          required: true,
          hint: t("Ett ECG-bokslut omfattar två år.", "An ECG balance sheet covers two years."),
        }),
        date("periodEnd", t("Perioden slutar", "Period ends"), { required: true }),
        checkbox("ecgMember", t("Vi är medlemmar i ECG-föreningen", "We are members of the ECG association")),
      ],
    },
    {
      key: "stakeholder-mapping",
      title: t("Era intressenter i matrisen", "Your stakeholders in the matrix"),
      help: t(
        "Matrisen har fem rader: leverantörer, ägare och finansiärer, medarbetare, kunder och samhället. Skriv vilka det är hos er. För en förening är ”ägare” ofta medlemmarna och bidragsgivarna, och ”kunder” är deltagarna.",
        "The matrix has five rows: suppliers, owners and funders, employees, customers and society. Write who they are for you. For an association, “owners” are usually the members and funders, and “customers” are the participants.",
      ),
      fields: [
        ...ECG_ROWS.map((row) =>
          textarea(
            `row${row.key}`,
            { sv: `${row.key} ${row.title.sv}`, en: `${row.key} ${row.title.en}` },
            {
              required: true,
              maxLength: 1000,
              hint: t(
                `Till exempel: ${row.forAssociations.sv.toLowerCase()}.`,
                `For example: ${row.forAssociations.en.toLowerCase()}.`,
              ),
            },
          ),
        ),
        stakeholdersBlock(false),
      ],
    },
    {
      key: "theme-reports",
      title: t("Rapport per tema", "Theme reports"),
      help: t(
        "Beskriv för varje tema vad ni gör i dag, med exempel och gärna siffror. Svara på ECG:s frågor för temat och spara underlag, till exempel inköpspolicyn eller protokollet där styrelsen beslutade om ny arbetsmiljöplan. Teman som inte berör er kan ni ofta vikta ner.",
        "For each theme, describe what you do today, with examples and figures where you can. Answer ECG’s questions for the theme and keep your evidence, such as the purchasing policy or the board minutes approving a new working-environment plan. Themes that do not concern you can often be given a lower weight.",
      ),
      fields: [
        list(
          "themes",
          t("Teman", "Themes"),
          t("Tema", "Theme"),
          [
            select("theme", t("Tema", "Theme"), THEME_OPTIONS, { required: true }),
            textarea("narrative", t("Vad gör ni?", "What do you do?"), { required: true, maxLength: 5000 }),
            textarea("indicatorValues", t("Obligatoriska indikatorer och värden", "Compulsory indicators and values"), {
              maxLength: 3000,
            }),
            text("evidence", t("Underlag (dokument eller länk)", "Evidence (document or link)"), { maxLength: 500 }),
            select("relevance", t("Relevans för er", "Relevance to you"), [
              opt("low", "Låg", "Low"),
              opt("medium", "Normal", "Normal"),
              opt("high", "Hög", "High"),
            ]),
          ],
          { required: true, minItems: 1, maxItems: ECG_THEMES.length },
        ),
      ],
    },
    {
      key: "self-assessment",
      title: t("Självbedömning", "Self-assessment"),
      help: t(
        "Bedöm varje aspekt på en av fem nivåer. Ni kan bara ta en högre nivå om den lägre är uppfylld. Negativa aspekter, till exempel att ni tar emot pengar från någon som bryter mot mänskliga rättigheter, ger minuspoäng. Räkna fram poängen i ECG:s officiella kalkylator och skriv in summan här.",
        "Rate each aspect at one of five levels. You can only claim a higher level if the lower one is met. Negative aspects, such as taking money from someone who violates human rights, give minus points. Work out the points in ECG’s official calculator and enter the total here.",
      ),
      fields: [
        list(
          "aspects",
          t("Aspekter", "Aspects"),
          t("Aspekt", "Aspect"),
          [
            select("theme", t("Tema", "Theme"), THEME_OPTIONS, { required: true }),
            text("aspect", t("Aspekt", "Aspect"), { required: true, maxLength: 200 }),
            select(
              "level",
              t("Nivå", "Level"),
              ECG_LEVELS.map((l) => ({ value: l.value, label: l.label })),
              { required: true },
            ),
            num("points", t("Poäng inom nivån", "Points within the level"), { min: 0, max: 10, integer: true }),
          ],
          { required: true, minItems: 1, maxItems: 200 },
        ),
        list(
          "negativeAspects",
          t("Negativa aspekter", "Negative aspects"),
          t("Negativ aspekt", "Negative aspect"),
          [
            select("theme", t("Tema", "Theme"), THEME_OPTIONS, { required: true }),
            textarea("description", t("Beskrivning", "Description"), { required: true, maxLength: 2000 }),
          ],
          { maxItems: 50 },
        ),
        num("calculatorScore", t("Summa från ECG:s kalkylator", "Total from ECG’s calculator"), {
          required: true,
          min: ECG_SCORE_MIN,
          max: ECG_SCORE_MAX,
          integer: true,
          hint: t(
            "Kalkylatorn väger poängen efter storlek och bransch. Summan blir mellan −3 600 och 1 000.",
            "The calculator weights the points by size and sector. The total lies between −3,600 and 1,000.",
          ),
        }),
      ],
    },
    {
      key: "audit",
      title: t("Revision", "Audit"),
      help: t(
        "Bokslutet granskas av en extern ECG-revisor eller av er peer group. Granskaren kan ändra poängen, så skriv in den poäng som gäller efter granskningen. Spara intyget, det visar att resultatet är kontrollerat.",
        "The balance sheet is checked by an external ECG auditor or by your peer group. The reviewer may change the score, so enter the score that stands after the audit. Keep the certificate: it shows the result has been checked.",
      ),
      fields: [
        select(
          "auditType",
          t("Vem granskar?", "Who reviews it?"),
          [opt("auditor", "Extern ECG-revisor", "External ECG auditor"), opt("peer-group", "Peer group", "Peer group")],
          { required: true },
        ),
        text("auditorNames", t("Granskarens eller gruppens namn", "Name of the auditor or group"), {
          required: true,
          maxLength: 300,
        }),
        date("auditDate", t("Datum för granskningen", "Date of the audit"), { required: true }),
        num("auditedScore", t("Granskad poäng", "Audited score"), {
          required: true,
          min: ECG_SCORE_MIN,
          max: ECG_SCORE_MAX,
          integer: true,
        }),
        text("certificate", t("Intyg (filnamn eller länk)", "Certificate (file name or link)"), { maxLength: 500 }),
      ],
    },
    {
      key: "publish-and-improve",
      title: t("Publicera och förbättra", "Publish and improve"),
      help: t(
        "Lägg ut rapporten där medlemmar och samarbetspartner hittar den, till exempel på hemsidan. Välj sedan några teman där ni vill bli bättre till nästa bokslut och gör en handlingsplan. Det kan vara så enkelt som att byta till en bank med etiska placeringar.",
        "Publish the report where members and partners can find it, such as on your website. Then choose a few themes you want to improve before the next balance sheet and make an action plan. It can be as simple as moving to a bank with ethical investments.",
      ),
      fields: [
        text("reportUrl", t("Länk till den publicerade rapporten", "Link to the published report"), { maxLength: 500 }),
        list(
          "improvementTargets",
          t("Förbättringsmål per tema", "Improvement targets per theme"),
          t("Förbättringsmål", "Improvement target"),
          [
            select("theme", t("Tema", "Theme"), THEME_OPTIONS, { required: true }),
            text("target", t("Mål", "Target"), { required: true, maxLength: 300 }),
          ],
          { required: true, minItems: 1, maxItems: 20 },
        ),
        actionPlanBlock(),
      ],
    },
  ],
};
