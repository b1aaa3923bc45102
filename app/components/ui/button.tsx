import { Link, useNavigation, type LinkProps } from "@remix-run/react";
import {
  forwardRef,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from "react";
import { cx } from "./cx";
import { Spinner } from "./icons";

export type ButtonVariant = "primary" | "secondary" | "danger" | "link";
export type ButtonSize = "sm" | "md" | "lg";

export interface ButtonStyleOptions {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** `true`: always full width; `"mobile"`: full width below 640 px (GOV.UK pattern). */
  fullWidth?: boolean | "mobile";
  className?: string;
}

const variantClasses: Record<ButtonVariant, string> = {
  primary:
    "bg-accent-700 text-white shadow-[0_2px_0_theme(colors.accent.950)] hover:bg-accent-800 hover:text-white active:translate-y-px active:shadow-none",
  secondary:
    "bg-white text-accent-800 border-2 border-accent-700 hover:bg-accent-50 hover:text-accent-900 active:translate-y-px",
  danger:
    "bg-danger-700 text-white shadow-[0_2px_0_theme(colors.danger.900)] hover:bg-danger-800 hover:text-white active:translate-y-px active:shadow-none",
  link: "bg-transparent text-accent-700 underline decoration-1 underline-offset-[0.2em] hover:text-accent-800 hover:decoration-2",
};

const sizeClasses: Record<ButtonSize, string> = {
  sm: "px-3 py-1.5 text-base",
  md: "px-5 py-2.5 text-base",
  lg: "px-7 py-3 text-lg min-h-12",
};

/**
 * The class list for a button-looking element. Use it to style things that are not `<button>`
 * (a `<summary>`, a plain `<a>` to a file download).
 */
export function buttonClasses({
  variant = "primary",
  size = "md",
  fullWidth,
  className,
}: ButtonStyleOptions = {}): string {
  return cx(
    "inline-flex min-h-tap min-w-tap cursor-pointer select-none items-center justify-center gap-2 rounded-md text-center font-semibold leading-tight transition-colors duration-150",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed",
    variant !== "link" && "no-underline",
    variant === "link" ? "px-1 py-1.5 text-base" : sizeClasses[size],
    variantClasses[variant],
    fullWidth === true && "w-full",
    fullWidth === "mobile" && "w-full sm:w-auto",
    className,
  );
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, ButtonStyleOptions {
  /** Shows a spinner and `pendingText`, sets aria-busy/aria-disabled and ignores clicks. */
  pending?: boolean;
  /** Label while pending, e.g. "Sparar …". Defaults to the normal label. */
  pendingText?: ReactNode;
  /** Decorative icon before the label. */
  icon?: ReactNode;
}

/**
 * A button. Defaults to `type="button"`: use `SubmitButton` (or `type="submit"`) to submit forms.
 * While `pending`, the button keeps focus (no `disabled` attribute, which would drop focus) but
 * blocks clicks and implicit submission so a form cannot be sent twice.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant,
    size,
    fullWidth,
    className,
    pending = false,
    pendingText,
    icon,
    type = "button",
    onClick,
    children,
    ...rest
  },
  ref,
) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      ref={ref}
      type={type}
      className={buttonClasses({ variant, size, fullWidth, className })}
      aria-busy={pending || undefined}
      aria-disabled={pending || rest.disabled ? true : undefined}
      data-pending={pending ? "" : undefined}
      onClick={handleClick}
      {...rest}
    >
      {pending ? <Spinner className="shrink-0" /> : icon}
      <span>{pending && pendingText !== undefined ? pendingText : children}</span>
    </button>
  );
});

/** What a navigation or fetcher submission looks like for matching purposes. */
export interface SubmissionLike {
  state: "idle" | "submitting" | "loading";
  formData?: FormData;
  formAction?: string;
}

export interface SubmissionTarget {
  /** The submitter's name/value pair (e.g. `intent=save`): matched against the form data. */
  name?: string;
  value?: string;
  /** The form's action: matched against the submission's action (path and search, `?index` ignored). */
  action?: string;
}

function normaliseAction(action: string): string {
  const url = new URL(action, "http://synlig.invalid");
  url.searchParams.delete("index");
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
  const search = url.searchParams.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * True when an ongoing submission (navigation or fetcher) belongs to the given button/form.
 * With neither a name/value pair nor an action, any submission matches.
 */
export function matchesSubmission(submission: SubmissionLike, target: SubmissionTarget): boolean {
  if (submission.state === "idle" || !submission.formData) return false;
  if (target.name !== undefined && target.value !== undefined) {
    if (submission.formData.get(target.name) !== target.value) return false;
  }
  if (target.action !== undefined) {
    if (submission.formAction === undefined) return false;
    if (normaliseAction(submission.formAction) !== normaliseAction(target.action)) return false;
  }
  return true;
}

function mergeRefs<T>(...refs: Array<Ref<T> | undefined>) {
  return (node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(node);
      else if (ref && typeof ref === "object") (ref as { current: T | null }).current = node;
    }
  };
}

export interface SubmitButtonProps extends Omit<ButtonProps, "type"> {
  /** Shorthand for `name="intent" value={intent}`: the pattern for several actions on one page. */
  intent?: string;
  /**
   * Track a fetcher instead of the page navigation (e.g. `useFetcher()` for autosave forms).
   * Pass the fetcher object itself.
   */
  fetcher?: SubmissionLike;
}

/**
 * A submit button that shows its pending state on its own while *its* form is being submitted
 * (and while the page loads after the action's redirect). It matches the ongoing submission by
 * the button's name/value (`intent`) when given, otherwise by the action of the form it sits in.
 * An explicit `pending` prop wins.
 */
export const SubmitButton = forwardRef<HTMLButtonElement, SubmitButtonProps>(function SubmitButton(
  { intent, name, value, formAction, fetcher, pending, ...rest },
  ref,
) {
  const navigation = useNavigation();
  const innerRef = useRef<HTMLButtonElement | null>(null);
  const [formActionFromDom, setFormActionFromDom] = useState<string | undefined>(undefined);

  useEffect(() => {
    const action = innerRef.current?.form?.getAttribute("action");
    if (action) setFormActionFromDom(action);
  }, []);

  const buttonName = intent !== undefined ? "intent" : name;
  const buttonValue = intent !== undefined ? intent : value;
  const stringValue =
    buttonValue === undefined ? undefined : Array.isArray(buttonValue) ? buttonValue.join(",") : String(buttonValue);
  const hasPair = buttonName !== undefined && stringValue !== undefined;

  const submission: SubmissionLike = fetcher ?? {
    state: navigation.state,
    formData: navigation.formData,
    formAction: navigation.formAction,
  };
  const target: SubmissionTarget = {
    name: hasPair ? buttonName : undefined,
    value: hasPair ? stringValue : undefined,
    // With a name/value pair that is enough; otherwise fall back to the form's action.
    action: formAction ?? (hasPair ? undefined : formActionFromDom),
  };
  const autoPending = matchesSubmission(submission, target);
  const setRefs = useCallback(
    (node: HTMLButtonElement | null) => mergeRefs<HTMLButtonElement>(ref, innerRef)(node),
    [ref],
  );

  return (
    <Button
      ref={setRefs}
      type="submit"
      name={buttonName}
      value={stringValue}
      formAction={formAction}
      pending={pending ?? autoPending}
      {...rest}
    />
  );
});

export interface ButtonLinkProps extends LinkProps, ButtonStyleOptions {
  icon?: ReactNode;
}

/** A Remix `Link` that looks like a button: for navigation ("Starta redovisningen"). */
export const ButtonLink = forwardRef<HTMLAnchorElement, ButtonLinkProps>(function ButtonLink(
  { variant = "primary", size, fullWidth, className, icon, children, ...rest },
  ref,
) {
  return (
    <Link ref={ref} className={buttonClasses({ variant, size, fullWidth, className })} {...rest}>
      {icon}
      <span>{children}</span>
    </Link>
  );
});
