import { Form } from "@remix-run/react";
import { FormStack, SelectField, SubmitButton } from "~/components/ui";
import { useT } from "~/i18n/use-t";

/**
 * The outcome and stakeholder one indicator measures (intent "link"); the outcome's text for
 * those who cannot edit.
 */
export function LinkForm({
  chainItemId,
  stakeholderId,
  outcomes,
  stakeholders,
  canEdit,
  values,
  errors,
}: {
  chainItemId: string | null;
  stakeholderId: string | null;
  outcomes: { id: string; text: string }[];
  stakeholders: { id: string; name: string }[];
  canEdit: boolean;
  /** What was posted with this form, when the last post was this form's. */
  values: Record<string, string> | undefined;
  errors: Record<string, string>;
}) {
  const t = useT();
  const m = t.indicators.detail;
  if (!canEdit) return <p>{outcomes.find((o) => o.id === chainItemId)?.text ?? t.indicators.overview.noOutcome}</p>;
  return (
    <Form method="post" noValidate>
      <FormStack>
        <SelectField
          name="outcome"
          label={m.outcome}
          defaultValue={values?.outcome ?? chainItemId ?? ""}
          options={[
            { value: "", label: t.indicators.add.outcomeNone },
            ...outcomes.map((o) => ({ value: o.id, label: o.text })),
          ]}
          error={errors.outcome}
        />
        <SelectField
          name="stakeholder"
          label={m.stakeholder}
          defaultValue={values?.stakeholder ?? stakeholderId ?? ""}
          options={[
            { value: "", label: m.stakeholderFromOutcome },
            ...stakeholders.map((s) => ({ value: s.id, label: s.name })),
          ]}
          error={errors.stakeholder}
        />
        <SubmitButton intent="link" variant="secondary">
          {m.linkSave}
        </SubmitButton>
      </FormStack>
    </Form>
  );
}
