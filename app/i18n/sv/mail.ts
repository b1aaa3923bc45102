import type { Widen } from "../types";

/** E-mails (plain text and simple HTML are built from the same paragraphs; server/mail/templates.server.ts). */
export const mail = {
  greeting: (name: string) => (name ? `Hej ${name}!` : "Hej!"),
  signature: "Hälsningar,\nSynlig",
  footer: "Det här mejlet skickades automatiskt av Synlig. Du kan inte svara på det.",
  linkFallback: "Fungerar inte knappen? Kopiera länken till webbläsaren:",
  passwordReset: {
    subject: "Välj ett nytt lösenord i Synlig",
    intro: "Någon, förhoppningsvis du, bad om att få välja ett nytt lösenord till ditt konto i Synlig.",
    action: "Välj ett nytt lösenord",
    validity: "Länken fungerar en gång och i en timme.",
    ignore: "Bad du inte om det? Då kan du bortse från mejlet; ditt lösenord är oförändrat.",
  },
  accountExists: {
    subject: "Någon försökte skapa ett konto med din e-postadress",
    intro:
      "Någon försökte nyss skapa ett konto i Synlig med din e-postadress. Du har redan ett konto, så inget nytt skapades.",
    action: "Logga in",
    forgot: (resetUrl: string) => `Har du glömt lösenordet? Välj ett nytt här: ${resetUrl}`,
    ignore: "Var det inte du? Då behöver du inte göra något.",
  },
  passwordChanged: {
    subject: "Ditt lösenord i Synlig är bytt",
    intro: "Lösenordet till ditt konto i Synlig är nu bytt, och du är utloggad på dina andra enheter.",
    notYou: (resetUrl: string) => `Var det inte du? Välj ett nytt lösenord direkt: ${resetUrl}`,
  },
} as const;

export type MailMessages = Widen<typeof mail>;
