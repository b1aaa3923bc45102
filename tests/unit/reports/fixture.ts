import type { BuildReportOptions, ReportSource, ReportTemplate, SectionKey } from "~/domain/reports/types";

/**
 * A fixed, realistic report source: a work-training association in Göteborg. SROI figures are the
 * worked example of method guide §5.4 (INV 741 000 kr, PV 926 848,62 kr, ratio 1,25); the
 * socio-economic figures are the example of §6.2. Organisation number 802412-3450 has a valid
 * Luhn check digit (0).
 */

const r = 0.035;
const yearValues = [382_092 + 144_000, 382_092 * 0.7, 382_092 * 0.7 * 0.7];
const presentValues = yearValues.map((v, i) => v / (1 + r) ** (i + 1));
const presentValue = presentValues.reduce((s, v) => s + v, 0);
const outcomeAPresentValue = [382_092, 382_092 * 0.7, 382_092 * 0.49].reduce(
  (s, v, i) => s + v / (1 + r) ** (i + 1),
  0,
);
const totalInputs = 741_000;

export const FIXTURE_GENERATED_AT = "2026-02-14T09:30:00.000Z";

export const STORY_WITHOUT_CONSENT =
  "Jag vet inte om jag vill att någon läser det här, men Kvarteret räddade min vinter.";

