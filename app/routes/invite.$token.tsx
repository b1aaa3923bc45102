import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { ButtonLink, Notice, PageHeader, SubmitButton } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import { getUserId, requireUser } from "~server/auth/session.server";
import { redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { acceptInvitation, findUsableInvitation } from "~server/organisations/invitations.server";
import { pageTitle } from "~/i18n/page-title";
import { FORM_ERROR } from "~/utils/validation";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "invite") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findUsableInvitation(params.token ?? "");
  const signedIn = Boolean(await getUserId(request));
  const path = new URL(request.url).pathname;
  if (!invitation) return json({ invitation: null, signedIn, path }, { status: 404 });
  return json({ invitation: { orgName: invitation.orgName, role: invitation.role }, signedIn, path });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getI18n(request);
  const accepted = await acceptInvitation(params.token ?? "", user.id);
  if (!accepted) return json({ errors: { [FORM_ERROR]: t.org.invite.invalid } }, { status: 410 });
  return redirectWithFlash(`/o/${accepted.orgSlug}`, {
    kind: "success",
    message: t.org.invite.accepted(accepted.orgName),
  });
}

export default function Invite() {
  const t = useT();
  const { invitation, signedIn, path } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!invitation) {
    return (
      <div className="max-w-xl space-y-4">
        <PageHeader title={t.errors.notFoundTitle} />
        <Notice kind="warning">{t.org.invite.invalid}</Notice>
        <Link to="/">{t.errors.goHome}</Link>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-6">
      <PageHeader
        title={t.org.invite.title(invitation.orgName)}
        description={t.org.invite.intro(invitation.orgName, t.org.roles[invitation.role])}
      />
      <FormErrors errors={actionData?.errors} />
      {signedIn ? (
        <Form method="post">
          <SubmitButton>{t.org.invite.accept}</SubmitButton>
        </Form>
      ) : (
        <div className="space-y-4">
          <p>{t.org.invite.signInFirst}</p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink to={`/login?redirectTo=${encodeURIComponent(path)}`}>{t.auth.login.submit}</ButtonLink>
            <ButtonLink variant="secondary" to={`/signup?redirectTo=${encodeURIComponent(path)}`}>
              {t.auth.signup.submit}
            </ButtonLink>
          </div>
        </div>
      )}
    </div>
  );
}
