import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./support";

/**
 * Collects console errors other than failed requests (a form posted with a mistake answers 400 on
 * purpose). Charts render only in the browser, so hydration errors (React #418/#423/#425) must not appear.
 */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return errors;
}

/** Opens a demo accounting from the organisation's list and one of its tabs. */
async function openAccountingTab(page: Page, orgSlug: string, title: string, tab: string): Promise<void> {
  await page.goto(`/o/${orgSlug}/accountings`);
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await page.getByRole("link", { name: tab, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("the impact map recalculates live in the browser, saves through the server and shows the sensitivity", async ({
  page,
  signInAs,
}) => {
  const consoleErrors = collectConsoleErrors(page);
  await signInAs("anna@kvarteret.example");
  await openAccountingTab(page, "kvarteret", "Arbetsträning och gemenskap 2025", "Värdekarta (SROI)");
  await expect(page.getByRole("heading", { level: 1, name: "Värdekarta (SROI)" })).toBeVisible();
  const ratio = page.getByTestId("sroi-ratio");
  await expect(ratio).toContainText("1,25 kr per investerad krona");
  await expect(ratio).toContainText("Intervall i känslighetsanalysen:");
  await expect(page.getByText("Alla avdrag är motiverade.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Känslighetsanalys" })).toBeVisible();
  // The charts are drawn in the browser after hydration; the key explains the lines in Swedish.
  await expect(page.locator("figure svg.recharts-surface").first()).toBeVisible();
  await expect(
    page.getByText("Streckad röd linje: kvoten 1,00, då ni får lika mycket tillbaka som ni satt in.", { exact: false }),
  ).toBeVisible();
  await expect(page.getByText("break-even")).toHaveCount(0);
  await expect(page.getByText("Nettonuvärdet delat med insatserna", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  // Live: typing a quantity changes the ratio with no request to the server.
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
  const quantity = page.locator('input[name="outcomes.0.quantity"]');
  await quantity.fill("20");
  await expect(ratio).toContainText("2,31 kr per investerad krona");
  expect(requests).toEqual([]);

  // A justification removed shows the status that blocks external sharing.
  await page.locator('textarea[name="outcomes.0.justifications.deadweight"]').fill("");
  await expect(page.getByText("1 motivering saknas – krävs innan rapporten kan delas externt.")).toBeVisible();
  await page
    .locator('textarea[name="outcomes.0.justifications.deadweight"]')
    .fill("Kommunens statistik visar att var femte hade lämnat biståndet ändå.");

  // A bad value: the Swedish error beside the field, the value kept.
  await quantity.fill("tio");
  await page.getByRole("button", { name: "Spara" }).click();
  const field = page.locator('[data-field="outcomes.0.quantity"]');
  await expect(field.getByText("Antal ska vara ett tal.")).toBeVisible();
  await expect(quantity).toHaveValue("tio");
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await quantity.fill("12");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Sparat.").first()).toBeVisible();
  await expect(page.getByText(/Senast sparad .* av Anna Lindqvist\./)).toBeVisible();
  await page.reload();
  await expect(page.locator('input[name="outcomes.0.quantity"]')).toHaveValue("12");
  await expect(ratio).toContainText("1,46 kr per investerad krona");

  // The tornado chart's numbers as a table.
  await page.getByText("Visa som tabell").first().click();
  const tornadoTable = page.getByRole("table", { name: "Känslighet: SROI-kvoten när antagandena ändras" });
  await expect(tornadoTable).toBeVisible();
  await expect(tornadoTable.getByRole("row", { name: /Grundberäkning/ })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test("the socio-economic account shows totals per actor and recalculates live", async ({ page, signInAs }) => {
  const consoleErrors = collectConsoleErrors(page);
  await signInAs("admin@vagen-vidare.example");
  await openAccountingTab(page, "vagen-vidare", "Samhällsekonomisk kalkyl 2025", "Samhällsekonomi");
  await expect(page.getByRole("heading", { level: 1, name: "Samhällsekonomisk kalkyl" })).toBeVisible();
  const figures = page.getByTestId("socio-figures");
  await expect(figures).toContainText("490 092 kr");
  await expect(figures).toContainText("1 350 000 kr");
  await expect(figures).toContainText("1,84 år");
  await expect(page.getByRole("heading", { name: "Per aktör", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.locator('input[name="groups.0.participants"]').fill("16");
  await expect(figures).toContainText("980 184 kr");
  expect(requests).toEqual([]);
  await expect(page.locator("figure svg.recharts-surface").first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
