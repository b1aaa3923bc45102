import type { Page } from "@playwright/test";
import {
  getMethod,
  isValueField,
  sampleStepValues,
  type FieldDef,
  type MethodStep,
  type PathKey,
  type StepValues,
} from "../../app/domain/method-guide";
import { withCheckDigit } from "../../app/domain/org-number";
import { calculateSroi } from "../../app/domain/sroi";
import { ratioRange } from "../../app/domain/sroi/key-figures";
import { formatNumber, formatPercent, formatRatio, formatSek } from "../../app/utils/format";
import { expect, expectNoAxeViolations, signInWithCookie, test, uniqueEmail } from "./support";

const SHOTS = process.env.GUIDE_SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Fills one field of a generated step form by its name, adding list rows as needed. */
async function fillField(page: Page, field: FieldDef, name: string, value: unknown): Promise<void> {
  if (!isValueField(field) || value === undefined) return;
  const form = page
    .locator("main form")
    .filter({ has: page.locator('input[name="baseVersion"]') })
    .last();
  switch (field.kind) {
    case "list": {
      const rows = value as StepValues[];
      const first = field.fields.find(isValueField)!;
      for (const [i, row] of rows.entries()) {
        if ((await form.locator(`[name="${name}.${i}.${first.name}"]`).count()) === 0) {
          await form.locator(`button[value="add-row:${name}"]`).click();
          await expect(form.locator(`[name="${name}.${i}.${first.name}"]`).first()).toBeVisible();
        }
        for (const sub of field.fields) await fillField(page, sub, `${name}.${i}.${sub.name}`, row[sub.name]);
      }
      return;
    }
    case "checkbox":
      if (value === true) await form.locator(`input[name="${name}"]`).check();
      return;
    case "select":
      await form.locator(`select[name="${name}"]`).selectOption(String(value));
      return;
    case "scale":
      await form.locator(`input[name="${name}"][value="${String(value)}"]`).check();
      return;
    case "number":
      await form.locator(`[name="${name}"]`).fill(String(value).replace(".", ","));
      return;
    default:
      await form.locator(`[name="${name}"]`).fill(String(value));
  }
}

async function fillStep(page: Page, step: MethodStep, overrides: StepValues = {}) {
  const values = { ...sampleStepValues(step), ...overrides };
  for (const field of step.fields) await fillField(page, field, field.name, values[field.name]);
}

async function answerQuestionnaire(page: Page, slug: string, answers: Record<string, string>) {
  await page.goto(`/o/${slug}/guide`);
  await expect(page.getByRole("heading", { level: 1, name: "Metodguiden" })).toBeVisible();
  for (const [label, option] of Object.entries(answers)) {
    await page.getByRole("radiogroup", { name: label }).getByLabel(option, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Visa förslag" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Förslag för er" })).toBeVisible();
  await expect(page.getByText(/börja med effektkedjan/)).toBeVisible();
}

