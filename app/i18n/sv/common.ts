import type { Widen } from "../types";

export const common = {
  appName: "Synlig",
  tagline: "Visa vilken nytta er förening gör",
  skipToContent: "Hoppa till innehållet",
  language: "Språk",
  switchToOther: "In English",
  save: "Spara",
  saving: "Sparar …",
  saved: (time: string) => `Sparat ${time}`,
  cancel: "Avbryt",
  back: "Tillbaka",
  next: "Nästa",
  delete: "Ta bort",
  edit: "Ändra",
  create: "Skapa",
  close: "Stäng",
  yes: "Ja",
  no: "Nej",
  optional: "(frivilligt)",
  showAsTable: "Visa som tabell",
  errorSummaryTitle: "Det finns problem som behöver rättas",
  loading: "Laddar …",
  none: "–",
  errorPrefix: "Fel:",
} as const;

export type CommonMessages = Widen<typeof common>;
