import type { ReactNode } from "react";
import { cx } from "./cx";

export interface EmptyStateProps {
  /** What is missing, e.g. "Inga intressenter ännu". */
  title: string;
  /** What goes here and why it matters (one or two short sentences). */
  children?: ReactNode;
  /** The one action that starts it (usually a ButtonLink or a form with a SubmitButton). */
  action?: ReactNode;
  /** Optional decorative illustration or icon (mark it aria-hidden). */
  illustration?: ReactNode;
  headingLevel?: 2 | 3;
  className?: string;
}

/** An empty state that teaches: what goes here, why it matters, and the one button that starts it. */
export function EmptyState({ title, children, action, illustration, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div
      className={cx(
        "rounded-lg border-2 border-dashed border-neutral-300 bg-white px-5 py-10 text-center sm:px-10 sm:py-12",
        className,
      )}
    >
      {illustration ? <div className="mx-auto mb-4 flex justify-center text-accent-700">{illustration}</div> : null}
      <Heading className="text-xl font-semibold text-ink">{title}</Heading>
      {children ? <div className="mx-auto mt-3 max-w-prose space-y-2 text-neutral-600">{children}</div> : null}
      {action ? <div className="mt-6 flex justify-center">{action}</div> : null}
    </div>
  );
}
