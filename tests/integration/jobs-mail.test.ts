import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listJobs } from "~db/queries/jobs.server";
import { resetEnvCache } from "~server/env.server";
import { startBackgroundJobs, stopBackgroundJobs } from "~server/jobs/handlers.server";
import { enqueue, registerJob } from "~server/jobs/queue.server";
import { queueMail, setMailBackoffForTests } from "~server/mail/mailer.server";
import { closeMailTransport } from "~server/mail/transport.server";
import { passwordResetMail } from "~server/mail/templates.server";
import { useTestApp } from "../support/app";
import { startSmtpServer, type TestSmtp } from "../support/smtp";

/** The job queue (pg-boss on PostgreSQL, the jobs table on PGlite) and mail through a real SMTP server. */
let app: Awaited<ReturnType<typeof useTestApp>>;
let smtp: TestSmtp;
const SMTP_PORT = 2525;
const FAILING_PORT = 2526;

const calls: Record<string, number> = {};
const seen: string[] = [];

function useSmtp(url: string | undefined) {
  if (url) process.env.SMTP_URL = url;
  else delete process.env.SMTP_URL;
  resetEnvCache();
  closeMailTransport();
}

beforeAll(async () => {
  app = await useTestApp();
  smtp = await startSmtpServer(SMTP_PORT);
  useSmtp(smtp.url);
  setMailBackoffForTests(1);
  registerJob("test.flaky", async (payload, job) => {
    const key = String(payload.key);
    calls[key] = (calls[key] ?? 0) + 1;
    if (job.attempt <= Number(payload.failTimes)) throw new Error(`attempt ${job.attempt} fails`);
    seen.push(key);
  });
  await startBackgroundJobs(app.db, { pollMs: 100 });
});

afterAll(async () => {
  await stopBackgroundJobs();
  await smtp.close();
  useSmtp(undefined);
  await app.close();
});

async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("job queue", () => {
  it("runs an enqueued job in the background and retries a failing one with backoff", async () => {
    await enqueue("test.flaky", { key: "twice", failTimes: 2 }, { retries: 3, backoffSeconds: 1 });
    await waitFor(() => seen.includes("twice"));
    expect(calls.twice).toBe(3);
  });

  it("gives up after the retries, and does not run a job before its runAt", async () => {
    await enqueue("test.flaky", { key: "never", failTimes: 99 }, { retries: 1, backoffSeconds: 1 });
    await enqueue("test.flaky", { key: "later", failTimes: 0 }, { runAt: new Date(Date.now() + 2500) });
    await new Promise((r) => setTimeout(r, 1200));
    expect(calls.later).toBeUndefined();
    await waitFor(() => seen.includes("later"));
    await waitFor(() => (calls.never ?? 0) >= 2);
    await new Promise((r) => setTimeout(r, 2500));
    expect(calls.never).toBe(2);
    if (app.db.kind === "pglite") {
      const never = (await listJobs(app.db, "test.flaky")).filter((j) => j.state === "failed");
      expect(never).toHaveLength(1);
      expect(never[0]!.lastError).toBe("attempt 2 fails");
    }
  });
});

describe("mail", () => {
  it("sends a Swedish mail with plain text and HTML through SMTP", async () => {
    await queueMail(
      "kassor@example.se",
      passwordResetMail("sv", "Kim Kassör", "http://localhost:3000/reset-password/abc"),
    );
    const mail = await smtp.waitForMail("kassor@example.se");
    expect(mail.subject).toBe("Välj ett nytt lösenord i Synlig");
    expect(mail.text).toContain("Hej Kim Kassör!");
    expect(mail.text).toContain("http://localhost:3000/reset-password/abc");
    expect(mail.html).toContain('<a href="http://localhost:3000/reset-password/abc"');
    expect(mail.from?.text).toContain("no-reply@synlig.invalid");
  });

  it("sends English mail in English", async () => {
    await queueMail("treasurer@example.org", passwordResetMail("en", "", "http://localhost:3000/reset-password/x"));
    const mail = await smtp.waitForMail("treasurer@example.org");
    expect(mail.subject).toBe("Choose a new password for Synlig");
    expect(mail.text).toMatch(/^Hello,/);
  });

  it("keeps the link out of the jobs table (the payload is sealed)", async () => {
    await queueMail(
      "sealed@example.se",
      passwordResetMail("sv", "S", "http://localhost:3000/reset-password/secret-token"),
    );
    await smtp.waitForMail("sealed@example.se");
    const dump = JSON.stringify(await app.db.query("SELECT payload FROM jobs"));
    expect(dump).not.toContain("secret-token");
    if (app.db.kind === "postgres") {
      const boss = JSON.stringify(await app.db.query("SELECT data FROM pgboss.job"));
      expect(boss).not.toContain("secret-token");
    }
  });

  it("retries a failing SMTP server and loses no mail", async () => {
    const failing = await startSmtpServer(FAILING_PORT, { failFirst: 2 });
    useSmtp(failing.url);
    try {
      await queueMail("envis@example.se", passwordResetMail("sv", "E", "http://localhost:3000/reset-password/e"));
      const mail = await failing.waitForMail("envis@example.se", { timeoutMs: 30_000 });
      expect(failing.refused).toBe(2);
      expect(mail.subject).toBe("Välj ett nytt lösenord i Synlig");
      await new Promise((r) => setTimeout(r, 500));
      expect(failing.mailsTo("envis@example.se")).toHaveLength(1);
    } finally {
      useSmtp(smtp.url);
      await failing.close();
    }
  });

  it("writes mail to DATA_DIR/outbox when SMTP_URL is unset", async () => {
    const dir = path.resolve(process.env.DATA_DIR ?? "./data", "outbox");
    rmSync(dir, { recursive: true, force: true });
    useSmtp(undefined);
    const write = process.stdout.write.bind(process.stdout);
    const logged: string[] = [];
    process.stdout.write = ((chunk: string) => {
      logged.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await queueMail("utkorg@example.se", passwordResetMail("sv", "U", "http://localhost:3000/reset-password/u"));
      await waitFor(() => existsSync(dir) && readdirSync(dir).length > 0);
    } finally {
      process.stdout.write = write;
      useSmtp(smtp.url);
    }
    const [file] = readdirSync(dir);
    const eml = readFileSync(path.join(dir, file!), "utf8");
    expect(eml).toContain("To: utkorg@example.se");
    expect(eml).toMatch(/Subject: .+/);
    expect(logged.join("")).toContain("utkorg@example.se");
  });
});
