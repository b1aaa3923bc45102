import { json, type TypedResponse } from "@remix-run/node";
import type { Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import type { Locale, Messages } from "~/i18n";
import { rolesFor } from "~/domain/permissions";
import { requireAccounting } from "../accountings/require-accounting.server";
import { formValues, readForm } from "../forms.server";
import { redirectWithFlash } from "../http.server";
import { getI18n } from "../i18n.server";
import type { BlockResult, BlockScope } from "./blocks.server";
import { readReturnTo } from "./return-to.server";

/** How one shared building block (impact chain, stakeholders, action plan) is saved and deleted. */
export interface BlockOps<C> {
  /** The block's page under the accounting, e.g. "stakeholders". */
  path: string;
  /** What the no-JavaScript confirmation page shows about the row to delete, or null when it is not found. */
  confirmInfo: (db: Queryable, orgId: string, accountingId: string, id: string) => Promise<C | null>;
  remove: (db: Queryable, scope: BlockScope, id: string) => Promise<boolean>;
  save: (db: Queryable, scope: BlockScope, form: FormData, locale: Locale, t: Messages) => Promise<BlockResult>;
}

export type BlockActionData<C, E> = {
  errors: Record<string, string>;
  values: Record<string, string>;
  confirmDelete: C | null;
} & E;

/**
 * The action of a block page: editors save a row (errors keep what was typed) or delete one (the
 * first post without `confirmed=yes` answers with what to confirm, so it works without JavaScript).
 * `extra` adds page-specific values to send back, e.g. the ticked indicator ids.
 */
export async function blockAction<C, E extends Record<string, unknown> = Record<string, never>>(
  request: Request,
  params: { orgSlug?: string; accountingId?: string },
  ops: BlockOps<C>,
  extra: (form: FormData) => E = () => ({}) as E,
): Promise<TypedResponse<BlockActionData<C, E>> | Response> {
  const { org, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t, locale } = await getI18n(request);
  const form = await readForm(request);
  const db = await getDb();
  const scope = { orgId: org.id, accountingId: accounting.id };
  const returnTo = readReturnTo(request, form);
  const here = `/o/${org.slug}/accountings/${accounting.id}/${ops.path}${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""}`;
  if (form.get("intent") === "delete") {
    const id = String(form.get("id") ?? "");
    if (form.get("confirmed") !== "yes") {
      const confirmDelete = await ops.confirmInfo(db, org.id, accounting.id, id);
      return json({ errors: {}, values: {}, confirmDelete, ...extra(form) } as BlockActionData<C, E>);
    }
    const ok = await ops.remove(db, scope, id);
    return redirectWithFlash(
      here,
      ok ? { kind: "success", message: t.guide.blocks.deleted } : { kind: "error", message: t.guide.blocks.notFound },
    );
  }
  const result = await ops.save(db, scope, form, locale, t);
  if (!result.ok) {
    return json(
      { errors: result.errors, values: formValues(form), confirmDelete: null, ...extra(form) } as BlockActionData<C, E>,
      {
        status: result.notFound ? 404 : 400,
      },
    );
  }
  return redirectWithFlash(here, { kind: "success", message: t.guide.blocks.saved });
}
