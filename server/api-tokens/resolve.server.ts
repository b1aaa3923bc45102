import { getDb } from "~db/index.server";
import { touchApiToken } from "~db/queries/api-tokens.server";
import { setBearerResolver, sha256 } from "../auth/session.server";

/**
 * Registers personal access tokens as a credential: `Authorization: Bearer synlig_…` resolves to
 * the token's owner (revoked or unknown tokens resolve to nobody, so the API answers 401).
 *
 * The registration is a side effect of importing this module. Every route that should accept
 * bearer tokens (the JSON API, `app/routes/api.v1.*`) imports `bearerTokensEnabled` from here, so the
 * Remix server build — which bundles its own copy of session.server.ts — registers it in that copy.
 */
export async function resolveBearerToken(token: string): Promise<string | undefined> {
  if (!token || token.length > 200) return undefined;
  return touchApiToken(await getDb(), sha256(token));
}

setBearerResolver(resolveBearerToken);

/** Import this in a route module to make sure bearer tokens are accepted there. */
export const bearerTokensEnabled = true;
