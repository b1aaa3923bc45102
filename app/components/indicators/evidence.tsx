import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";
import {
  ConfirmDialog,
  DataTable,
  Field,
  FormStack,
  RadioGroup,
  SubmitButton,
  TextField,
  controlClasses,
} from "~/components/ui";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate, formatNumber } from "~/utils/format";
import { localized } from "~/i18n/localized";
import { paths, type IdRef, type OrgRef } from "~/utils/paths";

export interface EvidenceItem {
  id: string;
  kind: "file" | "link";
  name: string;
  mimeType: string | null;
  sizeBytes: number | null;
  url: string | null;
  createdAt: string;
  attachedTo: string;
}

function formatSize(bytes: number | null, locale: "sv" | "en"): string {
  if (bytes === null) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 0)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

/** The evidence list: name (download or open link), what it belongs to, type, size, date and delete. */
export function EvidenceTable({
  items,
  org,
  accounting,
  canEdit,
  redirectTo,
}: {
  items: EvidenceItem[];
  org: OrgRef;
  accounting: IdRef;
  canEdit: boolean;
  redirectTo: string;
}) {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.evidence;
  if (items.length === 0) return <p>{m.none}</p>;
  return (
    <DataTable
      caption={m.listCaption}
      captionHidden
      rowKey={(e) => e.id}
      rows={items}
      columns={[
        {
          key: "name",
          header: m.name,
          rowHeader: true,
          cell: (e) =>
            e.kind === "file" ? (
              <a href={paths.evidenceFile(org, accounting, e)} download aria-label={m.download(e.name)}>
                {e.name}
              </a>
            ) : (
              <a href={e.url ?? "#"} rel="noopener noreferrer nofollow" target="_blank" aria-label={m.open(e.name)}>
                {e.name}
              </a>
            ),
        },
        { key: "attached", header: m.attachedTo, cell: (e) => e.attachedTo },
        {
          key: "type",
          header: m.type,
          cell: (e) => (e.kind === "file" ? `${m.file} · ${formatSize(e.sizeBytes, locale)}` : m.link),
        },
        { key: "added", header: m.added, cell: (e) => formatDate(e.createdAt, locale) },
        ...(canEdit
          ? [
              {
                key: "delete",
                header: <span className="sr-only">{t.common.delete}</span>,
                cell: (e: EvidenceItem) => (
                  <ConfirmDialog
                    title={m.deleteTitle(e.name)}
                    body={<p>{m.deleteBody}</p>}
                    confirmLabel={m.deleteConfirm}
                    cancelLabel={t.common.cancel}
                    triggerLabel={
                      <>
                        {t.common.delete}
                        <span className="sr-only"> {e.name}</span>
                      </>
                    }
                    triggerVariant="secondary"
                    triggerClassName="px-3 py-1.5"
                    form={{
                      action: paths.evidence(org, accounting),
                      fields: { intent: "delete", evidenceId: e.id, redirectTo },
                    }}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * The form that attaches a file or a link to an actual value or an outcome (multipart, so it
 * works without JavaScript; the server checks size and type).
 */
export function EvidenceUploadForm({
  org,
  accounting,
  targets,
  redirectTo,
  errors,
  values,
  defaultTarget,
}: {
  org: OrgRef;
  accounting: IdRef;
  targets: { value: string; label: string; group: "values" | "outcomes" }[];
  redirectTo: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  defaultTarget?: string;
}) {
  const t = useT();
  const m = t.indicators.evidence;
  const [kind, setKind] = useState(values.kind || "file");
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (targets.length === 0) return <p>{m.noTargets}</p>;
  const valueTargets = targets.filter((x) => x.group === "values");
  const outcomeTargets = targets.filter((x) => x.group === "outcomes");
  return (
    <Form method="post" action={paths.evidence(org, accounting)} encType="multipart/form-data" noValidate>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <FormStack>
        <Field name="target" label={m.target} hint={m.targetHint} error={errors.target}>
          {(control) => (
            <select
              {...control}
              defaultValue={values.target || defaultTarget || ""}
              className={controlClasses(Boolean(errors.target), "w-full max-w-xl")}
            >
              <option value="">{m.targetMissing}</option>
              {valueTargets.length > 0 ? (
                <optgroup label={m.targetValues}>
                  {valueTargets.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {outcomeTargets.length > 0 ? (
                <optgroup label={m.targetOutcomes}>
                  {outcomeTargets.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          )}
        </Field>
        <RadioGroup
          name="kind"
          label={m.kind}
          inline
          defaultValue={kind}
          onChange={(e) => setKind((e.target as HTMLInputElement).value)}
          options={[
            { value: "file", label: m.kindFile },
            { value: "link", label: m.kindLink },
          ]}
        />
        {!hydrated || kind === "file" ? (
          <Field name="file" label={m.fileLabel} hint={m.fileHint} error={errors.file}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.heic,.xlsx,.ods,.xls,.csv"
                className="block max-w-xl"
              />
            )}
          </Field>
        ) : null}
        {!hydrated || kind === "link" ? (
          <>
            <TextField
              name="linkTitle"
              label={m.linkTitle}
              hint={m.linkTitleHint}
              defaultValue={values.linkTitle}
              error={errors.linkTitle}
            />
            <TextField
              name="linkUrl"
              type="url"
              label={m.linkUrl}
              hint={m.linkUrlHint}
              defaultValue={values.linkUrl}
              error={errors.linkUrl}
            />
          </>
        ) : null}
        <SubmitButton intent="attach">{m.submit}</SubmitButton>
      </FormStack>
    </Form>
  );
}

/** What a piece of evidence belongs to, as text: "GEN-01 Antal unika deltagare · 2025 kv. 4" or "Effekt: …". */
export function evidenceAttachedTo(
  e: {
    indicatorCode: string | null;
    indicatorNameSv: string | null;
    indicatorNameEn: string | null;
    periodKey: string | null;
    outcomeText: string | null;
  },
  periodLabels: Record<string, string>,
  locale: "sv" | "en",
  outcomeLabel: (text: string) => string,
): string {
  if (e.outcomeText !== null) return outcomeLabel(e.outcomeText);
  const name = localized({ sv: e.indicatorNameSv ?? "", en: e.indicatorNameEn }, locale);
  const period = e.periodKey ? (periodLabels[e.periodKey] ?? e.periodKey) : "";
  return `${e.indicatorCode ? `${e.indicatorCode} ` : ""}${name}${period ? ` · ${period}` : ""}`;
}
