import ExcelJS from "exceljs";
import { jsPDF } from "jspdf";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInWithCookie, test } from "./support";

/**
 * Indicators journey (issue 3): Omar picks three catalogue indicators and one own indicator for
 * his half-yearly accounting, enters a baseline and targets, imports a year of actual values from
 * an XLSX file (the first file has a bad row: the preview shows it and nothing is saved; the fixed
 * file imports), attaches a PDF as evidence and looks at the progress chart.
 */

const SHOTS = process.env.INDICATOR_SHOTS_DIR ?? "test-results/indicators";

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Värden");
  sheet.addRow(["Indikator", "Period", "Värde", "Kommentar", "Datakvalitet"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function pdf(): Buffer {
  const doc = new jsPDF();
  doc.text("Närvarolista första halvåret 2026", 20, 20);
  return Buffer.from(doc.output("arraybuffer"));
}

async function openAccountingIndicators(page: Page): Promise<string> {
  await page.goto("/o/solrosen/accountings");
  await page.getByRole("link", { name: "Vägen till arbete 2026" }).first().click();
  await page.getByRole("link", { name: "Indikatorer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Indikatorer" })).toBeVisible();
  return page.url().replace(/\/indicators.*$/, "");
}

test("pick indicators, enter baseline and targets, import a year of actuals, attach evidence and see the chart", async ({
  page,
  signInAs,
}) => {
  // The chart renders only in the browser, so no hydration errors (React #418/#423/#425); a form
  // posted with a mistake answers 400 on purpose, so failed requests are not counted.
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  await signInAs("omar@solrosen.example");

  // The catalogue: search works and the page is accessible.
  await page.goto("/o/solrosen/indicators");
  await expect(page.getByRole("heading", { level: 1, name: "Indikatorkatalog" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/catalogue.png`, fullPage: true });
  await page.getByRole("searchbox", { name: "Sök" }).fill("ensamhet");
  await expect(page.getByRole("link", { name: "Andel som upplever minskad ensamhet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Antal unika deltagare" })).toHaveCount(0);

  // An own indicator.
  await page.goto("/o/solrosen/indicators/new");
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: /^Kod/ }).fill("SOL-1");
  await page.getByLabel("Namn på svenska").fill("Deltagare som lagat mat tillsammans");
  await page
    .getByLabel("Definition på svenska")
    .fill("Antal olika deltagare som lagat mat tillsammans under perioden.");
  await page.getByLabel("Datakälla på svenska").fill("Köksloggen");
  await page.getByLabel("Enhet", { exact: true }).selectOption("persons");
  await page.getByLabel("Prestation", { exact: true }).check();
  await page.getByRole("button", { name: "Skapa indikatorn" }).click();
  await expect(page.getByText("Indikatorn är skapad.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Add three catalogue indicators and the own one, measuring a new outcome.
  const base = await openAccountingIndicators(page);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Lägg till indikatorer" }).first().click();
  await expectNoAxeViolations(page);
  for (const code of ["GEN-01", "GEN-03", "GEN-06", "SOL-1"]) await page.getByLabel(new RegExp(`^${code} `)).check();
  await page.getByLabel("Vilken effekt mäter indikatorerna?").selectOption("new");
  await page.getByLabel("Beskriv den nya effekten").fill("Deltagare får en meningsfull vardag");
  await page.getByLabel("Vilken intressent gäller effekten?").selectOption("new");
  await page.getByLabel("Namn på den nya intressenten").fill("Deltagare i köket");
  await page.getByRole("button", { name: "Lägg till valda indikatorer" }).click();
  await expect(page.getByText("4 indikatorer är tillagda.")).toBeVisible();
  await expect(page.getByRole("link", { name: /SOL-1 Deltagare som lagat mat tillsammans/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Baseline and targets for GEN-01, with decimal commas.
  await page.getByRole("link", { name: "GEN-01 Antal unika deltagare" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "GEN-01 Antal unika deltagare" })).toBeVisible();
  const baseline = page.getByRole("region", { name: "Utgångsläge" });
  await baseline.getByLabel("Värde (personer)").fill("14");
  await baseline.getByLabel("Datum för mätningen").fill("2025-12-31");
  await baseline.getByLabel("Källa").fill("Närvarolistor 2025");
  // The baseline is saved with the targets (one form, one save).
  // A word instead of a number: the message names the column and the period.
  await page.getByLabel("Målvärde, första halvåret 2026").fill("abc");
  await page.getByRole("button", { name: "Spara utgångsläge, mål och utfall" }).click();
  await expect(
    page.getByRole("link", { name: /^Målvärde för första halvåret 2026: Det går inte att läsa ”abc” som ett tal/ }),
  ).toBeVisible();
  await page.getByLabel("Målvärde, första halvåret 2026").fill("20");
  await page.getByLabel("Målvärde, andra halvåret 2026").fill("24,5");
  await page.getByRole("button", { name: "Spara utgångsläge, mål och utfall" }).click();
  await expect(page.getByText("Mål och utfall är sparade.")).toBeVisible();
  await expect(page.getByLabel("Målvärde, andra halvåret 2026")).toHaveValue("24,5");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/data-entry.png`, fullPage: true });
  const gen01 = page.url();

  // Import a year of actuals: first a file with one bad row, then the fixed file.
  await page.goto(`${base}/indicators/import`);
  await expectNoAxeViolations(page);
  const good: (string | number)[][] = [
    ["GEN-01", "2026-H1", 18, "Närvarolistor", "mätt"],
    ["GEN-01", "2026-H2", 23, "", "mätt"],
    ["GEN-03", "2026-H1", "412,5", "Tidrapporter", "uppskattat"],
    ["GEN-03", "2026-H2", 380, "", "uppskattat"],
    ["GEN-06", "2026-H1", 35, "Enkät, 20 svar", "självrapporterat"],
    ["GEN-06", "2026-H2", 48, "Enkät, 22 svar", "självrapporterat"],
    ["SOL-1", "2026-H1", 9, "", ""],
    ["SOL-1", "2026-H2", 12, "", ""],
  ];
  const bad = good.map((r) => [...r]);
  bad[3] = ["GEN-03", "2026-H2", "trehundra", "", "uppskattat"];
  await page.getByLabel("Fil med utfall").setInputFiles({
    name: "utfall-2026.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await xlsx(bad),
  });
  await page.getByRole("button", { name: "Ladda upp och granska" }).click();
  await expect(page.getByRole("heading", { name: "Granska utfall-2026.xlsx" })).toBeVisible();
  await expect(page.getByText("Filen har problem som behöver rättas")).toBeVisible();
  await expect(page.getByText(/Det går inte att läsa ”trehundra” som ett tal/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Importera utfallen" })).toBeDisabled();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/import-preview-errors.png`, fullPage: true });

  await page.getByLabel("Fil med utfall").setInputFiles({
    name: "utfall-2026-rattad.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await xlsx(good),
  });
  await page.getByRole("button", { name: "Ladda upp en rättad fil" }).click();
  await expect(page.getByText("Allt ser bra ut")).toBeVisible();
  await page.getByRole("button", { name: "Importera utfallen" }).click();
  await expect(page.getByText("8 utfall är importerade.")).toBeVisible();
  await expect(page.getByRole("row", { name: /GEN-03 Ideella timmar/ })).toContainText("380");
  await expectNoAxeViolations(page);

  // Evidence: a PDF made in the test, attached to GEN-01's second half-year.
  await page.goto(gen01);
  await page
    .getByLabel("Vad hör underlaget till?")
    .selectOption({ label: "GEN-01 Antal unika deltagare · andra halvåret 2026" });
  await page
    .getByLabel("Fil", { exact: true })
    .setInputFiles({ name: "närvarolista.pdf", mimeType: "application/pdf", buffer: pdf() });
  await page.getByRole("button", { name: "Lägg till underlaget" }).click();
  await expect(page.getByText("Underlaget är tillagt.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ladda ner närvarolista.pdf" })).toBeVisible();

  // The chart, with the same numbers as a table.
  await expect(page.getByText("Utfall mot mål")).toBeVisible();
  await expect(page.locator("figure svg.recharts-surface").first()).toBeVisible();
  // The evidence level options say what each step of the Nesta scale means.
  await expect(page.getByLabel("Evidensnivå, andra halvåret 2026").locator("option")).toHaveText([
    "Inte angiven",
    "1 – Logiken beskriven",
    "2 – Förändring mätt",
    "3 – Jämförelsegrupp",
    "4 – Oberoende upprepning",
    "5 – Upprepning i stor skala",
  ]);
  await page.getByText("Visa som tabell").click();
  const table = page.getByRole("table", { name: /Utfall, målvärde och utgångsläge/ });
  await expect(table.getByRole("row", { name: /andra halvåret 2026/ })).toContainText("23");
  await expect(table.getByRole("row", { name: /andra halvåret 2026/ })).toContainText("24,5");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/progress-chart.png`, fullPage: true });

  // The evidence page lists it; another association's page for the same accounting is 404.
  await page.goto(`${base}/evidence`);
  await expect(page.getByRole("link", { name: "Ladda ner närvarolista.pdf" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
  const foreign = await page.goto(base.replace("/o/solrosen/", "/o/kvarteret/") + "/indicators");
  expect(foreign?.status()).toBe(404);
});

test("a GSE analyst can edit a catalogue indicator; the catalogue filters and forms work without JavaScript (axe runs in the other journey)", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithCookie(page, "gun@gse.example");
  await page.goto("/o/gse/indicators?sector=idrott&level=outcome");
  await expect(page.getByRole("link", { name: "Andel unga fysiskt aktiva ≥ 60 min/dag" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Antal unika deltagare" })).toHaveCount(0);
  await page.getByRole("link", { name: /Andel som fortsätter idrotta efter 13 år/ }).click();
  await expect(page.getByText("Katalogkod:")).toBeVisible();
  await page
    .getByLabel("Definition på engelska")
    .fill("Share of registered participants aged 13 who still take part a year later.");
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();
  await context.close();
});
