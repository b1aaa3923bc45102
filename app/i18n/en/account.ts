import type { AccountMessages } from "../sv/account";

export const account: AccountMessages = {
  forgot: {
    link: "Forgot your password?",
    title: "Forgot your password?",
    intro: "Enter the e-mail address you sign in with, and we will send you a link to choose a new password.",
    email: "E-mail address",
    submit: "Send the link",
    pending: "Sending …",
    sent: "If there is an account with that address, we have sent a link to it. It works for one hour. Check your spam folder too.",
    back: "Back to sign in",
  },
  reset: {
    title: "Choose a new password",
    intro: "Choose a password you do not use anywhere else. Saving it signs you out on every other device.",
    newPassword: "New password",
    submit: "Save the password",
    pending: "Saving …",
    done: "Your password has been changed and you are signed in. You have been signed out on every other device.",
    invalidTitle: "This link no longer works",
    invalid:
      "The link has been used already or is more than an hour old. Ask for a new one and we will send it right away.",
    newLink: "Ask for a new link",
  },
  password: {
    hint: "At least 12 characters. A sentence you remember works well, for example four words in a row.",
    tooShort: "The password needs at least 12 characters.",
    common:
      "That password is too common and easily guessed. Choose something longer or less usual, for example a few words in a row.",
  },
  throttle: {
    signIn: "Too many sign-in attempts in a short time. Wait a moment and try again.",
    signUp: "Too many new accounts from this address in a short time. Wait a moment and try again.",
    reset: "Too many requests in a short time. Wait a moment and try again.",
  },
  tokens: {
    scopes: "What the token may do",
    scopesHint: "Give the token only what the script needs. It works only on the API, never as a sign-in.",
    scopeReportsRead: "Read published reports",
    scopeIndicatorsRead: "Read indicator values",
    scopeIndicatorsWrite: "Read and write indicator values",
    scopesRequired: "Choose at least one thing the token may do.",
    lifetime: "Valid for",
    lifetimeHint: "The token stops working after that, and when you change your password.",
    days: (n: number) => `${n} days`,
    colScopes: "May",
    colExpires: "Valid until",
    expired: "Expired",
  },
};