export function fixtureSource(): ReportSource {
  return {
    organisation: {
      name: "Exempelföreningen Kvarteret",
      orgNumber: "802412-3450",
      umbrella: "SKOOPI Göteborgsregionen",
      sector: "Arbetsintegrering och arbetsträning",
      registeredIdeaBased: true,
      registerNumber: "IO-2023-0457",
    },
    accounting: {
      id: "acc-2025",
      title: "Arbetsträning i Kvarteret 2025",
      method: { key: "sroi", name: "SROI (Social Return on Investment)" },
      purpose:
        "Visa Göteborgs Stad och Allmänna arvsfonden vilken nytta arbetsträningen gör, och lära oss vad vi ska göra mer av.",
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      scope: "Arbetsträningen i kaféet och snickeriet. Föreningens övriga fritidsverksamhet ingår inte.",
    },
    impactChain: [
      { level: "input", text: "Bidrag 450 000 kr och 1 500 ideella timmar" },
      { level: "activity", text: "Arbetsträning i kafé och snickeri, fyra dagar i veckan, med handledare" },
      { level: "output", text: "40 deltagare, 32 samtidigt i arbetsträning vid årets slut" },
      {
        level: "outcome",
        text: "Deltagare lämnar ekonomiskt bistånd för arbete",
        assumption: "Arbetsmarknaden i Göteborg tar emot personer med kort arbetslivserfarenhet.",
      },
      { level: "outcome", text: "Deltagare känner sig mindre ensamma" },
      {
        level: "impact",
        text: "Färre hushåll i långvarigt utanförskap på Hisingen",
        assumption: "Flera aktörer bidrar; vi tar bara på oss vår del.",
      },
    ],
    stakeholders: [
      {
        name: "Deltagare i arbetsträning",
        size: 40,
        involvement: "Fokusgrupper i mars och oktober, enkät före och efter",
        whatChanges: "Arbetslivserfarenhet, struktur i vardagen och nya kontakter",
      },
      {
        name: "Anhöriga",
        size: 25,
        involvement: "Samtal vid öppet hus i maj",
        whatChanges: "Mer ork i vardagen när deltagaren har något att gå till",
      },
      {
        name: "Göteborgs Stad, socialtjänsten",
        size: 1,
        involvement: "Två avstämningsmöten med handläggare",
        whatChanges: "Lägre kostnader för ekonomiskt bistånd",
      },
      {
        name: "Arbetsgivare i närområdet",
        size: 6,
        involvement: "",
        whatChanges: "Lättare att hitta personal som är förberedd för arbete",
      },
    ],
    indicators: [
      {
        id: "ind-asf01",
        code: "ASF-01",
        name: "Personer i arbetsträning",
        unit: "personer",
        level: "output",
        direction: "increase",
        dataSource: "Deltagarregister",
        baseline: { value: 24, date: "2024-12-31", source: "Deltagarregister 2024" },
        targets: [
          { period: "2025-H1", value: 28 },
          { period: "2025-H2", value: 30 },
        ],
        actuals: [
          { period: "2025-H1", periodLabel: "Vår 2025", value: 27, dataQuality: 2 },
          { period: "2025-H2", periodLabel: "Höst 2025", value: 32, dataQuality: 2 },
        ],
        evidenceCount: 2,
      },
      {
        id: "ind-asf05",
        code: "ASF-05",
        name: "Hushåll som lämnat ekonomiskt bistånd",
        unit: "hushåll",
        level: "outcome",
        direction: "increase",
        dataSource: "Uppföljningssamtal med samtycke, bekräftat av socialtjänsten",
        baseline: { value: 0, date: "2024-12-31", source: "Deltagarregister" },
        targets: [
          { period: "2025-H1", value: 4 },
          { period: "2025-H2", value: 8 },
        ],
        actuals: [
          { period: "2025-H1", periodLabel: "Vår 2025", value: 4, dataQuality: 2, n: 30 },
          {
            period: "2025-H2",
            periodLabel: "Höst 2025",
            value: 10,
            dataQuality: 2,
            n: 32,
            note: "Två fler än målet – tack vare nytt samarbete med bygghandeln.",
          },
        ],
        evidenceCount: 3,
      },
      {
        id: "ind-lonely",
        name: "Andel som ofta känner sig ensamma",
        unit: "%",
        level: "outcome",
        direction: "decrease",
        dataSource: "Enkät före och efter (kort ensamhetsskala)",
        baseline: { value: 62, date: "2025-01-15", source: "Enkät januari 2025, n = 36" },
        targets: [{ period: "2025-H2", value: 45 }],
        actuals: [
          { period: "2025-H1", periodLabel: "Vår 2025", value: 55, dataQuality: 2, n: 38 },
          { period: "2025-H2", periodLabel: "Höst 2025", value: 41, dataQuality: 2, n: 40 },
        ],
        evidenceCount: 0,
      },
      {
        id: "ind-asf07",
        code: "ASF-07",
        name: "Andel sysselsatta från målgrupperna",
        unit: "%",
        level: "output",
        direction: "increase",
        dataSource: "HR- och deltagarregister",
        targets: [{ period: "2025-H2", value: 40 }],
        actuals: [
          { period: "2025-H1", periodLabel: "Vår 2025", value: 44, dataQuality: 2 },
          { period: "2025-H2", periodLabel: "Höst 2025", value: 46, dataQuality: 2 },
        ],
        evidenceCount: 1,
      },
      {
        id: "ind-gen03",
        code: "GEN-03",
        name: "Ideella timmar",
        unit: "timmar",
        level: "input",
        direction: "increase",
        dataSource: "Tidrapportering",
        targets: [
          { period: "2025-H1", value: 700 },
          { period: "2025-H2", value: 800 },
        ],
        actuals: [
          {
            period: "2025-H2",
            periodLabel: "Höst 2025",
            value: 1500,
            dataQuality: 1,
            note: "Hela årets timmar rapporterades i december.",
          },
        ],
        evidenceCount: 1,
      },
    ],
    outcomes: [
      {
        id: "out-work",
        label: "Deltagare lämnar ekonomiskt bistånd för arbete",
        stakeholder: "Deltagare i arbetsträning",
        indicatorIds: ["ind-asf05"],
      },
      {
        id: "out-lonely",
        label: "Deltagare känner sig mindre ensamma",
        stakeholder: "Deltagare i arbetsträning",
        indicatorIds: ["ind-lonely"],
      },
      { id: "out-relatives", label: "Anhöriga får mer ork i vardagen", stakeholder: "Anhöriga", indicatorIds: [] },
    ],
    sroi: {
      kind: "evaluative",
      inputs: [
        { label: "Bidrag från Göteborgs Stad", amount: 450_000 },
        { label: "Ideell tid", amount: 291_000, note: "1 500 timmar × 194 kr" },
      ],
      discountRate: r,
      outcomes: [
        {
          label: "Deltagare lämnar ekonomiskt bistånd för arbete",
          stakeholder: "Deltagare i arbetsträning",
          quantity: 10,
          proxyValue: 63_682,
          proxySource: "Stockholms stad, statistik om ekonomiskt bistånd 1995–2017",
          proxyYear: 2017,
          deadweight: 0.2,
          displacement: 0,
          attribution: 0.25,
          dropOff: 0.3,
          durationYears: 3,
          justifications: {
            deadweight:
              "Två av tio i jämförbara grupper hittar arbete på egen hand inom ett år (handläggarnas bedömning).",
            displacement: "Jobben är nya platser hos lokala arbetsgivare; ingen annan trängs undan.",
            attribution: "Arbetsförmedlingen och socialtjänsten har också stöttat deltagarna.",
            dropOff: "Erfarenhet från uppföljningssamtal: en del återvänder till biståndet efter ett år.",
          },
        },
        {
          label: "Deltagare känner sig mindre ensamma",
          stakeholder: "Deltagare i arbetsträning",
          quantity: 40,
          proxyValue: 5_000,
          placeholder: true,
          deadweight: 0.1,
          displacement: 0,
          attribution: 0.2,
          dropOff: 0,
          durationYears: 1,
          justifications: {
            deadweight: "Några deltagare hade fått nya kontakter ändå.",
            displacement: "Ingen annan verksamhet förlorar deltagare.",
            attribution: "Familj och andra föreningar bidrar också.",
          },
        },
      ],
      result: {
        totalInputs,
        presentValue,
        netPresentValue: presentValue - totalInputs,
        ratio: presentValue / totalInputs,
        netRatio: presentValue / totalInputs - 1,
        paybackMonths: totalInputs / (yearValues[0] / 12),
        years: yearValues.map((value, i) => ({ year: i + 1, value, presentValue: presentValues[i] })),
        outcomes: [
          {
            label: "Deltagare lämnar ekonomiskt bistånd för arbete",
            stakeholder: "Deltagare i arbetsträning",
            firstYearImpact: 382_092,
            presentValue: outcomeAPresentValue,
          },
          {
            label: "Deltagare känner sig mindre ensamma",
            stakeholder: "Deltagare i arbetsträning",
            firstYearImpact: 144_000,
            presentValue: 144_000 / (1 + r),
          },
        ],
        // Computed with the §5.1–5.2 formulas, one change at a time (see §5.4).
        sensitivity: [
          { parameter: "Tillskrivning A (0–50 %)", low: 0.8965, high: 1.6052, switchingValue: 0.427 },
          { parameter: "Avtagande A (10–60 %)", low: 0.9529, high: 1.4959, switchingValue: 0.5464 },
          { parameter: "Dödvikt A (0–40 %)", low: 0.985, high: 1.5166, switchingValue: 0.3887 },
          { parameter: "Diskonteringsränta (0–7 %)", low: 1.185, high: 1.3236, switchingValue: null },
        ],
      },
    },
    socioeconomic: {
      actors: [
        { key: "kommun", label: "Kommunen", netPerPersonYear: 111_682, total: 670_092 },
        { key: "region", label: "Regionen", netPerPersonYear: 45_000, total: 270_000 },
        { key: "af", label: "Staten – Arbetsförmedlingen", netPerPersonYear: -85_000, total: -510_000 },
        { key: "justice", label: "Staten – rättsväsendet", netPerPersonYear: 10_000, total: 60_000 },
        { key: "fk", label: "Försäkringskassan", netPerPersonYear: 0, total: 0 },
      ],
      publicTotal: 490_092,
      societyTotal: 1_350_000,
      effectivePersonYears: 6,
      interventionCost: 900_000,
      paybackYearsPublic: 900_000 / 490_092,
    },
    stories: [
      {
        quote:
          "Första gången på tre år som jag har en anledning att gå upp på morgonen. Nu har jag jobb på bygghandeln.",
        who: "Deltagare, 34 år",
        consent: true,
      },
      {
        quote: "Min bror pratar om sina kollegor i snickeriet. Det har han aldrig gjort förut.",
        who: "Anhörig",
        consent: true,
      },
      { quote: STORY_WITHOUT_CONSENT, who: "Deltagare, 52 år", consent: false },
    ],
    actionPlan: [
      {
        what: "Fler praktikplatser hos arbetsgivare",
        goals: "12 hushåll lämnar ekonomiskt bistånd 2026",
        how: "Avtal med tre nya arbetsgivare",
        when: "Våren 2026",
        who: "Verksamhetsledaren",
        measure: "ASF-05 varje halvår",
      },
      {
        what: "Mät anhörigas ork",
        goals: "Utgångsläge för anhöriga",
        how: "Kort enkät vid öppet hus",
        when: "Maj 2026",
        who: "Styrelsen",
        measure: "Ny indikator",
      },
    ],
    finances: {
      rows: [
        { item: "Handledarlöner", budget: 380_000, actual: 372_500 },
        { item: "Lokalhyra", budget: 48_000, actual: 48_000 },
        { item: "Material och verktyg", budget: 15_000, actual: 19_800 },
        { item: "Utbildning för handledare", budget: 7_000, actual: 6_200 },
      ],
      coFinancing: [
        { source: "Egen försäljning i kaféet", amount: 62_000 },
        { source: "Studieförbund (cirkelstöd)", amount: 20_000 },
      ],
      volunteerHours: 1_500,
      volunteerHourValue: 194,
    },
    tender: {
      buyer: "Göteborgs Stad, park- och naturförvaltningen",
      procurementTitle: "Skötsel av grönytor på Hisingen 2026–2028",
      requirements: [
        {
          requirement: "Minst fyra praktikplatser per år för personer långt från arbetsmarknaden",
          howWeMeetIt: "Vi har 32 personer i arbetsträning och tar emot sex nya per halvår.",
          evidence: "Deltagarregister, utdrag december 2025",
        },
        {
          requirement: "Handledning av erfaren arbetsledare",
          howWeMeetIt: "Två anställda handledare med yrkesbevis inom grönyteskötsel.",
          evidence: "Anställningsavtal och yrkesbevis",
        },
        {
          requirement: "Månatlig uppföljning av placeringar",
          howWeMeetIt: "Vi skickar antal placeringar, målgrupp och månader varje månad.",
          evidence: "Mall för uppföljningsrapport",
        },
      ],
      reservedEligibility: { shareTargetGroup: 0.46, registeredIdeaBased: true, registerNumber: "IO-2023-0457" },
    },
  };
}

