import type { SectionKey } from "../types";
import { appendicesSection } from "./appendices";
import { capacitySection } from "./capacity";
import { complianceSection } from "./compliance";
import type { ReportSectionBuilder } from "./context";
import { eligibilitySection } from "./eligibility";
import { financesSection } from "./finances";
import { impactChainSection } from "./impact-chain";
import { lessonsSection } from "./lessons";
import { methodSection } from "./method";
import { needSection } from "./need";
import { negativeEffectsSection } from "./negative-effects";
import { organisationSection } from "./organisation";
import { resultsSection } from "./results";
import { storiesSection } from "./stories";
import { summarySection } from "./summary";
import { valueSection } from "./value";
import { verificationSection } from "./verification";

/**
 * Every report section by key (method guide §10.1 plus the tender additions). Templates list section
 * keys (templates.ts); the builder looks each one up here. Adding a section is a module in this
 * folder, a key in `SectionKey` and a line here; the `Record` makes a missing one fail typecheck.
 */
export const SECTION_BUILDERS: { readonly [K in SectionKey]: ReportSectionBuilder<K> } = {
  summary: summarySection,
  organisation: organisationSection,
  need: needSection,
  "impact-chain": impactChainSection,
  method: methodSection,
  results: resultsSection,
  value: valueSection,
  stories: storiesSection,
  "negative-effects": negativeEffectsSection,
  lessons: lessonsSection,
  finances: financesSection,
  verification: verificationSection,
  compliance: complianceSection,
  eligibility: eligibilitySection,
  capacity: capacitySection,
  appendices: appendicesSection,
};
