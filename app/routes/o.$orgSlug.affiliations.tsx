import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { Badge, DataTable, EmptyState, PageHeader, SubmitButton } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireMembership } from "~server/auth/membership.server";
import { notFound } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { done, parseIntent } from "~server/mutation.server";
import { decideAffiliation, listUmbrellaAffiliations } from "~server/organisations/directory.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "affiliations") }];

/** An umbrella organisation confirms (or declines) the associations that chose it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role } = await requireMembership(request, params.orgSlug, { kinds: ["umbrella"] });
  const rows = await listUmbrellaAffiliations(org.id);
  return json({
    canManage: role === "admin",
    affiliations: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  });
}

const Decision = { associationId: z.string(), name: z.string().optional().default("") };
const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm"), ...Decision }),
  z.object({ intent: z.literal("decline"), ...Decision }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { org } = await requireMembership(request, params.orgSlug, { kinds: ["umbrella"], roles: ["admin"] });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const { intent, associationId, name } = input.value;
  switch (intent) {
    case "confirm":
    case "decline": {
      const ok = await decideAffiliation(org.id, associationId, intent === "confirm" ? "confirmed" : "declined");
      if (!ok) notFound();
      return done(paths.affiliations(org), {
        kind: "success",
        message: intent === "confirm" ? t.org.affiliations.confirmed(name) : t.org.affiliations.declined(name),
      });
    }
  }
}

export default function Affiliations() {
  const t = useT();
  const { canManage, affiliations } = useLoaderData<typeof loader>();
  const data = useActionData<ActionData>();
  const org = useOrgLayout()!.org;
  return (
    <div className="space-y-6">
      <PageHeader title={t.org.affiliations.title} description={t.org.affiliations.intro} />
      <ActionNotices data={data} cancelTo={paths.affiliations(org)} />
      {affiliations.length === 0 ? (
        <EmptyState title={t.org.affiliations.empty}>{t.org.affiliations.intro}</EmptyState>
      ) : (
        <DataTable
          caption={t.org.affiliations.title}
          captionHidden
          rowKey={(a) => a.id}
          rows={affiliations}
          columns={[
            { key: "name", header: t.org.members.name, cell: (a) => a.name },
            { key: "orgNumber", header: t.org.home.orgNumber, cell: (a) => a.orgNumber ?? "–" },
            {
              key: "status",
              header: t.org.affiliations.status,
              cell: (a) => (
                <Badge tone={a.status === "confirmed" ? "success" : a.status === "pending" ? "warning" : "neutral"}>
                  {t.org.umbrellaStatus[a.status]}
                </Badge>
              ),
            },
            {
              key: "actions",
              header: <span className="sr-only">{t.org.affiliations.actions}</span>,
              cell: (a) =>
                canManage && a.status !== "confirmed" ? (
                  <Form method="post" className="flex gap-2">
                    <input type="hidden" name="associationId" value={a.id} />
                    <input type="hidden" name="name" value={a.name} />
                    <SubmitButton intent="confirm" size="sm">
                      {t.org.affiliations.confirm}
                    </SubmitButton>
                    {a.status === "pending" ? (
                      <SubmitButton intent="decline" size="sm" variant="secondary">
                        {t.org.affiliations.decline}
                      </SubmitButton>
                    ) : null}
                  </Form>
                ) : null,
            },
          ]}
        />
      )}
    </div>
  );
}
