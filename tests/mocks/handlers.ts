import type { RequestHandler } from "msw";

/** Synlig makes no outbound HTTP calls yet; handlers for future third parties go here. */
export const handlers: RequestHandler[] = [];
