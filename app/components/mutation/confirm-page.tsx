import { Form } from "@remix-run/react";
import { Button, ButtonLink, Notice } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import type { ConfirmRequest } from "~/utils/action-data";

/**
 * The one confirmation page of a destructive action posted without `confirmed=yes` (the
 * ConfirmDialog's no-JavaScript path, answered by `confirmFirst`): the question again, with a
 * button that confirms and a way back.
 */
export function ConfirmPage({ confirm, cancelTo }: { confirm: ConfirmRequest; cancelTo: string }) {
  const t = useT();
  return (
    <Notice kind="warning" title={confirm.title} role="alert">
      <p className="max-w-prose">{confirm.body}</p>
      <Form method="post" className="mt-4 flex flex-wrap gap-3" data-testid="confirm-page">
        {Object.entries(confirm.fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button type="submit" variant="danger" name="confirmed" value="yes">
          {confirm.confirmLabel}
        </Button>
        <ButtonLink to={cancelTo} variant="secondary">
          {t.common.confirmCancel}
        </ButtonLink>
      </Form>
    </Notice>
  );
}
