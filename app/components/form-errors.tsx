import { ErrorSummary, Notice } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import { FORM_ERROR } from "~/utils/validation";

/**
 * The error summary for a form's field errors, plus the form-level message (`_form`, FORM_ERROR)
 * shown once, as a notice, never as a link to a field that does not exist.
 */
export function FormErrors({
  errors,
  describe,
}: {
  errors: Record<string, string> | undefined;
  /** Prefixes a field's message with its label when the message alone would be unclear. */
  describe?: (field: string) => string;
}) {
  const t = useT();
  const all = errors ?? {};
  const list = Object.entries(all)
    .filter(([field]) => field !== FORM_ERROR)
    .map(([field, message]) => ({ field, message: describe ? `${describe(field)}: ${message}` : message }));
  return (
    <>
      <ErrorSummary title={t.common.errorSummaryTitle} errors={list} />
      {all[FORM_ERROR] ? (
        <Notice kind="error" role="alert">
          {all[FORM_ERROR]}
        </Notice>
      ) : null}
    </>
  );
}
