import type { Queryable } from "../client.server";

/**
 * A demo seed step adds one capability's demo data; steps run in order inside one transaction on
 * a database with no users yet. `orgIds` maps organisation slugs, `userIds` e-mails, to ids.
 */
export interface SeedContext {
  tx: Queryable;
  orgIds: Map<string, string>;
  userIds: Map<string, string>;
}
export type SeedStep = (ctx: SeedContext) => Promise<void>;

/** A reference seed step: idempotent data every installation has (catalogues). */
export type ReferenceStep = (tx: Queryable) => Promise<void>;
