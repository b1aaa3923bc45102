/** Synlig UI kit: import from "~/components/ui". All visible text arrives as props. */
export * from "./app-shell";
export * from "./button";
export * from "./client-only";
export * from "./cx";
export * from "./dialog";
export * from "./empty-state";
export * from "./error-summary";
export * from "./field";
export * from "./notice";
export * from "./page";
export * from "./table";
