import { Link } from "@remix-run/react";
import { useId, type ReactNode } from "react";
import { cx } from "./cx";
import { CheckIcon, ChevronRightIcon } from "./icons";

/* ------------------------------------------------------------------------------------------ */
/* Layout helpers                                                                              */
/* ------------------------------------------------------------------------------------------ */

export type ContainerWidth = "narrow" | "default" | "wide";

const containerWidths: Record<ContainerWidth, string> = {
  narrow: "max-w-3xl", // forms and guided steps
  default: "max-w-6xl",
  wide: "max-w-7xl", // dashboards and reports
};

/** Centred page column with the standard side padding. */
export function Container({
  width = "default",
  className,
  children,
}: {
  width?: ContainerWidth;
  className?: string;
  children: ReactNode;
}) {
  return <div className={cx("mx-auto w-full px-4 sm:px-6 lg:px-8", containerWidths[width], className)}>{children}</div>;
}

export type StackGap = "sm" | "md" | "lg";
const stackGaps: Record<StackGap, string> = {
  sm: "space-y-4",
  md: "space-y-6 sm:space-y-8",
  lg: "space-y-10 sm:space-y-12",
};

/** Vertical rhythm between blocks: `sm` inside a card, `md` between paragraphs/fields, `lg` between sections. */
export function Stack({
  gap = "md",
  className,
  children,
}: {
  gap?: StackGap;
  className?: string;
  children: ReactNode;
}) {
  return <div className={cx("min-w-0", stackGaps[gap], className)}>{children}</div>;
}

/* ------------------------------------------------------------------------------------------ */
/* PageHeader and breadcrumbs                                                                  */
/* ------------------------------------------------------------------------------------------ */

export interface Breadcrumb {
  label: string;
  /** Omit for the current page (rendered as text with aria-current="page"). */
  to?: string;
}

export interface BreadcrumbsProps {
  items: Breadcrumb[];
  /** Name of the navigation landmark, e.g. "Du är här". */
  label: string;
  className?: string;
}

