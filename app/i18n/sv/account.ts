import type { Widen } from "../types";

/** Getting back into an account: forgotten password, reset link, password rules. */
export const account = {
  forgot: {
    link: "Glömt lösenordet?",
    title: "Glömt lösenordet?",
    intro: "Skriv e-postadressen du loggar in med, så skickar vi en länk där du väljer ett nytt lösenord.",
    email: "E-postadress",
    submit: "Skicka länken",
    pending: "Skickar …",
    sent: "Om det finns ett konto med den adressen har vi skickat en länk dit. Den fungerar i en timme. Titta även i skräpposten.",
    back: "Tillbaka till inloggningen",
  },
  reset: {
    title: "Välj ett nytt lösenord",
    intro: "Välj ett lösenord du inte använder någon annanstans. När du sparar loggas du ut på alla andra enheter.",
    newPassword: "Nytt lösenord",
    submit: "Spara lösenordet",
    pending: "Sparar …",
    done: "Lösenordet är bytt och du är inloggad. Du är utloggad på alla andra enheter.",
    invalidTitle: "Länken fungerar inte längre",
    invalid: "Länken är redan använd eller äldre än en timme. Be om en ny länk, så skickar vi den direkt.",
    newLink: "Be om en ny länk",
  },
  password: {
    hint: "Minst 12 tecken. En mening du kommer ihåg fungerar bra, till exempel fyra ord i rad.",
    tooShort: "Lösenordet behöver vara minst 12 tecken.",
    common:
      "Det lösenordet är för vanligt och gissas lätt. Välj något längre eller ovanligare, till exempel några ord i rad.",
  },
  throttle: {
    signIn: "För många inloggningsförsök på kort tid. Vänta en stund och försök igen.",
    signUp: "För många nya konton från den här adressen på kort tid. Vänta en stund och försök igen.",
    reset: "För många förfrågningar på kort tid. Vänta en stund och försök igen.",
  },
  tokens: {
    scopes: "Vad nyckeln får göra",
    scopesHint: "Ge nyckeln bara det som skriptet behöver. Nyckeln fungerar bara mot API:t, aldrig som inloggning.",
    scopeReportsRead: "Läsa publicerade rapporter",
    scopeIndicatorsRead: "Läsa indikatorvärden",
    scopeIndicatorsWrite: "Läsa och skriva indikatorvärden",
    scopesRequired: "Välj minst en sak som nyckeln får göra.",
    lifetime: "Giltig i",
    lifetimeHint: "Nyckeln slutar fungera efter det, och när du byter lösenord.",
    days: (n: number) => `${n} dagar`,
    colScopes: "Får",
    colExpires: "Giltig till",
    expired: "Har gått ut",
  },
} as const;

export type AccountMessages = Widen<typeof account>;
