import { Fragment, type ReactNode } from "react";
import { Table, TBody, Td, TFoot, Th, THead, Tr } from "~/components/ui";
import { cx } from "~/components/ui/cx";
import type { KeyFigure, ReportBlock, ReportModel, ReportTable } from "~/domain/reports/types";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { formatDate } from "~/utils/format";
import { ReportChartView } from "./report-chart";

type Level = 1 | 2 | 3;

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${Math.min(level, 6)}` as "h1" | "h2" | "h3" | "h4" | "h5" | "h6";
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** The user's narrative: paragraphs separated by blank lines, single line breaks kept. */
function Narrative({ text }: { text: string }) {
  if (!text.trim()) return null;
  return (
    <div className="space-y-3">
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} className="max-w-prose whitespace-pre-line">
          {p}
        </p>
      ))}
    </div>
  );
}

function KeyFigures({ figures, model }: { figures: KeyFigure[]; model: ReportModel }) {
  const t = messagesFor(model.locale);
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {figures.map((f) => (
        <div key={f.id} className="break-inside-avoid rounded-lg border border-neutral-300 bg-white p-4">
          <dt className="text-neutral-700">{f.label}</dt>
          <dd className="mt-1 text-2xl font-bold tabular-nums text-ink">{f.formatted}</dd>
          {f.range ? (
            <dd className="mt-1 text-sm text-neutral-700">
              {t.reports.view.range}: {f.range.formatted}
            </dd>
          ) : null}
          {f.period || f.n !== undefined ? (
            <dd className="mt-1 text-sm text-neutral-700">
              {[
                f.period ? `${t.reports.view.period}: ${f.period}` : "",
                f.n !== undefined ? `${t.reports.view.n}: ${f.n}` : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </dd>
          ) : null}
          {f.note ? <dd className="mt-1 text-sm text-neutral-700">{f.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

function ModelTable({ table }: { table: ReportTable }) {
  const body = table.rows.filter((r) => !r.total);
  const totals = table.rows.filter((r) => r.total);
  const cell = (row: ReportTable["rows"][number], key: string) => row.cells[key]?.text ?? "";
  return (
    <div className="my-6 break-inside-avoid">
      <Table caption={table.title} density="compact">
        <THead>
          <Tr>
            {table.columns.map((c) => (
              <Th key={c.key} numeric={c.align === "right"}>
                {c.label}
              </Th>
            ))}
          </Tr>
        </THead>
        <TBody>
          {body.map((row) => (
            <Tr key={row.key}>
              {table.columns.map((c, i) =>
                i === 0 ? (
                  <Th key={c.key} scope="row" className="font-normal">
                    {cell(row, c.key)}
                  </Th>
                ) : (
                  <Td key={c.key} numeric={c.align === "right"}>
                    {cell(row, c.key)}
                  </Td>
                ),
              )}
            </Tr>
          ))}
        </TBody>
        {totals.length > 0 ? (
          <TFoot>
            {totals.map((row) => (
              <Tr key={row.key}>
                {table.columns.map((c, i) =>
                  i === 0 ? (
                    <Th key={c.key} scope="row">
                      {cell(row, c.key)}
                    </Th>
                  ) : (
                    <Td key={c.key} numeric={c.align === "right"} className="font-semibold">
                      {cell(row, c.key)}
                    </Td>
                  ),
                )}
              </Tr>
            ))}
          </TFoot>
        ) : null}
      </Table>
      {table.note ? <p className="mt-2 max-w-prose text-sm text-neutral-700">{table.note}</p> : null}
    </div>
  );
}

function Block({ block, model }: { block: ReportBlock; model: ReportModel }) {
  switch (block.type) {
    case "paragraph":
      return <p className="max-w-prose">{block.text}</p>;
    case "key-figures": {
      const figures = block.ids
        .map((id) => model.keyFigures.find((f) => f.id === id))
        .filter((f): f is KeyFigure => Boolean(f));
      return figures.length ? <KeyFigures figures={figures} model={model} /> : null;
    }
    case "table": {
      const table = model.tables.find((x) => x.id === block.tableId);
      return table ? <ModelTable table={table} /> : null;
    }
    case "chart": {
      const chart = model.charts.find((c) => c.id === block.chartId);
      return chart ? <ReportChartView chart={chart} locale={model.locale} /> : null;
    }
    case "quote":
      return (
        <figure className="max-w-prose break-inside-avoid border-l-4 border-accent-300 pl-4">
          <blockquote className="whitespace-pre-line text-lg italic">”{block.quote}”</blockquote>
          {block.who ? <figcaption className="mt-1 text-neutral-700">– {block.who}</figcaption> : null}
        </figure>
      );
    case "list":
      return (
        <ul className="max-w-prose list-disc space-y-1 pl-6">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
  }
}

/** The short form of a content hash shown on the cover: its first 12 characters. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

/**
 * The version's details in the reader's language, under the report: number, publication date and
 * the full content hash (the cover shows only its short form).
 */
export function VersionDetails({
  version,
  publishedAt,
  publishedBy,
  contentHash,
}: {
  version: number;
  publishedAt: string;
  publishedBy?: string | null;
  contentHash: string;
}) {
  const t = useT();
  const d = t.reports.view.details;
  return (
    <details className="no-print rounded-lg border border-neutral-300 bg-white p-4">
      <summary className="font-semibold text-accent-700">{d.title}</summary>
      <dl className="mt-3 grid gap-x-8 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="font-semibold">{d.version}</dt>
        <dd>{version}</dd>
        <dt className="font-semibold">{d.publishedAt}</dt>
        <dd>{publishedAt}</dd>
        {publishedBy ? (
          <>
            <dt className="font-semibold">{d.publishedBy}</dt>
            <dd>{publishedBy}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{d.contentHash}</dt>
        <dd className="min-w-0">
          <code className="break-all text-sm">{contentHash}</code>
          <p className="mt-1 text-sm text-neutral-700">{d.contentHashHint}</p>
        </dd>
      </dl>
    </details>
  );
}

export interface ReportViewProps {
  model: ReportModel;
  /** Heading level of the report title; sections get the next level. 1 on a page of its own. */
  level?: Level;
  /** Prefix for anchor ids, so two views on one page do not clash. */
  idPrefix?: string;
  /** A line under the title, e.g. "Version 2 · publicerad 3 mars 2026 av Anna". */
  caption?: ReactNode;
  /** Extra items for the cover facts (e.g. the content hash). */
  extraFacts?: { label: string; value: ReactNode }[];
  /**
   * When the report was published (ISO date-time). A published version shows this date instead of
   * the "created" date, so a frozen report never shows today's date.
   */
  publishedAt?: string | null;
  className?: string;
}

/**
 * A report model as an accessible, printable web page: title and cover facts, table of contents,
 * then numbered sections with the user's narrative followed by the generated blocks (key figures,
 * tables, charts with their data tables, quotes, lists), in the same order as the PDF.
 *
 * Everything inside is rendered in the report's own language (`model.locale`), not the reader's
 * interface language: a frozen Swedish version stays Swedish for an English-speaking reader.
 */
export function ReportView({
  model,
  level = 1,
  idPrefix = "report",
  caption,
  extraFacts = [],
  publishedAt,
  className,
}: ReportViewProps) {
  const locale = model.locale;
  const t = messagesFor(locale);
  const v = t.reports.view;
  const facts = [
    { label: v.organisation, value: model.organisation.name },
    ...(model.organisation.orgNumber ? [{ label: v.orgNumber, value: model.organisation.orgNumber }] : []),
    ...(model.organisation.umbrella ? [{ label: v.umbrella, value: model.organisation.umbrella }] : []),
    { label: v.reportPeriod, value: model.accounting.periodLabel },
    { label: v.method, value: model.accounting.method.name },
    publishedAt
      ? { label: v.published, value: formatDate(publishedAt, locale) }
      : { label: v.generated, value: formatDate(model.generatedAt, locale) },
    ...extraFacts,
  ];
  return (
    <article className={cx("report-view space-y-8", className)} lang={t.reportModel.languageTag}>
      <header className="space-y-3">
        <p className="text-lg font-semibold text-accent-800">{model.templateName}</p>
        <Heading level={level} className={level === 1 ? "text-3xl font-bold sm:text-4xl" : "text-2xl font-bold"}>
          {model.title}
        </Heading>
        {caption ? <p className="text-neutral-700">{caption}</p> : null}
        <dl className="mt-4 grid gap-x-8 gap-y-1 border-y border-neutral-200 py-3 sm:grid-cols-[max-content_minmax(0,1fr)]">
          {facts.map((f) => (
            <Fragment key={f.label}>
              <dt className="font-semibold text-ink">{f.label}</dt>
              <dd className="mb-2 min-w-0 break-words sm:mb-0">{f.value}</dd>
            </Fragment>
          ))}
        </dl>
      </header>
      <nav aria-label={v.contents} className="break-after-page">
        <Heading level={level + 1} className="text-xl font-semibold">
          {v.contents}
        </Heading>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {model.sections.map((s) => (
            <li key={s.key}>
              <a href={`#${idPrefix}-${s.key}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {model.sections.map((s, index) => (
        <section key={s.key} aria-labelledby={`${idPrefix}-${s.key}`} className="space-y-4">
          <Heading level={level + 1} id={`${idPrefix}-${s.key}`} className="scroll-mt-6 text-2xl font-semibold">
            {index + 1}. {s.title}
          </Heading>
          <Narrative text={s.narrative} />
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} model={model} />
          ))}
        </section>
      ))}
    </article>
  );
}
