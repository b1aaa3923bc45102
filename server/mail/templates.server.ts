import { messagesFor, type Locale } from "~/i18n";

/** A mail ready to send: plain text and simple HTML built from the same paragraphs. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface OutgoingMail extends MailContent {
  to: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Turns bare https?:// links in a paragraph into anchors (the paragraph is escaped first). */
function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

/** One mail in the reader's language: greeting, paragraphs, an optional button link, more paragraphs, signature. */
export function composeMail(
  locale: Locale,
  parts: {
    subject: string;
    name?: string;
    before: string[];
    action?: { label: string; url: string };
    after?: string[];
  },
): MailContent {
  const m = messagesFor(locale).mail;
  const after = parts.after ?? [];
  const text = [
    m.greeting(parts.name ?? ""),
    ...parts.before,
    ...(parts.action ? [`${parts.action.label}:\n${parts.action.url}`] : []),
    ...after,
    m.signature,
    "--\n" + m.footer,
  ].join("\n\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${linkify(escapeHtml(s)).replace(/\n/g, "<br>")}</p>`;
  const button = parts.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(parts.action.label)}</a></p>` +
      p(`${m.linkFallback}\n${parts.action.url}`)
    : "";
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.5;color:#171717;max-width:600px;margin:0 auto;padding:24px">
${[p(m.greeting(parts.name ?? "")), ...parts.before.map(p), button, ...after.map(p), p(m.signature)].join("\n")}
<hr style="border:none;border-top:1px solid #d4d4d4;margin:24px 0">
<p style="font-size:13px;color:#525252">${escapeHtml(m.footer)}</p>
</body></html>`;
  return { subject: parts.subject, text, html };
}

export function passwordResetMail(locale: Locale, name: string, url: string): MailContent {
  const m = messagesFor(locale).mail.passwordReset;
  return composeMail(locale, {
    subject: m.subject,
    name,
    before: [m.intro],
    action: { label: m.action, url },
    after: [m.validity, m.ignore],
  });
}

export function accountExistsMail(locale: Locale, name: string, loginUrl: string, resetUrl: string): MailContent {
  const m = messagesFor(locale).mail.accountExists;
  return composeMail(locale, {
    subject: m.subject,
    name,
    before: [m.intro],
    action: { label: m.action, url: loginUrl },
    after: [m.forgot(resetUrl), m.ignore],
  });
}

export function passwordChangedMail(locale: Locale, name: string, resetUrl: string): MailContent {
  const m = messagesFor(locale).mail.passwordChanged;
  return composeMail(locale, { subject: m.subject, name, before: [m.intro, m.notYou(resetUrl)] });
}
