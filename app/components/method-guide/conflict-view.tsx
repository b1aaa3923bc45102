import { Form } from "@remix-run/react";
import { Badge, Notice, SubmitButton, TBody, THead, Table, Td, Th, Tr } from "~/components/ui";
import { isValueField, toFormEntries, type MethodStep, type StepValues } from "~/domain/method-guide";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { formatTime } from "~/utils/format";
import { displayValue } from "~/domain/method-guide/form-shape";

/**
 * Shown when a save was based on an older version: both versions side by side (who saved the
 * other and when), and the ways out: keep the saved version, save mine over it, or edit the form
 * below (which shows mine) to combine them. Nothing is lost or overwritten silently.
 */
export function ConflictView({
  step,
  locale,
  t,
  theirs,
  yours,
}: {
  step: MethodStep;
  locale: Locale;
  t: Messages;
  theirs: { values: StepValues; by: string | null; at: string | null; version: number };
  yours: StepValues;
}) {
  const s = t.guide.step;
  const words = { empty: s.empty, yes: s.yes, no: s.no };
  const time = theirs.at ? formatTime(theirs.at, locale) : "";
  const who = theirs.by ?? "–";
  const rows = step.fields.filter(isValueField).map((field) => {
    const a = displayValue(field, theirs.values[field.name], locale, words);
    const b = displayValue(field, yours[field.name], locale, words);
    return { field, theirs: a, yours: b, differs: a !== b };
  });
  return (
    <section className="mb-8 space-y-4" aria-label={s.conflictTitle} data-testid="conflict">
      <Notice kind="warning" role="alert" title={s.conflictTitle}>
        <p>{s.conflictText(time)}</p>
      </Notice>
      <Table caption={s.conflictTitle} captionHidden scrollLabel={s.conflictTitle}>
        <THead>
          <Tr>
            <Th>{s.conflictField}</Th>
            <Th>{s.conflictTheirs(who, time)}</Th>
            <Th>{s.conflictYours}</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.field.name} className={r.differs ? "bg-warning-50" : undefined}>
              <Th>
                {r.field.label[locale]}
                {r.differs ? (
                  <span className="mt-1 block">
                    <Badge tone="warning">{s.conflictDiffers}</Badge>
                  </span>
                ) : null}
              </Th>
              <Td className="whitespace-pre-line">{r.theirs}</Td>
              <Td className="whitespace-pre-line">{r.yours}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <div className="flex flex-wrap gap-3">
        <Form method="post">
          <input type="hidden" name="baseVersion" value={String(theirs.version)} />
          <SubmitButton intent="keep-theirs" variant="secondary">
            {s.keepTheirs}
          </SubmitButton>
        </Form>
        <Form method="post">
          <input type="hidden" name="baseVersion" value={String(theirs.version)} />
          {toFormEntries(step, yours, locale).map(([name, value], i) => (
            <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton intent="save">{s.keepMine}</SubmitButton>
        </Form>
      </div>
      <p className="max-w-prose text-neutral-700">{s.mergeHint}</p>
    </section>
  );
}
