/** Impact reports (method guide §10): the report model, its builder, quality check, diff and canonical JSON. */
export * from "./types";
export { buildReportModel } from "./build-report";
export { SECTION_BUILDERS } from "./sections/registry";
export type { ReportSectionBuilder, SectionContext } from "./sections/context";
export { canPublish, qualityCheck, RESERVED_SHARE_THRESHOLD } from "./quality-check";
export type { QualityArea, QualityCheckOptions, QualityCode, QualityItem, QualitySeverity } from "./quality-check";
export { diffLines, diffReports, diffTokens, diffWords } from "./diff";
export type { DiffOp, FigureChange, FigureValue, ReportDiff, TextChange } from "./diff";
export { canonicalJson } from "./canonical";
export { REPORT_TEMPLATE_DEFINITIONS, sectionTitle, templateDescription, templateName } from "./templates";
export type { ReportTemplateDefinition } from "./templates";
export { eligibilityShare, ELIGIBILITY_INDICATOR_CODE } from "./eligibility";
export type { EligibilityShare } from "./eligibility";