export function Breadcrumbs({ items, label, className }: BreadcrumbsProps) {
  if (items.length === 0) return null;
  return (
    <nav aria-label={label} className={cx("no-print", className)}>
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-0 text-base">
        {items.map((item, index) => (
          <li key={`${item.label}-${index}`} className="flex items-center gap-x-1">
            {index > 0 ? <ChevronRightIcon className="h-4 w-4 shrink-0 text-neutral-500" /> : null}
            {item.to ? (
              <Link to={item.to} className="inline-block py-2 text-accent-700">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="inline-block py-2 text-neutral-600">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export interface PageHeaderProps {
  title: ReactNode;
  /** Small line above the title (organisation name, "Steg 3 av 6"). */
  caption?: ReactNode;
  description?: ReactNode;
  /** Buttons/links at the right on wide screens, under the title on phones. */
  actions?: ReactNode;
  breadcrumbs?: Breadcrumb[];
  /** Required with breadcrumbs: name of the breadcrumb navigation ("Du är här"). */
  breadcrumbsLabel?: string;
  className?: string;
}

/** The page's h1, with optional caption, description, actions and breadcrumbs. One per page. */
export function PageHeader({
  title,
  caption,
  description,
  actions,
  breadcrumbs,
  breadcrumbsLabel = "",
  className,
}: PageHeaderProps) {
  return (
    <div className={cx("mb-8 sm:mb-10", className)}>
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <Breadcrumbs items={breadcrumbs} label={breadcrumbsLabel} className="mb-4" />
      ) : null}
      <div className="flex flex-col gap-5 md:flex-row md:items-start md:justify-between">
        <div className="min-w-0 max-w-3xl">
          {caption ? <p className="mb-1 text-lg text-neutral-600">{caption}</p> : null}
          <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{title}</h1>
          {description ? <div className="mt-3 max-w-prose text-lg text-neutral-600">{description}</div> : null}
        </div>
        {actions ? <div className="no-print flex shrink-0 flex-wrap items-center gap-3">{actions}</div> : null}
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Section and Card                                                                            */
/* ------------------------------------------------------------------------------------------ */

export interface SectionProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  id?: string;
  className?: string;
  children?: ReactNode;
}

/** A titled part of a page (h2 by default), named by its heading. */
export function Section({ title, description, actions, headingLevel = 2, id, className, children }: SectionProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section id={id} aria-labelledby={headingId} className={cx("min-w-0", className)}>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <div className="min-w-0">
          <Heading
            id={headingId}
            className={cx("font-semibold tracking-tight text-ink", headingLevel === 2 ? "text-2xl" : "text-xl")}
          >
            {title}
          </Heading>
          {description ? <div className="mt-2 max-w-prose text-neutral-600">{description}</div> : null}
        </div>
        {actions ? <div className="no-print flex flex-wrap gap-3">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

export interface CardProps {
  title: ReactNode;
  /** Makes the whole card a link (title is the link text). */
  to?: string;
  description?: ReactNode;
  /** A status or count shown under the title, e.g. a Badge. */
  meta?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  className?: string;
  children?: ReactNode;
}

/**
 * A navigation card (cards are for navigation only; compare data in tables). With `to`, the whole
 * card is clickable but only the title is the link text. Put no other links inside a linked card.
 */
export function Card({ title, to, description, meta, headingLevel = 3, className, children }: CardProps) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <div
      className={cx(
        "relative flex h-full flex-col rounded-lg border border-neutral-300 bg-white p-5 shadow-card sm:p-6",
        to &&
          "transition-colors hover:border-accent-700 has-[a:focus-visible]:shadow-[0_0_0_2px_theme(colors.focus.DEFAULT)] has-[a:focus-visible]:outline has-[a:focus-visible]:outline-[3px] has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus-ink",
        className,
      )}
    >
      <Heading className="text-xl font-semibold text-ink">
        {to ? (
          <Link
            to={to}
            className="text-accent-700 after:absolute after:inset-0 after:rounded-lg after:content-[''] hover:text-accent-800 focus-visible:shadow-none focus-visible:outline-none"
          >
            {title}
          </Link>
        ) : (
          title
        )}
      </Heading>
      {meta ? <div className="mt-2">{meta}</div> : null}
      {description ? <div className="mt-2 text-neutral-600">{description}</div> : null}
      {children ? <div className="mt-4">{children}</div> : null}
    </div>
  );
}

/* ------------------------------------------------------------------------------------------ */
/* DescriptionList                                                                             */
/* ------------------------------------------------------------------------------------------ */

export interface DescriptionItem {
  label: ReactNode;
  value: ReactNode;
  /** "Ändra" link for check-your-answers pages; `hiddenLabel` says what ("namn"). */
  action?: { label: string; to: string; hiddenLabel?: string };
}

export interface DescriptionListProps {
  items: DescriptionItem[];
  className?: string;
}

/** Key/value pairs (GOV.UK summary list): stacked on phones, in columns on wider screens. */
export function DescriptionList({ items, className }: DescriptionListProps) {
  const hasActions = items.some((item) => item.action);
  return (
    <dl className={cx("divide-y divide-neutral-200 border-y border-neutral-200", className)}>
      {items.map((item, index) => (
        <div
          key={index}
          className={cx(
            "py-4 sm:grid sm:gap-6",
            hasActions
              ? "sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_7rem]"
              : "sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]",
          )}
        >
          <dt className="font-semibold text-ink">{item.label}</dt>
          <dd className="mt-1 min-w-0 break-words text-ink sm:mt-0">{item.value}</dd>
          {item.action ? (
            <dd className="no-print mt-1 sm:mt-0 sm:text-right">
              <Link to={item.action.to} className="inline-block py-1 font-semibold">
                {item.action.label}
                {item.action.hiddenLabel ? <span className="sr-only"> {item.action.hiddenLabel}</span> : null}
              </Link>
            </dd>
          ) : hasActions ? (
            <dd className="hidden sm:block" aria-hidden="true" />
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Badge                                                                                       */
/* ------------------------------------------------------------------------------------------ */

export type BadgeTone = "neutral" | "accent" | "success" | "warning" | "danger";

const badgeTones: Record<BadgeTone, string> = {
  neutral: "bg-neutral-100 text-neutral-800 ring-neutral-300", // 11.41:1
  accent: "bg-accent-50 text-accent-800 ring-accent-200", // 9.21:1
  success: "bg-success-50 text-success-800 ring-success-200", // 7.55:1
  warning: "bg-warning-100 text-warning-900 ring-warning-300", // 9.67:1
  danger: "bg-danger-50 text-danger-800 ring-danger-200", // 8.26:1
};

export interface BadgeProps {
  tone?: BadgeTone;
  /** The status in words: colour is never the only signal. */
  children: string | ReactNode;
  className?: string;
}

/** A status pill ("Utkast", "Publicerad"). */
export function Badge({ tone = "neutral", children, className }: BadgeProps) {
  return (
    <span
      className={cx(
        "inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset",
        badgeTones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}

/* ------------------------------------------------------------------------------------------ */
/* ProgressSteps                                                                               */
/* ------------------------------------------------------------------------------------------ */

export type StepState = "not-started" | "in-progress" | "done";

export interface ProgressStep {
  label: string;
  to: string;
  state: StepState;
  /** The step shown on this page (aria-current="step"). */
  current?: boolean;
}

export interface ProgressStepsProps {
  steps: ProgressStep[];
  /** Words for each state, e.g. {"not-started": "Inte påbörjad", "in-progress": "Påbörjad", done: "Klar"}. */
  stateLabels: Record<StepState, string>;
  /** Name of the navigation landmark, e.g. "Stegen i redovisningen". */
  label: string;
  /** E.g. "Steg 3 av 6", shown above the list. */
  summary?: ReactNode;
  className?: string;
}

const stepStateClasses: Record<StepState, { circle: string; state: string }> = {
  done: { circle: "border-success-700 bg-success-700 text-white", state: "text-success-800" },
  "in-progress": { circle: "border-accent-700 bg-white text-accent-800", state: "text-accent-800" },
  "not-started": { circle: "border-neutral-500 bg-white text-neutral-700", state: "text-neutral-600" },
};

/** The steps of a guided flow, each a link, with its state in words and the current step marked. */
export function ProgressSteps({ steps, stateLabels, label, summary, className }: ProgressStepsProps) {
  return (
    <nav aria-label={label} className={cx("no-print", className)}>
      {summary ? <p className="mb-3 font-semibold text-neutral-600">{summary}</p> : null}
      <ol className="space-y-1">
        {steps.map((step, index) => {
          const styles = stepStateClasses[step.state];
          return (
            <li key={`${step.to}-${index}`}>
              <Link
                to={step.to}
                aria-current={step.current ? "step" : undefined}
                data-state={step.state}
                className={cx(
                  "group flex min-h-tap items-center gap-3 rounded-md border-l-4 py-2 pl-2 pr-3 no-underline transition-colors",
                  step.current ? "border-accent-700 bg-accent-50" : "border-transparent hover:bg-neutral-100",
                )}
              >
                <span
                  aria-hidden="true"
                  className={cx(
                    "flex h-8 w-8 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold tabular-nums",
                    styles.circle,
                  )}
                >
                  {step.state === "done" ? <CheckIcon className="h-4 w-4" strokeWidth={3} /> : index + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <span
                    className={cx(
                      "block",
                      step.current
                        ? "font-semibold text-ink"
                        : "text-accent-700 underline decoration-1 underline-offset-[0.2em] group-hover:text-accent-800 group-hover:decoration-2",
                    )}
                  >
                    {step.label}
                  </span>
                  <span className={cx("block text-sm font-semibold", styles.state)}>{stateLabels[step.state]}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
