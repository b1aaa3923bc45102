import { getDb } from "~db/index.server";
import {
  findVersionByLinkHash,
  insertLink,
  listLinks,
  revokeLink,
  type LinkRow,
  type VersionRow,
} from "~db/queries/reports.server";
import { newToken, sha256 } from "../auth/session.server";

/**
 * Public links to a published report. The token is 32 random bytes (base64url), shown once; only
 * its sha256 is stored. A link is pinned to one version (what the funder received) unless it was
 * made to follow the latest published version.
 */
export async function createPublicLink(input: {
  orgId: string;
  reportId: string;
  reportVersionId: string | null;
  expiresAt: Date | null;
  userId: string;
}): Promise<{ id: string; token: string }> {
  const token = newToken();
  const { id } = await insertLink(await getDb(), {
    ...input,
    tokenHash: sha256(token),
  });
  return { id, token };
}

export async function listPublicLinks(orgId: string, reportId: string): Promise<LinkRow[]> {
  return listLinks(await getDb(), orgId, reportId);
}

export async function revokePublicLink(orgId: string, reportId: string, linkId: string): Promise<boolean> {
  return revokeLink(await getDb(), orgId, reportId, linkId);
}

/** The version a public link shows, or undefined for an unknown, revoked or expired link. */
export async function resolvePublicLink(token: string): Promise<(VersionRow & { organisation: string }) | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return findVersionByLinkHash(await getDb(), sha256(token));
}

/** Minutes Stockholm is ahead of UTC at an instant (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/Stockholm",
    timeZoneName: "shortOffset",
  })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? "");
  if (!match) return 60;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** The last millisecond of a day (YYYY-MM-DD) in Stockholm: a link "valid until and including" that day. */
export function endOfDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const nextMidnightUtc = Date.UTC(y, m - 1, d + 1);
  return new Date(nextMidnightUtc - stockholmOffsetMinutes(new Date(nextMidnightUtc)) * 60_000 - 1);
}
