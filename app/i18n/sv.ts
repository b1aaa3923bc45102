import type { Widen } from "./types";
import { account } from "./sv/account";
import { auth } from "./sv/auth";
import { common } from "./sv/common";
import { errors } from "./sv/errors";
import { format } from "./sv/format";
import { indicators } from "./sv/indicators";
import { mail } from "./sv/mail";
import { guide } from "./sv/guide";
import { org } from "./sv/org";
import { titles } from "./sv/titles";
import { reports } from "./sv/reports";
import { validation } from "./sv/validation";
import { reportModel } from "./sv/report-model";
import { value } from "./sv/value";

/**
 * All Swedish UI text, composed from one module per area (app/i18n/sv/<area>.ts). Swedish is the
 * source of truth; en.ts is typed against it.
 */
export const sv = {
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
} as const;

export type Messages = Widen<typeof sv>;
