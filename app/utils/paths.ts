/**
 * Every page's path in one place (in the style of Trigger.dev's `pathBuilder.ts`): routes,
 * components, server redirects and tests build URLs with these functions, never by hand. One
 * function per page; query strings through `withQuery`.
 */

export interface OrgRef {
  slug: string;
}
export interface IdRef {
  id: string;
}
type Query = Record<string, string | number | null | undefined | false>;

/** Appends the query parameters that have a value (`null`, `undefined`, `false` and "" are left out). */
export function withQuery(path: string, query: Query = {}): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== false && value !== "") q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `${path}${path.includes("?") ? "&" : "?"}${s}` : path;
}

/** `?returnTo=…` for block pages opened from a step (the step page is where "back" leads). */
const rt = (returnTo?: string | null): Query => ({ returnTo: returnTo ?? undefined });

const org = (o: OrgRef) => `/o/${encodeURIComponent(o.slug)}`;
const accounting = (o: OrgRef, a: IdRef) => `${org(o)}/accountings/${a.id}`;
const report = (o: OrgRef, a: IdRef, r: IdRef) => `${accounting(o, a)}/reports/${r.id}`;

export const paths = {
  home: () => "/",
  login: (redirectTo?: string) => withQuery("/login", { redirectTo }),
  logout: () => "/logout",
  signup: () => "/signup",
  forgotPassword: () => "/forgot-password",
  resetPassword: (token: string) => `/reset-password/${encodeURIComponent(token)}`,
  language: () => "/language",
  settings: () => "/settings",
  settingsTokens: () => "/settings/tokens",
  newOrg: (query: Query = {}) => withQuery("/orgs/new", query),
  invitation: (token: string) => `/invite/${encodeURIComponent(token)}`,
  publicReport: (token: string) => `/r/${encodeURIComponent(token)}`,
  publicReportPdf: (token: string) => `/r/${encodeURIComponent(token)}/pdf`,

  org,
  members: (o: OrgRef) => `${org(o)}/members`,
  orgSettings: (o: OrgRef) => `${org(o)}/settings`,
  affiliations: (o: OrgRef) => `${org(o)}/affiliations`,
  orgReports: (o: OrgRef) => `${org(o)}/reports`,
  guide: (o: OrgRef, query: Query = {}) => withQuery(`${org(o)}/guide`, query),
  guideCompare: (o: OrgRef, method?: string) => `${org(o)}/guide/compare${method ? `#method-${method}` : ""}`,

  catalogue: (o: OrgRef, query: Query = {}) => withQuery(`${org(o)}/indicators`, query),
  catalogueIndicator: (o: OrgRef, i: IdRef) => `${org(o)}/indicators/${i.id}`,
  newIndicator: (o: OrgRef, query: Query = {}) => withQuery(`${org(o)}/indicators/new`, query),

  accountings: (o: OrgRef) => `${org(o)}/accountings`,
  newAccounting: (o: OrgRef, query: Query = {}) => withQuery(`${org(o)}/accountings/new`, query),
  accounting,
  /** Where the step pages live (the overview tab covers them); not a page itself. */
  steps: (o: OrgRef, a: IdRef) => `${accounting(o, a)}/steps`,
  step: (o: OrgRef, a: IdRef, stepKey: string) => `${accounting(o, a)}/steps/${encodeURIComponent(stepKey)}`,
  chain: (o: OrgRef, a: IdRef, query: { returnTo?: string | null; edit?: string; level?: string } = {}) =>
    withQuery(`${accounting(o, a)}/chain`, { edit: query.edit, level: query.level, ...rt(query.returnTo) }),
  stakeholders: (o: OrgRef, a: IdRef, query: { returnTo?: string | null; edit?: string } = {}) =>
    withQuery(`${accounting(o, a)}/stakeholders`, { edit: query.edit, ...rt(query.returnTo) }),
  actionPlan: (o: OrgRef, a: IdRef, query: { returnTo?: string | null; edit?: string } = {}) =>
    withQuery(`${accounting(o, a)}/action-plan`, { edit: query.edit, ...rt(query.returnTo) }),
  impactMap: (o: OrgRef, a: IdRef, query: { returnTo?: string | null } = {}) =>
    withQuery(`${accounting(o, a)}/impact-map`, rt(query.returnTo)),
  socioeconomic: (o: OrgRef, a: IdRef, query: { returnTo?: string | null } = {}) =>
    withQuery(`${accounting(o, a)}/socioeconomic`, rt(query.returnTo)),

  indicators: (o: OrgRef, a: IdRef) => `${accounting(o, a)}/indicators`,
  addIndicators: (o: OrgRef, a: IdRef, query: Query = {}) => withQuery(`${accounting(o, a)}/indicators/add`, query),
  indicator: (o: OrgRef, a: IdRef, link: IdRef) => `${accounting(o, a)}/indicators/${link.id}`,
  indicatorsImport: (o: OrgRef, a: IdRef) => `${accounting(o, a)}/indicators/import`,
  indicatorsExport: (o: OrgRef, a: IdRef, format: "csv" | "xlsx") =>
    withQuery(`${accounting(o, a)}/indicators/export`, { format }),
  indicatorsTemplate: (o: OrgRef, a: IdRef, format: "csv" | "xlsx") =>
    withQuery(`${accounting(o, a)}/indicators/template`, { format }),
  evidence: (o: OrgRef, a: IdRef) => `${accounting(o, a)}/evidence`,
  evidenceFile: (o: OrgRef, a: IdRef, e: IdRef) => `${accounting(o, a)}/evidence/${e.id}`,

  reports: (o: OrgRef, a: IdRef) => `${accounting(o, a)}/reports`,
  newReport: (o: OrgRef, a: IdRef) => `${accounting(o, a)}/reports/new`,
  report,
  reportFinances: (o: OrgRef, a: IdRef, r: IdRef) => `${report(o, a, r)}/finances`,
  reportStories: (o: OrgRef, a: IdRef, r: IdRef) => `${report(o, a, r)}/stories`,
  reportTender: (o: OrgRef, a: IdRef, r: IdRef) => `${report(o, a, r)}/tender`,
  reportPublish: (o: OrgRef, a: IdRef, r: IdRef) => `${report(o, a, r)}/publish`,
  reportVersions: (o: OrgRef, a: IdRef, r: IdRef) => `${report(o, a, r)}/versions`,
  reportDiff: (o: OrgRef, a: IdRef, r: IdRef, query: { from?: number | string; to?: number | string } = {}) =>
    withQuery(`${report(o, a, r)}/diff`, query),
  reportVersion: (o: OrgRef, a: IdRef, r: IdRef, version: number) => `${report(o, a, r)}/versions/${version}`,
  reportVersionPdf: (o: OrgRef, a: IdRef, r: IdRef, version: number) => `${report(o, a, r)}/versions/${version}/pdf`,

  api: {
    methods: () => "/api/v1/methods",
    recommend: () => "/api/v1/methods/recommend",
    sroi: () => "/api/v1/calculate/sroi",
    socioeconomic: () => "/api/v1/calculate/socioeconomic",
    reports: () => "/api/v1/reports",
    report: (id: string) => `/api/v1/reports/${id}`,
    reportPdf: (id: string) => `/api/v1/reports/${id}/pdf`,
    org: (o: OrgRef) => `/api/v1/orgs/${encodeURIComponent(o.slug)}`,
  },
} as const;
