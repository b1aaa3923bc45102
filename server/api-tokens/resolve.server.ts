import { json } from "@remix-run/node";
import { getDb } from "~db/index.server";
import { touchApiToken } from "~db/queries/api-tokens.server";
import { getUserById, type UserRow } from "~db/queries/users.server";
import { scopeAllows, type ApiScope } from "~/domain/api-scopes";
import { requireUser, sha256 } from "../auth/session.server";

/**
 * Personal access tokens are a credential of the JSON API only. A loader under `/api/v1` that accepts
 * them calls `requireApiUser(request, scope)`: `Authorization: Bearer synlig_…` resolves to the token's
 * owner when the token is active (not revoked, not expired) and has the scope; a session cookie (the
 * browser) passes every scope. Everywhere else — every web page and action — the header is ignored
 * (server/auth/session.server.ts reads only the session cookie).
 */
export async function resolveBearerToken(token: string): Promise<{ userId: string; scopes: string[] } | undefined> {
  if (!token || token.length > 200) return undefined;
  return touchApiToken(await getDb(), sha256(token));
}

function apiError(status: number, error: string, headers: Record<string, string> = {}): never {
  throw json({ error }, { status, headers });
}

export async function requireApiUser(request: Request, scope: ApiScope): Promise<UserRow> {
  const auth = request.headers.get("Authorization");
  if (auth === null) return requireUser(request);
  const match = /^Bearer\s+(\S+)$/i.exec(auth.trim());
  const resolved = match ? await resolveBearerToken(match[1]!) : undefined;
  if (!resolved) apiError(401, "Invalid or expired token", { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  if (!scopeAllows(resolved.scopes, scope)) {
    apiError(403, `This token lacks the scope ${scope}`, {
      "WWW-Authenticate": `Bearer error="insufficient_scope", scope="${scope}"`,
    });
  }
  const user = await getUserById(await getDb(), resolved.userId);
  if (!user) apiError(401, "Invalid or expired token");
  return user;
}
