/**
 * A block page opened from a step links back to it: `?returnTo=steps/<key>` (relative to the
 * accounting). Anything else is ignored, so the parameter cannot send the user elsewhere.
 */
export function readReturnTo(request: Request, form?: FormData): string | null {
  const raw = form?.get("returnTo") ?? new URL(request.url).searchParams.get("returnTo");
  return typeof raw === "string" && /^steps\/[a-z0-9-]{1,60}$/.test(raw) ? raw : null;
}
