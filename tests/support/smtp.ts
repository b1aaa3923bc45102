import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for a test (the `smtp-server` package) that keeps what arrives, parsed with
 * `mailparser`. `failFirst: n` answers the first n messages with a temporary failure (451), as a
 * struggling mail server would.
 */
export interface TestSmtp {
  url: string;
  received: ParsedMail[];
  /** Messages refused so far (by failFirst). */
  refused: number;
  /** Waits until a mail to `to` has arrived (and returns the latest one). */
  waitForMail(to: string, options?: { timeoutMs?: number; count?: number }): Promise<ParsedMail>;
  mailsTo(to: string): ParsedMail[];
  close(): Promise<void>;
}

export async function startSmtpServer(port: number, options: { failFirst?: number } = {}): Promise<TestSmtp> {
  let failuresLeft = options.failFirst ?? 0;
  const state: TestSmtp = {
    url: `smtp://127.0.0.1:${port}`,
    received: [],
    refused: 0,
    mailsTo: (to) =>
      state.received.filter((m) =>
        [m.to].flat().some((a) => a?.value.some((v) => v.address?.toLowerCase() === to.toLowerCase())),
      ),
    async waitForMail(to, { timeoutMs = 20_000, count = 1 } = {}) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const mails = state.mailsTo(to);
        if (mails.length >= count) return mails[mails.length - 1]!;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no mail to ${to} within ${timeoutMs} ms (received: ${state.received.length})`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            state.refused += 1;
            const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
            callback(error);
            return;
          }
          state.received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  server.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return state;
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const match = (mail.text ?? "").match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\s]+`));
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`);
  return match[0];
}
