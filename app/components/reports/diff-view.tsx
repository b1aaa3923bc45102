import { Notice, Section, Table, TBody, Td, Th, THead, Tr } from "~/components/ui";
import type { ReportDiff } from "~/domain/reports/diff";
import { useT } from "~/i18n/use-t";

/**
 * Differences between two report versions (diffReports): changed texts with insertions and
 * deletions marked by <ins>/<del> (underline and strike-through, not colour alone) and a table of
 * changed figures with before and after.
 */
export function DiffView({ diff, sectionTitles }: { diff: ReportDiff; sectionTitles: Record<string, string> }) {
  const t = useT();
  const d = t.reports.diff;
  if (diff.identical) return <Notice kind="info">{d.identical}</Notice>;
  return (
    <div className="space-y-10">
      {diff.sectionsAdded.length > 0 || diff.sectionsRemoved.length > 0 ? (
        <Section title={`${d.sectionsAdded} / ${d.sectionsRemoved}`}>
          {diff.sectionsAdded.length > 0 ? (
            <p>
              <strong>{d.sectionsAdded}:</strong> {diff.sectionsAdded.map((k) => sectionTitles[k] ?? k).join(", ")}
            </p>
          ) : null}
          {diff.sectionsRemoved.length > 0 ? (
            <p>
              <strong>{d.sectionsRemoved}:</strong> {diff.sectionsRemoved.map((k) => sectionTitles[k] ?? k).join(", ")}
            </p>
          ) : null}
        </Section>
      ) : null}
      <Section title={d.texts}>
        {diff.texts.length === 0 ? (
          <p>{d.noTexts}</p>
        ) : (
          <ul className="space-y-6">
            {diff.texts.map((change, i) => (
              <li key={i} className="rounded-lg border border-neutral-300 bg-white p-4">
                <h3 className="text-lg font-semibold">
                  {change.sectionKey ? change.sectionTitle : d.reportTitle} · {d.parts[change.part]}
                </h3>
                <p className="mt-2 max-w-prose whitespace-pre-line">
                  {change.ops.map((op, j) =>
                    op.op === "equal" ? (
                      <span key={j}>{op.text}</span>
                    ) : op.op === "insert" ? (
                      <ins key={j} className="bg-success-50 text-success-800 underline decoration-2">
                        <span className="sr-only">[{d.inserted} </span>
                        {op.text}
                        <span className="sr-only">]</span>
                      </ins>
                    ) : (
                      <del key={j} className="bg-danger-50 text-danger-800 line-through">
                        <span className="sr-only">[{d.deleted} </span>
                        {op.text}
                        <span className="sr-only">]</span>
                      </del>
                    ),
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={d.figures}>
        {diff.figures.length === 0 ? (
          <p>{d.noFigures}</p>
        ) : (
          <Table caption={d.figuresCaption} captionHidden density="compact">
            <THead>
              <Tr>
                <Th>{d.what}</Th>
                <Th numeric>{d.before}</Th>
                <Th numeric>{d.after}</Th>
              </Tr>
            </THead>
            <TBody>
              {diff.figures.map((f) => (
                <Tr key={f.path}>
                  <Th scope="row" className="font-normal">
                    {f.label}
                  </Th>
                  <Td numeric>{f.before ? f.before.text : d.added}</Td>
                  <Td numeric>{f.after ? f.after.text : d.removed}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Section>
    </div>
  );
}
