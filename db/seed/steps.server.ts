import { seedIndicatorCatalogue, seedIndicatorDemo } from "./indicators.server";
import { seedMethodGuideDemo } from "./method-guide.server";
import type { ReferenceStep, SeedStep } from "./types";
import { seedValueDemo } from "./value.server";

/**
 * The seed steps of each capability, in order. Reference steps run at every start and must be
 * idempotent; demo steps run once on an empty database (unless SEED_DEMO=false). Demo reports are
 * published through the publish use-case by `server/demo/publish-demo-reports.server.ts`, which
 * the HTTP entry hands to `seedDemo`.
 */
export const REFERENCE_STEPS: ReferenceStep[] = [seedIndicatorCatalogue];

export const DEMO_STEPS: SeedStep[] = [seedMethodGuideDemo, seedIndicatorDemo, seedValueDemo];
