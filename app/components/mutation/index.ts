export * from "./action-notices";
export * from "./confirm-page";
export * from "./conflict-view";
export * from "./unsaved-changes";
export * from "./form-token";
