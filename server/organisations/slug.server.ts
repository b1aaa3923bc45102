import type { Queryable } from "~db/client.server";
import { slugExists } from "~db/queries/organisations.server";

/** A URL slug from a name: lower case ASCII, å/ä → a, ö → o, words joined by hyphens. */
export function slugify(name: string): string {
  const s = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return s || "forening";
}

/** A slug not used by any organisation yet. */
export async function uniqueSlug(db: Queryable, name: string): Promise<string> {
  const base = slugify(name);
  if (!(await slugExists(db, base))) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!(await slugExists(db, candidate))) return candidate;
  }
}
