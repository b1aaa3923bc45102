import { Link } from "@remix-run/react";
import { Notice } from "~/components/ui";
import { useT } from "~/i18n/use-t";

export interface QualityListItem {
  code: string;
  severity: "blocking" | "advisory";
  message: string;
  /** Where the item is fixed. */
  fixTo: string;
}

/**
 * The quality check before publishing (docs/domain/method-guide.md §5.3, §10.2): blocking items first, each with
 * a link to the page where it is fixed, then the advisory items that the report lists as limitations.
 * Severity is said in words and headings, never by colour alone.
 */
export function QualityChecklist({ items, headingLevel = 3 }: { items: QualityListItem[]; headingLevel?: 2 | 3 }) {
  const t = useT();
  const p = t.reports.publish;
  const blocking = items.filter((i) => i.severity === "blocking");
  const advisory = items.filter((i) => i.severity === "advisory");
  const H = `h${headingLevel}` as "h2" | "h3";
  return (
    <div className="space-y-6">
      <p className="text-lg font-semibold" data-testid="quality-summary">
        {p.summary(blocking.length, advisory.length)}
      </p>
      {blocking.length === 0 ? <Notice kind="success">{p.allGood}</Notice> : null}
      {blocking.length > 0 ? (
        <div className="rounded-lg border-l-4 border-danger-700 bg-white p-4">
          <H className="text-xl font-semibold text-danger-800">{p.blocking}</H>
          <ul className="mt-3 space-y-3">
            {blocking.map((item, i) => (
              <li
                key={`${item.code}-${i}`}
                className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-6"
              >
                <span className="max-w-prose">{item.message}</span>
                <Link to={item.fixTo} className="no-print shrink-0 font-semibold">
                  {p.fix}
                  <span className="sr-only">: {item.message}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {advisory.length > 0 ? (
        <div className="rounded-lg border-l-4 border-warning-500 bg-white p-4">
          <H className="text-xl font-semibold">{p.advisory}</H>
          <p className="mt-1 max-w-prose text-neutral-700">{p.advisoryIntro}</p>
          <ul className="mt-3 space-y-3">
            {advisory.map((item, i) => (
              <li
                key={`${item.code}-${i}`}
                className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-6"
              >
                <span className="max-w-prose">{item.message}</span>
                <Link to={item.fixTo} className="no-print shrink-0 font-semibold">
                  {p.fix}
                  <span className="sr-only">: {item.message}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
