import type { Widen } from "./types";
import { auth } from "./sv/auth";
import { common } from "./sv/common";
import { errors } from "./sv/errors";
import { org } from "./sv/org";

/**
 * All Swedish UI text, composed from one module per area (app/i18n/sv/<area>.ts). Swedish is the
 * source of truth; en.ts is typed against it.
 */
export const sv = {
  common,
  auth,
  org,
  errors,
} as const;

export type Messages = Widen<typeof sv>;
