/** Indicators and outcomes: pure domain modules (docs/domain/method-guide.md §1, §9, §10.2). */
export * from "./types";
export * from "./units";
export * from "./periods";
export * from "./numbers";
export * from "./disaggregation";
export * from "./messages";
export * from "./import";
export * from "./attainment";
export * from "./schema";
export * from "./catalogue-search";
