import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotices } from "~/components/mutation";
import {
  Badge,
  Button,
  Field,
  FormStack,
  Notice,
  PageHeader,
  Section,
  SubmitButton,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "~/components/ui";
import { rolesFor } from "~/domain/permissions";
import { useT } from "~/i18n/use-t";
import { requireAccounting } from "~server/accountings/require-accounting.server";
import { getI18n } from "~server/i18n.server";
import { loadIndicatorOverview } from "~server/indicators/accounting-indicators.server";
import {
  cancelImportUpload,
  confirmImportUpload,
  previewImportUpload,
  storeImportUpload,
} from "~server/indicators/import.server";
import { MAX_UPLOAD_BYTES, readMultipartForm, uploadedFile } from "~server/indicators/upload.server";
import { pageTitle } from "~/i18n/page-title";
import type { ActionData } from "~/utils/action-data";
import { paths, withQuery } from "~/utils/paths";
import { done, formError, invalid, parseIntent, parseIntentForm } from "~server/mutation.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "importActuals") }];

/** Rows without problems shown in the preview; the rest are counted. */
const OK_ROWS_SHOWN = 100;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { locale } = await getI18n(request);
  const uploadId = new URL(request.url).searchParams.get("upload");
  const { indicators } = await loadIndicatorOverview({ orgId: org.id, accounting, locale });
  let preview = null;
  if (uploadId) {
    const found = await previewImportUpload(org.id, accounting, uploadId);
    if (found) {
      const { check } = found;
      let okShown = 0;
      const rows = [];
      for (let i = 0; i < check.validation.rows.length; i++) {
        const r = check.validation.rows[i]!;
        const raw = check.rows[i]!;
        const clean = r.ok && r.warnings.length === 0;
        if (clean && okShown >= OK_ROWS_SHOWN) continue;
        if (clean || r.skipped) okShown++;
        rows.push({
          rowNumber: r.rowNumber,
          ok: r.ok,
          skipped: r.skipped,
          indicator: raw.indicatorCode,
          period: raw.period,
          value: String(raw.value),
          problems: r.problems.map((p) => p.message[locale]),
          warnings: r.warnings.map((p) => p.message[locale]),
        });
      }
      preview = {
        id: found.id,
        fileName: found.fileName,
        importable: check.importable,
        fileProblems: check.fileProblems.map((p) => p[locale]),
        summary: check.validation.summary,
        hiddenOk: check.validation.rows.length - rows.length,
        rows,
      };
    }
  }
  return json({
    org: { slug: org.slug },
    accounting: { id: accounting.id, title: accounting.title },
    hasIndicators: indicators.length > 0,
    uploadMissing: Boolean(uploadId) && !preview,
    preview,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { org, user, accounting } = await requireAccounting(request, params, { roles: rolesFor("edit") });
  const { t } = await getI18n(request);
  const m = t.indicators.import;
  const page = paths.indicatorsImport(org, accounting);
  let input;
  if (/multipart\/form-data/i.test(request.headers.get("Content-Type") ?? "")) {
    // The upload is read with a size limit, then parsed like any other post.
    const read = await readMultipartForm(request, MAX_UPLOAD_BYTES);
    if (!read.ok)
      return invalid({ file: read.reason === "too-large" ? m.tooLarge : t.indicators.evidence.unreadable }, {});
    input = parseIntentForm(read.form, Intent, t);
  } else input = await parseIntent(request, Intent, t);
  if (!input.ok) return input.response;
  const value = input.value;
  switch (value.intent) {
    case "upload": {
      const file = await uploadedFile(input.form, "file");
      if (!file || file.bytes.byteLength === 0) return invalid({ file: m.noFile }, input.values);
      const id = await storeImportUpload(org.id, accounting.id, user.id, file);
      return redirect(withQuery(page, { upload: id }));
    }
    case "cancel":
      await cancelImportUpload(org.id, value.uploadId);
      return redirect(page);
    case "confirm": {
      const result = await confirmImportUpload(org.id, accounting, user.id, value.uploadId);
      if (!result.ok) return formError("gone" in result ? m.uploadGone : m.refused, input.values);
      return done(paths.indicators(org, accounting), { kind: "success", message: m.imported(result.imported) });
    }
    default:
      return value satisfies never;
  }
}

/** Upload a file (multipart), then confirm or cancel its preview; only `confirm` imports. */
const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("upload") }),
  z.object({ intent: z.literal("confirm"), uploadId: z.string().default("") }),
  z.object({ intent: z.literal("cancel"), uploadId: z.string().default("") }),
]);

