import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { ConfirmPage } from "~/components/indicators/confirm-page";
import { IndicatorFormFields } from "~/components/indicators/indicator-form";
import { Badge, ConfirmDialog, DescriptionList, Notice, PageHeader, Section, SubmitButton } from "~/components/ui";
import { can } from "~/domain/permissions";
import { useLocale, useT } from "~/i18n/use-t";
import { formatSek } from "~/utils/format";
import type { IndicatorRow } from "~db/queries/indicators.server";
import { requireMembership } from "~server/auth/membership.server";
import { formValues, readForm } from "~server/forms.server";
import { forbidden, notFound, redirectWithFlash } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import {
  canEditCatalogue,
  getIndicatorForOrg,
  removeOwnIndicator,
  saveCatalogueIndicator,
  saveOwnIndicator,
} from "~server/indicators/catalogue.server";
import { messagesFor } from "~/i18n";
import { localized } from "~/i18n/localized";
import { metaLocale, namedPageTitle } from "~/i18n/page-title";

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
  const form = await readForm(request);
  const back = `/o/${org.slug}/indicators`;
  if (form.get("intent") === "delete" && !indicator.isCatalogue) {
    if (form.get("confirmed") !== "yes") {
      const m = t.indicators.definition;
      return json({
        confirm: {
          title: m.deleteTitle(indicator.name.sv),
          body: m.deleteBody,
          confirmLabel: m.deleteConfirm,
          fields: { intent: "delete" },
        },
      });
    }
    const removed = await removeOwnIndicator(org.id, indicator.id);
    if (!removed.ok)
      return json({ errors: { _form: t.indicators.definition.inUse(removed.inUse) }, values: {} }, { status: 409 });
    return redirectWithFlash(back, { kind: "success", message: t.indicators.definition.deleted });
  }
  const result = indicator.isCatalogue
    ? await saveCatalogueIndicator(indicator.id, user.id, form, locale)
    : await saveOwnIndicator(org.id, user.id, form, locale, t, indicator.id);
  if (!result) notFound();
  if (!result.ok)
    return json(
      { errors: result.errors, values: { ...formValues(form), sectors: form.getAll("sectors").map(String) } },
      { status: 400 },
    );
  return redirectWithFlash(`${back}/${indicator.id}`, { kind: "success", message: t.indicators.definition.saved });
}

export default function IndicatorPage() {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.definition;
  const { org, indicator, values, useCount, editable } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errors: Record<string, string> = data && "errors" in data ? data.errors : {};
  const shownValues = data && "values" in data && Object.keys(data.values).length > 0 ? data.values : values;
  const name = localized(indicator.name, locale);
  const title = editable ? (indicator.isCatalogue ? m.editCatalogueTitle : m.editOwnTitle) : m.viewTitle;
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        caption={title}
        title={indicator.code ? `${indicator.code} ${name}` : name}
        breadcrumbs={[{ label: t.indicators.catalogue.title, to: `/o/${org.slug}/indicators` }, { label: name }]}
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
      {data && "confirm" in data ? (
        <ConfirmPage confirm={data.confirm} cancelTo={`/o/${org.slug}/indicators/${indicator.id}`} />
      ) : null}
      {editable ? (
        <>
          <FormErrors errors={errors} />
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
        <Link to={`/o/${org.slug}/indicators`}>{m.backToCatalogue}</Link>
      </p>
    </div>
  );
}
