import {
  createContext,
  forwardRef,
  useContext,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { cx } from "./cx";
import { ChevronDownIcon } from "./icons";

/* ------------------------------------------------------------------------------------------ */
/* Id scheme (shared with ErrorSummary)                                                        */
/* ------------------------------------------------------------------------------------------ */

/**
 * The DOM id of a form control, from its field name: `members.0.name` → `field-members-0-name`.
 * ErrorSummary links to `#${fieldId(name)}`; for radio and checkbox groups this is the first option.
 */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]+/g, "-")}`;
}

export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
}

/** The control, hint and error ids of a field (`id` overrides the name-based id). */
export function fieldIds(name: string, id?: string): FieldIds {
  const base = id ?? fieldId(name);
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

/** Joins ids for aria-describedby; undefined when there are none. */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter((x): x is string => typeof x === "string" && x.length > 0);
  return list.length > 0 ? list.join(" ") : undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* Shared pieces                                                                               */
/* ------------------------------------------------------------------------------------------ */

export type FieldWidth = "full" | "long" | "medium" | "short" | "xshort";

const widthClasses: Record<FieldWidth, string> = {
  full: "w-full",
  long: "w-full max-w-xl",
  medium: "w-full max-w-[22ch]",
  short: "w-full max-w-[14ch]",
  xshort: "w-full max-w-[8ch]",
};

/** With a prefix/suffix the wrapper also holds the unit, so it gets extra room. */
const affixWidthClasses: Record<FieldWidth, string> = {
  full: "w-full",
  long: "w-full max-w-xl",
  medium: "w-full max-w-[28ch]",
  short: "w-full max-w-[20ch]",
  xshort: "w-full max-w-[14ch]",
};

/** Classes for text-like controls (input, textarea, select). 16 px text: no zoom on iOS. */
export function controlClasses(hasError: boolean, extra?: string): string {
  return cx(
    "block min-h-tap rounded-md border-2 bg-white px-3 py-2 text-base leading-normal text-ink transition-colors",
    "disabled:cursor-not-allowed disabled:bg-neutral-100 disabled:text-neutral-600 read-only:bg-neutral-50",
    hasError ? "border-danger-700" : "border-neutral-500 hover:border-neutral-700",
    extra,
  );
}

/** Common props of every field component. All visible text arrives as props. */
export interface FieldBaseProps {
  name: string;
  label: ReactNode;
  /** Help under the label: what to write, with an example. */
  hint?: ReactNode;
  /** Error text: says what is wrong and how to put it right. */
  error?: string | null;
  /** Visible prefix before the error text. Default "Fel:". */
  errorPrefix?: string;
  /** Sets aria-required (not the native attribute, so errors come through our summary). */
  required?: boolean;
  /** Shown after the label when the field is not required, e.g. "(frivilligt)". */
  optionalLabel?: string;
  /** Overrides the id from `fieldId(name)`. ErrorSummary links then need the same id. */
  id?: string;
  /** The label is the page's h1 (one question per page). */
  isPageHeading?: boolean;
  /** Classes on the outer wrapper. */
  className?: string;
}

function LabelText({
  label,
  optionalLabel,
  required,
}: {
  label: ReactNode;
  optionalLabel?: string;
  required?: boolean;
}) {
  return (
    <>
      {label}
      {!required && optionalLabel ? <span className="font-normal text-neutral-600"> {optionalLabel}</span> : null}
    </>
  );
}

/** Hint text under a label. */
export function Hint({ id, children, className }: { id?: string; children: ReactNode; className?: string }) {
  return (
    <div id={id} className={cx("max-w-prose text-neutral-600", className)}>
      {children}
    </div>
  );
}

/**
 * The default visible prefix of error messages ("Fel:" in Swedish, "Error:" in English). The root
 * layout provides the reader's language; a field's `errorPrefix` prop still wins.
 */
const ErrorPrefixContext = createContext("Fel:");
export const ErrorPrefixProvider = ErrorPrefixContext.Provider;

/** Error text with a visible prefix ("Fel:"), in the danger colour and bold. */
export function ErrorMessage({
  id,
  prefix,
  children,
  className,
}: {
  id?: string;
  prefix?: string;
  children: ReactNode;
  className?: string;
}) {
  const defaultPrefix = useContext(ErrorPrefixContext);
  prefix ??= defaultPrefix;
  return (
    <p id={id} className={cx("max-w-prose font-semibold text-danger-700", className)}>
      <span className="mr-1 inline-block rounded-sm bg-danger-700 px-1.5 text-white">{prefix}</span> {children}
    </p>
  );
}

function groupClasses(hasError: boolean, className?: string) {
  return cx("min-w-0", hasError && "border-l-4 border-danger-700 pl-4", className);
}

const labelClasses = "block font-semibold text-ink";
const pageHeadingClasses = "block text-3xl font-bold tracking-tight text-ink sm:text-4xl";

/** Props a custom control receives from `Field`. */
export interface FieldControlProps {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

export interface FieldProps extends FieldBaseProps {
  /** The control. As a function it receives the id and aria wiring to spread onto the control. */
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
  /** Extra ids for aria-describedby (e.g. a character counter). */
  describedBy?: string;
}

/**
 * Label above, hint under the label, error message, then the control (GOV.UK order).
 * Wires `aria-describedby` (hint + error) and `aria-invalid`.
 */
export function Field({
  name,
  id,
  label,
  hint,
  error,
  errorPrefix,
  required,
  optionalLabel,
  isPageHeading,
  className,
  describedBy,
  children,
}: FieldProps) {
  const ids = fieldIds(name, id);
  const hasError = Boolean(error);
  const control: FieldControlProps = {
    id: ids.id,
    name,
    "aria-describedby": joinIds(hint ? ids.hintId : undefined, hasError ? ids.errorId : undefined, describedBy),
    "aria-invalid": hasError ? true : undefined,
    "aria-required": required ? true : undefined,
  };
  const labelEl = (
    <label htmlFor={ids.id} className={isPageHeading ? pageHeadingClasses : labelClasses}>
      <LabelText label={label} optionalLabel={optionalLabel} required={required} />
    </label>
  );
  return (
    <div className={groupClasses(hasError, className)} data-field={name}>
      {isPageHeading ? <h1 className="mb-3">{labelEl}</h1> : labelEl}
      {hint ? (
        <Hint id={ids.hintId} className="mt-1">
          {hint}
        </Hint>
      ) : null}
      {hasError ? (
        <ErrorMessage id={ids.errorId} prefix={errorPrefix} className="mt-2">
          {error}
        </ErrorMessage>
      ) : null}
      <div className="mt-2">{typeof children === "function" ? children(control) : children}</div>
    </div>
  );
}

/** Vertical rhythm for a column of fields: use as the form body. */
export function FormStack({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx("space-y-6 sm:space-y-8", className)}>{children}</div>;
}

/* ------------------------------------------------------------------------------------------ */
/* Text inputs                                                                                 */
/* ------------------------------------------------------------------------------------------ */

type InputAttrs = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name" | "id" | "defaultValue" | "type" | "size" | "prefix" | "required" | "width" | "children"
>;

export interface TextFieldProps extends FieldBaseProps, InputAttrs {
  type?: "text" | "email" | "tel" | "url" | "password" | "search";
  defaultValue?: string | number;
  /** Visual width; "long" by default. */
  width?: FieldWidth;
  /** Unit before/after the input ("kr", "%"). Hidden from screen readers: put the unit in the label. */
  prefix?: string;
  suffix?: string;
  /** Internal: the input type for NumberField/DateField. */
  inputType?: string;
}

function Affix({ side, children }: { side: "left" | "right"; children: ReactNode }) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        "inline-flex min-h-tap shrink-0 items-center border-2 border-neutral-500 bg-neutral-100 px-3 font-semibold text-neutral-700",
        side === "left" ? "rounded-l-md border-r-0" : "rounded-r-md border-l-0",
      )}
    >
      {children}
    </span>
  );
}

/** A text input with label, hint and error. `{...register("x")}` from react-hook-form can be spread in. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  {
    name,
    id,
    label,
    hint,
    error,
    errorPrefix,
    required,
    optionalLabel,
    isPageHeading,
    className,
    type = "text",
    inputType,
    width = "long",
    prefix,
    suffix,
    "aria-describedby": extraDescribedBy,
    ...inputProps
  },
  ref,
) {
  return (
    <Field
      name={name}
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      required={required}
      optionalLabel={optionalLabel}
      isPageHeading={isPageHeading}
      className={className}
      describedBy={extraDescribedBy}
    >
      {(control) => {
        const input = (
          <input
            ref={ref}
            type={inputType ?? type}
            {...inputProps}
            {...control}
            className={controlClasses(
              Boolean(error),
              cx(
                prefix || suffix ? "min-w-0 flex-1" : widthClasses[width],
                prefix && "rounded-l-none",
                suffix && "rounded-r-none",
              ),
            )}
          />
        );
        if (!prefix && !suffix) return input;
        return (
          <div className={cx("flex items-stretch", affixWidthClasses[width])}>
            {prefix ? <Affix side="left">{prefix}</Affix> : null}
            {input}
            {suffix ? <Affix side="right">{suffix}</Affix> : null}
          </div>
        );
      }}
    </Field>
  );
});

export interface NumberFieldProps extends Omit<TextFieldProps, "type" | "inputType"> {
  /** "decimal" (default) shows a keypad with a decimal separator; "numeric" for whole numbers. */
  inputMode?: "decimal" | "numeric";
}

/**
 * A number input as `type="text"` with `inputMode="decimal"`: accepts Swedish decimal commas
 * ("12 345,50"), which `type="number"` rejects in many browsers. Parse on the server/zod side.
 */
export const NumberField = forwardRef<HTMLInputElement, NumberFieldProps>(function NumberField(
  { inputMode = "decimal", width = "short", ...props },
  ref,
) {
  return (
    <TextField
      ref={ref}
      inputMode={inputMode}
      autoComplete="off"
      spellCheck={false}
      width={width}
      {...props}
      inputType="text"
    />
  );
});

export interface DateFieldProps extends Omit<TextFieldProps, "type" | "inputType" | "prefix" | "suffix"> {
  /** ISO date "YYYY-MM-DD". */
  defaultValue?: string;
}

/** A native date input; its value is an ISO date ("2026-11-22"). */
export const DateField = forwardRef<HTMLInputElement, DateFieldProps>(function DateField(
  { width = "medium", ...props },
  ref,
) {
  return <TextField ref={ref} width={width} {...props} inputType="date" />;
});

/* ------------------------------------------------------------------------------------------ */
/* Textarea and select                                                                         */
/* ------------------------------------------------------------------------------------------ */

type TextAreaAttrs = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "name" | "id" | "defaultValue" | "required" | "children"
>;

export interface TextAreaProps extends FieldBaseProps, TextAreaAttrs {
  defaultValue?: string;
  width?: FieldWidth;
}

export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  {
    name,
    id,
    label,
    hint,
    error,
    errorPrefix,
    required,
    optionalLabel,
    isPageHeading,
    className,
    width = "long",
    rows = 5,
    "aria-describedby": extraDescribedBy,
    ...textareaProps
  },
  ref,
) {
  return (
    <Field
      name={name}
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      required={required}
      optionalLabel={optionalLabel}
      isPageHeading={isPageHeading}
      className={className}
      describedBy={extraDescribedBy}
    >
      {(control) => (
        <textarea
          ref={ref}
          rows={rows}
          {...textareaProps}
          {...control}
          className={controlClasses(Boolean(error), cx("resize-y", widthClasses[width]))}
        />
      )}
    </Field>
  );
});

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

type SelectAttrs = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "name" | "id" | "defaultValue" | "required" | "children" | "multiple"
>;

export interface SelectFieldProps extends FieldBaseProps, SelectAttrs {
  options: SelectOption[];
  /** An empty first option, e.g. "Välj en metod". */
  placeholder?: string;
  defaultValue?: string;
  width?: FieldWidth;
}

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  {
    name,
    id,
    label,
    hint,
    error,
    errorPrefix,
    required,
    optionalLabel,
    isPageHeading,
    className,
    options,
    placeholder,
    width = "long",
    "aria-describedby": extraDescribedBy,
    ...selectProps
  },
  ref,
) {
  return (
    <Field
      name={name}
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      required={required}
      optionalLabel={optionalLabel}
      isPageHeading={isPageHeading}
      className={className}
      describedBy={extraDescribedBy}
    >
      {(control) => (
        <div className={cx("relative", widthClasses[width])}>
          <select
            ref={ref}
            {...selectProps}
            {...control}
            className={controlClasses(Boolean(error), "w-full cursor-pointer appearance-none pr-11")}
          >
            {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
            {options.map((option) => (
              <option key={option.value} value={option.value} disabled={option.disabled}>
                {option.label}
              </option>
            ))}
          </select>
          <ChevronDownIcon className="pointer-events-none absolute right-3 top-1/2 h-5 w-5 -translate-y-1/2 text-neutral-700" />
        </div>
      )}
    </Field>
  );
});

/* ------------------------------------------------------------------------------------------ */
/* Checkboxes and radios                                                                       */
/* ------------------------------------------------------------------------------------------ */

const choiceInputClasses = "mt-2.5 h-6 w-6 shrink-0 cursor-pointer disabled:cursor-not-allowed";
const choiceLabelClasses = "block min-h-tap cursor-pointer py-2 pr-2";

type ChoiceAttrs = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name" | "id" | "defaultValue" | "defaultChecked" | "type" | "required" | "children" | "value"
>;

export interface CheckboxFieldProps extends FieldBaseProps, ChoiceAttrs {
  /** Submitted value when checked. Default "on" (the browser default). */
  value?: string;
  defaultChecked?: boolean;
  /** Same as defaultChecked (for symmetry with the other fields). */
  defaultValue?: boolean;
}

/** A single checkbox ("Jag har läst …"): box left, label right, hint under the label. */
export const CheckboxField = forwardRef<HTMLInputElement, CheckboxFieldProps>(function CheckboxField(
  {
    name,
    id,
    label,
    hint,
    error,
    errorPrefix,
    required,
    optionalLabel,
    className,
    isPageHeading: _isPageHeading,
    value,
    defaultChecked,
    defaultValue,
    "aria-describedby": extraDescribedBy,
    ...inputProps
  },
  ref,
) {
  const ids = fieldIds(name, id);
  const hasError = Boolean(error);
  return (
    <div className={groupClasses(hasError, className)} data-field={name}>
      {hasError ? (
        <ErrorMessage id={ids.errorId} prefix={errorPrefix} className="mb-2">
          {error}
        </ErrorMessage>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          ref={ref}
          type="checkbox"
          // Always a value: React sets an input's value to "" when the prop is present but undefined,
          // and an empty value posted for a ticked box read as "not ticked" (issue 10).
          value={value ?? "on"}
          defaultChecked={defaultChecked ?? defaultValue}
          {...inputProps}
          id={ids.id}
          name={name}
          aria-describedby={joinIds(
            hint ? ids.hintId : undefined,
            hasError ? ids.errorId : undefined,
            extraDescribedBy,
          )}
          aria-invalid={hasError ? true : undefined}
          aria-required={required ? true : undefined}
          className={choiceInputClasses}
        />
        <div className="min-w-0">
          <label htmlFor={ids.id} className={choiceLabelClasses}>
            <LabelText label={label} optionalLabel={optionalLabel} required={required} />
          </label>
          {hint ? (
            <Hint id={ids.hintId} className="-mt-1 pb-2">
              {hint}
            </Hint>
          ) : null}
        </div>
      </div>
    </div>
  );
});

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

interface ChoiceGroupBaseProps extends FieldBaseProps, ChoiceAttrs {
  options: ChoiceOption[];
  /** Options side by side (for two or three short options such as Ja/Nej). */
  inline?: boolean;
}

export interface RadioGroupProps extends ChoiceGroupBaseProps {
  defaultValue?: string;
}

export interface CheckboxGroupProps extends ChoiceGroupBaseProps {
  defaultValue?: string[];
}

/** The id of option `index` in a radio/checkbox group: the first one is `fieldId(name)`. */
export function optionId(name: string, index: number, id?: string): string {
  const base = id ?? fieldId(name);
  return index === 0 ? base : `${base}-${index + 1}`;
}

type ChoiceGroupInternalProps = ChoiceGroupBaseProps & {
  type: "radio" | "checkbox";
  isChecked: (value: string) => boolean | undefined;
};

const ChoiceGroup = forwardRef<HTMLInputElement, ChoiceGroupInternalProps>(function ChoiceGroup(
  {
    type,
    isChecked,
    name,
    id,
    label,
    hint,
    error,
    errorPrefix,
    required,
    optionalLabel,
    isPageHeading,
    className,
    options,
    inline,
    "aria-describedby": extraDescribedBy,
    ...inputProps
  },
  ref,
) {
  const ids = fieldIds(name, id);
  const hasError = Boolean(error);
  const legendText = <LabelText label={label} optionalLabel={optionalLabel} required={required} />;
  return (
    <fieldset
      className={groupClasses(hasError, className)}
      data-field={name}
      // aria-required is only allowed on a radiogroup, not on a plain fieldset (group).
      role={type === "radio" ? "radiogroup" : undefined}
      aria-describedby={joinIds(hint ? ids.hintId : undefined, hasError ? ids.errorId : undefined, extraDescribedBy)}
      aria-required={type === "radio" && required ? true : undefined}
    >
      <legend className={cx("p-0", isPageHeading ? "mb-3" : "mb-0")}>
        {isPageHeading ? (
          <h1 className={pageHeadingClasses}>{legendText}</h1>
        ) : (
          <span className={labelClasses}>{legendText}</span>
        )}
      </legend>
      {hint ? (
        <Hint id={ids.hintId} className="mt-1">
          {hint}
        </Hint>
      ) : null}
      {hasError ? (
        <ErrorMessage id={ids.errorId} prefix={errorPrefix} className="mt-2">
          {error}
        </ErrorMessage>
      ) : null}
      <div className={cx("mt-2", inline ? "flex flex-wrap gap-x-8" : "space-y-1")}>
        {options.map((option, index) => {
          const inputId = optionId(name, index, id);
          const optionHintId = `${inputId}-item-hint`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                ref={ref}
                type={type}
                value={option.value}
                defaultChecked={isChecked(option.value)}
                disabled={option.disabled}
                {...inputProps}
                id={inputId}
                name={name}
                aria-describedby={option.hint ? optionHintId : undefined}
                aria-invalid={hasError ? true : undefined}
                className={choiceInputClasses}
              />
              <div className="min-w-0">
                <label htmlFor={inputId} className={choiceLabelClasses}>
                  {option.label}
                </label>
                {option.hint ? (
                  <Hint id={optionHintId} className="-mt-1 pb-2">
                    {option.hint}
                  </Hint>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
});

/**
 * Radio buttons in a fieldset with the question as legend. The first option's id is
 * `fieldId(name)`, so ErrorSummary links land on it. With react-hook-form, spread
 * `register(name)`: the ref and handlers go to every option.
 */
export const RadioGroup = forwardRef<HTMLInputElement, RadioGroupProps>(function RadioGroup(
  { defaultValue, ...props },
  ref,
) {
  return (
    <ChoiceGroup
      ref={ref}
      type="radio"
      isChecked={(value) => (defaultValue === undefined ? undefined : defaultValue === value)}
      {...props}
    />
  );
});

/** Several checkboxes for one question ("Välj alla som gäller"), in a fieldset. */
export const CheckboxGroup = forwardRef<HTMLInputElement, CheckboxGroupProps>(function CheckboxGroup(
  { defaultValue, ...props },
  ref,
) {
  return (
    <ChoiceGroup
      ref={ref}
      type="checkbox"
      isChecked={(value) => (defaultValue === undefined ? undefined : defaultValue.includes(value))}
      {...props}
    />
  );
});
