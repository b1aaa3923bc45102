import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormErrors } from "~/components/form-errors";
import {
  Badge,
  ConfirmDialog,
  DataTable,
  FormStack,
  Notice,
  PageHeader,
  Section,
  SubmitButton,
  TextField,
} from "~/components/ui";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate, formatDateTime } from "~/utils/format";
import { createApiToken, listTokens, revokeToken } from "~server/api-tokens/tokens.server";
import { requireUser } from "~server/auth/session.server";
import { parseForm, readForm } from "~server/forms.server";
import { redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "apiTokens") }];

/** Personal access tokens for the API: created here (shown once), listed, revoked. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const tokens = await listTokens(user.id);
  return json({
    tokens: tokens.map((tk) => ({
      id: tk.id,
      name: tk.name,
      hint: tk.tokenHint,
      createdAt: new Date(tk.createdAt).toISOString(),
      lastUsedAt: tk.lastUsedAt ? new Date(tk.lastUsedAt).toISOString() : null,
      revoked: Boolean(tk.revokedAt),
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getI18n(request);
  const form = await readForm(request);
  if (form.get("intent") === "revoke") {
    const tokenId = String(form.get("tokenId") ?? "");
    // Without JavaScript the dialog cannot open: ask on the page instead.
    if (form.get("confirmed") !== "yes")
      return json({
        errors: {} as Record<string, string>,
        values: {} as Record<string, string>,
        token: null,
        confirmRevoke: tokenId,
      });
    await revokeToken(user.id, tokenId);
    return redirectWithFlash("/settings/tokens", {
      kind: "success",
      message: t.reports.tokens.revokedFlash,
    });
  }
  const schema = z.object({
    name: z.string().trim().min(1, t.reports.tokens.errors.name).max(80, t.reports.tokens.errors.name),
  });
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values, token: null }, { status: 400 });
  const { token } = await createApiToken(user.id, parsed.data.name);
  return json({
    errors: {} as Record<string, string>,
    values: {} as Record<string, string>,
    token,
  });
}

export default function ApiTokens() {
  const t = useT();
  const locale = useLocale();
  const { tokens } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errors: Record<string, string> = data?.errors ?? {};
  const k = t.reports.tokens;
  return (
    <div className="max-w-4xl space-y-8">
      <PageHeader
        title={k.title}
        description={k.intro}
        breadcrumbs={[{ label: t.auth.settings.title, to: "/settings" }, { label: k.title }]}
        breadcrumbsLabel={t.reports.youAreHere}
      />
      {data && "confirmRevoke" in data && data.confirmRevoke ? (
        <Notice kind="warning" title={k.revokeTitle}>
          <p>{k.revokeBody}</p>
          <Form method="post" className="mt-3">
            <input type="hidden" name="intent" value="revoke" />
            <input type="hidden" name="tokenId" value={data.confirmRevoke} />
            <input type="hidden" name="confirmed" value="yes" />
            <SubmitButton variant="danger">{k.revoke}</SubmitButton>
          </Form>
        </Notice>
      ) : null}
      {data?.token ? (
        <Notice kind="success" title={k.created}>
          <TextField name="newToken" label={k.tokenLabel} readOnly defaultValue={data.token} width="full" />
          <p className="mt-2">{k.usage}</p>
        </Notice>
      ) : null}
      <Section title={k.create}>
        <FormErrors errors={errors} />
        <Form method="post" noValidate className="mt-4">
          <FormStack>
            <TextField
              name="name"
              label={k.name}
              hint={k.nameHint}
              defaultValue={data?.values?.name}
              error={errors.name}
              width="long"
              required
            />
            <SubmitButton intent="create">{k.create}</SubmitButton>
          </FormStack>
        </Form>
      </Section>
      <Section title={k.caption}>
        {tokens.length === 0 ? (
          <p>{k.none}</p>
        ) : (
          <DataTable
            caption={k.caption}
            captionHidden
            rowKey={(x) => x.id}
            rows={tokens}
            columns={[
              {
                key: "name",
                header: k.colName,
                rowHeader: true,
                cell: (x) => x.name,
              },
              {
                key: "hint",
                header: k.colEnds,
                cell: (x) => <code>…{x.hint}</code>,
              },
              {
                key: "created",
                header: k.colCreated,
                cell: (x) => formatDate(x.createdAt, locale),
              },
              {
                key: "used",
                header: k.colUsed,
                cell: (x) => (x.lastUsedAt ? formatDateTime(x.lastUsedAt, locale) : k.never),
              },
              {
                key: "status",
                header: k.colStatus,
                cell: (x) => <Badge tone={x.revoked ? "neutral" : "success"}>{x.revoked ? k.revoked : k.active}</Badge>,
              },
              {
                key: "revoke",
                header: <span className="sr-only">{k.revoke}</span>,
                cell: (x) =>
                  x.revoked ? null : (
                    <ConfirmDialog
                      title={k.revokeTitle}
                      body={k.revokeBody}
                      confirmLabel={k.revoke}
                      cancelLabel={t.common.cancel}
                      triggerLabel={k.revoke}
                      triggerVariant="secondary"
                      form={{ fields: { intent: "revoke", tokenId: x.id } }}
                    />
                  ),
              },
            ]}
          />
        )}
      </Section>
    </div>
  );
}
