import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BlockBackLink, BlockRowFields } from "~/components/method-guide/block-page";
import { ActionNotices } from "~/components/mutation";
import { ConfirmDialog, FormStack, PageHeader, Section, SelectField, SubmitButton, TextArea } from "~/components/ui";
import { IMPACT_CHAIN_LEVELS, IMPACT_CHAIN_LEVEL_INFO, type ImpactChainLevel } from "~/domain/method-guide";
import { can } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { blockAction } from "~server/method-guide/block-action.server";
import { newFormToken } from "~server/mutation.server";
import { findChainItemQuestion, removeChainItem, saveChainItemForm } from "~server/method-guide/blocks.server";
import { loadChainPage } from "~server/method-guide/pages.server";
import { readReturnTo } from "~server/method-guide/return-to.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "chain") }];

/** The impact chain: resurser → aktiviteter → prestationer → effekter → samhällspåverkan. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  const url = new URL(request.url);
  const level = url.searchParams.get("level");
  const { items, stakeholders, editing } = await loadChainPage(org.id, accounting.id, url.searchParams.get("edit"));
  return json({
    accounting: { id: accounting.id, title: accounting.title },
    canEdit: can(role, "edit"),
    items,
    stakeholders: stakeholders.map((s) => ({ id: s.id, name: s.name })),
    editing: editing ?? null,
    level: (IMPACT_CHAIN_LEVELS as readonly string[]).includes(level ?? "") ? (level as ImpactChainLevel) : null,
    returnTo: readReturnTo(request),
    formToken: newFormToken(),
  });
}

/** Intents: `save` and `delete` (the block pages' union, `BlockIntent`). */
export async function action({ request, params }: ActionFunctionArgs) {
  return blockAction(request, params, {
    page: paths.chain,
    confirmQuestion: findChainItemQuestion,
    remove: removeChainItem,
    save: saveChainItemForm,
  });
}

