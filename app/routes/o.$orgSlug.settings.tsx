import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import {
  DataTable,
  EmptyState,
  FormStack,
  PageHeader,
  RadioGroup,
  Section,
  SelectField,
  SubmitButton,
  TextField,
} from "~/components/ui";
import { SECTORS, SIZE_BANDS } from "~/domain/permissions";
import type { Messages } from "~/i18n";
import { pageTitle } from "~/i18n/page-title";
import { useLocale, useT } from "~/i18n/use-t";
import { orgSettingsSchema } from "~/schemas/organisation";
import type { ActionData } from "~/utils/action-data";
import { formatDateTime } from "~/utils/format";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireMembership } from "~server/auth/membership.server";
import { notFound } from "~server/http.server";
import { getI18n } from "~server/i18n.server";
import { done, invalid, parseIntent } from "~server/mutation.server";
import { loadOrgSettings, saveOrgSettings } from "~server/organisations/settings.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "orgSettings") }];

/** The association's own details (name, organisationsnummer, area, size, umbrella, register number): admins only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org } = await requireMembership(request, params.orgSlug, { kinds: ["association"], roles: ["admin"] });
  const { details, umbrellas, history } = await loadOrgSettings(org.id);
  if (!details) notFound();
  return json({
    details,
    umbrellas: umbrellas.filter((u) => u.id !== org.id),
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
  });
}

const intents = (t: Messages) =>
  z.discriminatedUnion("intent", [orgSettingsSchema(t).extend({ intent: z.literal("save") })]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user } = await requireMembership(request, params.orgSlug, {
    kinds: ["association"],
    roles: ["admin"],
  });
  const { t } = await getI18n(request);
  const input = await parseIntent(request, intents(t), t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "save": {
      const result = await saveOrgSettings(org.id, user.id, input.value, t);
      if (!result.ok) return invalid(result.errors, input.values);
      const s = t.org.settings;
      return done(paths.orgSettings(org), { kind: "success", message: result.changed > 0 ? s.saved : s.unchanged });
    }
  }
}

export default function OrgSettings() {
  const t = useT();
  const locale = useLocale();
  const s = t.org.settings;
  const c = t.org.create;
  const { details, umbrellas, history } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const data = useActionData<ActionData>();
  const errors = data?.errors ?? {};
  const typed = data?.values;
  const value = (name: string, stored: string | null) => typed?.[name] ?? stored ?? "";
  const fieldLabel: Record<string, string> = {
    name: c.name,
    orgNumber: c.orgNumber,
    sector: c.sector,
    sizeBand: c.sizeBand,
    umbrella: c.umbrella,
    ideaRegisterNumber: s.registerNumber,
  };
  const shownValue = (field: string, v: string) =>
    field === "sector" && v in t.org.sectors
      ? t.org.sectors[v as keyof typeof t.org.sectors]
      : field === "sizeBand" && v in t.org.sizeBands
        ? t.org.sizeBands[v as keyof typeof t.org.sizeBands]
        : v;
  return (
    <div className="max-w-3xl space-y-10">
      <PageHeader title={s.title} description={s.intro} />
      <ActionNotices data={data} cancelTo={paths.orgSettings(org)} />
      <Form method="post" noValidate>
        <FormStack>
          <TextField
            name="name"
            label={c.name}
            hint={c.nameHint}
            defaultValue={value("name", details.name)}
            error={errors.name}
            required
          />
          <TextField
            name="orgNumber"
            label={c.orgNumber}
            hint={c.orgNumberHint}
            defaultValue={value("orgNumber", details.orgNumber)}
            error={errors.orgNumber}
            inputMode="numeric"
            width="medium"
            required
          />
          <SelectField
            name="sector"
            label={c.sector}
            hint={c.sectorHint}
            placeholder="–"
            options={SECTORS.map((x) => ({ value: x, label: t.org.sectors[x] }))}
            defaultValue={value("sector", details.sector)}
            error={errors.sector}
            required
          />
          <RadioGroup
            name="sizeBand"
            label={c.sizeBand}
            hint={c.sizeBandHint}
            options={SIZE_BANDS.map((x) => ({ value: x, label: t.org.sizeBands[x] }))}
            defaultValue={value("sizeBand", details.sizeBand)}
            error={errors.sizeBand}
            required
          />
          <SelectField
            name="umbrellaId"
            label={c.umbrella}
            hint={`${c.umbrellaHint} ${s.umbrellaPendingNote}`}
            options={[{ value: "", label: c.noUmbrella }, ...umbrellas.map((u) => ({ value: u.id, label: u.name }))]}
            defaultValue={value("umbrellaId", details.umbrellaId)}
            error={errors.umbrellaId}
          />
          <TextField
            name="ideaRegisterNumber"
            label={s.registerNumber}
            hint={s.registerNumberHint}
            defaultValue={value("ideaRegisterNumber", details.ideaRegisterNumber)}
            error={errors.ideaRegisterNumber}
            optionalLabel={t.common.optional}
            width="medium"
          />
          <SubmitButton intent="save" pendingText={s.pending}>
            {s.submit}
          </SubmitButton>
        </FormStack>
      </Form>
      <Section title={s.historyTitle}>
        {history.length === 0 ? (
          <EmptyState title={s.historyEmpty} headingLevel={3} />
        ) : (
          <DataTable
            caption={s.historyCaption}
            rows={history}
            rowKey={(h) => h.id}
            columns={[
              { key: "at", header: s.when, rowHeader: true, cell: (h) => formatDateTime(h.at, locale) },
              { key: "by", header: s.who, cell: (h) => h.by ?? s.someone },
              {
                key: "what",
                header: s.what,
                cell: (h) => (
                  <ul className="list-none space-y-1">
                    {h.changes.map((ch) => (
                      <li key={ch.field}>
                        {s.change(
                          fieldLabel[ch.field] ?? ch.field,
                          shownValue(ch.field, ch.from),
                          shownValue(ch.field, ch.to),
                        )}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        )}
      </Section>
    </div>
  );
}
