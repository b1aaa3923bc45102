import { ErrorSummary, Notice } from "~/components/ui";
import { useT } from "~/i18n/use-t";

/** The error summary for a form's field errors, plus a form-level message (`_form`) if any. */
export function FormErrors({ errors }: { errors: Record<string, string> | undefined }) {
  const t = useT();
  const all = errors ?? {};
  const list = Object.entries(all)
    .filter(([field]) => field !== "_form")
    .map(([field, message]) => ({ field, message }));
  return (
    <>
      <ErrorSummary title={t.common.errorSummaryTitle} errors={list} />
      {all._form ? (
        <Notice kind="error" role="alert">
          {all._form}
        </Notice>
      ) : null}
    </>
  );
}
