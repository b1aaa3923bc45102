import { withCheckDigit } from "../../app/domain/org-number";
import { expect, expectNoAxeViolations, signIn, test, uniqueEmail } from "./support";

test("a newcomer signs up, creates an association, signs out and signs in again", async ({ page }) => {
  const email = uniqueEmail("ny");
  const password = "ett långt lösenord";
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv-SE");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Skapa ett konto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skapa ett konto" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Bad input first: errors beside the fields, values kept.
  await page.getByLabel("Ditt namn").fill("Sara Nilsson");
  await page.getByLabel("E-postadress").fill("inte-en-adress");
  await page.getByLabel("Lösenord").fill("kort");
  await page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Det finns problem som behöver rättas");
  await expect(page.getByText("Skriv e-postadressen som namn@exempel.se.").first()).toBeVisible();
  await expect(page.getByText("Lösenordet behöver vara minst 12 tecken.").first()).toBeVisible();
  await expect(page.getByLabel("Ditt namn")).toHaveValue("Sara Nilsson");
  await expectNoAxeViolations(page);

  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dina organisationer" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Skapa en förening" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Skapa en förening" })).toBeVisible();
  await page.getByLabel("Föreningens namn").fill("Testföreningen Ljuset");
  await page.getByLabel("Organisationsnummer").fill("802412-3451");
  await page.getByLabel("Verksamhetsområde").selectOption("idrott");
  await page.getByLabel(/Liten/).check();
  await page.getByLabel("Paraplyorganisation").selectOption({ label: "RF-SISU Västra Götaland" });
  await page.getByRole("button", { name: "Skapa föreningen" }).click();
  await expect(page.getByText(/kontrollsiffra/).first()).toBeVisible();
  await expect(page.getByLabel("Föreningens namn")).toHaveValue("Testföreningen Ljuset");
  await expectNoAxeViolations(page);

  await page.getByLabel("Organisationsnummer").fill(withCheckDigit(`80${String(Date.now()).slice(-7)}`));
  await page.getByRole("button", { name: "Skapa föreningen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Testföreningen Ljuset" })).toBeVisible();
  await expect(page.getByText("Föreningen är skapad. Du är administratör.")).toBeVisible();
  await expect(page.getByText(/Väntar på att RF-SISU Västra Götaland bekräftar/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.locator("summary", { hasText: "Sara Nilsson" }).first().click();
  await page.getByRole("button", { name: "Logga ut" }).first().click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Testföreningen Ljuset" })).toBeVisible();
});

test("a wrong password gets a Swedish message and keeps the e-mail", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill("anna@kvarteret.example");
  await page.getByLabel("Lösenord").fill("fel-lösenord");
  await page.locator("main").getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("E-postadressen eller lösenordet stämmer inte.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("E-postadress")).toHaveValue("anna@kvarteret.example");
  await expectNoAxeViolations(page);
});

test("the demo pages are accessible in both languages, and another organisation's pages are 404", async ({
  page,
  signInAs,
}) => {
  await signInAs("anna@kvarteret.example");
  for (const path of ["/o/kvarteret", "/o/kvarteret/members", "/settings", "/orgs/new"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await expect(page).toHaveTitle("Skapa en förening – Synlig");
  const response = await page.goto("/o/solrosen");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Sidan finns inte" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/o/kvarteret");
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByText("Welcome, Anna Lindqvist", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/o/kvarteret/members");
  await expect(page).toHaveTitle("Members – Synlig");
  await page.goto("/o/kvarteret");
  await page.getByRole("button", { name: "På svenska" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv-SE");
});

test("an umbrella admin confirms an association that chose it", async ({ page, signInAs }) => {
  await signInAs("lena@foreningscenter.example");
  await page.goto("/o/goteborgs-foreningscenter/affiliations");
  await expect(page.getByRole("cell", { name: "Exempelföreningen Kvarteret" })).toBeVisible();
  await expectNoAxeViolations(page);
});
