import { ErrorSummary, Notice } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import { FORM_ERROR } from "~/utils/validation";

/** The error summary for a form's field errors, plus the form-level message (`FORM_ERROR`, "_form") if any:
 * that one is shown once, as a notice, and not linked to a field. */
export function FormErrors({ errors }: { errors: Record<string, string> | undefined }) {
  const t = useT();
  const all = errors ?? {};
  const list = Object.entries(all)
    .filter(([field]) => field !== FORM_ERROR)
    .map(([field, message]) => ({ field, message }));
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
