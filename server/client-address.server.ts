import type { Request as ExpressRequest } from "express";

/**
 * The client address, decided once by Express: `req.ip` is the socket's address unless TRUST_PROXY
 * names the proxies in front (then the right-most untrusted X-Forwarded-For hop). It reaches loaders
 * and actions in the Remix load context; nothing reads X-Forwarded-For by hand.
 */
export interface ClientContext extends Record<string, unknown> {
  clientIp: string;
}

/** `getLoadContext` of the Express entry. */
export function loadContextOf(req: ExpressRequest): ClientContext {
  return { clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown" };
}

/** The client address from a loader's or action's context ("unknown" when it has none: all such requests share one bucket). */
export function clientIp(context: unknown): string {
  const ip = (context as Partial<ClientContext> | undefined)?.clientIp;
  return typeof ip === "string" && ip.length > 0 && ip.length <= 64 ? ip : "unknown";
}
