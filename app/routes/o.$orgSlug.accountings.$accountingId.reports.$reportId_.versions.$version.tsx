import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import { CopyableLink } from "~/components/reports/copyable-link";
import { ReportView, shortHash, VersionDetails } from "~/components/reports/report-view";
import {
  Badge,
  Breadcrumbs,
  Button,
  buttonClasses,
  CheckboxField,
  ConfirmDialog,
  DataTable,
  DateField,
  FormStack,
  Notice,
  Section,
  SubmitButton,
} from "~/components/ui";
import { can } from "~/domain/permissions";
import type { ReportModel } from "~/domain/reports/types";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate, formatDateTime } from "~/utils/format";
import { forbidden, notFound } from "~server/http.server";
import { Confirmed, confirmFirst, done, formError, invalid, parseIntent } from "~server/mutation.server";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { getI18n } from "~server/i18n.server";
import {
  createPublicLink,
  endOfDay,
  getLinkDays,
  listPublicLinks,
  revokePublicLink,
} from "~server/reports/links.server";
import { parseVersionParam, requireReport } from "~server/reports/require-report.server";
import { getVersion } from "~server/reports/versions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Rapport"} – Synlig` }];

/** The web view of one published version: the frozen snapshot, printable, with PDF download and public links. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting, report } = await requireReport(request, params);
  const n = parseVersionParam(params.version);
  const version = n === undefined ? undefined : await getVersion(org.id, report.id, n);
  if (!version) notFound();
  const manageLinks = can(role, "publish");
  const links = manageLinks ? await listPublicLinks(org.id, report.id) : [];
  const now = Date.now();
  return json({
    reportsPath: paths.reports(org, accounting),
    reportPath: paths.report(org, accounting, report),
    here: paths.reportVersion(org, accounting, report, version.version),
    pdfPath: paths.reportVersionPdf(org, accounting, report, version.version),
    diffPath: paths.reportDiff(org, accounting, report, { from: version.version - 1, to: version.version }),
    title: version.title,
    version: version.version,
    publishedAt: new Date(version.publishedAt).toISOString(),
    publishedBy: version.publishedByName,
    contentHash: version.contentHash,
    model: version.snapshot,
    manageLinks,
    internal: version.audience === "internal",
    linkDays: manageLinks ? await getLinkDays(org.id) : 90,
    links: links.map((l) => ({
      id: l.id,
      pinnedVersion: l.pinnedVersion,
      createdAt: new Date(l.createdAt).toISOString(),
      expiresAt: l.expiresAt ? new Date(l.expiresAt).toISOString() : null,
      status: l.revokedAt
        ? ("revoked" as const)
        : l.expiresAt && new Date(l.expiresAt).getTime() <= now
          ? ("expired" as const)
          : ("active" as const),
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, role, user, accounting, report } = await requireReport(request, params);
  if (!can(role, "publish")) forbidden();
  const { t } = await getI18n(request);
  const n = parseVersionParam(params.version);
  const version = n === undefined ? undefined : await getVersion(org.id, report.id, n);
  if (!version) notFound();
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  const here = paths.reportVersion(org, accounting, report, version.version);
  const l = t.reports.links;
  switch (value.intent) {
    case "revoke-link":
      return confirmFirst(
        value,
        {
          title: l.revokeTitle,
          body: l.revokeBody,
          confirmLabel: l.revoke,
          fields: { intent: "revoke-link", linkId: value.linkId },
        },
        async () => {
          await revokePublicLink(org.id, report.id, value.linkId);
          return done(here, { kind: "success", message: l.revokedFlash });
        },
      );
    case "create-link": {
      const expires = value.expires.trim();
      let expiresAt: Date | null = null;
      if (expires) {
        const valid = /^\d{4}-\d{2}-\d{2}$/.test(expires) && !Number.isNaN(Date.parse(expires));
        expiresAt = valid ? endOfDay(expires) : null;
        if (!expiresAt || expiresAt.getTime() < Date.now()) return invalid({ expires: l.errors.date }, { expires });
      }
      const created = await createPublicLink({
        orgId: org.id,
        reportId: report.id,
        version,
        follow: value.follow === "yes",
        expiresAt,
        userId: user.id,
      });
      if (!created.ok) return formError(l.errors.internal, { expires });
      const link = `${new URL(request.url).origin}${paths.publicReport(created.token)}`;
      return json<Data>({ values: {}, errors: {}, link });
    }
    default:
      return value satisfies never;
  }
}

/** Create a public link to this version (or to the latest), or revoke one (confirmed first). */
const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create-link"), expires: z.string().default(""), follow: z.string().optional() }),
  z.object({ intent: z.literal("revoke-link"), linkId: z.string().default(""), confirmed: Confirmed }),
]);

/** Beside the kit's shape: the link just created, to copy. */
type Data = ActionData<{ link?: string }>;

export default function ReportVersionView() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as Data | undefined;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const v = t.reports.view;
  const l = t.reports.links;
  const model = data.model as ReportModel;
  // The frozen report keeps its own language; only the page around it follows the reader.
  const rv = messagesFor(model.locale).reports.view;
  return (
    <div className="space-y-10">
      <div className="no-print flex flex-wrap items-center justify-between gap-4">
        <Breadcrumbs
          items={[
            {
              label: t.reports.list.title,
              to: data.reportsPath,
            },
            { label: data.title, to: data.reportPath },
            { label: t.reports.diff.version(data.version) },
          ]}
          label={t.reports.youAreHere}
        />
        <div className="flex flex-wrap items-center gap-3">
          <a href={data.pdfPath} download className={buttonClasses({ variant: "primary" })}>
            {v.download}
          </a>
          <Button variant="secondary" onClick={() => window.print()}>
            {v.print}
          </Button>
          {data.version > 1 ? (
            <Link to={data.diffPath} className="font-semibold">
              {v.compareWithPrevious}
            </Link>
          ) : null}
        </div>
      </div>
      <ReportView
        model={model}
        level={1}
        publishedAt={data.publishedAt}
        caption={rv.versionCaption(data.version, formatDateTime(data.publishedAt, model.locale), data.publishedBy)}
        extraFacts={[
          {
            label: rv.contentHash,
            value: <code className="text-sm">{shortHash(data.contentHash)}</code>,
          },
        ]}
      />
      <VersionDetails
        version={data.version}
        publishedAt={formatDateTime(data.publishedAt, locale)}
        publishedBy={data.publishedBy}
        contentHash={data.contentHash}
      />
      {data.manageLinks ? (
        <Section title={l.title} description={l.intro} className="no-print border-t border-neutral-300 pt-8">
          {actionData?.link ? (
            <Notice kind="success" title={l.created}>
              <CopyableLink link={actionData.link} />
            </Notice>
          ) : null}
          <ActionNotices data={actionData} cancelTo={data.here} />
          {data.internal ? (
            <Notice kind="info">{l.internalVersion}</Notice>
          ) : (
            <Form method="post" noValidate className="mt-4">
              <FormStack>
                <DateField
                  name="expires"
                  label={l.expires}
                  hint={l.expiresHint(data.linkDays)}
                  optionalLabel={t.common.optional}
                  defaultValue={actionData?.values?.expires}
                  error={errors.expires}
                />
                <CheckboxField name="follow" value="yes" label={l.follow} hint={l.followHint} />
                <SubmitButton intent="create-link" variant="secondary">
                  {l.create}
                </SubmitButton>
              </FormStack>
            </Form>
          )}
          <div className="mt-8">
            {data.links.length === 0 ? (
              <p>{l.none}</p>
            ) : (
              <DataTable
                caption={l.caption}
                rowKey={(x) => x.id}
                rows={data.links}
                columns={[
                  {
                    key: "shows",
                    header: l.shows,
                    rowHeader: true,
                    cell: (x) => (x.pinnedVersion ? l.pinned(x.pinnedVersion) : l.following),
                  },
                  {
                    key: "created",
                    header: l.createdAt,
                    cell: (x) => formatDate(x.createdAt, locale),
                  },
                  {
                    key: "expires",
                    header: l.expires,
                    cell: (x) => (x.expiresAt ? formatDate(x.expiresAt, locale) : l.noExpiry),
                  },
                  {
                    key: "status",
                    header: l.status,
                    cell: (x) => (
                      <Badge tone={x.status === "active" ? "success" : "neutral"}>
                        {x.status === "active" ? l.active : x.status === "revoked" ? l.revoked : l.expired}
                      </Badge>
                    ),
                  },
                  {
                    key: "revoke",
                    header: <span className="sr-only">{l.revoke}</span>,
                    cell: (x) =>
                      x.status === "active" ? (
                        <ConfirmDialog
                          title={l.revokeTitle}
                          body={l.revokeBody}
                          confirmLabel={l.revoke}
                          cancelLabel={t.common.cancel}
                          triggerLabel={
                            <>
                              {l.revoke}
                              <span className="sr-only">
                                {" "}
                                {l.revokeWhich(data.links.indexOf(x) + 1, formatDateTime(x.createdAt, locale))}
                              </span>
                            </>
                          }
                          triggerVariant="secondary"
                          form={{
                            fields: { intent: "revoke-link", linkId: x.id },
                          }}
                        />
                      ) : null,
                  },
                ]}
              />
            )}
          </div>
        </Section>
      ) : null}
    </div>
  );
}
