import type { ReferenceStep, SeedStep } from "./types";

/**
 * The seed steps of each capability, in order. Reference steps run at every start and must be
 * idempotent; demo steps run once on an empty database (unless SEED_DEMO=false).
 */
export const REFERENCE_STEPS: ReferenceStep[] = [];

export const DEMO_STEPS: SeedStep[] = [];
