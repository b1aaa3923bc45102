import type { ActionData } from "~/utils/action-data";
import { FormErrors } from "../form-errors";
import { ConfirmPage } from "./confirm-page";
import { ConflictView } from "./conflict-view";

/**
 * What an action said about the last post, in one place on every page: the confirmation question
 * (no JavaScript), the conflict view (409), and the error summary with the form-level message.
 */
export function ActionNotices({
  data,
  cancelTo,
  describe,
}: {
  data: Partial<ActionData> | undefined;
  /** Where "Avbryt" on the confirm page leads (usually the page itself). */
  cancelTo: string;
  /** Turns an error key into a field label for the summary, when keys are not field ids. */
  describe?: (field: string) => string;
}) {
  if (!data) return null;
  return (
    <>
      {data.confirm ? <ConfirmPage confirm={data.confirm} cancelTo={cancelTo} /> : null}
      {data.conflict ? <ConflictView conflict={data.conflict} /> : null}
      <FormErrors errors={data.errors} describe={describe} />
    </>
  );
}
