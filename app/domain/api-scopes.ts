/**
 * What a personal access token may do on the JSON API (`/api/v1`; a token is never a web login).
 * `indicators:write` includes reading them.
 */
export const API_SCOPES = ["reports:read", "indicators:read", "indicators:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === "string" && (API_SCOPES as readonly string[]).includes(value);
}

/** Whether a token's scopes allow what a request needs. */
export function scopeAllows(granted: readonly string[], needed: ApiScope): boolean {
  if (granted.includes(needed)) return true;
  return needed === "indicators:read" && granted.includes("indicators:write");
}

/** How long a new token lives, in days; the form offers these. */
export const TOKEN_LIFETIMES_DAYS = [30, 90, 365] as const;
export const DEFAULT_TOKEN_LIFETIME_DAYS = 90;
