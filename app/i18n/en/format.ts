import type { FormatMessages } from "../sv/format";

export const format: FormatMessages = {
  intlLocale: "en-GB",
  decimalSign: ".",
  // A comma between thousands would read as a decimal sign in an input.
  groupInInputs: false,
  csvSeparator: ",",
  sek: (amount) => `SEK\u00a0${amount}`,
  thousandSek: (amount) => `${amount}\u00a0kSEK`,
  percent: (n) => `${n}%`,
  ratio: (n) => `SEK ${n} per SEK invested`,
  years: (n) => `${n} years`,
  dateTime: (date, time) => `${date}, ${time}`,
  timeSeparator: ":",
  quote: (text) => `“${text}”`,
  or: "or",
  errorPrefix: "Error:",
};
