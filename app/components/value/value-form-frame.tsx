import { Form } from "@remix-run/react";
import type { MouseEvent, ReactNode } from "react";
import { FormErrors } from "~/components/form-errors";
import { Notice, SubmitButton } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import { ConflictView } from "~/components/mutation";
import type { ConflictData } from "~/utils/action-data";
import { FORM_ERROR } from "~/utils/validation";

/**
 * The frame both value forms share (the SROI value map and the socio-economic account): conflict
 * view, error summary, read-only notice, the form with its base version and save bar, and the
 * live result beside it.
 */
export function Fieldset({
  legend,
  children,
  actions,
}: {
  legend: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-neutral-300 bg-white p-4 sm:p-6">
      <legend className="px-1 text-xl font-bold text-ink">{legend}</legend>
      <div className="space-y-6">{children}</div>
      {actions ? <div className="mt-6 flex flex-wrap gap-3 border-t border-neutral-200 pt-4">{actions}</div> : null}
    </fieldset>
  );
}

/** A submit button's click handler that does the work in the browser instead of posting (add/remove rows). */
export const noSubmit = (fn: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
  event.preventDefault();
  fn();
};

/**
 * Before the first save attempt in this page view, the server's messages; afterwards the browser's
 * own validation (the same rules) keeps them current while the user types.
 */
export function visibleErrors(
  attempted: boolean,
  live: Record<string, string>,
  server: Record<string, string>,
): Record<string, string> {
  return attempted ? { ...live, ...(server[FORM_ERROR] ? { [FORM_ERROR]: server[FORM_ERROR] } : {}) } : server;
}

export interface ValueFormFrameProps {
  title: string;
  baseVersion: number;
  canEdit: boolean;
  savedLine: string;
  /** A stale save (409): both versions, with the differing fields named by the server. */
  conflict?: ConflictData | null;
  errors: Record<string, string>;
  onSubmit: () => void;
  resultHeadingId: string;
  resultTitle: string;
  result: ReactNode;
  /** The form's sections. */
  children: ReactNode;
  /** Shown under the form and result (tables and charts). */
  after?: ReactNode;
}

export function ValueFormFrame({
  title,
  baseVersion,
  canEdit,
  savedLine,
  conflict,
  errors,
  onSubmit,
  resultHeadingId,
  resultTitle,
  result,
  children,
  after,
}: ValueFormFrameProps) {
  const v = useT().value;
  return (
    <div className="space-y-10">
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          {conflict ? <ConflictView conflict={conflict} /> : null}
          <FormErrors errors={conflict ? {} : errors} />
          {!canEdit ? (
            <Notice kind="info" role="none">
              {v.common.readOnly}
            </Notice>
          ) : null}
          <p className="text-neutral-700">{savedLine}</p>
          <Form method="post" noValidate onSubmit={onSubmit} aria-label={title}>
            <input type="hidden" name="baseVersion" value={baseVersion} />
            <fieldset disabled={!canEdit} className="min-w-0 space-y-8">
              <legend className="sr-only">{title}</legend>
              {children}
              {canEdit ? (
                <div className="flex flex-wrap items-center gap-4 border-t border-neutral-300 pt-6">
                  <SubmitButton intent="save">{v.common.save}</SubmitButton>
                  <p className="text-neutral-700">{v.common.liveNote}</p>
                </div>
              ) : null}
            </fieldset>
          </Form>
        </div>
        <aside aria-labelledby={resultHeadingId} className="lg:sticky lg:top-4 lg:self-start">
          <div className="space-y-4 rounded-lg border-2 border-accent-700 bg-white p-5">
            <h2 id={resultHeadingId} className="text-2xl font-bold">
              {resultTitle}
            </h2>
            {result}
          </div>
        </aside>
      </div>
      {after}
    </div>
  );
}
