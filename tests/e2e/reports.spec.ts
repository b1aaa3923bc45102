import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./support";

const ACCOUNTING = "Arbetsträning och gemenskap 2025";

/** Collects console errors (e.g. React hydration errors #418/#423/#425 from the charts). */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("Anna builds a grant report, fixes a quality item, publishes, downloads the PDF and shares a public link", async ({
  page,
  signInAs,
  browser,
}) => {
  const consoleErrors = collectConsoleErrors(page);
  await signInAs("anna@kvarteret.example");

  // From the accounting to its reports.
  await page.goto("/o/kvarteret/accountings");
  await page.getByRole("link", { name: ACCOUNTING }).first().click();
  await page.getByRole("navigation", { name: ACCOUNTING }).getByRole("link", { name: "Rapporter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapporter" })).toBeVisible();
  await expect(
    page.getByRole("link", {
      name: "Bidragsredovisning 2025 – Arbetsträning och gemenskap",
    }),
  ).toBeVisible();

  // Choose a template and create the report.
  await page.getByRole("link", { name: "Skapa en rapport" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Skapa en rapport" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Bidragsredovisning").check();
  await page.getByLabel("Rapportens namn").fill("Redovisning till Allmänna arvsfonden 2025");
  await page.getByRole("button", { name: "Skapa rapporten" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Redovisning till Allmänna arvsfonden 2025",
    }),
  ).toBeVisible();
  await expect(page.getByText("Utkast till version 1")).toBeVisible();

  // Write a narrative; the preview shows it after saving.
  await page
    .getByRole("textbox", { name: "Sammanfattning" })
    .fill("Under 2025 arbetstränade 40 personer hos oss. Tio gick vidare till arbete eller studier.");
  await page.getByRole("button", { name: "Spara utkastet" }).click();
  await expect(page.getByText("Utkastet är sparat.")).toBeVisible();
  const preview = page.getByRole("region", { name: "Rapporten som den ser ut nu" });
  await expect(preview.getByText("Tio gick vidare till arbete eller studier.")).toBeVisible();
  await expect(
    preview.getByRole("heading", {
      name: "Redovisning till Allmänna arvsfonden 2025",
    }),
  ).toBeVisible();
  // Charts are drawn in the browser after hydration, without hydration errors.
  await expect(preview.locator(".recharts-wrapper").first()).toBeVisible();
  expect(consoleErrors, "console errors on the builder").toEqual([]);
  await expectNoAxeViolations(page);

  // A story, first without consent.
  const tabs = page.getByRole("navigation", { name: "Delar av rapporten" });
  await tabs.getByRole("link", { name: "Berättelser" }).click();
  await page.getByLabel("Berättelsen eller citatet").fill("Nu har jag en plats där någon väntar på mig klockan åtta.");
  await page.getByLabel("Vem berättar?").fill("Deltagare i kaféet");
  await page.getByRole("button", { name: "Spara berättelserna" }).click();
  await expect(page.getByText("Berättelserna är sparade.")).toBeVisible();

  // The quality check lists the missing consent; its link leads to where it is fixed.
  await tabs.getByRole("link", { name: "Kontrollera och publicera" }).click();
  await expect(page.getByRole("heading", { name: "Kontroll av redovisningen" })).toBeVisible();
  await expect(
    page.getByText("1 berättelse saknar samtycke och visas inte i rapporten.", { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kontrollera dina svar" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Åtgärda.*1 berättelse saknar samtycke/ }).click();
  await expect(page.getByRole("heading", { name: "Berättelser", level: 2 })).toBeVisible();
  await page.getByLabel("Personen har gett sitt samtycke till att berättelsen visas i rapporten").first().check();
  await page.getByRole("button", { name: "Spara berättelserna" }).click();
  await expect(page.getByText("Samtycke finns")).toBeVisible();

  await tabs.getByRole("link", { name: "Kontrollera och publicera" }).click();
  await expect(page.getByText("1 berättelse saknar samtycke och visas inte i rapporten.", { exact: true })).toHaveCount(
    0,
  );
  await expect(page.getByText("1 med samtycke av 1")).toBeVisible();

  // Publish version 1.
  await page.getByRole("button", { name: "Publicera version 1" }).click();
  await expect(page.getByText("Version 1 är publicerad.")).toBeVisible();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Redovisning till Allmänna arvsfonden 2025",
    }),
  ).toBeVisible();
  await expect(page.getByRole("blockquote").or(page.locator("blockquote")).first()).toContainText(
    "någon väntar på mig",
  );
  await expect(page.getByRole("img", { name: /Diagram: / }).first()).toBeVisible();
  await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
  // The cover shows the publication date and a short checksum; the full one is in the version details.
  await expect(page.locator("article dt", { hasText: "Publicerad" })).toBeVisible();
  await expect(page.locator("article dt", { hasText: "Skapad" })).toHaveCount(0);
  const shortHash = (await page.locator("article dd code").first().textContent()) ?? "";
  expect(shortHash).toMatch(/^[0-9a-f]{12}$/);
  await page.getByText("Uppgifter om versionen").click();
  await expect(page.locator("details code")).toHaveText(new RegExp(`^${shortHash}[0-9a-f]{52}$`));
  expect(consoleErrors, "console errors on the version view").toEqual([]);
  await expectNoAxeViolations(page);

  // Download the PDF.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Ladda ner PDF" }).click(),
  ]);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(10_000);
  await download.saveAs("/tmp/reports-e2e.pdf");

  // A public link, opened by someone who is not signed in.
  await page.getByRole("button", { name: "Skapa länk" }).click();
  const link = await page.getByLabel("Länk till rapporten").inputValue();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("button", { name: "Kopiera länken" })).toBeVisible();
  // Each remove button says which link it removes.
  await page.getByRole("button", { name: "Skapa länk" }).click();
  await expect(page.getByRole("button", { name: /^Ta bort länken nummer 1 i listan, skapad / })).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^Ta bort länken nummer 2 i listan, skapad / })).toHaveCount(1);
  const anon = await browser.newContext();
  const visitor = await anon.newPage();
  const visitorErrors = collectConsoleErrors(visitor);
  await visitor.goto(link);
  await expect(
    visitor.getByRole("heading", {
      level: 1,
      name: "Redovisning till Allmänna arvsfonden 2025",
    }),
  ).toBeVisible();
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(visitor.getByText("har delat version 1 av rapporten med dig")).toBeVisible();
  // Tables become keyboard-scrollable regions once hydrated and measured; check after that.
  await visitor.waitForLoadState("networkidle");
  await expect(visitor.locator(".recharts-wrapper").first()).toBeVisible();
  expect(visitorErrors, "console errors on the public page").toEqual([]);
  await expectNoAxeViolations(visitor);

  // Editing after publishing makes a draft of version 2; version 1 stays as it was.
  await page.goto(new URL(page.url()).pathname.replace(/\/versions\/1$/, ""));
  await page.waitForLoadState("networkidle");
  await expect(page.getByText("Utkast till version 2")).toBeVisible();
  await page.getByRole("textbox", { name: "Sammanfattning" }).fill("En ny sammanfattning för nästa version.");
  await page.getByRole("button", { name: "Spara utkastet" }).click();
  await expect(page.getByText("Utkastet har ändringar som inte är publicerade.")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText("Tio gick vidare till arbete eller studier.")).toBeVisible();
  await anon.close();
});

test("the demo grant report has two versions and a diff between them", async ({ page, signInAs }) => {
  await signInAs("anna@kvarteret.example");
  await page.goto("/o/kvarteret/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Rapporter" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole("link", {
      name: "Bidragsredovisning 2025 – Arbetsträning och gemenskap",
    })
    .click();
  await page
    .getByRole("navigation", { name: "Delar av rapporten" })
    .getByRole("link", { name: /Versioner/ })
    .click();
  await expect(page.getByRole("link", { name: "Visa version 2" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Visa version 1" })).toBeVisible();
  await page.getByRole("link", { name: "Visa version 2" }).click();
  await page.getByRole("link", { name: "Jämför med föregående version" }).click();
  await expect(page.getByRole("heading", { name: "Version 1 jämfört med version 2" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ändrade siffror" })).toBeVisible();
  await expect(page.locator("ins").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The draft is the same as version 2: there is nothing to publish.
  await page
    .getByRole("navigation", { name: "Delar av rapporten" })
    .getByRole("link", { name: "Kontrollera och publicera" })
    .click();
  await expect(page.getByText("Inget har ändrats sedan den senaste versionen")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Publicera version/ })).toHaveCount(0);
});
