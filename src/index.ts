export { NutrientInteraction, type SectionId } from './nutrient-interaction.js';
export { TAG_NAME, loadFinder } from './define.js';
export type {
  NutrientInteractionEventMap,
  NutrientInteractionLoadDetail,
  NutrientInteractionErrorDetail,
  NutrientInteractionAudienceChangeDetail,
  NutrientInteractionToggleDetail,
  NutrientInteractionUpdateDetail,
} from './events.js';
export { LoadError, type LoadErrorCode } from './load/load-error.js';
export { clearSummaryCache, setBasePath } from './load/fetch-summary.js';
export { setChannel } from './element/updates.js';
export { validateSummary } from './load/load-summary.js';
export type { ValidationResult } from './data/validate.js';
export type { Audience, Summary, Reference, Text, Claim, Finding, Dose, EvidenceLevel, ReviewStatus, Rating, RatingLevel } from './data/schema.js';
