import { Form, Link } from "@remix-run/react";
import { Notice, SubmitButton } from "~/components/ui";
import type { Messages } from "~/i18n";

/** "Tillbaka till steget" when the block page was opened from a step, else back to the overview. */
export function BlockBackLink({ base, returnTo, t }: { base: string; returnTo: string | null; t: Messages }) {
  return (
    <p className="-mt-4">
      <Link to={returnTo ? `${base}/${returnTo}` : base} className="font-semibold">
        ← {returnTo ? t.guide.blocks.back : t.guide.blocks.backOverview}
      </Link>
    </p>
  );
}

/**
 * The confirmation page for a delete sent without JavaScript (the dialog could not open): asks
 * again and only deletes with confirmed=yes.
 */
export function NoJsDeleteConfirm({
  title,
  body,
  confirmLabel,
  id,
  returnTo,
  cancelTo,
  t,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  id: string;
  returnTo: string | null;
  cancelTo: string;
  t: Messages;
}) {
  return (
    <Notice kind="warning" role="alert" title={title}>
      <p>{body}</p>
      <Form method="post" className="mt-3 flex flex-wrap items-center gap-4">
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="id" value={id} />
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        <SubmitButton name="confirmed" value="yes" variant="danger">
          {confirmLabel}
        </SubmitButton>
        <Link to={cancelTo}>{t.guide.blocks.cancel}</Link>
      </Form>
    </Notice>
  );
}
