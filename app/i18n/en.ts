import type { Messages } from "./sv";
import { auth } from "./en/auth";
import { common } from "./en/common";
import { errors } from "./en/errors";
import { org } from "./en/org";

/** All English UI text; typed against the Swedish messages so a missing key fails typecheck. */
export const en: Messages = {
  common,
  auth,
  org,
  errors,
};
