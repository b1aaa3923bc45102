import { useEffect, useState, type ReactNode } from "react";
import { cx } from "./cx";
import { CheckCircleIcon, CloseIcon, ErrorIcon, InfoIcon, WarningIcon } from "./icons";

export type NoticeKind = "info" | "success" | "warning" | "error";

const kindStyles: Record<NoticeKind, { box: string; icon: string }> = {
  // Text colours on their backgrounds: accent-800/accent-50 9.21:1, success-800/success-50 7.55:1,
  // warning-800/warning-50 7.86:1, danger-800/danger-50 8.26:1; the body text is ink (≥ 13:1).
  info: { box: "border-accent-700 bg-accent-50", icon: "text-accent-800" },
  success: { box: "border-success-700 bg-success-50", icon: "text-success-800" },
  warning: { box: "border-warning-500 bg-warning-50", icon: "text-warning-800" },
  error: { box: "border-danger-700 bg-danger-50", icon: "text-danger-800" },
};

function KindIcon({ kind, className }: { kind: NoticeKind; className?: string }) {
  const props = { className: cx("h-6 w-6 shrink-0", className) };
  if (kind === "success") return <CheckCircleIcon {...props} />;
  if (kind === "warning") return <WarningIcon {...props} />;
  if (kind === "error") return <ErrorIcon {...props} />;
  return <InfoIcon {...props} />;
}

export interface NoticeProps {
  kind?: NoticeKind;
  /** Bold first line. */
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Visually hidden word for the kind, read before the text ("Varning:"), so the meaning never
   * depends on colour or icon alone when there is no title.
   */
  kindLabel?: string;
  /**
   * Live-region role. Default: "alert" for errors, "status" otherwise. Use "none" for notices that
   * are part of the page from the start and need no announcement.
   */
  role?: "status" | "alert" | "none";
  /** Optional action(s) under the text (a link or a button). */
  actions?: ReactNode;
  className?: string;
}

/** A box with a coloured left edge, an icon and text: information, success, warning or error. */
export function Notice({ kind = "info", title, children, kindLabel, role, actions, className }: NoticeProps) {
  const styles = kindStyles[kind];
  const resolvedRole = role ?? (kind === "error" ? "alert" : "status");
  return (
    <div
      role={resolvedRole === "none" ? undefined : resolvedRole}
      data-kind={kind}
      className={cx("flex gap-3 rounded-md border-l-[6px] p-4 text-ink sm:p-5", styles.box, className)}
    >
      <KindIcon kind={kind} className={cx("mt-0.5", styles.icon)} />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? (
          <p className="font-semibold">
            {kindLabel ? <span className="sr-only">{kindLabel} </span> : null}
            {title}
          </p>
        ) : null}
        {children ? (
          <div className="space-y-2">
            {!title && kindLabel ? <span className="sr-only">{kindLabel} </span> : null}
            {children}
          </div>
        ) : null}
        {actions ? <div className="flex flex-wrap gap-3 pt-2">{actions}</div> : null}
      </div>
    </div>
  );
}

export interface FlashMessage {
  kind: NoticeKind;
  message: string;
  /** Distinguishes two identical messages in a row (e.g. "Sparat" twice): pass a fresh id. */
  id?: string;
}

export interface ToastViewportProps {
  /** The flash message from the root loader (session flash), or null. */
  flash?: FlashMessage | null;
  /** Label of the close button, e.g. "Stäng meddelandet". */
  closeLabel: string;
  /** Visually hidden kind words ("Klart:", "Fel:") read before the message. */
  kindLabels?: Partial<Record<NoticeKind, string>>;
  /** Milliseconds before it hides itself; 0 keeps it until closed. Errors never hide on their own. */
  duration?: number;
  className?: string;
}

/**
 * Shows a flash message as a toast near the bottom of the screen and announces it through a
 * live region that is always present (polite, so it never cuts off what is being read). It hides itself after
 * `duration` (paused while hovered or focused, so nobody is rushed) and has a close button.
 * Render it once, in the root layout.
 */
export function ToastViewport({ flash, closeLabel, kindLabels, duration = 6000, className }: ToastViewportProps) {
  const flashKey = flash ? `${flash.kind}\u0000${flash.message}\u0000${flash.id ?? ""}` : "";
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  const visible = Boolean(flash) && dismissedKey !== flashKey;
  const autoHide = Boolean(flash) && flash?.kind !== "error" && duration > 0;

  useEffect(() => {
    if (!visible || !autoHide || paused) return;
    const timer = window.setTimeout(() => setDismissedKey(flashKey), duration);
    return () => window.clearTimeout(timer);
  }, [visible, autoHide, paused, duration, flashKey]);

  const kind = flash?.kind ?? "info";
  const styles = kindStyles[kind];
  const label = kindLabels?.[kind];

  return (
    <div
      className={cx(
        "pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4 sm:inset-x-auto sm:right-0 sm:justify-end sm:p-6",
        "no-print",
        className,
      )}
    >
      <div aria-live="polite" aria-atomic="true" className="w-full sm:w-96">
        {visible && flash ? (
          <div
            data-kind={kind}
            className={cx(
              "pointer-events-auto flex w-full animate-toast-in items-start gap-3 rounded-md border-l-[6px] p-4 text-ink shadow-raised",
              styles.box,
            )}
            onMouseEnter={() => setPaused(true)}
            onMouseLeave={() => setPaused(false)}
            onFocus={() => setPaused(true)}
            onBlur={() => setPaused(false)}
          >
            <KindIcon kind={kind} className={cx("mt-0.5", styles.icon)} />
            <p className="min-w-0 flex-1 py-0.5 font-semibold">
              {label ? <span className="sr-only">{label} </span> : null}
              {flash.message}
            </p>
            <button
              type="button"
              onClick={() => setDismissedKey(flashKey)}
              className="-my-2 -mr-2 inline-flex min-h-tap min-w-tap shrink-0 items-center justify-center rounded-md text-neutral-700 hover:bg-white/70 hover:text-ink"
            >
              <CloseIcon className="h-5 w-5" />
              <span className="sr-only">{closeLabel}</span>
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
