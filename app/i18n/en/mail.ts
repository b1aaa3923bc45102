import type { MailMessages } from "../sv/mail";

export const mail: MailMessages = {
  greeting: (name: string) => (name ? `Hello ${name},` : "Hello,"),
  signature: "Regards,\nSynlig",
  footer: "This e-mail was sent automatically by Synlig. Replies are not read.",
  linkFallback: "If the button does not work, copy the link into your browser:",
  passwordReset: {
    subject: "Choose a new password for Synlig",
    intro: "Someone, hopefully you, asked to choose a new password for your Synlig account.",
    action: "Choose a new password",
    validity: "The link works once and for one hour.",
    ignore: "Didn't ask for this? Then you can ignore this e-mail; your password has not changed.",
  },
  accountExists: {
    subject: "Someone tried to create an account with your e-mail address",
    intro:
      "Someone just tried to create a Synlig account with your e-mail address. You already have an account, so no new one was created.",
    action: "Sign in",
    forgot: (resetUrl: string) => `Forgot your password? Choose a new one here: ${resetUrl}`,
    ignore: "Wasn't you? Then you don't need to do anything.",
  },
  passwordChanged: {
    subject: "Your Synlig password has been changed",
    intro: "The password of your Synlig account has been changed, and you have been signed out on your other devices.",
    notYou: (resetUrl: string) => `Wasn't you? Choose a new password right away: ${resetUrl}`,
  },
};
