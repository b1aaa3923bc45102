import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ActionNotices } from "~/components/mutation";
import {
  DataTable,
  FormStack,
  Notice,
  NumberField,
  PageHeader,
  Section,
  SelectField,
  SubmitButton,
  TextField,
} from "~/components/ui";
import { can, ROLES_BY_KIND } from "~/domain/permissions";
import { z } from "zod";
import type { Messages } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { inviteSchema } from "~/schemas/organisation";
import type { ActionData } from "~/utils/action-data";
import { formatDate } from "~/utils/format";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireMembership } from "~server/auth/membership.server";
import { forbidden } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { done, invalid, parseIntent } from "~server/mutation.server";
import { loadMembers } from "~server/organisations/directory.server";
import { createInvitation, withdrawInvitation } from "~server/organisations/invitations.server";
import { getLinkDays, MAX_LINK_DAYS, MIN_LINK_DAYS, setLinkDays } from "~server/reports/links.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "members") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role } = await requireMembership(request, params.orgSlug);
  const manage = can(role, "manage-members");
  const { members, invitations } = await loadMembers(org.id, manage);
  return json({
    manage,
    linkDays: manage ? await getLinkDays(org.id) : 90,
    members: members.map((m) => ({ ...m, since: m.since.toISOString() })),
    invitations: invitations.map((i) => ({
      id: i.id,
      role: i.role,
      email: i.email,
      expiresAt: i.expiresAt.toISOString(),
    })),
  });
}

const intents = (t: Messages) =>
  z.discriminatedUnion("intent", [
    inviteSchema(t).extend({ intent: z.literal("invite") }),
    z.object({ intent: z.literal("revoke"), invitationId: z.string() }),
    z.object({
      intent: z.literal("link-days"),
      days: z.coerce
        .number({ error: t.org.members.linkDaysError })
        .int(t.org.members.linkDaysError)
        .min(MIN_LINK_DAYS, t.org.members.linkDaysError)
        .max(MAX_LINK_DAYS, t.org.members.linkDaysError),
    }),
  ]);

type MembersActionData = ActionData<{ link?: string }>;

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, role, user } = await requireMembership(request, params.orgSlug);
  if (!can(role, "manage-members")) forbidden();
  const { t } = await getI18n(request);
  const input = await parseIntent(request, intents(t), t);
  if (!input.ok) return input.response;
  const value = input.value;
  switch (value.intent) {
    case "revoke":
      await withdrawInvitation(org.id, value.invitationId);
      return done(paths.members(org), { kind: "success", message: t.org.members.revoked });
    case "link-days":
      await setLinkDays(org.id, value.days);
      return done(paths.members(org), { kind: "success", message: t.org.members.linkDaysSaved });
    case "invite": {
      const result = await createInvitation(org.id, org.kind, user.id, value);
      if (!result.ok) return invalid({ role: t.org.errors.roleInvalid }, input.values);
      const link = `${new URL(request.url).origin}${paths.invitation(result.token)}`;
      return json({ values: {}, errors: {}, link } satisfies MembersActionData);
    }
  }
}

export default function Members() {
  const t = useT();
  const locale = useLocale();
  const { manage, members, invitations, linkDays } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const data = useActionData<MembersActionData>();
  const errors = data?.errors ?? {};
  const values = data?.values ?? {};
  return (
    <div className="space-y-8">
      <PageHeader title={t.org.members.title} description={t.org.members.intro} />
      <DataTable
        caption={t.org.members.title}
        captionHidden
        rowKey={(m) => m.userId}
        rows={members}
        columns={[
          { key: "name", header: t.org.members.name, cell: (m) => m.name },
          { key: "email", header: t.org.members.email, cell: (m) => m.email },
          { key: "role", header: t.org.members.role, cell: (m) => t.org.roles[m.role] },
          { key: "since", header: t.org.members.since, cell: (m) => formatDate(m.since, locale) },
        ]}
      />
      {manage ? (
        <Section title={t.org.members.inviteTitle}>
          <p className="mb-4 max-w-prose">{t.org.members.inviteIntro}</p>
          {data?.link ? (
            <Notice kind="success" title={t.org.members.inviteCreated}>
              <TextField
                name="inviteLink"
                label={t.org.members.inviteLinkLabel}
                readOnly
                defaultValue={data.link}
                width="full"
              />
            </Notice>
          ) : null}
          <ActionNotices data={data} cancelTo={paths.members(org)} />
          <Form method="post" noValidate className="mt-4">
            <FormStack>
              <SelectField
                name="role"
                label={t.org.members.inviteRole}
                options={ROLES_BY_KIND[org.kind].map((r) => ({ value: r, label: t.org.roles[r] }))}
                defaultValue={values.role ?? ROLES_BY_KIND[org.kind][1]}
                error={errors.role}
              />
              <TextField
                name="email"
                type="email"
                label={t.org.members.inviteEmail}
                hint={t.org.members.inviteEmailHint}
                optionalLabel={t.common.optional}
                defaultValue={values.email}
                error={errors.email}
              />
              <SubmitButton intent="invite">{t.org.members.inviteSubmit}</SubmitButton>
            </FormStack>
          </Form>
          <h3 className="mt-8 text-xl">{t.org.members.openInvites}</h3>
          {invitations.length === 0 ? (
            <p className="mt-2 text-neutral-700">{t.org.members.noInvites}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {invitations.map((i) => (
                <li key={i.id} className="flex flex-wrap items-center gap-3">
                  <span>
                    {t.org.roles[i.role]}
                    {i.email ? ` · ${i.email}` : ""} · {t.org.members.expires} {formatDate(i.expiresAt, locale)}
                  </span>
                  <Form method="post">
                    <input type="hidden" name="invitationId" value={i.id} />
                    <SubmitButton intent="revoke" variant="secondary" size="sm">
                      {t.org.members.revoke}
                    </SubmitButton>
                  </Form>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
      {manage ? (
        <Section title={t.org.members.linkDays}>
          <Form method="post" noValidate>
            <FormStack>
              <NumberField
                name="days"
                inputMode="numeric"
                label={t.org.members.linkDays}
                hint={t.org.members.linkDaysHint}
                defaultValue={String(linkDays)}
                error={data?.errors?.days}
              />
              <SubmitButton intent="link-days" variant="secondary">
                {t.org.members.linkDaysSave}
              </SubmitButton>
            </FormStack>
          </Form>
        </Section>
      ) : null}
    </div>
  );
}
