import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-synlig-2026";

/** Signs in through the real sign-in form. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/E-postadress|Email address/).fill(email);
  await page.getByLabel(/^Lösenord$|^Password$/).fill(password);
  await page
    .locator("main")
    .getByRole("button", { name: /Logga in|Sign in/ })
    .click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Runs axe (WCAG 2.1 A and AA) on the page and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** A unique e-mail for a test user. */
export function uniqueEmail(prefix = "test"): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.se`;
}
