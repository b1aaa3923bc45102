import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/form-errors";
import { FormStack, PageHeader, RadioGroup, SelectField, SubmitButton, TextField } from "~/components/ui";
import { SECTORS, SIZE_BANDS } from "~/domain/permissions";
import { z } from "zod";
import type { Messages } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { createAssociationSchema } from "~/schemas/organisation";
import type { ActionData } from "~/utils/action-data";
import { paths } from "~/utils/paths";
import { requireUser } from "~server/auth/session.server";
import { getI18n } from "~server/i18n.server";
import { done, invalid, parseIntent } from "~server/mutation.server";
import { createAssociation } from "~server/organisations/create-association.server";
import { listUmbrellaChoices } from "~server/organisations/directory.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "newAssociation") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json({ umbrellas: await listUmbrellaChoices() });
}

const intents = (t: Messages) =>
  z.discriminatedUnion("intent", [createAssociationSchema(t).extend({ intent: z.literal("create") })]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getI18n(request);
  const input = await parseIntent(request, intents(t), t);
  if (!input.ok) return input.response;
  switch (input.value.intent) {
    case "create": {
      const result = await createAssociation(user.id, input.value, t);
      if (!result.ok) return invalid(result.errors, input.values);
      return done(paths.org({ slug: result.slug }), { kind: "success", message: t.org.create.created });
    }
  }
}

export default function NewAssociation() {
  const t = useT();
  const { umbrellas } = useLoaderData<typeof loader>();
  const data = useActionData<ActionData>();
  const errors = data?.errors ?? {};
  const values = data?.values ?? {};
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t.org.create.title} description={t.org.create.intro} />
      <FormErrors errors={errors} />
      <Form method="post" noValidate>
        <FormStack>
          <TextField
            name="name"
            label={t.org.create.name}
            hint={t.org.create.nameHint}
            defaultValue={values.name}
            error={errors.name}
            required
          />
          <TextField
            name="orgNumber"
            label={t.org.create.orgNumber}
            hint={t.org.create.orgNumberHint}
            defaultValue={values.orgNumber}
            error={errors.orgNumber}
            inputMode="numeric"
            width="medium"
            required
          />
          <SelectField
            name="sector"
            label={t.org.create.sector}
            hint={t.org.create.sectorHint}
            placeholder="–"
            options={SECTORS.map((s) => ({ value: s, label: t.org.sectors[s] }))}
            defaultValue={values.sector}
            error={errors.sector}
            required
          />
          <RadioGroup
            name="sizeBand"
            label={t.org.create.sizeBand}
            hint={t.org.create.sizeBandHint}
            options={SIZE_BANDS.map((s) => ({ value: s, label: t.org.sizeBands[s] }))}
            defaultValue={values.sizeBand}
            error={errors.sizeBand}
            required
          />
          <SelectField
            name="umbrellaId"
            label={t.org.create.umbrella}
            hint={t.org.create.umbrellaHint}
            options={[
              { value: "", label: t.org.create.noUmbrella },
              ...umbrellas.map((u) => ({ value: u.id, label: u.name })),
            ]}
            defaultValue={values.umbrellaId ?? ""}
            error={errors.umbrellaId}
          />
          <SubmitButton intent="create" pendingText={t.org.create.pending}>
            {t.org.create.submit}
          </SubmitButton>
        </FormStack>
      </Form>
    </div>
  );
}
