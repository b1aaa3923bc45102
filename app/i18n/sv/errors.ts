import type { Widen } from "../types";

export const errors = {
  notFoundTitle: "Sidan finns inte",
  notFoundText: "Vi hittar inte sidan du letar efter. Den kan ha flyttats, eller så saknar du behörighet att se den.",
  forbiddenTitle: "Du har inte behörighet",
  forbiddenText:
    "Din roll i organisationen räcker inte för det här. Fråga en administratör om du behöver mer behörighet.",
  genericTitle: "Något gick fel",
  genericText: "Ett oväntat fel inträffade. Ingenting du har sparat har försvunnit. Försök igen om en stund.",
  goHome: "Till startsidan",
  badRequest: "Uppgifterna kunde inte läsas. Kontrollera formuläret och försök igen.",
  crossOrigin: "Förfrågan kom från en annan webbplats och stoppades.",
  tooLarge: (mb: number) => `Det du skickade är för stort. Skicka högst ${mb} MB.`,
  methodNotAllowed: "Den metoden stöds inte här.",
} as const;

export type ErrorMessages = Widen<typeof errors>;
