import type { Messages } from "./sv";
import { common } from "./en/common";

/** All English UI text; typed against the Swedish messages so a missing key fails typecheck. */
export const en: Messages = {
  common,
};
