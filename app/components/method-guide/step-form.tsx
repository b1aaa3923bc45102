import { zodResolver } from "@hookform/resolvers/zod";
import { Form, useFetcher, useSubmit } from "@remix-run/react";
import { UnsavedChangesPrompt, useLeaveGuard } from "~/components/mutation/unsaved-changes";
import { useEffect, useRef, useState, type ReactNode } from "react";
import {
  get,
  useFieldArray,
  useForm,
  type Control,
  type FieldErrors,
  type Resolver,
  type UseFormRegister,
} from "react-hook-form";
import {
  CheckboxField,
  DateField,
  FormStack,
  NumberField,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  fieldId,
} from "~/components/ui";
import { ErrorSummary } from "~/components/ui";
import {
  isValueField,
  type BlockField,
  type FieldDef,
  type ListField,
  type MethodStep,
  type ValueField,
} from "~/domain/method-guide";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { formatTime } from "~/utils/format";
import { emptyRow, stepFormSchema, type FormRow, type FormValue } from "~/domain/method-guide/form-shape";

/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 1500;

export interface StepFormProps {
  step: MethodStep;
  locale: Locale;
  t: Messages;
  defaults: FormRow;
  baseVersion: number;
  serverErrors: Record<string, string>;
  canEdit: boolean;
  /** Autosave result time from the server (ISO), when a draft is already stored. */
  draftAt: string | null;
  isFirst: boolean;
  isLast: boolean;
  renderBlock: (field: BlockField) => ReactNode;
}

type Register = UseFormRegister<FormRow>;

interface FieldCtx {
  register: Register;
  control: Control<FormRow>;
  errors: FieldErrors<FormRow>;
  serverErrors: Record<string, string>;
  locale: Locale;
  t: Messages;
  disabled: boolean;
  renderBlock: (field: BlockField) => ReactNode;
}

function errorFor(ctx: FieldCtx, path: string): string | undefined {
  const client = get(ctx.errors, path) as { message?: string } | undefined;
  return ctx.serverErrors[path] ?? client?.message ?? undefined;
}

function asString(value: FormValue | undefined): string {
  return typeof value === "string" ? value : "";
}

/** One value field, wired to react-hook-form, with the default value also in the HTML (no-JS). */
function ValueInput({
  field,
  path,
  value,
  ctx,
}: {
  field: ValueField;
  path: string;
  value: FormValue | undefined;
  ctx: FieldCtx;
}) {
  const { locale, t } = ctx;
  const label = field.label[locale];
  const hint = field.hint?.[locale];
  const error = errorFor(ctx, path);
  const common = {
    label,
    hint,
    error,
    required: field.required,
    optionalLabel: t.common.optional,
    errorPrefix: t.format.errorPrefix,
    disabled: ctx.disabled,
  };
  switch (field.kind) {
    case "text":
      return (
        <TextField {...common} {...ctx.register(path)} defaultValue={asString(value)} maxLength={field.maxLength} />
      );
    case "textarea":
      return <TextArea {...common} {...ctx.register(path)} defaultValue={asString(value)} rows={4} />;
    case "number":
      return (
        <NumberField {...common} {...ctx.register(path)} defaultValue={asString(value)} suffix={field.unit?.[locale]} />
      );
    case "date":
      return <DateField {...common} {...ctx.register(path)} defaultValue={asString(value)} />;
    case "select":
      return (
        <SelectField
          {...common}
          {...ctx.register(path)}
          placeholder={t.guide.step.choose}
          options={field.options.map((o) => ({ value: o.value, label: o.label[locale] }))}
          defaultValue={asString(value)}
        />
      );
    case "checkbox":
      return <CheckboxField {...common} {...ctx.register(path)} defaultChecked={value === true} />;
    case "scale": {
      const options = [];
      for (let v = field.min; v <= field.max; v++) {
        const edge =
          v === field.min ? field.minLabel?.[locale] : v === field.max ? field.maxLabel?.[locale] : undefined;
        options.push({ value: String(v), label: edge ? `${v} (${edge})` : String(v) });
      }
      return <RadioGroup {...common} {...ctx.register(path)} options={options} inline defaultValue={asString(value)} />;
    }
    case "list":
      return <ListInput field={field} path={path} ctx={ctx} />;
  }
}

