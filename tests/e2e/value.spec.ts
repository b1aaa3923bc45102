import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

/** Opens a demo accounting from the organisation's list and one of its tabs. */
async function openAccountingTab(page: Page, orgSlug: string, title: string, tab: string): Promise<void> {
  await page.goto(`/o/${orgSlug}/accountings`);
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await page.getByRole("link", { name: tab, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("the impact map recalculates live in the browser, saves through the server and shows the sensitivity", async ({ page }) => {
  await signIn(page, "anna@kvarteret.example");
  await openAccountingTab(page, "kvarteret", "Arbetsträning och gemenskap 2025", "Värdekarta (SROI)");
  await expect(page.getByRole("heading", { level: 1, name: "Värdekarta (SROI)" })).toBeVisible();
  const ratio = page.getByTestId("sroi-ratio");
  await expect(ratio).toContainText("1,25 kr per investerad krona");
  await expect(ratio).toContainText("Intervall i känslighetsanalysen:");
  await expect(page.getByText("Alla avdrag är motiverade.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Känslighetsanalys" })).toBeVisible();
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
  await page.locator('textarea[name="outcomes.0.justifications.deadweight"]').fill("Kommunens statistik visar att var femte hade lämnat biståndet ändå.");

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
  await expect(page.getByRole("table", { name: "Känslighet: SROI-kvoten när antagandena ändras" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the socio-economic account shows totals per actor and recalculates live", async ({ page }) => {
  await signIn(page, "admin@vagen-vidare.example");
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
});