export default function ImpactChain() {
  const t = useT();
  const locale = useLocale();
  const b = t.guide.blocks;
  const c = b.chain;
  const { accounting, canEdit, items, stakeholders, editing, level, returnTo, formToken } =
    useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const data = useActionData<ActionData>();
  const errors = data?.errors ?? {};
  const typed = data?.values ?? {};
  const self = paths.chain(org, accounting, { returnTo });
  const values = {
    id: typed.id ?? editing?.id ?? "",
    level: typed.level ?? editing?.level ?? level ?? "input",
    text: typed.text ?? editing?.text ?? "",
    stakeholderId: typed.stakeholderId ?? editing?.stakeholderId ?? "",
    assumption: typed.assumption ?? editing?.assumption ?? "",
    risk: typed.risk ?? editing?.risk ?? "",
  };
  const levelLabel = (key: string) => IMPACT_CHAIN_LEVEL_INFO.find((l) => l.key === key)?.label[locale] ?? key;
  return (
    <div className="space-y-10">
      <PageHeader title={c.title} caption={accounting.title} description={c.intro} />
      <BlockBackLink accounting={accounting} returnTo={returnTo} t={t} />
      <ActionNotices data={data} cancelTo={self} />
      <ol className="space-y-6" aria-label={c.title}>
        {IMPACT_CHAIN_LEVEL_INFO.map((info, levelIndex) => {
          const levelItems = items.filter((i) => i.level === info.key);
          return (
            <li
              key={info.key}
              className="rounded-lg border border-neutral-300 bg-white p-4 sm:p-6"
              data-level={info.key}
            >
              <h2 className="text-xl font-semibold">
                <span aria-hidden="true" className="mr-2 text-neutral-500">
                  {levelIndex + 1}.
                </span>
                {info.label[locale]}
              </h2>
              <p className="mt-1 max-w-prose text-neutral-600">
                {info.help[locale]} <span className="italic">{info.example[locale]}</span>
              </p>
              {levelItems.length === 0 ? (
                <p className="mt-3 text-neutral-600">{c.emptyLevel}</p>
              ) : (
                <ul className="mt-3 divide-y divide-neutral-200 border-y border-neutral-200">
                  {levelItems.map((item) => (
                    <li
                      key={item.id}
                      className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
                    >
                      <div className="min-w-0 space-y-1">
                        <p className="font-semibold">{item.text}</p>
                        {item.stakeholderName ? (
                          <p className="text-sm">
                            <span className="font-semibold">{c.stakeholderLabel}</span> {item.stakeholderName}
                          </p>
                        ) : null}
                        {item.assumption ? (
                          <p className="text-sm">
                            <span className="font-semibold">{c.assumptionLabel}</span> {item.assumption}
                          </p>
                        ) : null}
                        {item.risk ? (
                          <p className="text-sm">
                            <span className="font-semibold">{c.riskLabel}</span> {item.risk}
                          </p>
                        ) : null}
                      </div>
                      {canEdit ? (
                        <div className="flex shrink-0 items-center gap-3">
                          <Link to={`${paths.chain(org, accounting, { edit: item.id, returnTo })}#chain-form`}>
                            {b.edit}
                            <span className="sr-only"> {item.text}</span>
                          </Link>
                          <ConfirmDialog
                            title={c.deleteTitle}
                            body={<p>{c.deleteBody}</p>}
                            confirmLabel={c.deleteConfirm}
                            cancelLabel={b.cancel}
                            pendingText={b.deleting}
                            triggerLabel={
                              <>
                                {b.delete}
                                <span className="sr-only"> {item.text}</span>
                              </>
                            }
                            triggerVariant="link"
                            form={{ fields: { intent: "delete", id: item.id, ...(returnTo ? { returnTo } : {}) } }}
                          />
                        </div>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              {canEdit ? (
                <p className="mt-3">
                  <Link to={`${paths.chain(org, accounting, { level: info.key, returnTo })}#chain-form`}>
                    {c.addAt(info.label[locale])}
                  </Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canEdit ? (
        <Section title={values.id ? c.editTitle : c.addTitle} id="chain-form">
          <Form
            method="post"
            noValidate
            action={self}
            className="mt-4 max-w-3xl"
            key={`${values.id || formToken}-${values.level}`}
          >
            <BlockRowFields
              id={values.id}
              version={data?.conflict?.version ?? editing?.version ?? 0}
              formToken={formToken}
              returnTo={returnTo}
            />
            <FormStack>
              <SelectField
                name="level"
                label={c.level}
                options={IMPACT_CHAIN_LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))}
                defaultValue={values.level}
                error={errors.level}
                required
                width="medium"
              />
              <TextArea
                name="text"
                label={c.text}
                hint={c.textHint}
                defaultValue={values.text}
                error={errors.text}
                required
                rows={3}
              />
              {stakeholders.length > 0 ? (
                <SelectField
                  name="stakeholderId"
                  label={c.stakeholder}
                  hint={c.stakeholderHint}
                  options={[
                    { value: "", label: c.noStakeholder },
                    ...stakeholders.map((s) => ({ value: s.id, label: s.name })),
                  ]}
                  defaultValue={values.stakeholderId}
                  error={errors.stakeholderId}
                />
              ) : (
                <p className="max-w-prose text-neutral-700">
                  {c.addStakeholdersFirst}{" "}
                  <Link to={paths.stakeholders(org, accounting, { returnTo })}>{t.guide.nav.stakeholders}</Link>
                </p>
              )}
              <TextArea
                name="assumption"
                label={c.assumption}
                hint={c.assumptionHint}
                defaultValue={values.assumption}
                error={errors.assumption}
                optionalLabel={t.common.optional}
                rows={2}
              />
              <TextArea
                name="risk"
                label={c.risk}
                hint={c.riskHint}
                defaultValue={values.risk}
                error={errors.risk}
                optionalLabel={t.common.optional}
                rows={2}
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
