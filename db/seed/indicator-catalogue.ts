import type { IndicatorDefinition, IndicatorDirection, IndicatorProxy, LocalizedText } from "~/domain/indicators/types";
import { sectorForCatalogueCode } from "~/domain/indicators/types";

/**
 * The GSE indicator catalogue (docs/domain/method-guide.md §9). IDs are stable and never reused (§9 "Catalogue
 * rules"); only these codes are aggregated across GSE members. Names follow the guide's table;
 * definitions, data sources in full sentences and the unit choices for mixed units are the team's
 * own (marked [REC] in the guide's terms: GSE should validate them).
 *
 * Unit decisions for rows whose guide unit is not one of ours:
 * - GEN-08 "index 1–5" → `index` (mean on a 1–5 scale)
 * - INT-04 "count/person" → `count-per-person`
 * - NYK-04 "% / age" → `percent` (share of young people who have not yet drunk alcohol)
 * - STU-05 "count/persons" → `persons` (audience visits; the number of events goes in the note)
 * - LAN-05 "persons/yr" → `persons-per-year`
 * - ASF-05 "outcome/impact" → level `outcome`
 *
 * Financial proxies with a SEK value appear only where the guide names a published source
 * (GEN-03, INT-03 and ASF-05, which reuses INT-03's); the guide's other valuation ideas are kept
 * as `proxyIdea` text, never as numbers.
 */
export interface CatalogueIndicatorSeed extends IndicatorDefinition {
  /** Stable catalogue ID, e.g. `GEN-03`. */
  code: string;
}

type Row = Omit<CatalogueIndicatorSeed, "sectors" | "direction"> & { direction?: IndicatorDirection };

