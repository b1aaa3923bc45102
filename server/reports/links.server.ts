import { getDb } from "~db/index.server";
import {
  findVersionByLinkHash,
  insertLink,
  listLinks,
  revokeLink,
  type LinkRow,
  type VersionRow,
} from "~db/queries/reports.server";
import { getPublicLinkDays, setPublicLinkDays } from "~db/queries/organisations.server";
import { newToken, sha256 } from "../auth/session.server";

/**
 * Public links to a published report. The token is 32 random bytes (base64url), shown once; only
 * its sha256 is stored. A link is pinned to one version (what the funder received) unless it was
 * made to follow the latest published version. Only external versions get links (an internal one has
 * not passed the quality check for readers outside), and every link expires: without an end date, after
 * the association's number of days (90 unless changed).
 */
export const MIN_LINK_DAYS = 1;
export const MAX_LINK_DAYS = 3650;

export type CreateLinkResult =
  { ok: true; id: string; token: string; expiresAt: Date } | { ok: false; reason: "internal" };

export async function createPublicLink(input: {
  orgId: string;
  reportId: string;
  /** The version the link is made from; its id is pinned unless `follow`. */
  version: { id: string; audience: "external" | "internal" };
  follow: boolean;
  expiresAt: Date | null;
  userId: string;
  now?: Date;
}): Promise<CreateLinkResult> {
  if (input.version.audience !== "external") return { ok: false, reason: "internal" };
  const db = await getDb();
  const expiresAt = input.expiresAt ?? (await defaultLinkExpiry(input.orgId, input.now ?? new Date()));
  const token = newToken();
  const { id } = await insertLink(db, {
    orgId: input.orgId,
    reportId: input.reportId,
    reportVersionId: input.follow ? null : input.version.id,
    expiresAt,
    userId: input.userId,
    tokenHash: sha256(token),
  });
  return { ok: true, id, token, expiresAt };
}

/** The end of the day (Stockholm) the association's number of days after now. */
export async function defaultLinkExpiry(orgId: string, now: Date): Promise<Date> {
  const days = await getPublicLinkDays(await getDb(), orgId);
  const day = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  const ymd = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(day);
  return endOfDay(ymd);
}

export async function getLinkDays(orgId: string): Promise<number> {
  return getPublicLinkDays(await getDb(), orgId);
}

export async function setLinkDays(orgId: string, days: number): Promise<void> {
  await setPublicLinkDays(await getDb(), orgId, days);
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
