import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from "react";
import { Button, buttonClasses, matchesSubmission, type ButtonVariant } from "./button";
import { cx } from "./cx";
import { WarningIcon } from "./icons";

export interface ConfirmDialogForm {
  /** Where to post. Default: the current route's action. */
  action?: string;
  method?: "post" | "put" | "patch" | "delete";
  /** Hidden fields sent with the form, e.g. {intent: "delete-stakeholder", id: "…"}. */
  fields?: Record<string, string>;
  /** Sent only by the dialog's confirm button. Default {name: "confirmed", value: "yes"}. */
  confirmField?: { name: string; value: string };
}

export interface ConfirmDialogProps {
  /** The question, e.g. "Vill du ta bort intressenten Föräldrar?" */
  title: string;
  /** What will be lost, in plain words. */
  body: ReactNode;
  /** Says what happens: "Ta bort intressenten" (not "OK"). */
  confirmLabel: string;
  /** "Avbryt" */
  cancelLabel: string;
  /** The button that opens the dialog, e.g. "Ta bort". */
  triggerLabel: ReactNode;
  triggerVariant?: ButtonVariant;
  triggerClassName?: string;
  /** Label of the confirm button while the form is being sent, e.g. "Tar bort …". */
  pendingText?: ReactNode;
  form: ConfirmDialogForm;
}

/**
 * Confirmation for destructive actions with the native `<dialog>` (focus trap, Escape and
 * focus return come from the browser).
 *
 * How it degrades: the trigger is a submit button of the same form, *without* the confirm field.
 * With JavaScript the click opens the dialog instead, and only the dialog's confirm button sends
 * `confirmed=yes`. Without JavaScript the trigger submits directly, so the action must check the
 * confirm field and, when it is missing, answer with a confirmation page instead of deleting.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  triggerLabel,
  triggerVariant = "danger",
  triggerClassName,
  pendingText,
  form,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const navigation = useNavigation();
  const confirmField = form.confirmField ?? { name: "confirmed", value: "yes" };
  const pending = matchesSubmission(
    { state: navigation.state, formData: navigation.formData, formAction: navigation.formAction },
    { name: confirmField.name, value: confirmField.value, action: form.action },
  );
  const wasPending = useRef(false);

  // Close the dialog once the submission it started has finished (success or error).
  useEffect(() => {
    if (pending) wasPending.current = true;
    else if (wasPending.current) {
      wasPending.current = false;
      if (dialogRef.current?.open) dialogRef.current.close();
    }
  }, [pending]);

  const openDialog = (event: MouseEvent<HTMLButtonElement>) => {
    const dialog = dialogRef.current;
    if (!dialog || typeof dialog.showModal !== "function") return; // no support: submit → confirmation page
    event.preventDefault();
    dialog.showModal();
    // Start on the safe choice.
    cancelRef.current?.focus();
  };

  const closeDialog = () => dialogRef.current?.close();

  // A click on the backdrop (the dialog element itself, outside its content box) cancels.
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === dialogRef.current && !pending) closeDialog();
  };

  return (
    <Form method={form.method ?? "post"} action={form.action} className="inline">
      {Object.entries(form.fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        onClick={openDialog}
        className={buttonClasses({ variant: triggerVariant, className: triggerClassName })}
      >
        {triggerLabel}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onClick={onDialogClick}
        className={cx(
          "m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border-0 bg-white p-0 text-ink shadow-raised",
          "backdrop:bg-neutral-950/60",
        )}
      >
        <div className="p-6 sm:p-8">
          <div className="flex items-start gap-3">
            <WarningIcon className="mt-1 h-7 w-7 shrink-0 text-danger-700" />
            <h2 id={titleId} className="text-xl font-bold text-ink sm:text-2xl">
              {title}
            </h2>
          </div>
          <div id={bodyId} className="mt-4 space-y-2 text-ink">
            {body}
          </div>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:justify-start">
            <Button
              type="submit"
              variant="danger"
              name={confirmField.name}
              value={confirmField.value}
              pending={pending}
              pendingText={pendingText}
              fullWidth="mobile"
            >
              {confirmLabel}
            </Button>
            <Button ref={cancelRef} variant="secondary" onClick={closeDialog} fullWidth="mobile" disabled={pending}>
              {cancelLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </Form>
  );
}
