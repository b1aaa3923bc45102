import type { Widen } from "./types";
import { common } from "./sv/common";

/**
 * All Swedish UI text, composed from one module per area (app/i18n/sv/<area>.ts). Swedish is the
 * source of truth; en.ts is typed against it.
 */
export const sv = {
  common,
} as const;

export type Messages = Widen<typeof sv>;
