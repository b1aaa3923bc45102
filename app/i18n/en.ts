import type { Messages } from "./sv";
import { account } from "./en/account";
import { auth } from "./en/auth";
import { common } from "./en/common";
import { errors } from "./en/errors";
import { format } from "./en/format";
import { indicators } from "./en/indicators";
import { mail } from "./en/mail";
import { guide } from "./en/guide";
import { org } from "./en/org";
import { titles } from "./en/titles";
import { reports } from "./en/reports";
import { validation } from "./en/validation";
import { reportModel } from "./en/report-model";
import { value } from "./en/value";

/** All English UI text; typed against the Swedish messages so a missing key fails typecheck. */
export const en: Messages = {
  common,
  auth,
  org,
  errors,
  titles,
  value,
  guide,
  reports,
  reportModel,
  indicators,
  mail,
  account,
  format,
  validation,
};
