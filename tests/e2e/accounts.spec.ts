import { expect, test } from "@playwright/test";
import { linkIn, startSmtpServer, type TestSmtp } from "../support/smtp";
import { expectNoAxeViolations, signIn, uniqueEmail } from "./support";

/**
 * Getting back into an account: forgot password → the mail, read from a real SMTP server that the
 * app sends to (playwright.config.ts points SMTP_URL at it) → a new password → signed in.
 */
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2530);
let smtp: TestSmtp;

test.beforeAll(async () => {
  smtp = await startSmtpServer(SMTP_PORT);
});
test.afterAll(async () => {
  await smtp.close();
});

test("forgot password → mail → new password → signed in", async ({ page, baseURL }) => {
  const email = uniqueEmail("glomsk");
  const oldPassword = "ett gammalt långt lösenord";
  const newPassword = "kanelbullar på fredagsmötet";

  await page.goto("/signup");
  await page.getByLabel("Ditt namn").fill("Greta Glömsk");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(oldPassword);
  await page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dina organisationer" })).toBeVisible();
  await page.context().clearCookies();

  await page.goto("/login");
  await page.getByRole("link", { name: "Glömt lösenordet?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glömt lösenordet?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByRole("button", { name: "Skicka länken" }).click();
  await expect(page.getByText(/Om det finns ett konto med den adressen har vi skickat en länk dit/)).toBeVisible();

  const mail = await smtp.waitForMail(email, { timeoutMs: 30_000 });
  expect(mail.subject).toBe("Välj ett nytt lösenord i Synlig");
  const link = linkIn(mail, `${baseURL}/reset-password/`);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Välj ett nytt lösenord" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Nytt lösenord").fill("password123456");
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await expect(page.getByText(/för vanligt/).first()).toBeVisible();
  await page.getByLabel("Nytt lösenord").fill(newPassword);
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dina organisationer" })).toBeVisible();
  await expect(page.getByText(/Lösenordet är bytt och du är inloggad/)).toBeVisible();
  await page.screenshot({ path: "test-results/accounts-reset-signed-in.png", fullPage: true });

  // The link is spent.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Länken fungerar inte längre" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, email, newPassword);
  await expect(page.getByRole("heading", { level: 1, name: "Dina organisationer" })).toBeVisible();
});
