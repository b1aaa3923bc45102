import { seedIndicatorCatalogue, seedIndicatorDemo } from "./indicators.server";
import { seedMethodGuideDemo } from "./method-guide.server";
import { seedReportsDemo } from "./reports.server";
import type { ReferenceStep, SeedStep } from "./types";
import { seedValueDemo } from "./value.server";

/**
 * The seed steps of each capability, in order. Reference steps run at every start and must be
 * idempotent; demo steps run once on an empty database (unless SEED_DEMO=false).
 */
export const REFERENCE_STEPS: ReferenceStep[] = [seedIndicatorCatalogue];

export const DEMO_STEPS: SeedStep[] = [seedMethodGuideDemo, seedIndicatorDemo, seedValueDemo, seedReportsDemo];
