import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BlockBackLink, BlockRowFields } from "~/components/method-guide/block-page";
import { ActionNotices } from "~/components/mutation";
import {
  CheckboxGroup,
  ConfirmDialog,
  DataTable,
  EmptyState,
  FormStack,
  PageHeader,
  Section,
  SubmitButton,
  TextArea,
  TextField,
} from "~/components/ui";
import { can } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { blockAction } from "~server/method-guide/block-action.server";
import { newFormToken } from "~server/mutation.server";
import {
  findActionPlanItemQuestion,
  removeActionPlanItem,
  saveActionPlanForm,
} from "~server/method-guide/blocks.server";
import { loadActionPlanPage } from "~server/method-guide/pages.server";
import { readReturnTo } from "~server/method-guide/return-to.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "actionPlan") }];

/** The action plan: Vad? Vilka mål? Hur? När? Vem? Hur mäter vi att vi har lyckats? */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const editId = new URL(request.url).searchParams.get("edit");
  const { rows, editing, indicators } = await loadActionPlanPage(org.id, accounting.id, editId);
  return json({
    accounting: { id: accounting.id, title: accounting.title },
    canEdit: can(role, "edit"),
    rows,
    editing: editing ?? null,
    indicators,
    returnTo: readReturnTo(request),
    formToken: newFormToken(),
  });
}

/** Intents: `save` and `delete` (the block pages' union, `BlockIntent`). */
export async function action({ request, params }: ActionFunctionArgs) {
  return blockAction(
    request,
    params,
    {
      page: paths.actionPlan,
      confirmQuestion: findActionPlanItemQuestion,
      remove: removeActionPlanItem,
      save: saveActionPlanForm,
    },
    (form) => ({ indicatorIds: form.getAll("indicatorIds").map(String) }),
  );
}

export default function ActionPlan() {
  const t = useT();
  const locale = useLocale();
  const b = t.guide.blocks;
  const ap = b.actionPlan;
  const { accounting, canEdit, rows, editing, indicators, returnTo, formToken } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const data = useActionData<ActionData<{ indicatorIds?: string[] }>>();
  const errors = data?.errors ?? {};
  const typed = data?.values ?? {};
  const self = paths.actionPlan(org, accounting, { returnTo });
  const values = {
    id: typed.id ?? editing?.id ?? "",
    what: typed.what ?? editing?.what ?? "",
    goals: typed.goals ?? editing?.goals ?? "",
    how: typed.how ?? editing?.how ?? "",
    when: typed.when ?? editing?.when ?? "",
    who: typed.who ?? editing?.who ?? "",
    measure: typed.measure ?? editing?.measure ?? "",
    indicatorIds: data?.values ? (data.indicatorIds ?? []) : (editing?.indicatorIds ?? []),
  };
  const indicatorName = new Map(indicators.map((i) => [i.id, i.name[locale]]));
  return (
    <div className="space-y-10">
      <PageHeader title={ap.title} caption={accounting.title} description={ap.intro} />
      <BlockBackLink accounting={accounting} returnTo={returnTo} t={t} />
      <ActionNotices data={data} cancelTo={self} />
      {rows.length === 0 ? (
        <EmptyState title={ap.emptyTitle}>
          <p>{ap.emptyText}</p>
        </EmptyState>
      ) : (
        <DataTable
          caption={ap.caption}
          rows={rows}
          rowKey={(r) => r.id}
          className="min-w-[48rem]"
          columns={[
            { key: "what", header: ap.what, rowHeader: true, cell: (r) => r.what },
            { key: "goals", header: ap.goals, cell: (r) => r.goals || "–" },
            { key: "how", header: ap.how, cell: (r) => r.how || "–" },
            { key: "when", header: ap.when, cell: (r) => r.when },
            { key: "who", header: ap.who, cell: (r) => r.who },
            {
              key: "measure",
              header: ap.measure,
              cell: (r) => (
                <>
                  {r.measure}
                  {r.indicatorIds.length > 0 ? (
                    <span className="mt-1 block text-sm text-neutral-600">
                      {r.indicatorIds
                        .map((id) => indicatorName.get(id))
                        .filter(Boolean)
                        .join(", ")}
                    </span>
                  ) : null}
                </>
              ),
            },
            ...(canEdit
              ? [
                  {
                    key: "actions",
                    header: t.guide.accountings.columns.actions,
                    cell: (r: (typeof rows)[number]) => (
                      <div className="flex flex-wrap items-center gap-3">
                        <Link to={`${paths.actionPlan(org, accounting, { edit: r.id, returnTo })}#action-form`}>
                          {b.edit}
                          <span className="sr-only"> {r.what}</span>
                        </Link>
                        <ConfirmDialog
                          title={ap.deleteTitle(r.what)}
                          body={<p>{ap.deleteBody}</p>}
                          confirmLabel={ap.deleteConfirm}
                          cancelLabel={b.cancel}
                          pendingText={b.deleting}
                          triggerLabel={
                            <>
                              {b.delete}
                              <span className="sr-only"> {r.what}</span>
                            </>
                          }
                          triggerVariant="link"
                          form={{ fields: { intent: "delete", id: r.id, ...(returnTo ? { returnTo } : {}) } }}
                        />
                      </div>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canEdit ? (
        <Section title={values.id ? ap.editTitle : ap.addTitle} id="action-form">
          <Form method="post" noValidate action={self} className="mt-4 max-w-3xl" key={values.id || formToken}>
            <BlockRowFields
              id={values.id}
              version={data?.conflict?.version ?? editing?.version ?? 0}
              formToken={formToken}
              returnTo={returnTo}
            />
            <FormStack>
              <TextField
                name="what"
                label={ap.what}
                hint={ap.whatHint}
                defaultValue={values.what}
                error={errors.what}
                required
              />
              <TextArea
                name="goals"
                label={ap.goals}
                hint={ap.goalsHint}
                defaultValue={values.goals}
                error={errors.goals}
                optionalLabel={t.common.optional}
                rows={2}
              />
              <TextArea
                name="how"
                label={ap.how}
                hint={ap.howHint}
                defaultValue={values.how}
                error={errors.how}
                optionalLabel={t.common.optional}
                rows={2}
              />
              <TextField
                name="when"
                label={ap.when}
                hint={ap.whenHint}
                defaultValue={values.when}
                error={errors.when}
                required
                width="medium"
              />
              <TextField
                name="who"
                label={ap.who}
                hint={ap.whoHint}
                defaultValue={values.who}
                error={errors.who}
                required
              />
              <TextArea
                name="measure"
                label={ap.measure}
                hint={ap.measureHint}
                defaultValue={values.measure}
                error={errors.measure}
                required
                rows={2}
              />
              {indicators.length > 0 ? (
                <CheckboxGroup
                  name="indicatorIds"
                  label={ap.indicators}
                  hint={ap.indicatorsHint}
                  options={indicators.map((i) => ({ value: i.id, label: i.name[locale] }))}
                  defaultValue={values.indicatorIds}
                  optionalLabel={t.common.optional}
                />
              ) : null}
              <div className="flex flex-wrap items-center gap-4">
                <SubmitButton intent="save" pendingText={t.guide.step.pending}>
                  {values.id ? b.save : b.add}
                </SubmitButton>
                {values.id ? <Link to={self}>{b.cancel}</Link> : null}
              </div>
            </FormStack>
          </Form>
        </Section>
      ) : null}
    </div>
  );
}
