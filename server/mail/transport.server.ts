import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env.server";
import type { OutgoingMail } from "./templates.server";

/**
 * Delivers one mail: over SMTP (nodemailer) when SMTP_URL is set; otherwise it is written to
 * `DATA_DIR/outbox/<time>-<id>.eml` and logged, so `npm start` needs no mail server.
 * A failure throws: the mail job is then tried again later.
 */
let smtp: { url: string; transport: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (smtp?.url !== url) {
    smtp?.transport.close();
    smtp = {
      url,
      // `url` is parsed by nodemailer's SMTP transport (smtp[s]://user:pass@host:port?options).
      transport: nodemailer.createTransport({
        url,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 30_000,
      } as Parameters<typeof nodemailer.createTransport>[0]),
    };
  }
  return smtp.transport;
}

export async function deliver(mail: OutgoingMail): Promise<{ via: "smtp" | "outbox"; file?: string }> {
  const e = env();
  const message = { from: e.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html };
  if (e.SMTP_URL) {
    await smtpTransport(e.SMTP_URL).sendMail(message);
    return { via: "smtp" };
  }
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  const dir = path.resolve(e.DATA_DIR, "outbox");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`);
  writeFileSync(file, built.message as Buffer, { mode: 0o600 });
  // Outside production the text is logged too, so a developer can follow a reset link from the console.
  const text = e.NODE_ENV === "production" ? undefined : mail.text;
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "mail written to outbox (no SMTP_URL)", to: mail.to, subject: mail.subject, file, text })}\n`,
  );
  return { via: "outbox", file };
}

/** Closes the SMTP connection pool (shutdown, tests). */
export function closeMailTransport(): void {
  smtp?.transport.close();
  smtp = undefined;
}
