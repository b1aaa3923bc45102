import { Link } from "@remix-run/react";
import { Badge, DescriptionList, fieldId } from "~/components/ui";
import { IMPACT_CHAIN_LEVEL_INFO, type BlockField, type BlockKind } from "~/domain/method-guide";
import type { SroiKeyFigures } from "~/domain/sroi/key-figures";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { formatNumber, formatPercent, formatRatio, formatSek } from "~/utils/format";
import { paths, withQuery, type IdRef, type OrgRef } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";

type BlockPage = (o: OrgRef, a: IdRef, query: { returnTo: string }) => string;

/** Where each shared block is edited; `returnTo` leads back to the step. */
export const BLOCK_PAGES: Record<BlockKind, BlockPage> = {
  "impact-chain": paths.chain,
  stakeholders: paths.stakeholders,
  "action-plan": paths.actionPlan,
  indicators: (o, a, query) => withQuery(paths.indicators(o, a), query),
  "sroi-impact-map": paths.impactMap,
  socioeconomic: paths.socioeconomic,
};

export interface BlockPreview {
  filled: Partial<Record<BlockKind, boolean>>;
  chain: { id: string; level: string; text: string; stakeholderName: string | null }[] | null;
  stakeholders: { id: string; name: string; included: boolean }[] | null;
  actionPlan: { id: string; what: string; who: string; when: string }[] | null;
  /** The impact map's key figures (server/method-guide/step-blocks.server.ts), when the step shows them. */
  sroi: SroiKeyFigures | null;
}

/**
 * The impact map's calculation, read-only: the SROI ratio with its sensitivity range (never the
 * ratio alone), present value, net present value, payback and the discount rate it was computed with.
 */
export function SroiResultsList({ results, t, locale }: { results: SroiKeyFigures; t: Messages; locale: Locale }) {
  const r = t.guide.step.sroiResults;
  const two = (n: number) => formatNumber(n, locale, 2, 2);
  return (
    <div className="mt-4" data-testid="sroi-step-results">
      <DescriptionList
        items={[
          {
            label: r.ratio,
            value: (
              <span className="text-lg font-bold">
                {r.ratioWithRange(formatRatio(results.ratio, locale), two(results.ratioLow), two(results.ratioHigh))}
              </span>
            ),
          },
          { label: r.presentValue, value: formatSek(results.presentValue, locale) },
          { label: r.totalInputs, value: formatSek(results.totalInputs, locale) },
          { label: r.netPresentValue, value: formatSek(results.netPresentValue, locale) },
          {
            label: r.payback,
            value:
              results.paybackMonths === null
                ? r.paybackNone
                : r.paybackMonths(formatNumber(results.paybackMonths, locale, 1, 1)),
          },
          { label: r.discountRate, value: formatPercent(results.discountRate, locale, 2) },
          ...(results.kind ? [{ label: r.kind, value: r.kinds[results.kind] }] : []),
        ]}
      />
      <p className="mt-3 max-w-prose text-sm text-neutral-700">{r.rangeNote}</p>
    </div>
  );
}

/**
 * A block field inside a step: the block's label and hint, whether it is filled, a short preview of
 * its rows and the link to the page where it is edited (which links back to the step).
 */
export function BlockPanel({
  field,
  preview,
  accounting,
  stepKey,
  canEdit,
  t,
  locale,
}: {
  field: BlockField;
  preview: BlockPreview;
  accounting: IdRef;
  stepKey: string;
  canEdit: boolean;
  t: Messages;
  locale: Locale;
}) {
  const s = t.guide.step;
  const filled = preview.filled[field.block] === true;
  const label = field.label[locale];
  const org = useOrgLayout()!.org;
  const to = BLOCK_PAGES[field.block](org, accounting, { returnTo: `steps/${stepKey}` });
  const headingId = `block-${field.name}-heading`;
  const showSroi = field.block === "sroi-impact-map" && field.showResults === true;
  let rows: string[] | null = null;
  if (field.block === "impact-chain" && preview.chain) {
    rows = preview.chain.map((c) => {
      const level = IMPACT_CHAIN_LEVEL_INFO.find((l) => l.key === c.level)?.label[locale] ?? c.level;
      return `${level}: ${c.text}${c.stakeholderName ? ` (${c.stakeholderName})` : ""}`;
    });
  } else if (field.block === "stakeholders" && preview.stakeholders) {
    rows = preview.stakeholders.map(
      (x) => `${x.name}${x.included ? "" : ` (${t.guide.blocks.stakeholders.includedNo.toLowerCase()})`}`,
    );
  } else if (field.block === "action-plan" && preview.actionPlan) {
    rows = preview.actionPlan.map((a) => `${a.what} – ${a.who}, ${a.when}`);
  }
  return (
    <section
      id={fieldId(field.name)}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-neutral-300 bg-white p-4 sm:p-5"
      data-block={field.block}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={headingId} className="text-lg font-semibold">
          {label}
          {!field.required ? <span className="font-normal text-neutral-600"> {t.common.optional}</span> : null}
        </h3>
        <Badge tone={filled ? "success" : "neutral"}>{filled ? s.blockFilled : s.blockEmpty}</Badge>
      </div>
      {field.hint ? <p className="mt-1 max-w-prose text-neutral-600">{field.hint[locale]}</p> : null}
      {showSroi && preview.sroi ? (
        <SroiResultsList results={preview.sroi} t={t} locale={locale} />
      ) : showSroi && filled ? (
        <p className="mt-2 max-w-prose text-neutral-700">{s.sroiResults.invalid}</p>
      ) : rows && rows.length > 0 ? (
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {rows.slice(0, 8).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
          {rows.length > 8 ? <li className="list-none text-neutral-600">… {s.blockRows(rows.length)}</li> : null}
        </ul>
      ) : rows === null ? (
        <p className="mt-2 text-neutral-600">{s.blockElsewhere}</p>
      ) : null}
      <p className="mt-3">
        <Link to={to} className="font-semibold">
          {showSroi && preview.sroi ? s.sroiResults.openMap : canEdit ? s.blockEdit(label) : s.blockOpen(label)}
        </Link>
      </p>
    </section>
  );
}
