import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

/**
 * Issue 10: an association's journey without silent data loss. Stakeholder groups added with "Ta
 * med gruppen i redovisningen" ticked are stored as included (also after "Ändra" + save); the
 * add form is empty after an add; on an indicator page the baseline, targets and actuals are
 * saved by one save and are all there after a reload; leaving with unsaved fields asks first.
 */
const SHOTS = process.env.JOURNEY_SHOTS_DIR ?? "test-results/journey";

async function openAccounting(page: Page): Promise<string> {
  await page.goto("/o/solrosen/accountings");
  await page.getByRole("link", { name: "Vägen till arbete 2026" }).first().click();
  await expect(page).toHaveURL(/\/accountings\/[0-9a-f-]{36}/);
  return new URL(page.url()).pathname.replace(/(\/accountings\/[0-9a-f-]{36}).*$/, "$1");
}

test("stakeholders stay included, the add form empties, and one save keeps baseline and targets", async ({ page }) => {
  await signIn(page, "omar@solrosen.example");
  const base = await openAccounting(page);

  // A new group, with the box ticked (the default): stored as included.
  await page.goto(`${base}/stakeholders`);
  const name = `Föräldrar ${Date.now()}`;
  await page.getByLabel("Grupp", { exact: true }).fill(name);
  await page.getByLabel("Antal personer").fill("25");
  await page.getByLabel("Hur involveras de?").fill("Samtal på föräldramöten");
  await page.getByLabel("Vad förändras för dem?").fill("Barnen får hjälp med läxorna");
  await expect(page.getByLabel("Ta med gruppen i redovisningen")).toBeChecked();
  await page.getByRole("button", { name: "Lägg till", exact: true }).click();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Tas med");
  // The add form is empty again (it used to keep the previous row's text).
  await expect(page.getByLabel("Grupp", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Antal personer")).toHaveValue("");
  // "Ändra" and save without a change: still included.
  await row.getByRole("link", { name: /Ändra/ }).click();
  await expect(page.getByLabel("Ta med gruppen i redovisningen")).toBeChecked();
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Tas med");
  await page.screenshot({ path: `${SHOTS}/stakeholders.png`, fullPage: true });

  // An indicator: baseline and a target typed, one save, reload: both are there.
  await page.goto(`${base}/indicators`);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Utgångsläge" })).toBeVisible();
  const baseline = page.getByRole("region", { name: "Utgångsläge" });
  await baseline.getByLabel(/^Värde/).fill("14");
  await baseline.getByLabel("Datum för mätningen").fill("2025-12-31");
  await baseline.getByLabel("Källa").fill("Närvarolistor 2025");
  const target = page.locator('input[name^="target."]').first();
  await target.fill("31");

  // Leaving with typed, unsaved fields asks first.
  await page.getByRole("navigation", { name: "Alla indikatorer" }).getByRole("link").first().click();
  await expect(page.getByRole("alertdialog", { name: "Du har ändringar som inte är sparade" })).toBeVisible();
  await page.getByRole("button", { name: "Stanna kvar" }).click();

  await page.getByRole("button", { name: "Spara utgångsläge, mål och utfall" }).click();
  await expect(page.getByText("Mål och utfall är sparade.")).toBeVisible();
  await page.reload();
  const reloaded = page.getByRole("region", { name: "Utgångsläge" });
  await expect(reloaded.getByLabel(/^Värde/)).toHaveValue("14");
  await expect(reloaded.getByLabel("Källa")).toHaveValue("Närvarolistor 2025");
  await expect(page.locator('input[name^="target."]').first()).toHaveValue("31");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/indicator.png`, fullPage: true });
});

test("the association's details page is in the navigation and keeps a history", async ({ page }) => {
  await signIn(page, "omar@solrosen.example");
  await page.goto("/o/solrosen");
  await page.getByRole("link", { name: "Föreningens uppgifter" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Föreningens uppgifter" })).toBeVisible();
  await page.getByLabel(/Nummer i registret över idéburna organisationer/).fill("IO-2026-0007");
  await page.getByRole("button", { name: "Spara uppgifterna" }).click();
  await expect(page.getByText("Föreningens uppgifter är sparade.")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("IO-2026-0007");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/org-settings.png`, fullPage: true });
});
