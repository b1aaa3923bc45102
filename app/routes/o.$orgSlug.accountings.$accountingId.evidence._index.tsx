import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { EvidenceTable, EvidenceUploadForm, evidenceAttachedTo } from "~/components/indicators/evidence";
import { ActionNotices } from "~/components/mutation";
import { PageHeader, Section } from "~/components/ui";
import { can, rolesFor } from "~/domain/permissions";
import { pageTitle } from "~/i18n/page-title";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { notFound, safeRedirect } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { accountingPeriods } from "~server/indicators/accounting-indicators.server";
import {
  attachEvidence,
  evidenceTargets,
  getEvidence,
  listAccountingEvidence,
  readEvidenceUpload,
  removeEvidence,
} from "~server/indicators/evidence.server";
import { Confirmed, confirmFirst, done, invalid, parseIntent, parseIntentForm } from "~server/mutation.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "evidence") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { t, locale } = await getI18n(request);
  const [evidence, targets] = await Promise.all([
    listAccountingEvidence(org.id, accounting.id),
    evidenceTargets(org.id, accounting, locale, t),
  ]);
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id, title: accounting.title },
    canEdit: can(role, "edit"),
    periodLabels: Object.fromEntries(accountingPeriods(accounting).map((p) => [p.key, p.label[locale]])),
    evidence: evidence.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    targets,
  });
}

/** Attach a file or link (multipart), or delete one piece of evidence (confirmed first). */
const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("attach"), redirectTo: z.string().optional() }),
  z.object({
    intent: z.literal("delete"),
    evidenceId: z.string().default(""),
    redirectTo: z.string().optional(),
    confirmed: Confirmed,
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const m = t.indicators.evidence;
  let input;
  if (/multipart\/form-data/i.test(request.headers.get("Content-Type") ?? "")) {
    const read = await readEvidenceUpload(request, t);
    if (!read.ok) return invalid(read.errors, {});
    input = parseIntentForm(read.form, Intent, t);
  } else input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  const back = safeRedirect(value.redirectTo ?? null, paths.evidence(org, accounting));
  switch (value.intent) {
    case "attach": {
      const result = await attachEvidence({
        orgId: org.id,
        accountingId: accounting.id,
        userId: user.id,
        form: input.form,
        t,
      });
      if (!result.ok) return invalid(result.errors, result.values);
      return done(back, { kind: "success", message: result.message });
    }
    case "delete": {
      const item = await getEvidence(org.id, accounting.id, value.evidenceId);
      if (!item) notFound();
      return confirmFirst(
        value,
        {
          title: m.deleteTitle(item.name),
          body: m.deleteBody,
          confirmLabel: m.deleteConfirm,
          fields: { intent: "delete", evidenceId: item.id, redirectTo: back },
        },
        async () => {
          await removeEvidence(org.id, accounting.id, item.id);
          return done(back, { kind: "success", message: m.deleted });
        },
      );
    }
    default:
      return value satisfies never;
  }
}

export default function EvidencePage() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.evidence;
  const { org, accounting, canEdit, periodLabels, evidence, targets } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const here = paths.evidence(org, accounting);
  const items = evidence.map((e) => ({
    ...e,
    attachedTo: evidenceAttachedTo(e, periodLabels, locale, m.targetOutcome),
  }));
  return (
    <div className="space-y-10">
      <PageHeader caption={accounting.title} title={m.title} description={m.intro} />
      <ActionNotices data={data} cancelTo={here} />
      <EvidenceTable items={items} org={org} accounting={accounting} canEdit={canEdit} redirectTo={here} />
      {canEdit ? (
        <Section title={m.uploadTitle}>
          <EvidenceUploadForm
            org={org}
            accounting={accounting}
            targets={targets}
            redirectTo={here}
            errors={data?.errors ?? {}}
            values={data?.values ?? {}}
          />
        </Section>
      ) : null}
    </div>
  );
}