export default function ImportValues() {
  const t = useT();
  const m = t.indicators.import;
  const { org, accounting, hasIndicators, uploadMissing, preview } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const errors: Record<string, string> = data?.errors ?? {};
  const uploadForm = (
    <Form method="post" encType="multipart/form-data" noValidate>
      <FormStack>
        <Field name="file" label={m.file} hint={m.fileHint} error={errors.file}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="block max-w-xl"
            />
          )}
        </Field>
        <SubmitButton intent="upload">{preview ? m.uploadAgain : m.upload}</SubmitButton>
      </FormStack>
    </Form>
  );
  return (
    <div className="space-y-10">
      <PageHeader caption={accounting.title} title={m.title} description={m.intro} />
      <ActionNotices data={data} cancelTo={paths.indicatorsImport(org, accounting)} />
      {uploadMissing ? <Notice kind="warning">{m.uploadGone}</Notice> : null}
      {preview ? (
        <Section title={m.previewTitle(preview.fileName)}>
          <div className="space-y-6">
            {preview.fileProblems.length > 0 ? (
              <Notice kind="error" title={m.fileProblemsTitle} role="alert">
                <ul className="list-disc pl-6">
                  {preview.fileProblems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </Notice>
            ) : preview.importable ? (
              <Notice kind="success" title={m.readyTitle}>
                <p>{m.summary(preview.summary.validRows, preview.summary.invalidRows, preview.summary.skippedRows)}</p>
                <p>{m.readyBody(preview.summary.validRows)}</p>
              </Notice>
            ) : (
              <Notice kind="error" title={m.problemsTitle} role="alert">
                <p>{m.summary(preview.summary.validRows, preview.summary.invalidRows, preview.summary.skippedRows)}</p>
                <p>{m.problemsBody}</p>
              </Notice>
            )}
            {preview.rows.length > 0 ? (
              <Table caption={m.previewCaption} density="compact">
                <THead>
                  <Tr>
                    <Th numeric>{m.row}</Th>
                    <Th>{m.indicator}</Th>
                    <Th>{m.period}</Th>
                    <Th numeric>{m.value}</Th>
                    <Th>{m.status}</Th>
                  </Tr>
                </THead>
                <TBody>
                  {preview.rows.map((r) => (
                    <Tr key={r.rowNumber} className={!r.ok && !r.skipped ? "bg-danger-50" : undefined}>
                      <Th numeric>{r.rowNumber}</Th>
                      <Td>{r.indicator}</Td>
                      <Td className="whitespace-nowrap">{r.period}</Td>
                      <Td numeric>{r.value}</Td>
                      <Td>
                        {r.skipped ? (
                          <span className="text-neutral-600">{m.skipped}</span>
                        ) : r.ok ? (
                          <Badge tone="success">{m.ok}</Badge>
                        ) : null}
                        {r.problems.length > 0 ? (
                          <ul className="space-y-1 font-semibold text-danger-700">
                            {r.problems.map((p) => (
                              <li key={p}>
                                <span className="mr-1 inline-block rounded-sm bg-danger-700 px-1.5 text-white">
                                  {t.common.errorPrefix}
                                </span>
                                {p}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                        {r.warnings.map((w) => (
                          <p key={w} className="text-warning-800">
                            {m.warning}: {w}
                          </p>
                        ))}
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            ) : null}
            {preview.hiddenOk > 0 ? <p>{m.moreRows(preview.hiddenOk)}</p> : null}
            <Form method="post" className="flex flex-wrap items-center gap-3">
              <input type="hidden" name="uploadId" value={preview.id} />
              <SubmitButton
                intent="confirm"
                disabled={!preview.importable}
                aria-describedby={preview.importable ? undefined : "confirm-disabled-hint"}
              >
                {m.confirm}
              </SubmitButton>
              <Button type="submit" name="intent" value="cancel" variant="secondary">
                {m.cancel}
              </Button>
            </Form>
            {!preview.importable ? (
              <p id="confirm-disabled-hint" className="text-neutral-700">
                {m.confirmDisabledHint}
              </p>
            ) : null}
          </div>
        </Section>
      ) : null}
      {hasIndicators ? (
        <>
          <Section title={m.step1} description={m.step1Body}>
            <div className="flex flex-wrap gap-4">
              <a href={paths.indicatorsTemplate(org, accounting, "xlsx")} download>
                {m.templateXlsx}
              </a>
              <a href={paths.indicatorsTemplate(org, accounting, "csv")} download>
                {m.templateCsv}
              </a>
            </div>
          </Section>
          <Section title={preview ? m.uploadAgain : m.step2}>{uploadForm}</Section>
        </>
      ) : (
        <Notice kind="info">{m.noIndicators}</Notice>
      )}
    </div>
  );
}