/** A repeatable group: one fieldset per row, "remove" per row and "add" at the end. */
function ListInput({ field, path, ctx }: { field: ListField; path: string; ctx: FieldCtx }) {
  const { locale, t } = ctx;
  const {
    fields: rows,
    append,
    remove,
  } = useFieldArray({ control: ctx.control, name: path, keyName: "_rowKey" as "id" });
  const item = field.itemLabel[locale];
  const error = errorFor(ctx, path);
  const headingId = `${fieldId(path)}-legend`;
  return (
    <fieldset
      className={error ? "border-l-4 border-danger-700 pl-4" : ""}
      data-field={path}
      aria-describedby={field.hint ? `${fieldId(path)}-hint` : undefined}
    >
      <legend id={headingId} className="font-semibold text-ink">
        {field.label[locale]}
        {!field.required ? <span className="font-normal text-neutral-600"> {t.common.optional}</span> : null}
      </legend>
      {field.hint ? (
        <div id={`${fieldId(path)}-hint`} className="mt-1 max-w-prose text-neutral-600">
          {field.hint[locale]}
        </div>
      ) : null}
      {error ? (
        <p id={fieldId(path)} tabIndex={-1} className="mt-2 font-semibold text-danger-700">
          {error}
        </p>
      ) : null}
      <ol className="mt-3 space-y-4">
        {rows.map((row, index) => {
          const rowValues = row as unknown as FormRow;
          return (
            <li
              key={(row as unknown as { _rowKey: string })._rowKey}
              className="rounded-md border border-neutral-300 bg-neutral-50 p-4"
            >
              <fieldset>
                <legend className="text-base font-semibold">{t.guide.step.rowTitle(item, index + 1)}</legend>
                <div className="mt-3 space-y-5">
                  {field.fields.filter(isValueField).map((sub) => (
                    <ValueInput
                      key={sub.name}
                      field={sub}
                      path={`${path}.${index}.${sub.name}`}
                      value={rowValues[sub.name]}
                      ctx={ctx}
                    />
                  ))}
                </div>
                {!ctx.disabled ? (
                  <button
                    type="submit"
                    name="intent"
                    value={`remove-row:${path}:${index}`}
                    formNoValidate
                    className="mt-4 font-semibold text-danger-700 underline"
                    onClick={(event) => {
                      event.preventDefault();
                      remove(index);
                    }}
                  >
                    {t.guide.step.removeRow(item, index + 1)}
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {rows.length === 0 ? <p className="mt-2 text-neutral-600">{t.guide.step.noRows}</p> : null}
      {!ctx.disabled ? (
        <button
          type="submit"
          name="intent"
          value={`add-row:${path}`}
          formNoValidate
          className="mt-3 inline-flex min-h-tap items-center rounded-md border-2 border-accent-700 bg-white px-4 py-2 font-semibold text-accent-800 hover:bg-accent-50"
          onClick={(event) => {
            event.preventDefault();
            append(emptyRow(field.fields) as never);
          }}
        >
          {t.guide.step.addRow(item)}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Consecutive fields with the same group render as one fieldset. */
function groupFields(fields: readonly FieldDef[]): { key: string; title?: FieldDef["group"]; fields: FieldDef[] }[] {
  const out: { key: string; title?: FieldDef["group"]; fields: FieldDef[] }[] = [];
  for (const field of fields) {
    const last = out[out.length - 1];
    if (field.group && last && last.title?.key === field.group.key) last.fields.push(field);
    else out.push({ key: field.group?.key ?? field.name, title: field.group, fields: [field] });
  }
  return out;
}

function flattenErrors(errors: FieldErrors<FormRow>, prefix = ""): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown; ref?: unknown };
    if (typeof v.message === "string") out.push({ field: path, message: v.message });
    else if (typeof value === "object") out.push(...flattenErrors(value as FieldErrors<FormRow>, path));
  }
  return out;
}

/**
 * A method step as a form generated from its field definitions. react-hook-form validates with the
 * step's zod schema in "draft" mode (types and ranges) so incomplete work can always be saved; the
 * server validates again and lists what is missing. Posts through Remix `<Form>` (works without
 * JavaScript); with JavaScript, rows are added and removed in place, drafts are autosaved after
 * {@link AUTOSAVE_DELAY_MS}, and leaving with unsaved changes asks first.
 */
export function StepForm({
  step,
  locale,
  t,
  defaults,
  baseVersion,
  serverErrors,
  canEdit,
  draftAt,
  isFirst,
  isLast,
  renderBlock,
}: StepFormProps) {
  const s = t.guide.step;
  const form = useForm<FormRow>({
    defaultValues: defaults,
    resolver: zodResolver(stepFormSchema(step, locale, "draft") as never) as unknown as Resolver<FormRow>,
    mode: "onSubmit",
    reValidateMode: "onBlur",
  });
  const submit = useSubmit();
  const autosave = useFetcher<{ kind: string; at?: string }>();
  const formRef = useRef<HTMLFormElement>(null);
  const submitting = useRef(false);
  const changes = useRef(0);
  const savedAtChange = useRef(0);
  const [dirty, setDirty] = useState(false);
  const [lastDraftAt, setLastDraftAt] = useState<string | null>(draftAt);

  // Autosave: debounce changes, then post the whole form with intent=autosave through a fetcher.
  useEffect(() => {
    if (!canEdit) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      changes.current += 1;
      setDirty(true);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const el = formRef.current;
        if (!el || submitting.current) return;
        const data = new FormData(el);
        data.set("intent", "autosave");
        savedAtChange.current = changes.current;
        autosave.submit(data, { method: "post" });
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer) clearTimeout(timer);
    };
    // The fetcher object changes identity on every state change; its submit is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, canEdit]);

  useEffect(() => {
    if (autosave.state !== "idle" || autosave.data?.kind !== "autosaved" || !autosave.data.at) return;
    setLastDraftAt(autosave.data.at);
    if (changes.current === savedAtChange.current) setDirty(false);
  }, [autosave.state, autosave.data]);

  // Leaving with changes that are not stored anywhere yet asks first.
  const blocker = useLeaveGuard(dirty, submitting);

  const ctx: FieldCtx = {
    register: form.register,
    control: form.control,
    errors: form.formState.errors,
    serverErrors,
    locale,
    t,
    disabled: !canEdit,
    renderBlock,
  };
  const clientErrors = flattenErrors(form.formState.errors);
  const summary =
    clientErrors.length > 0
      ? clientErrors
      : Object.entries(serverErrors).map(([field, message]) => ({ field, message }));

  return (
    <>
      <UnsavedChangesPrompt unsaved={{ blocker }} />
      <ErrorSummary title={t.common.errorSummaryTitle} errors={summary} />
      <Form
        method="post"
        noValidate
        ref={formRef}
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          const target = submitter ?? event.currentTarget;
          void form.handleSubmit(() => {
            submitting.current = true;
            submit(target, { method: "post" });
          })(event);
        }}
      >
        <input type="hidden" name="baseVersion" value={String(baseVersion)} />
        <FormStack>
          {groupFields(step.fields).map((group) => {
            const body = group.fields.map((field) =>
              isValueField(field) ? (
                <ValueInput key={field.name} field={field} path={field.name} value={defaults[field.name]} ctx={ctx} />
              ) : (
                <div key={field.name}>{renderBlock(field)}</div>
              ),
            );
            return group.title ? (
              <fieldset key={group.key} className="space-y-6 rounded-lg border border-neutral-300 bg-white p-4 sm:p-5">
                <legend className="px-1 text-lg font-semibold">{group.title.title[locale]}</legend>
                {body}
              </fieldset>
            ) : (
              <div key={group.key} className="space-y-6">
                {body}
              </div>
            );
          })}
        </FormStack>
        {canEdit ? (
          <div className="mt-10 flex flex-col gap-4 border-t border-neutral-300 pt-6 sm:flex-row sm:flex-wrap sm:items-center">
            <SubmitButton intent="save-continue" pendingText={s.pending}>
              {isLast ? s.saveFinish : s.saveContinue}
            </SubmitButton>
            <SubmitButton intent="save" variant="secondary" pendingText={s.pending}>
              {s.save}
            </SubmitButton>
            {!isFirst ? (
              <SubmitButton intent="save-back" variant="link" pendingText={s.pending}>
                {s.saveBack}
              </SubmitButton>
            ) : null}
            <p className="text-sm text-neutral-600 sm:ml-auto" role="status" aria-live="polite">
              {lastDraftAt ? s.draftSaved(formatTime(lastDraftAt, locale)) : ""}
            </p>
          </div>
        ) : null}
      </Form>
    </>
  );
}
