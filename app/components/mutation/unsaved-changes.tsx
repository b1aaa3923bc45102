import { useBlocker, useNavigation } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "~/components/ui";
import { useT } from "~/i18n/use-t";

/**
 * Leaving a page with typed but unsaved fields asks first, as the step pages do: a link inside the
 * app shows the question in the page, a reload or closing the tab the browser's own question.
 *
 *   const unsaved = useUnsavedChanges({ refused: a 400 kept the typed fields });
 *   <Form onChange={unsaved.onChange} onSubmit={unsaved.onSubmit}> … </Form>
 *   <UnsavedChangesPrompt unsaved={unsaved} />
 */
export function useUnsavedChanges({ refused }: { refused: boolean }) {
  const [dirty, setDirty] = useState(false);
  const submitting = useRef(false);
  const navigation = useNavigation();
  // The save answered: saved (nothing unsaved left) or refused (what was typed is still unsaved).
  useEffect(() => {
    if (navigation.state !== "idle" || !submitting.current) return;
    submitting.current = false;
    setDirty(refused);
  }, [navigation.state, refused]);
  const blocker = useLeaveGuard(dirty, submitting);
  const onChange = useCallback(() => setDirty(true), []);
  const onSubmit = useCallback((event: FormEvent<HTMLFormElement>) => {
    if (event.defaultPrevented) return;
    submitting.current = true;
  }, []);
  return { dirty, blocker, onChange, onSubmit };
}

export type UnsavedChanges = ReturnType<typeof useUnsavedChanges>;

/**
 * While `dirty` (and no save is on its way), a link to another page is held for the in-page question
 * and a reload or closing the tab gets the browser's own question. Pages with their own notion of
 * "dirty" (the step form, whose autosave stores drafts) use this directly.
 */
export function useLeaveGuard(dirty: boolean, submitting: { readonly current: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !submitting.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (submitting.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty, submitting]);
  return blocker;
}

/** The in-page question of {@link useUnsavedChanges} when a link was followed with unsaved fields. */
export function UnsavedChangesPrompt({ unsaved }: { unsaved: Pick<UnsavedChanges, "blocker"> }) {
  const s = useT().guide.step;
  const { blocker } = unsaved;
  if (blocker.state !== "blocked") return null;
  return (
    <div
      role="alertdialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-text"
      className="mb-6 rounded-md border-l-[6px] border-warning-500 bg-warning-50 p-4 sm:p-5"
    >
      <h2 id="unsaved-title" className="text-lg font-semibold">
        {s.unsavedTitle}
      </h2>
      <p id="unsaved-text" className="mt-1">
        {s.unsavedText}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => blocker.reset?.()} autoFocus>
          {s.stay}
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          {s.leave}
        </Button>
      </div>
    </div>
  );
}
