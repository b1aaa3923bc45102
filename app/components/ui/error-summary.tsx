import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from "react";
import { FORM_ERROR } from "~/utils/validation";
import { cx } from "./cx";
import { fieldId } from "./field";

export interface ErrorSummaryItem {
  /**
   * The field name as used by the Field components (`fieldId(field)` is the link target);
   * `FORM_ERROR` ("_form") for a message about the whole form, which is listed without a link.
   */
  field: string;
  message: string;
}

export interface ErrorSummaryProps {
  /** E.g. "Det finns ett problem" / "There is a problem". */
  title: string;
  errors: ErrorSummaryItem[];
  /** Optional sentence under the title. */
  description?: ReactNode;
  /** Move focus to the summary when it appears or its errors change. Default true. */
  autoFocus?: boolean;
  className?: string;
}

/**
 * GOV.UK error summary: shown at the top of the page after a submit with errors. Each error links
 * to its field (`#field-…`), and the summary takes focus so screen readers announce it.
 * Renders nothing when there are no errors.
 */
export function ErrorSummary({ title, errors, description, autoFocus = true, className }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Re-focus when a new submission produces a different set of errors.
  const signature = errors.map((e) => `${e.field}\u0000${e.message}`).join("\u0001");

  useEffect(() => {
    if (autoFocus && signature) ref.current?.focus();
  }, [autoFocus, signature]);

  if (errors.length === 0) return null;

  // Focus the control itself and scroll its label/legend into view, so the question is visible.
  const handleClick = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    const target = document.getElementById(fieldId(field));
    if (!target) return;
    event.preventDefault();
    const group = target.closest("fieldset") ?? target.closest("[data-field]");
    const labelTarget =
      group?.querySelector("legend") ?? document.querySelector(`label[for="${CSS.escape(target.id)}"]`) ?? target;
    labelTarget.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
    history.replaceState(history.state, "", `#${target.id}`);
  };

  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      className={cx("rounded-md border-4 border-danger-700 bg-white p-5 shadow-card sm:p-6", className)}
      data-error-summary=""
    >
      <h2 id={titleId} className="text-xl font-bold text-ink sm:text-2xl">
        {title}
      </h2>
      {description ? <div className="mt-2 text-ink">{description}</div> : null}
      <ul className="mt-3 space-y-2">
        {errors.map((error) => (
          <li key={`${error.field}-${error.message}`}>
            {error.field === FORM_ERROR ? (
              <span className="font-semibold text-danger-700">{error.message}</span>
            ) : (
              <a
                href={`#${fieldId(error.field)}`}
                onClick={(event) => handleClick(event, error.field)}
                className="font-semibold text-danger-700 underline decoration-1 underline-offset-[0.2em] hover:text-danger-800 hover:decoration-2"
              >
                {error.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
