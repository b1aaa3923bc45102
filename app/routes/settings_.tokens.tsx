import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import {
  Badge,
  CheckboxGroup,
  ConfirmDialog,
  DataTable,
  FormStack,
  Notice,
  PageHeader,
  Section,
  SelectField,
  SubmitButton,
  TextField,
} from "~/components/ui";
import type { Messages } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { formatDate, formatDateTime } from "~/utils/format";
import {
  API_SCOPES,
  DEFAULT_TOKEN_LIFETIME_DAYS,
  TOKEN_LIFETIMES_DAYS,
  type ApiScope,
  isApiScope,
} from "~/domain/api-scopes";
import { createApiToken, listTokens, revokeToken } from "~server/api-tokens/tokens.server";
import { requireUser } from "~server/auth/session.server";
import { getI18n } from "~server/i18n.server";
import { Confirmed, confirmFirst, done, parseIntent } from "~server/mutation.server";
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
      expired: !tk.revokedAt && new Date(tk.expiresAt).getTime() <= Date.now(),
      expiresAt: new Date(tk.expiresAt).toISOString(),
      scopes: tk.scopes,
    })),
  });
}

const intents = (t: Messages) =>
  z.discriminatedUnion("intent", [
    z.object({
      intent: z.literal("create"),
      name: z.string().trim().min(1, t.reports.tokens.errors.name).max(80, t.reports.tokens.errors.name),
      scopes: z.preprocess(
        (v) => (v === undefined ? [] : [v].flat()),
        z.array(z.enum(API_SCOPES)).min(1, t.account.tokens.scopesRequired),
      ),
      lifetimeDays: z.coerce
        .number()
        .refine((d) => (TOKEN_LIFETIMES_DAYS as readonly number[]).includes(d))
        .default(DEFAULT_TOKEN_LIFETIME_DAYS),
    }),
    z.object({ intent: z.literal("revoke"), tokenId: z.string(), confirmed: Confirmed }),
  ]);

type TokensActionData = ActionData<{ token?: string }>;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getI18n(request);
  const input = await parseIntent(request, intents(t), t);
  if (!input.ok) return input.response;
  const k = t.reports.tokens;
  const value = input.value;
  switch (value.intent) {
    case "create": {
      const { token } = await createApiToken(user.id, value.name, {
        scopes: value.scopes,
        lifetimeDays: value.lifetimeDays,
      });
      return json({ values: {}, errors: {}, token } satisfies TokensActionData);
    }
    case "revoke":
      return confirmFirst(
        value,
        {
          title: k.revokeTitle,
          body: k.revokeBody,
          confirmLabel: k.revoke,
          fields: { intent: "revoke", tokenId: value.tokenId },
        },
        async () => {
          await revokeToken(user.id, value.tokenId);
          return done(paths.settingsTokens(), { kind: "success", message: k.revokedFlash });
        },
      );
  }
}

export default function ApiTokens() {
  const t = useT();
  const locale = useLocale();
  const { tokens } = useLoaderData<typeof loader>();
  const data = useActionData<TokensActionData>();
  const k = t.reports.tokens;
  const a = t.account.tokens;
  const scopeLabel: Record<ApiScope, string> = {
    "reports:read": a.scopeReportsRead,
    "indicators:read": a.scopeIndicatorsRead,
    "indicators:write": a.scopeIndicatorsWrite,
  };
  return (
    <div className="max-w-4xl space-y-8">
      <PageHeader
        title={k.title}
        description={k.intro}
        breadcrumbs={[{ label: t.auth.settings.title, to: paths.settings() }, { label: k.title }]}
        breadcrumbsLabel={t.reports.youAreHere}
      />
      <ActionNotices data={data} cancelTo={paths.settingsTokens()} />
      {data?.token ? (
        <Notice kind="success" title={k.created}>
          <TextField name="newToken" label={k.tokenLabel} readOnly defaultValue={data.token} width="full" />
          <p className="mt-2">{k.usage}</p>
        </Notice>
      ) : null}
      <Section title={k.create}>
        <Form method="post" noValidate className="mt-4">
          <FormStack>
            <TextField
              name="name"
              label={k.name}
              hint={k.nameHint}
              defaultValue={data?.values?.name}
              error={data?.errors.name}
              width="long"
              required
            />
            <CheckboxGroup
              name="scopes"
              label={a.scopes}
              hint={a.scopesHint}
              options={API_SCOPES.map((sc) => ({ value: sc, label: scopeLabel[sc] }))}
              defaultValue={["reports:read"]}
              error={data?.errors.scopes}
              required
            />
            <SelectField
              name="lifetimeDays"
              label={a.lifetime}
              hint={a.lifetimeHint}
              options={TOKEN_LIFETIMES_DAYS.map((d) => ({ value: String(d), label: a.days(d) }))}
              defaultValue={String(DEFAULT_TOKEN_LIFETIME_DAYS)}
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
                key: "scopes",
                header: a.colScopes,
                cell: (x) => x.scopes.map((sc) => (isApiScope(sc) ? scopeLabel[sc] : sc)).join(", "),
              },
              {
                key: "expires",
                header: a.colExpires,
                cell: (x) => formatDate(x.expiresAt, locale),
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
                cell: (x) => (
                  <Badge tone={x.revoked || x.expired ? "neutral" : "success"}>
                    {x.revoked ? k.revoked : x.expired ? a.expired : k.active}
                  </Badge>
                ),
              },
              {
                key: "revoke",
                header: <span className="sr-only">{k.revoke}</span>,
                cell: (x) =>
                  x.revoked || x.expired ? null : (
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
