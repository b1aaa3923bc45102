import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { ConfirmPage } from "~/components/indicators/confirm-page";
import { EvidenceTable, EvidenceUploadForm, evidenceAttachedTo } from "~/components/indicators/evidence";
import { PageHeader, Section } from "~/components/ui";
import { can, rolesFor } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { readForm } from "~server/forms.server";
import { notFound, redirectWithFlash, safeRedirect } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { accountingPeriods } from "~server/indicators/accounting-indicators.server";
import {
  attachEvidenceFromRequest,
  evidenceTargets,
  getEvidence,
  listAccountingEvidence,
  removeEvidence,
} from "~server/indicators/evidence.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "evidence") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const { t, locale } = await getI18n(request);
  const [evidence, targets] = await Promise.all([
    listAccountingEvidence(org.id, accounting.id),
    evidenceTargets(org.id, accounting, locale, t),
  ]);
  return json({
    base: `/o/${org.slug}/accountings/${accounting.id}`,
    title: accounting.title,
    canEdit: can(role, "edit"),
    periodLabels: Object.fromEntries(accountingPeriods(accounting).map((p) => [p.key, p.label[locale]])),
    evidence: evidence.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    targets,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const base = `/o/${org.slug}/accountings/${accounting.id}`;
  if (/multipart\/form-data/i.test(request.headers.get("Content-Type") ?? "")) {
    const result = await attachEvidenceFromRequest(request, org.id, accounting.id, user.id, t);
    if (!result.ok) return json({ errors: result.errors, values: result.values }, { status: 400 });
    const redirectTo = result.form?.get("redirectTo");
    return redirectWithFlash(safeRedirect(typeof redirectTo === "string" ? redirectTo : null, `${base}/evidence`), {
      kind: "success",
      message: result.message,
    });
  }
  const form = await readForm(request);
  const m = t.indicators.evidence;
  if (form.get("intent") !== "delete") return json({ errors: { _form: m.unreadable }, values: {} }, { status: 400 });
  const id = String(form.get("evidenceId") ?? "");
  const item = await getEvidence(org.id, accounting.id, id);
  if (!item) notFound();
  const redirectTo = safeRedirect(form.get("redirectTo"), `${base}/evidence`);
  if (form.get("confirmed") !== "yes") {
    return json({
      confirm: {
        title: m.deleteTitle(item.name),
        body: m.deleteBody,
        confirmLabel: m.deleteConfirm,
        fields: { intent: "delete", evidenceId: id, redirectTo },
      },
    });
  }
  await removeEvidence(org.id, accounting.id, id);
  return redirectWithFlash(redirectTo, { kind: "success", message: m.deleted });
}

export default function EvidencePage() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.evidence;
  const { base, title, canEdit, periodLabels, evidence, targets } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errors: Record<string, string> = data && "errors" in data ? data.errors : {};
  const values: Record<string, string> = data && "values" in data ? data.values : {};
  const items = evidence.map((e) => ({
    ...e,
    attachedTo: evidenceAttachedTo(e, periodLabels, locale, m.targetOutcome),
  }));
  return (
    <div className="space-y-10">
      <PageHeader caption={title} title={m.title} description={m.intro} />
      {data && "confirm" in data ? <ConfirmPage confirm={data.confirm} cancelTo={`${base}/evidence`} /> : null}
      <FormErrors errors={errors} />
      <EvidenceTable items={items} base={base} canEdit={canEdit} redirectTo={`${base}/evidence`} />
      {canEdit ? (
        <Section title={m.uploadTitle}>
          <EvidenceUploadForm
            base={base}
            targets={targets}
            redirectTo={`${base}/evidence`}
            errors={errors}
            values={values}
          />
        </Section>
      ) : null}
    </div>
  );
}
