import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listApiTokens } from "~db/queries/api-tokens.server";
import * as forgot from "~/routes/forgot-password";
import * as login from "~/routes/login";
import * as reset from "~/routes/reset-password.$token";
import * as signup from "~/routes/signup";
import { paths } from "~/utils/paths";
import { createApiToken } from "~server/api-tokens/tokens.server";
import { getUserId } from "~server/auth/session.server";
import { resetEnvCache } from "~server/env.server";
import { startBackgroundJobs, stopBackgroundJobs } from "~server/jobs/handlers.server";
import { setMailBackoffForTests } from "~server/mail/mailer.server";
import { closeMailTransport } from "~server/mail/transport.server";
import { call, makeRequest, makeUser, sessionCookieFor, TEST_PASSWORD, useTestApp } from "../support/app";
import { linkIn, startSmtpServer, type TestSmtp } from "../support/smtp";

/** Password reset and sign-up with a taken address, with mail through a real SMTP server. */
let app: Awaited<ReturnType<typeof useTestApp>>;
let smtp: TestSmtp;
const ORIGIN = "http://synlig.test";
const NEW_PASSWORD = "en ny mening att minnas";

beforeAll(async () => {
  app = await useTestApp();
  smtp = await startSmtpServer(2527);
  process.env.SMTP_URL = smtp.url;
  process.env.PUBLIC_ORIGIN = ORIGIN;
  resetEnvCache();
  setMailBackoffForTests(1);
  await startBackgroundJobs(app.db, { pollMs: 100 });
});

afterAll(async () => {
  await stopBackgroundJobs();
  closeMailTransport();
  await smtp.close();
  delete process.env.SMTP_URL;
  delete process.env.PUBLIC_ORIGIN;
  resetEnvCache();
  await app.close();
});

let ipCounter = 0;
/** Each request from its own client address unless one is given (the throttles are tested on their own). */
const from = (ip = `192.0.2.${++ipCounter}`) => ({ clientIp: ip });

async function requestReset(email: string, ip?: string) {
  return call(forgot.action, makeRequest(paths.forgotPassword(), { form: { email } }), {}, from(ip));
}

async function resetLinkFor(email: string, count = 1): Promise<string> {
  const mail = await smtp.waitForMail(email, { count });
  expect(mail.subject).toBe("Välj ett nytt lösenord i Synlig");
  return linkIn(mail, `${ORIGIN}/reset-password/`);
}

const tokenOf = (link: string) => decodeURIComponent(link.split("/reset-password/")[1]!);

async function postNewPassword(token: string, newPassword = NEW_PASSWORD) {
  return call(reset.action, makeRequest(paths.resetPassword(token), { form: { newPassword } }), { token }, from());
}

