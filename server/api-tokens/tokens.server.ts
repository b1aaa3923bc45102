import { getDb } from "~db/index.server";
import { insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRow } from "~db/queries/api-tokens.server";
import { DEFAULT_TOKEN_LIFETIME_DAYS, type ApiScope } from "~/domain/api-scopes";
import { newToken, sha256 } from "../auth/session.server";

/** Prefix that makes a Synlig token recognisable (e.g. by secret scanners). */
export const TOKEN_PREFIX = "synlig_";

/**
 * Creates a personal access token: 32 random bytes (base64url) with the prefix, limited to its scopes
 * and its lifetime. The token is returned once for the user to copy; only its sha256 and last four
 * characters are stored. Tokens end when the password changes.
 */
export async function createApiToken(
  userId: string,
  name: string,
  options: { scopes?: ApiScope[]; lifetimeDays?: number } = {},
): Promise<{ id: string; token: string }> {
  const token = `${TOKEN_PREFIX}${newToken()}`;
  const days = options.lifetimeDays ?? DEFAULT_TOKEN_LIFETIME_DAYS;
  const { id } = await insertApiToken(await getDb(), {
    userId,
    name: name.trim(),
    tokenHash: sha256(token),
    tokenHint: token.slice(-4),
    scopes: [...new Set(options.scopes ?? ["reports:read"])],
    expiresAt: new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  });
  return { id, token };
}

export async function listTokens(userId: string): Promise<ApiTokenRow[]> {
  return listApiTokens(await getDb(), userId);
}

export async function revokeToken(userId: string, tokenId: string): Promise<boolean> {
  return revokeApiToken(await getDb(), userId, tokenId);
}
