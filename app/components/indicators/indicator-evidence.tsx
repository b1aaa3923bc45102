import { Link } from "@remix-run/react";
import { Section } from "~/components/ui";
import { useT } from "~/i18n/use-t";
import { paths, type IdRef, type OrgRef } from "~/utils/paths";
import { EvidenceTable, EvidenceUploadForm, type EvidenceItem } from "./evidence";

/**
 * The evidence of one indicator on its page: the list, the upload form (posted to the evidence
 * page, which comes back here) and a link to all of the accounting's evidence.
 */
export function IndicatorEvidence({
  org,
  accounting,
  items,
  targets,
  canEdit,
  here,
}: {
  org: OrgRef;
  accounting: IdRef;
  items: EvidenceItem[];
  targets: { value: string; label: string; group: "values" | "outcomes" }[];
  canEdit: boolean;
  /** The indicator page, where a post about evidence returns. */
  here: string;
}) {
  const t = useT();
  const e = t.indicators.evidence;
  return (
    <Section title={e.sectionTitle} description={e.intro}>
      <EvidenceTable items={items} org={org} accounting={accounting} canEdit={canEdit} redirectTo={here} />
      {canEdit ? (
        <div className="mt-6">
          <h3 className="mb-4 text-xl font-semibold">{e.uploadTitle}</h3>
          <EvidenceUploadForm
            org={org}
            accounting={accounting}
            targets={targets}
            redirectTo={here}
            errors={{}}
            values={{}}
            defaultTarget={targets[targets.length - 1]?.value}
          />
        </div>
      ) : null}
      <p className="mt-4">
        <Link to={paths.evidence(org, accounting)}>{t.indicators.overview.evidence}</Link>
      </p>
    </Section>
  );
}