describe("forgot password", () => {
  it("answers the same for an unknown address and sends nothing there", async () => {
    const user = await makeUser(app.db);
    const known = await requestReset(user.email);
    const nobody = `ingen-${Date.now()}@example.se`;
    const unknown = await requestReset(nobody);
    expect(known.status).toBe(302);
    expect(unknown.status).toBe(known.status);
    expect(unknown.headers.get("Location")).toBe(known.headers.get("Location"));
    expect(unknown.headers.get("Set-Cookie")?.split("=")[0]).toBe(known.headers.get("Set-Cookie")?.split("=")[0]);
    const link = await resetLinkFor(user.email);
    expect(link).toMatch(new RegExp(`^${ORIGIN}/reset-password/[A-Za-z0-9_-]{43}$`));
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mailsTo(nobody)).toHaveLength(0);
  });

  it("sets a new password once; every other session and API token ends; this browser is signed in", async () => {
    const user = await makeUser(app.db);
    const otherDevice = await sessionCookieFor(user.id);
    await createApiToken(user.id, "skript");
    await requestReset(user.email);
    const token = tokenOf(await resetLinkFor(user.email));

    const page = await call(reset.loader, makeRequest(paths.resetPassword(token)), { token });
    expect(await page.json()).toEqual({ open: true });

    const res = await postNewPassword(token);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    const cookie = res.headers.get("Set-Cookie")!.match(/synlig_session=[^;]+/)![0];
    expect(await getUserId(makeRequest("/", { cookie }))).toBe(user.id);
    expect(await getUserId(makeRequest("/", { cookie: otherDevice }))).toBeUndefined();
    expect((await listApiTokens(app.db, user.id)).every((t) => t.revokedAt !== null)).toBe(true);

    // Single use: the link is spent, the page says so.
    const again = await postNewPassword(token, "ännu ett nytt lösenord");
    expect(again.status).toBe(410);
    const spent = await call(reset.loader, makeRequest(paths.resetPassword(token)), { token });
    expect(await spent.json()).toEqual({ open: false });

    const oldPassword = await call(
      login.action,
      makeRequest("/login", { form: { intent: "login", email: user.email, password: TEST_PASSWORD } }),
      {},
      from(),
    );
    expect(oldPassword.status).toBe(400);
    const newPassword = await call(
      login.action,
      makeRequest("/login", { form: { intent: "login", email: user.email, password: NEW_PASSWORD } }),
      {},
      from(),
    );
    expect(newPassword.status).toBe(302);

    const changed = await smtp.waitForMail(user.email, { count: 2 });
    expect(changed.subject).toBe("Ditt lösenord i Synlig är bytt");
  });

  it("stores only the token's hash, and a link older than an hour does not work", async () => {
    const user = await makeUser(app.db);
    await requestReset(user.email);
    const token = tokenOf(await resetLinkFor(user.email));
    const stored = JSON.stringify(await app.db.query("SELECT * FROM password_resets WHERE user_id = $1", [user.id]));
    expect(stored).not.toContain(token);
    await app.db.query("UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1", [
      user.id,
    ]);
    const res = await postNewPassword(token);
    expect(res.status).toBe(410);
    expect(((await res.json()) as { errors: Record<string, string> }).errors._form).toMatch(/äldre än en timme/);
  });

  it("refuses a common or short password and keeps the link usable", async () => {
    const user = await makeUser(app.db);
    await requestReset(user.email);
    const token = tokenOf(await resetLinkFor(user.email));
    const common = await postNewPassword(token, "password123456");
    expect(common.status).toBe(400);
    expect(((await common.json()) as { errors: Record<string, string> }).errors.newPassword).toMatch(/för vanligt/);
    const short = await postNewPassword(token, "elva tecken");
    expect(short.status).toBe(400);
    expect((await postNewPassword(token)).status).toBe(302);
  });

  it("sends at most three links an hour to one address, and makes one client address wait after ten requests", async () => {
    const user = await makeUser(app.db);
    for (let i = 0; i < 5; i++) expect((await requestReset(user.email)).status).toBe(302);
    await smtp.waitForMail(user.email, { count: 3 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.mailsTo(user.email)).toHaveLength(3);

    const ip = "198.51.100.99";
    for (let i = 0; i < 10; i++) expect((await requestReset(`x${i}-${Date.now()}@example.se`, ip)).status).toBe(302);
    expect((await requestReset(`y-${Date.now()}@example.se`, ip)).status).toBe(429);
  });
});

describe("sign-up with an address that has an account", () => {
  it("answers like a new sign-up and mails the owner instead", async () => {
    const owner = await makeUser(app.db);
    const res = await call(
      signup.action,
      makeRequest("/signup", {
        form: { intent: "signup", name: "Någon Annan", email: owner.email, password: "ett annat långt lösenord" },
      }),
      {},
      from(),
    );
    expect(res.status).toBe(302);
    const mail = await smtp.waitForMail(owner.email);
    expect(mail.subject).toBe("Någon försökte skapa ett konto med din e-postadress");
    expect(mail.text).toContain(`${ORIGIN}/login`);
    expect(mail.text).toContain(`${ORIGIN}/forgot-password`);
    // The owner's password is unchanged.
    const signIn = await call(
      login.action,
      makeRequest("/login", { form: { intent: "login", email: owner.email, password: TEST_PASSWORD } }),
      {},
      from(),
    );
    expect(signIn.status).toBe(302);
  });
});