export const fixtureNarratives: Partial<Record<SectionKey, string>> = {
  summary:
    "Under 2025 tränade 40 personer arbete i vårt kafé och snickeri. Tio hushåll har lämnat ekonomiskt bistånd för arbete – fler än vi lovade.\n\nVi har lärt oss att samarbetet med arbetsgivare i närområdet gör störst skillnad.",
  organisation:
    "Kvarteret är en ideell förening på Hisingen som sedan 2012 erbjuder arbetsträning för personer som står långt från arbetsmarknaden. Föreningen har 85 medlemmar och en styrelse på sju personer.",
  need: "Var fjärde hushåll i stadsdelen har haft ekonomiskt bistånd någon gång under de senaste fem åren. Många av våra deltagare har varit utan arbete ≥ 3 år och saknar referenser.",
  method:
    "Vi valde SROI eftersom Göteborgs Stad och Arvsfonden vill se värdet i kronor. Deltagarna har varit med och formulerat vilka förändringar som är viktiga.",
  results: "Målen för arbetsträning och hushåll som lämnat bistånd är nådda. Ensamheten minskade mer än vi räknat med.",
  value: "Beräkningen är försiktig: vi har räknat bort det som hade hänt ändå och det som andra har bidragit med.",
  "negative-effects":
    "Två deltagare avbröt under hösten när de blev av med sitt boende. Vi ser en risk att arbetsträningen tar tid från annat stöd.",
  lessons: "Vi behöver fler arbetsgivare som tar emot praktikanter — och vi behöver mäta hur anhöriga påverkas.",
  finances:
    "Kostnaderna blev 3 500 kr lägre än budgeterat. Materialkostnaden blev högre eftersom snickeriet fick fler beställningar.",
  verification:
    "Siffrorna har granskats av föreningens revisor, Anna Lindqvist. Ingen extern social revision har gjorts.",
  compliance: "Vi har arbetat med arbetsträning i grönyteskötsel sedan 2019.",
  capacity: "Vi har två anställda handledare, egna verktyg och en lokal på Hisingen med plats för 40 deltagare.",
};

export function fixtureOptions(
  template: ReportTemplate,
  overrides: Partial<BuildReportOptions> = {},
): BuildReportOptions {
  return {
    template,
    narratives: fixtureNarratives,
    title: "Social redovisning 2025",
    locale: "sv",
    generatedAt: FIXTURE_GENERATED_AT,
    ...overrides,
  };
}
