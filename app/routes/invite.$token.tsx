import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { ButtonLink, Notice, PageHeader, SubmitButton } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import type { ActionData } from "~/utils/action-data";
import { paths, withQuery } from "~/utils/paths";
import { getUserId, requireUser } from "~server/auth/session.server";
import { getI18n } from "~server/i18n.server";
import { done, formError, parseIntent } from "~server/mutation.server";
import { acceptInvitation, findUsableInvitation } from "~server/organisations/invitations.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "invite") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findUsableInvitation(params.token ?? "");
  const signedIn = Boolean(await getUserId(request));
  const path = new URL(request.url).pathname;
  if (!invitation) return json({ invitation: null, signedIn, path }, { status: 404 });
  return json({ invitation: { orgName: invitation.orgName, role: invitation.role }, signedIn, path });
}

const Intent = z.discriminatedUnion("intent", [z.object({ intent: z.literal("accept") })]);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getI18n(request);
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "accept": {
      const accepted = await acceptInvitation(params.token ?? "", user.id);
      if (!accepted) return formError(t.org.invite.invalid, input.values, 410);
      return done(paths.org({ slug: accepted.orgSlug }), {
        kind: "success",
        message: t.org.invite.accepted(accepted.orgName),
      });
    }
  }
}

export default function Invite() {
  const t = useT();
  const { invitation, signedIn, path } = useLoaderData<typeof loader>();
  const data = useActionData<ActionData>();
  if (!invitation) {
    return (
      <div className="max-w-xl space-y-4">
        <PageHeader title={t.errors.notFoundTitle} />
        <ActionNotices data={data} cancelTo={path} />
        <Notice kind="warning">{t.org.invite.invalid}</Notice>
        <Link to={paths.home()}>{t.errors.goHome}</Link>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-6">
      <PageHeader
        title={t.org.invite.title(invitation.orgName)}
        description={t.org.invite.intro(invitation.orgName, t.org.roles[invitation.role])}
      />
      <ActionNotices data={data} cancelTo={path} />
      {signedIn ? (
        <Form method="post">
          <SubmitButton intent="accept">{t.org.invite.accept}</SubmitButton>
        </Form>
      ) : (
        <div className="space-y-4">
          <p>{t.org.invite.signInFirst}</p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink to={paths.login(path)}>{t.auth.login.submit}</ButtonLink>
            <ButtonLink variant="secondary" to={withQuery(paths.signup(), { redirectTo: path })}>
              {t.auth.signup.submit}
            </ButtonLink>
          </div>
        </div>
      )}
    </div>
  );
}
