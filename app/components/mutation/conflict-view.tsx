import { Form, Link, useLocation } from "@remix-run/react";
import { Badge, Notice, SubmitButton, TBody, THead, Table, Td, Th, Tr } from "~/components/ui";
import { useLocale, useT } from "~/i18n/use-t";
import type { ConflictData } from "~/utils/action-data";
import { formatTime } from "~/utils/format";

const SHOWN = 50;

/**
 * The one conflict view (409 from `conflict()`): who saved the other version and when, the fields
 * that differ side by side, and the ways out — keep the saved version, save mine over it, or edit
 * the form below (which still shows mine) to combine them. Nothing is overwritten silently.
 */
export function ConflictView({ conflict }: { conflict: ConflictData }) {
  const t = useT().common.conflict;
  const locale = useLocale();
  const location = useLocation();
  const when = conflict.at ? formatTime(conflict.at, locale) : "";
  const who = conflict.by ?? t.someone;
  const show = (text: string) => (text.trim() === "" ? t.empty : text);
  const rows = conflict.differences.slice(0, SHOWN);
  return (
    <section className="mb-8 space-y-4" aria-label={t.title} data-testid="conflict">
      <Notice kind="warning" role="alert" title={t.title}>
        <p className="max-w-prose">{conflict.message}</p>
      </Notice>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <Table caption={t.caption} captionHidden scrollLabel={t.caption} density="compact">
          <THead>
            <Tr>
              <Th>{t.field}</Th>
              <Th>{conflict.at ? t.theirs(who, when) : t.theirsUndated}</Th>
              <Th>{t.yours}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((d) => (
              <Tr key={d.path} className="bg-warning-50">
                <Th>{d.label}</Th>
                <Td className="whitespace-pre-line">{show(d.theirs)}</Td>
                <Td className="whitespace-pre-line">{show(d.yours)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {conflict.differences.length > SHOWN ? (
        <p>
          <Badge tone="warning">{t.more(conflict.differences.length - SHOWN)}</Badge>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {conflict.keepTheirs ? (
          <Form method="post">
            <input type="hidden" name="baseVersion" value={String(conflict.version)} />
            {(conflict.keepTheirs.fields ?? []).map(([name, value], i) => (
              <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
            ))}
            <SubmitButton intent={conflict.keepTheirs.intent} variant="secondary">
              {t.keepTheirs}
            </SubmitButton>
          </Form>
        ) : (
          <Link
            to={location.pathname + location.search}
            reloadDocument
            className="inline-flex items-center font-semibold text-accent-700 underline"
          >
            {t.reload}
          </Link>
        )}
        {conflict.keepMine ? (
          <Form method="post">
            <input type="hidden" name="baseVersion" value={String(conflict.version)} />
            {conflict.keepMine.fields.map(([name, value], i) => (
              <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
            ))}
            <SubmitButton intent={conflict.keepMine.intent}>{t.keepMine}</SubmitButton>
          </Form>
        ) : null}
      </div>
      <p className="max-w-prose text-neutral-700">{t.mergeHint}</p>
    </section>
  );
}
