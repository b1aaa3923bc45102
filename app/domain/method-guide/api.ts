/**
 * The public API view of the method catalogue: `GET /api/v1/methods` returns exactly
 * `{"methods":[{"key","name":{"sv","en"},"summary":{"sv","en"},"monetary","steps":[{"key","title":{"sv","en"}}]}]}`
 * for the eight methods of the guide (§2). The light path is not listed.
 */
import { METHODS } from "./catalogue";
import type { Localized, MethodKey } from "./types";

export interface ApiLocalized {
  sv: string;
  en: string;
}

export interface ApiMethod {
  key: MethodKey;
  name: ApiLocalized;
  summary: ApiLocalized;
  monetary: boolean;
  steps: { key: string; title: ApiLocalized }[];
}

export interface ApiMethodsResponse {
  methods: ApiMethod[];
}

/** Copies only sv and en, so no other property can leak into the public shape. */
function loc(value: Localized): ApiLocalized {
  return { sv: value.sv, en: value.en };
}

/** The body of the public methods endpoint, built fresh on every call (callers may mutate it). */
export function methodsForApi(): ApiMethodsResponse {
  return {
    methods: METHODS.map((m) => ({
      key: m.key as MethodKey,
      name: loc(m.name),
      summary: loc(m.summary),
      monetary: m.monetary,
      steps: m.steps.map((s) => ({ key: s.key, title: loc(s.title) })),
    })),
  };
}
