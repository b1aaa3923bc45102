import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

export const DEMO_PASSWORD = "demo-synlig-2026";

/**
 * Signs in through the real sign-in form. Only the foundation journey uses it (the form stays
 * covered there); every other journey signs in with the `signInAs` fixture.
 */
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

/**
 * Signs in without typing the form: POSTs the credentials to `/login` with the page's request
 * context, which shares the browser context's cookie jar, so the session cookie the server sets is
 * the one the page sends from now on. Then opens the start page, where the form would have led.
 */
export async function signInWithCookie(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const res = await page.request.post("/login", {
    form: { intent: "login", email, password, redirectTo: "/" },
    maxRedirects: 0,
  });
  expect(res.status(), `sign-in of ${email} answers a redirect`).toBe(302);
  expect(res.headers()["set-cookie"] ?? "", `sign-in of ${email} sets the session cookie`).toContain("synlig_session=");
  await page.goto("/");
  await expect(page).not.toHaveURL(/\/login/);
}

/** Playwright's `test` with a `signInAs(email, password?)` fixture that signs the test's page in by cookie. */
export const test = base.extend<{ signInAs: (email: string, password?: string) => Promise<void> }>({
  signInAs: async ({ page }, provide) => {
    await provide((email, password) => signInWithCookie(page, email, password));
  },
});

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
