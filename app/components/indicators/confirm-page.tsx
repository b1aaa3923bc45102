import { Form } from "@remix-run/react";
import { Button, ButtonLink, Notice } from "~/components/ui";
import { useT } from "~/i18n/use-t";

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  fields: Record<string, string>;
}

/**
 * The confirmation a destructive action answers with when it was posted without `confirmed=yes`
 * (the ConfirmDialog's no-JavaScript path): the question again, with a button that confirms.
 */
export function ConfirmPage({ confirm, cancelTo }: { confirm: ConfirmRequest; cancelTo: string }) {
  const t = useT();
  return (
    <Notice kind="warning" title={confirm.title} role="alert">
      <p>{confirm.body}</p>
      <Form method="post" className="mt-4 flex flex-wrap gap-3">
        {Object.entries(confirm.fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button type="submit" variant="danger" name="confirmed" value="yes">
          {confirm.confirmLabel}
        </Button>
        <ButtonLink to={cancelTo} variant="secondary">
          {t.common.cancel}
        </ButtonLink>
      </Form>
    </Notice>
  );
}
