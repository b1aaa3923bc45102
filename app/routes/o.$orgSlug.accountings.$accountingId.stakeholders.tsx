import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BlockBackLink, BlockRowFields } from "~/components/method-guide/block-page";
import { ActionNotices } from "~/components/mutation";
import {
  CheckboxField,
  ConfirmDialog,
  DataTable,
  EmptyState,
  FormStack,
  NumberField,
  PageHeader,
  Section,
  SubmitButton,
  TextArea,
  TextField,
} from "~/components/ui";
import { can } from "~/domain/permissions";
import { useT } from "~/i18n/use-t";
import { formatNumber } from "~/utils/format";
import { useLocale } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { blockAction } from "~server/method-guide/block-action.server";
import { newFormToken } from "~server/mutation.server";
import { findStakeholderQuestion, removeStakeholder, saveStakeholderForm } from "~server/method-guide/blocks.server";
import { loadStakeholdersPage } from "~server/method-guide/pages.server";
import { readReturnTo } from "~server/method-guide/return-to.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "stakeholders") }];

/** The stakeholder map of an accounting: list, add, change and delete groups. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const editId = new URL(request.url).searchParams.get("edit");
  const { rows, editing } = await loadStakeholdersPage(org.id, accounting.id, editId);
  return json({
    accounting: { id: accounting.id, title: accounting.title },
    canEdit: can(role, "edit"),
    rows,
    editing: editing ?? null,
    returnTo: readReturnTo(request),
    formToken: newFormToken(),
  });
}

/** Intents: `save` and `delete` (the block pages' union, `BlockIntent`). */
export async function action({ request, params }: ActionFunctionArgs) {
  return blockAction(request, params, {
    page: paths.stakeholders,
    confirmQuestion: findStakeholderQuestion,
    remove: removeStakeholder,
    save: saveStakeholderForm,
  });
}

export default function Stakeholders() {
  const t = useT();
  const locale = useLocale();
  const b = t.guide.blocks;
  const st = b.stakeholders;
  const { accounting, canEdit, rows, editing, returnTo, formToken } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const data = useActionData<ActionData>();
  const errors = data?.errors ?? {};
  const typed = data?.values ?? {};
  const self = paths.stakeholders(org, accounting, { returnTo });
  const values = {
    id: typed.id ?? editing?.id ?? "",
    name: typed.name ?? editing?.name ?? "",
    size: typed.size ?? (editing?.size != null ? String(editing.size) : ""),
    involvement: typed.involvement ?? editing?.involvement ?? "",
    whatChanges: typed.whatChanges ?? editing?.whatChanges ?? "",
    included: data?.values ? typed.included !== undefined : (editing?.included ?? true),
  };
  const editHref = (id: string) => `${paths.stakeholders(org, accounting, { edit: id, returnTo })}#stakeholder-form`;
  return (
    <div className="space-y-10">
      <PageHeader title={st.title} caption={accounting.title} description={st.intro} />
      <BlockBackLink accounting={accounting} returnTo={returnTo} t={t} />
      <ActionNotices data={data} cancelTo={self} />
      {rows.length === 0 ? (
        <EmptyState title={st.emptyTitle} headingLevel={2}>
          <p>{st.emptyText}</p>
        </EmptyState>
      ) : (
        <DataTable
          caption={st.caption}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { key: "name", header: st.name, rowHeader: true, cell: (r) => r.name },
            {
              key: "size",
              header: st.size,
              numeric: true,
              cell: (r) => (r.size != null ? formatNumber(r.size, locale) : "–"),
            },
            { key: "involvement", header: st.involvement, cell: (r) => r.involvement || "–" },
            { key: "whatChanges", header: st.whatChanges, cell: (r) => r.whatChanges || "–" },
            { key: "included", header: st.included, cell: (r) => (r.included ? st.includedYes : st.includedNo) },
            ...(canEdit
              ? [
                  {
                    key: "actions",
                    header: t.guide.accountings.columns.actions,
                    cell: (r: (typeof rows)[number]) => (
                      <div className="flex flex-wrap items-center gap-3">
                        <Link to={editHref(r.id)}>
                          {b.edit}
                          <span className="sr-only"> {r.name}</span>
                        </Link>
                        <ConfirmDialog
                          title={st.deleteTitle(r.name)}
                          body={<p>{st.deleteBody}</p>}
                          confirmLabel={st.deleteConfirm}
                          cancelLabel={b.cancel}
                          pendingText={b.deleting}
                          triggerLabel={
                            <>
                              {b.delete}
                              <span className="sr-only"> {r.name}</span>
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
        <Section title={values.id ? st.editTitle(editing?.name ?? values.name) : st.addTitle} id="stakeholder-form">
          <Form method="post" noValidate action={self} className="mt-4 max-w-3xl" key={values.id || formToken}>
            <BlockRowFields
              id={values.id}
              version={data?.conflict?.version ?? editing?.version ?? 0}
              formToken={formToken}
              returnTo={returnTo}
            />
            <FormStack>
              <TextField
                name="name"
                label={st.name}
                hint={st.nameHint}
                defaultValue={values.name}
                error={errors.name}
                required
              />
              <NumberField
                name="size"
                label={st.size}
                hint={st.sizeHint}
                defaultValue={values.size}
                error={errors.size}
                inputMode="numeric"
                optionalLabel={t.common.optional}
              />
              <TextArea
                name="involvement"
                label={st.involvement}
                hint={st.involvementHint}
                defaultValue={values.involvement}
                error={errors.involvement}
                rows={3}
              />
              <TextArea
                name="whatChanges"
                label={st.whatChanges}
                hint={st.whatChangesHint}
                defaultValue={values.whatChanges}
                error={errors.whatChanges}
                rows={3}
              />
              <CheckboxField
                name="included"
                label={st.included}
                hint={st.includedHint}
                defaultChecked={values.included}
                error={errors.included}
              />
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
