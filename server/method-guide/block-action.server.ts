import type { TypedResponse } from "@remix-run/node";
import { z } from "zod";
import type { Db, Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import type { Locale, Messages } from "~/i18n";
import { rolesFor } from "~/domain/permissions";
import type { ActionData, ConfirmRequest } from "~/utils/action-data";
import type { IdRef, OrgRef } from "~/utils/paths";
import { requireAccounting } from "../accountings/require-accounting.server";
import { Confirmed, confirmFirst, conflict, done, invalid, parseIntent } from "../mutation.server";
import { getI18n } from "../i18n.server";
import type { BlockResult, BlockScope } from "./blocks.server";
import { readReturnTo } from "./return-to.server";

/**
 * The intents of the three block pages (impact chain, stakeholders, action plan): save a row (its
 * fields are parsed by the block's own schema) or delete one (only with `confirmed=yes`).
 */
export const BlockIntent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save") }),
  z.object({ intent: z.literal("delete"), id: z.string(), confirmed: Confirmed }),
]);

/** How one shared building block (impact chain, stakeholders, action plan) is saved and deleted. */
export interface BlockOps {
  /** The block's page, e.g. `paths.stakeholders`. */
  page: (org: OrgRef, accounting: IdRef, query: { returnTo?: string | null }) => string;
  /**
   * The confirmation question for deleting a row (title, body, button), or null when the row is
   * not found in the accounting.
   */
  confirmQuestion: (
    db: Queryable,
    scope: BlockScope,
    id: string,
    t: Messages,
  ) => Promise<Omit<ConfirmRequest, "fields"> | null>;
  remove: (db: Queryable, scope: BlockScope, id: string) => Promise<boolean>;
  save: (db: Db, scope: BlockScope, form: FormData, locale: Locale, t: Messages) => Promise<BlockResult>;
}

/**
 * The action of a block page: editors save a row (errors keep what was typed) or delete one (the
 * first post without `confirmed=yes` answers with the confirmation question, so it works without
 * JavaScript). `extra` adds page-specific values to send back with errors, e.g. the ticked indicator ids.
 */
export async function blockAction<E extends object = object>(
  request: Request,
  params: { orgSlug?: string; accountingId?: string },
  ops: BlockOps,
  extra: (form: FormData) => E = () => ({}) as E,
): Promise<TypedResponse<ActionData<E>> | Response> {
  const { org, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t, locale } = await getI18n(request);
  const input = await parseIntent(request, BlockIntent, t);
  if (!input.ok) return input.response;
  const db = await getDb();
  const scope = { orgId: org.id, accountingId: accounting.id };
  const returnTo = readReturnTo(request, input.form);
  const here = ops.page(org, accounting, { returnTo });
  const value = input.value;
  switch (value.intent) {
    case "delete": {
      const question = await ops.confirmQuestion(db, scope, value.id, t);
      if (!question) return done(here, { kind: "error", message: t.guide.blocks.notFound });
      const fields: Record<string, string> = { intent: "delete", id: value.id, ...(returnTo ? { returnTo } : {}) };
      return confirmFirst(value, { ...question, fields }, async () => {
        const ok = await ops.remove(db, scope, value.id);
        return done(
          here,
          ok
            ? { kind: "success", message: t.guide.blocks.deleted }
            : { kind: "error", message: t.guide.blocks.notFound },
        );
      });
    }
    case "save": {
      const result = await ops.save(db, scope, input.form, locale, t);
      if (!result.ok && "conflict" in result) return conflict(result.conflict, input.values, extra(input.form));
      if (!result.ok) return invalid(result.errors, input.values, extra(input.form), result.notFound ? 404 : 400);
      return done(here, { kind: "success", message: t.guide.blocks.saved });
    }
  }
}