/** Builds a row; the sector comes from the code prefix, the direction defaults to "increase". */
function row(r: Row): CatalogueIndicatorSeed {
  const sector = sectorForCatalogueCode(r.code);
  if (!sector) throw new Error(`Catalogue code without a known prefix: ${r.code}`);
  return { ...r, direction: r.direction ?? "increase", sectors: [sector] };
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

/** Avoided social assistance per household and year (§9 INT-03); shared by INT-03 and ASF-05. */
const SOCIAL_ASSISTANCE_PROXY: IndicatorProxy = {
  valueSek: 47_183,
  description: t(
    "Undviket ekonomiskt bistånd: genomsnittligt bistånd per hushåll och år i hela landet 2012. Räkna på antalet hushåll som inte längre behöver bistånd, inte på andelen. Alternativ för storstad: 63 682 kr per hushåll i Stockholms stad 2017 (Stockholms stads statistik).",
    "Avoided social assistance: average assistance per household and year nationally in 2012. Apply it to the number of households that no longer need assistance, not to the share. Alternative for a big city: SEK 63,682 per household in the City of Stockholm in 2017 (City of Stockholm statistics).",
  ),
  source: "Socialstyrelsen, Ekonomiskt bistånd – årsstatistik 2012",
  sourceYear: 2013,
  priceYear: 2012,
};

export const INDICATOR_CATALOGUE: CatalogueIndicatorSeed[] = [
  // --- General (GEN) ---
  row({
    code: "GEN-01",
    name: t("Antal unika deltagare", "Unique participants"),
    definition: t(
      "Antal olika personer som har deltagit i verksamheten minst en gång under perioden. Varje person räknas en gång, oavsett hur ofta hen kom.",
      "Number of different people who took part in the activities at least once during the period. Each person is counted once, however often they came.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Närvarolistor, medlemsregister", "Attendance lists, member register"),
  }),
  row({
    code: "GEN-02",
    name: t("Antal aktivitetstillfällen", "Activity sessions held"),
    definition: t(
      "Antal aktivitetstillfällen (träningar, träffar, kurstillfällen) som har genomförts under perioden. Inställda tillfällen räknas inte.",
      "Number of activity sessions (training sessions, meetings, classes) held during the period. Cancelled sessions are not counted.",
    ),
    unit: "count",
    level: "output",
    dataSource: t("Aktivitetslogg", "Activity log"),
  }),
  row({
    code: "GEN-03",
    name: t("Ideella timmar", "Volunteer hours"),
    definition: t(
      "Summan av de timmar som ideella, obetalda personer har lagt på verksamheten under perioden. Räkna med förberedelser, resor i uppdraget och styrelsearbete.",
      "Total hours that unpaid volunteers put into the work during the period, including preparation, travel for the task and board work.",
    ),
    unit: "hours",
    level: "input",
    dataSource: t("Tidrapportering", "Time reporting"),
    proxy: {
      valueSek: 194,
      description: t(
        "Värdet av en ideell timme: det ideella arbetets värde i Sverige, 131 miljarder kronor, delat med 676 miljoner ideella timmar (data för 2014), avrundat till 194 kr per timme.",
        "Value of one volunteer hour: the value of volunteer work in Sweden, SEK 131 billion, divided by 676 million volunteer hours (2014 data), rounded to SEK 194 per hour.",
      ),
      source: "Ersta Sköndal Bräcke högskola (ESH) och SCB, 2018",
      sourceYear: 2018,
      priceYear: 2014,
    },
  }),
  row({
    code: "GEN-04",
    name: t("Andel deltagare som upplever ökat inflytande", "Participants reporting more influence"),
    definition: t(
      "Andel av de svarande deltagarna som säger att de har fått mer inflytande över verksamheten eller sin egen situation än förut. Ställ samma fråga vid start och vid uppföljning.",
      "Share of responding participants who say they have more influence over the activities or their own situation than before. Ask the same question at the start and at follow-up.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Enkät före och efter", "Survey before and after"),
  }),
  row({
    code: "GEN-05",
    name: t("Andel med förbättrat välbefinnande (t.ex. WHO-5)", "Participants with improved well-being"),
    definition: t(
      "Andel av deltagarna vars poäng på en validerad skala för välbefinnande, till exempel WHO-5, har ökat mellan första och andra mätningen.",
      "Share of participants whose score on a validated well-being scale, such as WHO-5, rose between the first and the second measurement.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Validerad skala före och efter", "Validated scale before and after"),
    proxyIdea: t("Värdering av välbefinnande (kräver egen research).", "Well-being valuation (research needed)."),
  }),
  row({
    code: "GEN-06",
    name: t("Andel som upplever minskad ensamhet", "Participants less lonely"),
    definition: t(
      "Andel av deltagarna som känner sig mindre ensamma än förut, mätt med en kort ensamhetsskala vid start och vid uppföljning.",
      "Share of participants who feel less lonely than before, measured with a short loneliness scale at the start and at follow-up.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Enkät med kort ensamhetsskala", "Survey with a short loneliness scale"),
  }),
  row({
    code: "GEN-07",
    name: t("Antal samverkansparter", "Cooperation partners"),
    definition: t(
      "Antal organisationer (myndigheter, föreningar, företag) som föreningen har samarbetat med under perioden, enligt avtal eller protokoll.",
      "Number of organisations (public bodies, associations, companies) the association worked with during the period, as shown by agreements or minutes.",
    ),
    unit: "count",
    level: "output",
    dataSource: t("Avtal, protokoll", "Agreements, minutes"),
  }),
  row({
    code: "GEN-08",
    name: t("Deltagarnöjdhet", "Participant satisfaction"),
    definition: t(
      "Genomsnittligt svar på frågan hur nöjd deltagaren är med aktiviteten, på en skala från 1 (inte alls nöjd) till 5 (mycket nöjd).",
      "Average answer to how satisfied participants are with the activity, on a scale from 1 (not at all satisfied) to 5 (very satisfied).",
    ),
    unit: "index",
    level: "output",
    dataSource: t("Enkät efter aktiviteten", "End-of-activity survey"),
  }),

  // --- Sport (IDR) ---
  row({
    code: "IDR-01",
    name: t("Deltagartillfällen 7–25 år (LOK-stöd)", "Participant sessions age 7–25"),
    definition: t(
      "Antal deltagartillfällen för deltagare 7–25 år, räknade som i LOK-stödet: en deltagare på en sammankomst är ett deltagartillfälle.",
      "Number of participant sessions for participants aged 7–25, counted as for the LOK grant: one participant at one gathering is one participant session.",
    ),
    unit: "count",
    level: "output",
    dataSource: t("IdrottOnline, redovisning av LOK-stöd", "IdrottOnline, LOK grant reporting"),
  }),
  row({
    code: "IDR-02",
    name: t("Andel unga fysiskt aktiva ≥ 60 min/dag", "Young people active ≥ 60 min/day"),
    definition: t(
      "Andel av de unga deltagarna som är fysiskt aktiva minst 60 minuter om dagen, enligt enkät eller aktivitetsdagbok.",
      "Share of young participants who are physically active for at least 60 minutes a day, according to a survey or an activity diary.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Enkät, aktivitetsdagbok", "Survey, activity diary"),
    proxyIdea: t(
      "Undvikna vårdkostnader och produktionsbortfall. Fysisk inaktivitet bland vuxna 18–84 år kostar samhället omkring 6 miljarder kronor per år (Bolin och Lindgren för Frisam 2006, data från 2002).",
      "Avoided healthcare costs and lost production. Physical inactivity among adults aged 18–84 costs society about SEK 6 billion a year (Bolin & Lindgren for Frisam 2006, 2002 data).",
    ),
  }),
  row({
    code: "IDR-03",
    name: t("Andel flickor/underrepresenterade bland aktiva", "Share of girls / under-represented groups"),
    definition: t(
      "Andel av de aktiva medlemmarna som är flickor eller hör till en annan grupp som föreningen bedömer är underrepresenterad. Skriv i kommentaren vilken grupp som räknas.",
      "Share of active members who are girls or belong to another group the association considers under-represented. State in the note which group is counted.",
    ),
    unit: "percent",
    level: "output",
    dataSource: t("Medlemsregister", "Member register"),
  }),
  row({
    code: "IDR-04",
    name: t("Antal utbildade ledare", "Leaders trained"),
    definition: t(
      "Antal ledare och tränare som har gått en ledarutbildning under perioden. Varje person räknas en gång.",
      "Number of leaders and coaches who completed leadership training during the period. Each person is counted once.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Kursregister", "Course register"),
  }),
  row({
    code: "IDR-05",
    name: t("Andel som fortsätter idrotta efter 13 år", "Retention after age 13"),
    definition: t(
      "Andel av de medlemmar som fyllde 13 år förra året som fortfarande är aktiva i föreningen i år, enligt medlemsregistret.",
      "Share of members who turned 13 last year and are still active in the club this year, according to the member register.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Uppföljning i medlemsregistret", "Follow-up in the member register"),
  }),
  row({
    code: "IDR-06",
    name: t("Andel 65+ med bibehållen funktionsförmåga", "Older members keeping physical function"),
    definition: t(
      "Andel av deltagarna som är 65 år eller äldre och som har behållit eller förbättrat sin fysiska funktionsförmåga mellan två mätningar, med funktionstest eller enkät.",
      "Share of participants aged 65 or over who kept or improved their physical function between two measurements, by a functional test or a survey.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Funktionstest eller enkät", "Functional test or survey"),
    proxyIdea: t(
      "Undvikna vårdkostnader efter fallolyckor (kräver egen research).",
      "Avoided fall-related care (research needed).",
    ),
  }),

  // --- Integration (INT) ---
  row({
    code: "INT-01",
    name: t("Språkträningstimmar", "Language practice hours"),
    definition: t(
      "Summan av de timmar med språkträning som deltagarna har fått under perioden: antal deltagare vid varje tillfälle gånger tillfällets längd i timmar.",
      "Total hours of language practice received by participants during the period: the number of participants at each session times the session's length in hours.",
    ),
    unit: "hours",
    level: "output",
    dataSource: t("Närvarolistor", "Attendance"),
  }),
  row({
    code: "INT-02",
    name: t("Andel med förbättrad svenska", "Participants with improved Swedish"),
    definition: t(
      "Andel av deltagarna vars svenska har blivit bättre mellan start och uppföljning, enligt självskattning eller ett test som görs båda gångerna.",
      "Share of participants whose Swedish improved between the start and follow-up, by self-rating or a test taken both times.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Självskattning eller test före och efter", "Self-rating or test before and after"),
  }),
  row({
    code: "INT-03",
    name: t("Andel i arbete eller studier inom 12 mån", "In work or studies within 12 months"),
    definition: t(
      "Andel av deltagarna som arbetar eller studerar inom 12 månader efter att de började, enligt ett uppföljningssamtal med deltagarens samtycke.",
      "Share of participants who are working or studying within 12 months of starting, according to a follow-up call made with the participant's consent.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Uppföljningssamtal (med samtycke)", "Follow-up call (with consent)"),
    proxy: SOCIAL_ASSISTANCE_PROXY,
  }),
  row({
    code: "INT-04",
    name: t("Nya kontakter utanför den egna gruppen", "New contacts outside own group"),
    definition: t(
      "Genomsnittligt antal nya personer utanför den egna gruppen (till exempel språk- eller ursprungsgrupp) som en deltagare har fått regelbunden kontakt med, enligt enkät.",
      "Average number of new people outside their own group (for example language or origin group) that a participant is now in regular contact with, according to a survey.",
    ),
    unit: "count-per-person",
    level: "outcome",
    dataSource: t("Enkät", "Survey"),
  }),
  row({
    code: "INT-05",
    name: t("Andel med ökad tillit till samhällets institutioner", "Increased trust in institutions"),
    definition: t(
      "Andel av deltagarna som säger att deras tillit till samhällets institutioner, till exempel myndigheter, skola och vård, har ökat, enligt enkät.",
      "Share of participants who say their trust in public institutions, such as public agencies, schools and healthcare, has grown, according to a survey.",
    ),
    unit: "percent",
    level: "impact",
    dataSource: t("Enkät", "Survey"),
  }),
  row({
    code: "INT-06",
    name: t("Andel som blivit aktiva föreningsmedlemmar", "Became active association members"),
    definition: t(
      "Andel av deltagarna som under perioden har blivit medlemmar och tar aktiv del i en förening, den här eller en annan.",
      "Share of participants who became members of an association during the period and take an active part in it, this one or another.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Medlemsregister", "Member register"),
  }),

  // --- Work integration social enterprises (ASF) ---
  row({
    code: "ASF-01",
    name: t("Personer i arbetsträning/praktik", "People in work training"),
    definition: t(
      "Antal personer som har varit i arbetsträning eller praktik i verksamheten under perioden. Varje person räknas en gång.",
      "Number of people who were in work training or a placement with the enterprise during the period. Each person is counted once.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Deltagarregister", "Participant register"),
  }),
  row({
    code: "ASF-02",
    name: t("Personer anställda (inkl. subventionerat)", "People employed incl. subsidised"),
    definition: t(
      "Antal personer som har varit anställda under perioden, också med lönestöd eller annan subvention. Varje person räknas en gång.",
      "Number of people employed during the period, including jobs with wage subsidies or other support. Each person is counted once.",
    ),
    unit: "persons",
    level: "outcome",
    dataSource: t("Lönelistor", "Payroll"),
    proxyIdea: t(
      "Värdera med en socioekonomisk kalkyl (socioekonomiskt bokslut).",
      "Value it with a socio-economic calculation (socio-economic accounts).",
    ),
  }),
  row({
    code: "ASF-03",
    name: t(
      "Andel vidare till arbete/studier utanför ASF inom 12 mån",
      "Moved on to work/studies outside the enterprise",
    ),
    definition: t(
      "Andel av dem som har avslutat arbetsträning eller anställning som inom 12 månader arbetar eller studerar utanför det sociala företaget.",
      "Share of people who left work training or employment and, within 12 months, are working or studying outside the social enterprise.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Uppföljning", "Follow-up"),
    proxyIdea: t(
      "Undviket ekonomiskt bistånd (se INT-03). Utanförskap från 20 års ålder till pension har beräknats kosta 10–15 miljoner kronor per person (Nilsson och Wadeskog, via Skandia Idéer för livet; året anges inte).",
      "Avoided social assistance (see INT-03). Exclusion from age 20 to retirement has been estimated to cost SEK 10–15 million per person (Nilsson & Wadeskog, via Skandia Idéer för livet; year not stated).",
    ),
  }),
  row({
    code: "ASF-04",
    name: t("Arbetsträningstimmar", "Work-training hours"),
    definition: t(
      "Summan av de timmar som deltagarna har varit i arbetsträning under perioden, enligt tidrapporter.",
      "Total hours participants spent in work training during the period, according to time records.",
    ),
    unit: "hours",
    level: "output",
    dataSource: t("Tidrapporter", "Time records"),
  }),
  row({
    code: "ASF-05",
    name: t("Hushåll som lämnat ekonomiskt bistånd", "Households leaving social assistance"),
    definition: t(
      "Antal hushåll bland deltagarna som under perioden har slutat få ekonomiskt bistånd. Uppgiften kommer från kommunen, med deltagarens samtycke.",
      "Number of participants' households that stopped receiving social assistance during the period, with data from the municipality given with the participant's consent.",
    ),
    unit: "households",
    level: "outcome",
    dataSource: t("Kommunens uppgifter, med samtycke", "Municipality data, with consent"),
    proxy: {
      ...SOCIAL_ASSISTANCE_PROXY,
      description: t(
        `Samma proxy som INT-03. ${SOCIAL_ASSISTANCE_PROXY.description.sv}`,
        `Same proxy as INT-03. ${SOCIAL_ASSISTANCE_PROXY.description.en}`,
      ),
    },
  }),
  row({
    code: "ASF-06",
    name: t("Förändring i självskattad arbetsförmåga", "Change in self-rated work ability"),
    definition: t(
      "Genomsnittlig förändring i poäng på en validerad skala för självskattad arbetsförmåga, mellan första och senaste mätningen. Använd bara verktyg som ni har licens för.",
      "Average change in score on a validated scale of self-rated work ability, between the first and the latest measurement. Use only tools you hold a licence for.",
    ),
    unit: "scale-points",
    level: "outcome",
    dataSource: t("Validerad skala (bara licensierade verktyg)", "Validated scale (licensed tools only)"),
  }),
  row({
    code: "ASF-07",
    name: t(
      "Andel sysselsatta med funktionsnedsättning / långt från arbetsmarknaden",
      "Share of people occupied (employees, trainees, work-training participants) from target groups",
    ),
    definition: t(
      "Andel av alla sysselsatta (anställda, praktikanter och deltagare i arbetsträning) som har en funktionsnedsättning eller står långt från arbetsmarknaden.",
      "Share of everyone occupied (employees, trainees and work-training participants) who have a disability or stand far from the labour market.",
    ),
    unit: "percent",
    level: "output",
    dataSource: t("Personal- och deltagarregister", "HR and participant registers"),
    proxyIdea: t(
      "Visar om verksamheten kan lämna anbud i reserverade upphandlingar enligt LOU 4 kap. 18 § (minst 30 %).",
      "Shows eligibility for reserved contracts under LOU chapter 4 section 18 (at least 30%).",
    ),
  }),
  row({
    code: "ASF-08",
    name: t("Produktionsvärde (försäljning)", "Value of goods/services sold"),
    definition: t(
      "Summan av intäkterna från sålda varor och tjänster under perioden, enligt bokföringen.",
      "Total income from goods and services sold during the period, according to the accounts.",
    ),
    unit: "sek",
    level: "output",
    dataSource: t("Bokföring", "Accounts"),
    proxyIdea: t(
      "Ingår som produktionsvärde i ett socioekonomiskt bokslut.",
      "Counts as production value in socio-economic accounts.",
    ),
  }),

  // --- Disability rights (FR) ---
  row({
    code: "FR-01",
    name: t("Medlemmar som fått stöd/rådgivning", "Members given advice/support"),
    definition: t(
      "Antal medlemmar som har fått stöd eller rådgivning under perioden. Varje person räknas en gång, även om hen fått stöd flera gånger.",
      "Number of members given support or advice during the period. Each person is counted once, even if helped several times.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Ärendelogg", "Case log"),
  }),
  row({
    code: "FR-02",
    name: t("Påverkansärenden och remissvar", "Advocacy cases and consultation responses"),
    definition: t(
      "Antal påverkansärenden (till exempel skrivelser och möten med beslutsfattare) och remissvar som föreningen har lämnat under perioden.",
      "Number of advocacy cases (such as letters and meetings with decision-makers) and consultation responses the association submitted during the period.",
    ),
    unit: "count",
    level: "output",
    dataSource: t("Arkiv", "Archive"),
  }),
  row({
    code: "FR-03",
    name: t("Genomförda tillgänglighetsförbättringar efter påverkan", "Accessibility improvements achieved"),
    definition: t(
      "Antal genomförda förbättringar av tillgängligheten, till exempel ramper eller information på lättläst svenska, som föreningens påverkansarbete har bidragit till. Styrk med dokument eller kommunala beslut.",
      "Number of accessibility improvements carried out, such as ramps or information in easy-to-read Swedish, that the association's advocacy contributed to. Back each one with documents or municipal decisions.",
    ),
    unit: "count",
    level: "impact",
    dataSource: t("Dokumentation, kommunala beslut", "Documentation, municipal decisions"),
  }),
  row({
    code: "FR-04",
    name: t("Andel som upplever ökad egenmakt", "Members with increased empowerment"),
    definition: t(
      "Andel av de svarande medlemmarna som upplever att de har mer makt över sitt eget liv och sina val än förut, enligt enkät.",
      "Share of responding members who feel they have more control over their own life and choices than before, according to a survey.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Enkät", "Survey"),
  }),
  row({
    code: "FR-05",
    name: t("Anhöriga som fått avlastning", "Relatives given respite"),
    definition: t(
      "Antal anhöriga som har fått avlastning genom verksamheten under perioden. Varje person räknas en gång.",
      "Number of relatives given respite through the activities during the period. Each person is counted once.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Aktivitetslogg", "Activity log"),
  }),

  // --- Temperance and drug prevention (NYK) ---
  row({
    code: "NYK-01",
    name: t("Alkohol- och drogfria arrangemang", "Alcohol/drug-free events"),
    definition: t(
      "Antal arrangemang utan alkohol och droger som föreningen har genomfört under perioden.",
      "Number of alcohol- and drug-free events the association held during the period.",
    ),
    unit: "count",
    level: "output",
    dataSource: t("Arrangemangslogg", "Event log"),
  }),
  row({
    code: "NYK-02",
    name: t("Unga i drogfria miljöer", "Young people in drug-free settings"),
    definition: t(
      "Antal olika unga som har deltagit i föreningens alkohol- och drogfria verksamhet under perioden. Skriv i kommentaren vilka åldrar som räknas.",
      "Number of different young people who took part in the association's alcohol- and drug-free activities during the period. State in the note which ages are counted.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Närvarolistor", "Attendance"),
  }),
  row({
    code: "NYK-03",
    name: t("Andel med minskad alkoholkonsumtion (AUDIT-C)", "Reduced alcohol use"),
    definition: t(
      "Andel av deltagarna vars poäng på AUDIT-C (tre frågor om alkoholvanor) har sjunkit mellan första och andra mätningen.",
      "Share of participants whose AUDIT-C score (three questions on drinking habits) fell between the first and the second measurement.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("AUDIT-C före och efter", "AUDIT-C before and after"),
    proxyIdea: t(
      "Undvikna vårdkostnader och produktionsbortfall (kräver egen research).",
      "Avoided care and lost production (research needed).",
    ),
  }),
  row({
    code: "NYK-04",
    name: t("Senarelagd alkoholdebut bland unga", "Delayed alcohol debut"),
    definition: t(
      "Andel unga på orten, till exempel i årskurs 9, som ännu inte har druckit alkohol, enligt lokala ungdomsenkäter. Måttet gäller hela befolkningen: föreningen bidrar till förändringen men orsakar den inte ensam.",
      "Share of young people in the area, for example in school year 9, who have not yet drunk alcohol, according to local youth surveys. A population-level measure: the association contributes to the change but does not cause it alone.",
    ),
    unit: "percent",
    level: "impact",
    dataSource: t(
      "Lokala ungdomsenkäter (befolkningsnivå, bara bidrag)",
      "Local youth surveys (population level, contribution only)",
    ),
  }),
  row({
    code: "NYK-05",
    name: t("Kvar i stödgrupp efter 6 mån", "Still in support group after 6 months"),
    definition: t(
      "Andel av dem som började i en stödgrupp som fortfarande deltar sex månader senare.",
      "Share of people who joined a support group and are still taking part six months later.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Gruppens egna anteckningar", "Group records"),
  }),

  // --- Study associations (STU) ---
  row({
    code: "STU-01",
    name: t("Studietimmar", "Study hours in circles"),
    definition: t(
      "Antal studietimmar i studiecirklar under perioden, så som de rapporteras till studieförbundet (en studietimme är 45 minuter).",
      "Number of study hours in study circles during the period, as reported to the study association (one study hour is 45 minutes).",
    ),
    unit: "hours",
    level: "output",
    dataSource: t("Studieförbundets rapportering", "Study association reporting"),
  }),
  row({
    code: "STU-02",
    name: t("Unika cirkeldeltagare", "Unique circle participants"),
    definition: t(
      "Antal olika personer som har deltagit i minst en studiecirkel under perioden. Varje person räknas en gång.",
      "Number of different people who took part in at least one study circle during the period. Each person is counted once.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Rapporteringssystem", "Reporting system"),
  }),
  row({
    code: "STU-03",
    name: t("Andel med ökad kunskap/kompetens", "Increased knowledge"),
    definition: t(
      "Andel av deltagarna som i en slutenkät säger att de har fått mer kunskap eller kompetens i cirkelns ämne.",
      "Share of participants who say in an end survey that they gained knowledge or skills in the circle's subject.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Slutenkät", "End survey"),
  }),
  row({
    code: "STU-04",
    name: t("Andel mer samhällsengagerade", "More civically engaged"),
    definition: t(
      "Andel av deltagarna som säger att de har blivit mer engagerade i samhället, till exempel i föreningslivet, i lokala frågor eller i val, enligt enkät.",
      "Share of participants who say they have become more engaged in society, for example in associations, local issues or elections, according to a survey.",
    ),
    unit: "percent",
    level: "impact",
    dataSource: t("Enkät", "Survey"),
  }),
  row({
    code: "STU-05",
    name: t("Kulturarrangemang och publik", "Cultural events and audience"),
    definition: t(
      "Antal besök av publik på föreningens kulturarrangemang under perioden; varje besök räknas. Skriv antalet arrangemang i kommentaren.",
      "Number of audience visits to the association's cultural events during the period; every visit counts. State the number of events in the note.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Biljettförsäljning, räkning av publik", "Ticketing, audience counts"),
  }),

  // --- Rural development (LAN) ---
  row({
    code: "LAN-01",
    name: t("Mötesplatser/service som hålls öppna", "Meeting places/services kept open"),
    definition: t(
      "Antal mötesplatser och servicefunktioner, till exempel bygdegård, lanthandel eller drivmedel, som föreningen håller öppna på orten vid periodens slut.",
      "Number of meeting places and services, such as a village hall, a village shop or a fuel station, that the association keeps open locally at the end of the period.",
    ),
    unit: "count",
    level: "output",
    dataSource: t("Egna uppgifter", "Own records"),
  }),
  row({
    code: "LAN-02",
    name: t("Besökare per år", "Visitors per year"),
    definition: t(
      "Antal besök på föreningens mötesplatser och arrangemang under året. Varje besök räknas, även när samma person kommer flera gånger.",
      "Number of visits to the association's meeting places and events during the year. Every visit counts, even when the same person comes several times.",
    ),
    unit: "persons",
    level: "output",
    dataSource: t("Räkning av besökare", "Visitor counts"),
  }),
  row({
    code: "LAN-03",
    name: t("Nya företag/arbetstillfällen kopplade till insatsen", "New businesses/jobs linked to the work"),
    definition: t(
      "Antal nya företag och arbetstillfällen på orten som kan kopplas till föreningens insats, enligt en lokal kartläggning.",
      "Number of new businesses and jobs in the area that can be linked to the association's work, according to a local mapping.",
    ),
    unit: "count",
    level: "impact",
    dataSource: t("Lokal kartläggning", "Local mapping"),
  }),
  row({
    code: "LAN-04",
    name: t("Andel invånare med ökad trygghet/framtidstro", "Residents feeling safer/more optimistic"),
    definition: t(
      "Andel av de svarande invånarna som känner sig tryggare eller mer hoppfulla om ortens framtid än förut, enligt en bygdeenkät.",
      "Share of responding residents who feel safer or more hopeful about the area's future than before, according to a village survey.",
    ),
    unit: "percent",
    level: "outcome",
    dataSource: t("Bygdeenkät", "Village survey"),
  }),
  row({
    code: "LAN-05",
    name: t("Nettoinflyttning till orten", "Net in-migration"),
    definition: t(
      "Antal personer som har flyttat till orten minus antal som har flyttat därifrån under ett år, enligt SCB. Måttet gäller hela befolkningen: föreningen bidrar men orsakar inte förändringen ensam.",
      "Number of people who moved to the area minus the number who moved away during one year, according to Statistics Sweden. A population-level measure: the association contributes but does not cause the change alone.",
    ),
    unit: "persons-per-year",
    level: "impact",
    dataSource: t("SCB-statistik (bara bidrag)", "Statistics Sweden (contribution only)"),
  }),
];

/** Catalogue entries by code, for look-ups when seeding and importing. */
export const INDICATOR_CATALOGUE_BY_CODE: ReadonlyMap<string, CatalogueIndicatorSeed> = new Map(
  INDICATOR_CATALOGUE.map((indicator) => [indicator.code, indicator]),
);
