import type { Db, Queryable } from "../client.server";
import { DEMO_ASSOCIATIONS, DEMO_FUNDERS, DEMO_PASSWORD_HASH, DEMO_USERS, NETWORK, UMBRELLAS } from "./organisations";
import { DEMO_STEPS, REFERENCE_STEPS } from "./steps.server";
import type { SeedContext, SeedStep } from "./types";

export type { SeedContext, SeedStep, ReferenceStep } from "./types";

async function upsertOrg(
  tx: Queryable,
  o: { slug: string; name: string; kind: string; orgNumber: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO organisations (slug, name, kind, org_number) VALUES ($1, $2, $3, $4)
     ON CONFLICT (slug) DO NOTHING`,
    [o.slug, o.name, o.kind, o.orgNumber],
  );
}

/** Reference data every installation has: GSE and its nine umbrella organisations, and each step's data. */
export async function seedReference(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertOrg(tx, { ...NETWORK, kind: "network" });
    for (const u of UMBRELLAS) await upsertOrg(tx, { ...u, kind: "umbrella" });
    for (const step of REFERENCE_STEPS) await step(tx);
  });
}

/**
 * Demo organisations, accounts and each capability's demo data, once, on an empty database.
 * `useCaseSteps` are demo steps that need server use-cases (published report versions); the HTTP
 * entry passes them, so this module imports nothing from `server/`. They run last, in the same
 * transaction.
 */
export async function seedDemo(db: Db, useCaseSteps: readonly SeedStep[] = []): Promise<boolean> {
  const users = await db.one<{ c: number }>("SELECT count(*) AS c FROM users");
  if ((users?.c ?? 0) > 0) return false;
  const passwordHash = DEMO_PASSWORD_HASH;
  await db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const r of await tx.query<{ id: string; slug: string }>("SELECT id, slug FROM organisations"))
      orgIds.set(r.slug, r.id);
    for (const f of DEMO_FUNDERS) {
      const row = await tx.one<{ id: string }>(
        "INSERT INTO organisations (slug, name, kind, org_number) VALUES ($1, $2, 'funder', $3) RETURNING id",
        [f.slug, f.name, f.orgNumber],
      );
      orgIds.set(f.slug, row!.id);
    }
    for (const a of DEMO_ASSOCIATIONS) {
      const row = await tx.one<{ id: string }>(
        `INSERT INTO organisations (slug, name, kind, org_number, sector, size_band, umbrella_id, umbrella_status)
         VALUES ($1, $2, 'association', $3, $4, $5, $6, 'confirmed') RETURNING id`,
        [a.slug, a.name, a.orgNumber, a.sector, a.sizeBand, orgIds.get(a.umbrellaSlug)],
      );
      orgIds.set(a.slug, row!.id);
    }
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const row = await tx.one<{ id: string }>(
        "INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id",
        [u.email, u.name, passwordHash],
      );
      userIds.set(u.email, row!.id);
      for (const m of u.memberships) {
        await tx.query("INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)", [
          orgIds.get(m.orgSlug),
          row!.id,
          m.role,
        ]);
      }
    }
    const ctx: SeedContext = { tx, orgIds, userIds };
    for (const step of [...DEMO_STEPS, ...useCaseSteps]) await step(ctx);
  });
  return true;
}
