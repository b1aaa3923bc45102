import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { IndicatorFormFields } from "~/components/indicators/indicator-form";
import { ActionNotices } from "~/components/mutation";
import { Badge, ConfirmDialog, DescriptionList, Notice, PageHeader, Section, SubmitButton } from "~/components/ui";
import { can } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatSek } from "~/utils/format";
import { requireMembership } from "~server/auth/membership.server";
import { forbidden, notFound } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import {
  canEditCatalogue,
  getIndicatorForOrg,
  removeOwnIndicator,
  saveCatalogueIndicator,
  saveOwnIndicator,
  type IndicatorRow,
} from "~server/indicators/catalogue.server";
import { Confirmed, confirmFirst, done, formError, invalid, parseIntent } from "~server/mutation.server";
import { metaLocale, namedPageTitle } from "~/i18n/page-title";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { messagesFor } from "~/i18n";
import { localized } from "~/i18n/localized";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: namedPageTitle(matches, data && localized(data.indicator.name, metaLocale(matches)), "indicator") },
];

/** The form values of a stored indicator ("name.sv" …). */
function valuesOf(i: IndicatorRow): Record<string, string | string[]> {
  return {
    code: i.code ?? "",
    "name.sv": i.name.sv,
    "name.en": i.name.en,
    "definition.sv": i.definition.sv,
    "definition.en": i.definition.en,
    "dataSource.sv": i.dataSource.sv,
    "dataSource.en": i.dataSource.en,
    unit: i.unit,
    level: i.level,
    direction: i.direction,
    sectors: i.sectors,
    "proxy.valueSek": i.proxy ? String(i.proxy.valueSek).replace(".", ",") : "",
    "proxy.description.sv": i.proxy?.description.sv ?? "",
    "proxy.description.en": i.proxy?.description.en ?? "",
    "proxy.source": i.proxy?.source ?? "",
    "proxy.sourceYear": i.proxy ? String(i.proxy.sourceYear) : "",
    "proxy.priceYear": i.proxy ? String(i.proxy.priceYear) : "",
  };
}

async function context(request: Request, params: { orgSlug?: string; indicatorId?: string }) {
  const ctx = await requireMembership(request, params.orgSlug, { kinds: ["association", "network"] });
  const own = ctx.org.kind === "association";
  const found = await getIndicatorForOrg(own ? ctx.org.id : null, params.indicatorId ?? "");
  if (!found || (!own && !found.indicator.isCatalogue)) notFound();
  const editable = found.indicator.isCatalogue
    ? canEditCatalogue(ctx.org.kind, ctx.role)
    : own && can(ctx.role, "edit");
  return { ...ctx, ...found, editable };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, indicator, useCount, editable } = await context(request, params);
  return json({ org: { slug: org.slug, kind: org.kind }, indicator, values: valuesOf(indicator), useCount, editable });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, indicator, editable } = await context(request, params);
  if (!editable) forbidden();
  const { t, locale } = await getI18n(request);
  const m = t.indicators.definition;
  const input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  switch (value.intent) {
    case "delete":
      // Catalogue indicators are never deleted, only edited.
      if (indicator.isCatalogue) forbidden();
      return confirmFirst(
        value,
        {
          title: m.deleteTitle(indicator.name.sv),
          body: m.deleteBody,
          confirmLabel: m.deleteConfirm,
          fields: { intent: "delete" },
        },
        async () => {
          const removed = await removeOwnIndicator(org.id, indicator.id);
          if (!removed.ok) return formError(m.inUse(removed.inUse), {}, 409);
          return done(paths.catalogue(org), { kind: "success", message: m.deleted });
        },
      );
    case "save": {
      const form = input.form;
      const result = indicator.isCatalogue
        ? await saveCatalogueIndicator(indicator.id, user.id, form, locale)
        : await saveOwnIndicator(org.id, user.id, form, locale, t, indicator.id);
      if (!result) notFound();
      if (!result.ok) return invalid(result.errors, input.values, { sectors: form.getAll("sectors").map(String) });
      return done(paths.catalogueIndicator(org, indicator), { kind: "success", message: m.saved });
    }
    default:
      return value satisfies never;
  }
}

