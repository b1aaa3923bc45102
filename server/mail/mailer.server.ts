import { enqueue, registerJob } from "../jobs/queue.server";
import { seal, unseal } from "./seal.server";
import type { MailContent, OutgoingMail } from "./templates.server";
import { deliver } from "./transport.server";

/**
 * Mail is sent by the job queue, never in the request: `queueMail` stores the mail (sealed) as a
 * `mail.send` job and returns; the job delivers it, and a failing SMTP server means a retry with
 * backoff (about two days of retries in all), not a lost mail or a slow page.
 */
export const MAIL_JOB = "mail.send";
const MAIL_RETRIES = 12;
const MAIL_BACKOFF_SECONDS = 30;

export async function queueMail(to: string, content: MailContent): Promise<string> {
  const mail: OutgoingMail = { to, ...content };
  return enqueue(MAIL_JOB, { sealed: seal(mail) }, { retries: MAIL_RETRIES, backoffSeconds: mailBackoffSeconds() });
}

let backoffOverride: number | undefined;
/** Tests retry faster. */
export function setMailBackoffForTests(seconds: number | undefined): void {
  backoffOverride = seconds;
}
function mailBackoffSeconds(): number {
  return backoffOverride ?? MAIL_BACKOFF_SECONDS;
}

export function registerMailJob(): void {
  registerJob(MAIL_JOB, async (payload) => {
    if (typeof payload.sealed !== "string") throw new Error("mail job without a sealed mail");
    await deliver(unseal<OutgoingMail>(payload.sealed));
  });
}