async function startFromFirstSuggestion(page: Page, methodName: string, title: string) {
  const first = page.getByRole("listitem").filter({ hasText: "Förslag 1" });
  await expect(first.getByRole("heading", { level: 3 })).toHaveText(methodName);
  await first.getByRole("link", { name: /Starta en redovisning med den här metoden/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny redovisning" })).toBeVisible();
  await page.getByLabel("Namn på redovisningen").fill(title);
  // The questionnaire's purpose carries over when an accounting has the same purpose.
  const purpose = page.getByLabel("Syfte", { exact: true });
  if ((await purpose.inputValue()) === "") await purpose.selectOption("internal-learning");
  await page.getByRole("button", { name: "Starta redovisningen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

async function addStakeholder(page: Page, name: string) {
  await page.getByRole("link", { name: "Intressenter", exact: true }).first().click();
  await page.getByLabel("Grupp", { exact: true }).fill(name);
  await page.getByLabel("Antal personer").fill("40");
  await page.getByLabel("Hur involveras de?").fill("Enkät och intervjuer");
  await page.getByLabel("Vad förändras för dem?").fill("Mindre ensamhet och fler i arbete");
  await page.getByRole("button", { name: "Lägg till", exact: true }).click();
  await expect(page.getByRole("rowheader", { name }).first()).toBeVisible();
}

async function addActionPlanRow(page: Page) {
  await page.getByRole("link", { name: "Handlingsplan", exact: true }).first().click();
  await page.getByLabel("Vad?", { exact: true }).fill("Följ upp deltagarna efter ett år");
  await page.getByLabel("När?", { exact: true }).fill("Mars 2027");
  await page.getByLabel("Vem?", { exact: true }).fill("Ordföranden");
  await page.getByLabel("Hur mäter vi att vi har lyckats?").fill("Andel som svarar");
  await page.getByRole("button", { name: "Lägg till", exact: true }).click();
  await expect(page.getByRole("rowheader", { name: "Följ upp deltagarna efter ett år" })).toBeVisible();
}

/**
 * Fills the SROI impact map (värdekarta) through its form: one input, one outcome with quantity,
 * a proxy with source and year, the four deductions with their justifications, and the duration.
 */
async function fillImpactMap(page: Page) {
  await page.getByLabel("Utvärdering (efter verksamheten)").check();
  await page.getByLabel("Diskonteringsränta").fill("3,5");
  const input = page.getByRole("group", { name: "Insats 1" });
  await input.getByLabel("Namn på insatsen").fill("Bidrag från kommunen");
  await input.getByLabel("Värde i kronor").fill("400000");
  const outcome = page.getByRole("group", { name: /^Effekt 1/ });
  await outcome.getByLabel("Intressent", { exact: true }).fill("Deltagare");
  await outcome.getByLabel("Indikator", { exact: true }).fill("Andel deltagare i arbete efter ett år");
  await outcome.getByLabel("Effekt", { exact: true }).fill("Deltagare lämnar ekonomiskt bistånd för arbete");
  await outcome.getByLabel("Antal", { exact: true }).fill("12");
  await outcome.getByLabel("Enhet", { exact: true }).fill("personer");
  await outcome.getByLabel("Värde per enhet och år, i kronor").fill("120000");
  await outcome.getByLabel("Källa", { exact: true }).fill("Socialstyrelsen, statistik om ekonomiskt bistånd");
  await outcome.getByLabel("Årtal för värdet").fill("2024");
  const deductions: [string, string, string][] = [
    ["Dödvikt", "20", "En femtedel av en jämförbar grupp fick jobb ändå."],
    ["Undanträngning", "5", "Några av jobben hade annars gått till andra arbetssökande."],
    ["Tillskrivning", "10", "Arbetsförmedlingen bidrog med matchning."],
    ["Avtagande", "30", "Några tappar jobbet under de följande åren."],
  ];
  for (const [label, percent, why] of deductions) {
    await outcome.getByLabel(label, { exact: true }).fill(percent);
    await outcome.getByLabel(`Motivering för ${label.toLowerCase()}`).fill(why);
  }
  await outcome.getByLabel("Varaktighet i år").fill("3");
}

/** What the engine gives for the map `fillImpactMap` types in: the step shows these, read-only. */
function expectedJourneyResult() {
  const result = calculateSroi({
    discountRate: 0.035,
    inputs: [{ label: "Bidrag från kommunen", amount: 400_000 }],
    outcomes: [
      {
        label: "Deltagare lämnar ekonomiskt bistånd för arbete",
        stakeholder: "Deltagare",
        quantity: 12,
        proxyValue: 120_000,
        deadweight: 0.2,
        displacement: 0.05,
        attribution: 0.1,
        dropOff: 0.3,
        durationYears: 3,
      },
    ],
  });
  const range = ratioRange(result)!;
  const two = (n: number) => formatNumber(n, "sv", 2, 2);
  return {
    ratio: `${formatRatio(result.ratio, "sv")} (intervall ${two(range.low)}–${two(range.high)})`,
    presentValue: formatSek(result.presentValue, "sv"),
    netPresentValue: formatSek(result.netPresentValue, "sv"),
  };
}

async function saveAndContinue(page: Page, nextTitle: string | null) {
  await page.getByRole("button", { name: nextTitle ? "Spara och fortsätt" : "Spara och gå till översikten" }).click();
  if (nextTitle) await expect(page.getByRole("heading", { level: 1, name: nextTitle })).toBeVisible();
  else await expect(page.getByText("Alla steg är klara")).toBeVisible();
}

test.describe.serial("a new association follows the method guide", () => {
  const email = uniqueEmail("guide");
  const password = "ett långt lösenord";
  let slug = "";

  test("signs up, answers the questionnaire and completes every SROI step, impact map included", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Ditt namn").fill("Maria Guide");
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord").fill(password);
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dina organisationer" })).toBeVisible();
    await page.goto("/orgs/new");
    await page.getByLabel("Föreningens namn").fill("Föreningen Guidad");
    await page.getByLabel("Organisationsnummer").fill(withCheckDigit(`80${String(Date.now()).slice(-7)}`));
    await page.getByLabel("Verksamhetsområde").selectOption("arbetsintegrering");
    await page.getByLabel(/^Mellan/).check();
    await page.getByRole("button", { name: "Skapa föreningen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Föreningen Guidad" })).toBeVisible();
    slug = new URL(page.url()).pathname.split("/")[2]!;

    // The accountings list teaches when empty.
    await page.getByRole("link", { name: "Redovisningar" }).first().click();
    await expect(page.getByRole("heading", { name: "Ni har inga redovisningar än" })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, "accountings-empty");

    await page.goto(`/o/${slug}/guide`);
    await expectNoAxeViolations(page);
    await shot(page, "questionnaire");
    await answerQuestionnaire(page, slug, {
      "Hur stor är föreningen?": "Mellan: 1–10 anställda (heltid)",
      "Varför vill ni visa er nytta?": "Vi vill påverka beslutsfattare",
      "Hur mycket tid kan ni lägga första gången?": "Mycket: över 100 timmar, eller pengar till en konsult",
      "Har ni utvärderat ert arbete förut?": "Ja, lite grann",
      "Behöver ni visa värdet i kronor?": "Ja",
    });
    await expectNoAxeViolations(page);
    await shot(page, "recommendation");
    await startFromFirstSuggestion(page, "SROI – social avkastning på investering", "Arbetsträning 2026");
    await expectNoAxeViolations(page);
    await shot(page, "progress-sroi");

    const sroi = getMethod("sroi");
    await addStakeholder(page, "Deltagare");
    await addActionPlanRow(page);
    await page.getByRole("link", { name: "Översikt", exact: true }).last().click();
    await page.getByRole("link", { name: /Börja med första steget|Fortsätt där du slutade/ }).click();
    await expect(page.getByText("Steg 1 av 6 · SROI – social avkastning på investering")).toBeVisible();
    await fillStep(page, sroi.steps[0]!, { periodStart: "2026-01-01", periodEnd: "2026-12-31" });
    await saveAndContinue(page, sroi.steps[1]!.title.sv);

    // Step 2 needs the impact map, built on its own page: the step links to it and back.
    const editMap = page.getByRole("link", { name: "Ändra effektkarta" });
    await expect(editMap).toHaveAttribute("href", /\/impact-map\?returnTo=steps%2Fmap-outcomes$/);
    await editMap.click();
    await expect(page.getByRole("heading", { level: 1, name: "Värdekarta (SROI)" })).toBeVisible();
    await fillImpactMap(page);
    await expectNoAxeViolations(page);
    await shot(page, "impact-map");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await expect(page.getByText("Sparat.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/impact-map\?returnTo=steps%2Fmap-outcomes$/);
    // The saved map comes back in the form, with its result.
    await expect(page.getByRole("group", { name: /^Effekt 1/ }).getByLabel("Antal", { exact: true })).toHaveValue("12");
    await expect(page.getByText("Alla avdrag är motiverade. Värdekartan kan delas externt.")).toBeVisible();

    await page.getByRole("link", { name: "← Tillbaka till steget" }).click();
    await expect(page.getByRole("heading", { level: 1, name: sroi.steps[1]!.title.sv })).toBeVisible();
    await expect(page.locator('[data-block="sroi-impact-map"]').getByText("Ifyllt", { exact: true })).toBeVisible();
    await saveAndContinue(page, sroi.steps[2]!.title.sv);

    // Steps 3 to 6: the impact map fills the blocks of steps 3 and 4; the rest are forms.
    for (const [i, step] of sroi.steps.entries()) {
      if (i < 2) continue;
      await expect(page.getByText(`Steg ${i + 1} av 6 · SROI – social avkastning på investering`)).toBeVisible();
      await expect(page.locator('[data-block="sroi-impact-map"]').getByText("Inget ifyllt än.")).toHaveCount(0);
      if (step.key === "calculate") {
        // Step 5 asks for no rate or scenarios: it shows the impact map's calculation read-only.
        const results = page.getByTestId("sroi-step-results");
        const expected = expectedJourneyResult();
        await expect(results.getByText(expected.ratio, { exact: true })).toBeVisible();
        await expect(results.getByText(expected.presentValue, { exact: true })).toBeVisible();
        await expect(results.getByText(expected.netPresentValue, { exact: true })).toBeVisible();
        await expect(results.getByText(formatPercent(0.035, "sv"), { exact: true })).toBeVisible();
        await expect(page.getByLabel("Diskonteringsränta")).toHaveCount(0);
        await expect(results.locator("input, select, textarea")).toHaveCount(0);
        await expect(page.getByRole("link", { name: "Se hela känslighetsanalysen i effektkartan" })).toHaveAttribute(
          "href",
          /\/impact-map\?returnTo=steps%2Fcalculate$/,
        );
        await page
          .getByLabel("Vad visar känslighetsanalysen, och vad drar ni för slutsats?")
          .fill("Kvoten ligger över 1 i alla scenarier. Den påverkas mest av varaktigheten, så den ska vi mäta.");
        await expectNoAxeViolations(page);
        await shot(page, "step-sroi-calculate");
        await saveAndContinue(page, sroi.steps[i + 1]!.title.sv);
        continue;
      }
      await fillStep(page, step);
      await saveAndContinue(page, sroi.steps[i + 1]?.title.sv ?? null);
    }
    await expect(page.getByRole("heading", { level: 2, name: "Stegen" })).toBeVisible();
    await expect(page.getByText("6 av 6 steg klara")).toBeVisible();
    for (const step of sroi.steps) {
      await expect(page.locator(`[data-step="${step.key}"]`)).toHaveAttribute("data-state", "done");
    }
    await expectNoAxeViolations(page);
    await shot(page, "progress-sroi-done");
  });

  test("answers for a grant application and completes every LFA step", async ({ page, signInAs }) => {
    await signInAs(email, password);
    await answerQuestionnaire(page, slug, {
      "Hur stor är föreningen?": "Mellan: 1–10 anställda (heltid)",
      "Varför vill ni visa er nytta?": "Vi ska söka bidrag",
      "Hur mycket tid kan ni lägga första gången?": "En del: 20–100 timmar",
      "Har ni utvärderat ert arbete förut?": "Nej, det här är första gången",
    });
    await startFromFirstSuggestion(page, "LFA – logisk ramverksmetod", "Vägen till jobb 2026");
    await addStakeholder(page, "Deltagare");
    await addActionPlanRow(page);
    await page.getByRole("link", { name: "Översikt", exact: true }).last().click();
    await page.getByRole("link", { name: /Börja med första steget|Fortsätt där du slutade/ }).click();
    const lfa = getMethod("lfa");
    for (const [i, step] of lfa.steps.entries()) {
      await expect(page.getByText(`Steg ${i + 1} av ${lfa.steps.length} · LFA`)).toBeVisible();
      if (i === 0) await expectNoAxeViolations(page);
      await fillStep(page, step);
      await saveAndContinue(page, lfa.steps[i + 1]?.title.sv ?? null);
    }
    await expect(page.getByText(`${lfa.steps.length} av ${lfa.steps.length} steg klara`)).toBeVisible();

    // Going back keeps the answers.
    await page.getByRole("link", { name: lfa.steps[1]!.title.sv }).click();
    await page.getByRole("button", { name: "Spara och gå till föregående steg" }).click();
    await expect(page.getByRole("heading", { level: 1, name: lfa.steps[0]!.title.sv })).toBeVisible();
    await expect(page.locator('[name="background"]')).toHaveValue(String(sampleStepValues(lfa.steps[0]!).background));

    // The accountings list shows both, with their progress.
    await page.getByRole("link", { name: "Redovisningar" }).first().click();
    await expect(page.getByRole("rowheader", { name: "Vägen till jobb 2026" })).toBeVisible();
    await expect(page.getByText(`${lfa.steps.length} av ${lfa.steps.length} steg klara`)).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, "accountings-list");
  });
});

test("a draft survives a reload, and leaving with unsaved changes asks first", async ({ page, signInAs }) => {
  await signInAs("omar@solrosen.example");
  await page.getByRole("link", { name: "Redovisningar" }).first().click();
  await page.getByRole("link", { name: "Vägen till arbete 2026", exact: true }).click();
  await page.getByRole("link", { name: "Omvärldsanalys" }).click();
  const background = page.locator('[name="background"]');
  await background.fill("Ett utkast som inte får försvinna");
  await expect(page.getByText(/^Utkast sparat \d{2}[.:]\d{2}$/)).toBeVisible();
  await page.reload();
  await expect(background).toHaveValue("Ett utkast som inte får försvinna");
  await expect(page.getByText(/Du ser ditt utkast från/)).toBeVisible();

  await background.fill("Ändrat igen");
  await page.getByRole("link", { name: "Till översikten" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Du har ändringar som inte är sparade" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Stanna kvar" }).click();
  await expect(background).toHaveValue("Ändrat igen");
  await expect(page).toHaveURL(/steps\/context-analysis$/);
});

test("two browsers save the same step: the second sees both versions and chooses", async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  for (const page of [a, b]) {
    await signInWithCookie(page, "omar@solrosen.example");
    await page.goto("/o/solrosen/accountings");
    await page.getByRole("link", { name: "Vägen till arbete 2026", exact: true }).click();
    await page.getByRole("link", { name: "Problemanalys" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Problemanalys" })).toBeVisible();
  }
  const step = getMethod("lfa").steps.find((s) => s.key === "problem-analysis")!;
  const field = step.fields.find((f) => isValueField(f) && f.kind === "textarea")!;
  await a.locator(`[name="${field.name}"]`).fill("Den första versionen");
  await a.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(
    a.getByText("Steget är klart och sparat.").or(a.getByText("Sparat, men steget är inte klart än")),
  ).toBeVisible();

  await b.locator(`[name="${field.name}"]`).fill("Den andra versionen");
  await b.getByRole("button", { name: "Spara", exact: true }).click();
  const conflict = b.getByTestId("conflict");
  await expect(
    conflict.getByText(
      /^Omar .+ sparade en nyare version \d{2}[.:]\d{2}\. Din version finns kvar i formuläret nedan\. Jämför och välj vad som ska gälla\.$/,
    ),
  ).toBeVisible();
  await expect(conflict.getByRole("cell", { name: "Den första versionen" })).toBeVisible();
  await expect(conflict.getByRole("cell", { name: "Den andra versionen" })).toBeVisible();
  await expectNoAxeViolations(b);
  await shot(b, "conflict");
  await conflict.getByRole("button", { name: "Spara min version" }).click();
  await expect(b.getByTestId("conflict")).toHaveCount(0);
  await b.reload();
  await expect(b.locator(`[name="${field.name}"]`)).toHaveValue("Den andra versionen");
});

test("the comparison is a table that scrolls sideways on a phone", async ({ page, signInAs }) => {
  await signInAs("anna@kvarteret.example");
  await page.goto("/o/kvarteret/guide/compare");
  const table = page.getByRole("table", { name: "De åtta metoderna jämförda" });
  await expect(table.getByRole("rowheader")).toHaveCount(8);
  await expectNoAxeViolations(page);
  await shot(page, "compare");
  await page.setViewportSize({ width: 375, height: 800 });
  const region = page.getByRole("region", { name: "De åtta metoderna jämförda" });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNoAxeViolations(page);
});

const DEMO_BY_METHOD: [PathKey, string, string, string][] = [
  ["visorek", "admin@sprakcafe-hisingen.example", "sprakcafe-hisingen", "Språkcaféet 2025"],
  ["ecg", "admin@tradgardskooperativet.example", "tradgardskooperativet", "Gemensamma bästa 2024–2025"],
  ["social-accounting", "admin@grannskap-angered.example", "grannskap-angered", "Grannskapets år 2025"],
  ["sroi", "anna@kvarteret.example", "kvarteret", "Arbetsträning och gemenskap 2025"],
  ["lfa", "omar@solrosen.example", "solrosen", "Vägen till arbete 2026"],
  ["nyttosam", "admin@vagen-vidare.example", "vagen-vidare", "Samhällsekonomisk kalkyl 2025"],
  ["gri", "admin@vagen-vidare.example", "vagen-vidare", "Hållbarhetsrapport 2025"],
  ["iso26000", "admin@rullstolsforeningen.example", "rullstolsforeningen", "Ansvarsprofil 2025"],
  ["snabbspar", "admin@if-framat.example", "if-framat", "Tjejträning 2025"],
];

for (const [method, email, slug, title] of DEMO_BY_METHOD) {
  test(`the progress view and a step of ${method} are accessible`, async ({ page, signInAs }) => {
    await signInAs(email);
    await page.goto(`/o/${slug}/accountings`);
    await page.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(page);
    const def = getMethod(method);
    const step = def.steps.find((s) => s.fields.some((f) => isValueField(f) && f.kind === "list")) ?? def.steps[0]!;
    await page.locator(`[data-step="${step.key}"]`).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: step.title.sv })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, `step-${method}`);
  });
}

test("Anna's SROI step 5 shows the impact map's result read-only and links back to the step", async ({
  page,
  signInAs,
}) => {
  await signInAs("anna@kvarteret.example");
  await page.goto("/o/kvarteret/accountings");
  await page.getByRole("link", { name: "Arbetsträning och gemenskap 2025", exact: true }).click();
  await page.locator('[data-step="calculate"]').getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Beräkna SROI" })).toBeVisible();
  // The demo map is the worked example of §5.4: 1,25 kr per krona, the range from the sensitivity analysis.
  const results = page.getByTestId("sroi-step-results");
  await expect(results.getByText("1,25 kr per investerad krona (intervall 1,00–1,59)", { exact: true })).toBeVisible();
  await expect(results.getByText("926 849 kr", { exact: true })).toBeVisible();
  await expect(results.getByText("185 849 kr", { exact: true })).toBeVisible();
  await expect(results.getByText("16,9 månader", { exact: true })).toBeVisible();
  await expect(results.getByText("3,5 %", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Vad visar känslighetsanalysen, och vad drar ni för slutsats?")).toHaveValue(
    /^Kvoten ligger mellan 1,00 och 1,59/,
  );
  await expectNoAxeViolations(page);
  await shot(page, "step-sroi-calculate-demo");
  await page.getByRole("link", { name: "Se hela känslighetsanalysen i effektkartan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Värdekarta (SROI)" })).toBeVisible();
  await page.getByRole("link", { name: "← Tillbaka till steget" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beräkna SROI" })).toBeVisible();
});

test("another organisation's accounting is not found", async ({ page, signInAs }) => {
  await signInAs("omar@solrosen.example");
  await page.goto("/o/kvarteret/accountings");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Redovisningar");
  const res = await page.request.get("/o/kvarteret/accountings");
  expect(res.status()).toBe(404);
});