/** Save the definition, or delete an own indicator (confirmed first). */
const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save") }),
  z.object({ intent: z.literal("delete"), confirmed: Confirmed }),
]);

export default function IndicatorPage() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.definition;
  const { org, indicator, values, useCount, editable } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData<{ sectors?: string[] }> | undefined;
  const errors = data?.errors ?? {};
  const shownValues = data && data.sectors ? { ...data.values, sectors: data.sectors } : values;
  const name = localized(indicator.name, locale);
  const title = editable ? (indicator.isCatalogue ? m.editCatalogueTitle : m.editOwnTitle) : m.viewTitle;
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        caption={title}
        title={indicator.code ? `${indicator.code} ${name}` : name}
        breadcrumbs={[{ label: t.indicators.catalogue.title, to: paths.catalogue(org) }, { label: name }]}
        breadcrumbsLabel={m.backToCatalogue}
      />
      <div className="flex flex-wrap gap-2">
        <Badge tone={indicator.isCatalogue ? "accent" : "neutral"}>
          {indicator.isCatalogue ? t.indicators.origin.catalogue : t.indicators.origin.own}
        </Badge>
      </div>
      <Notice kind="info">
        {indicator.isCatalogue
          ? org.kind === "association"
            ? m.readOnly
            : t.indicators.catalogue.networkIntro
          : t.indicators.detail.ownNote}
      </Notice>
      <ActionNotices data={data} cancelTo={paths.catalogueIndicator(org, indicator)} />
      {editable ? (
        <>
          <Form method="post" noValidate className="space-y-8">
            {indicator.isCatalogue ? (
              <p>
                <span className="font-semibold">{m.catalogueCode}:</span>{" "}
                <span className="font-mono">{indicator.code}</span>
              </p>
            ) : null}
            <IndicatorFormFields values={shownValues} errors={errors} showCode={!indicator.isCatalogue} />
            <SubmitButton intent="save">{m.save}</SubmitButton>
          </Form>
          {!indicator.isCatalogue ? (
            <Section title={m.delete}>
              {useCount > 0 ? (
                <p>{m.inUse(useCount)}</p>
              ) : (
                <ConfirmDialog
                  title={m.deleteTitle(name)}
                  body={<p>{m.deleteBody}</p>}
                  confirmLabel={m.deleteConfirm}
                  cancelLabel={t.common.cancel}
                  triggerLabel={m.delete}
                  form={{ fields: { intent: "delete" } }}
                />
              )}
            </Section>
          ) : null}
        </>
      ) : (
        <DescriptionList
          items={[
            { label: t.indicators.detail.definition, value: localized(indicator.definition, locale) },
            { label: t.indicators.detail.unit, value: messagesFor(locale).indicators.labels.unit[indicator.unit] },
            { label: t.indicators.detail.level, value: messagesFor(locale).indicators.labels.level[indicator.level] },
            {
              label: t.indicators.detail.direction,
              value: messagesFor(locale).indicators.labels.direction[indicator.direction],
            },
            { label: t.indicators.detail.dataSource, value: localized(indicator.dataSource, locale) },
            {
              label: m.sectors,
              value: indicator.sectors.map((s) => messagesFor(locale).indicators.labels.sector[s]).join(", "),
            },
            ...(indicator.proxy
              ? [
                  {
                    label: m.proxyTitle,
                    value: `${formatSek(indicator.proxy.valueSek, locale)} · ${localized(indicator.proxy.description, locale)} (${indicator.proxy.source}, ${indicator.proxy.priceYear})`,
                  },
                ]
              : []),
            ...(indicator.proxyIdea ? [{ label: m.proxyIdea, value: localized(indicator.proxyIdea, locale) }] : []),
          ]}
        />
      )}
      <p>
        <Link to={paths.catalogue(org)}>{m.backToCatalogue}</Link>
      </p>
    </div>
  );
}
