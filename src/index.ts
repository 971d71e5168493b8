export { NutrientInteraction, type SectionId } from './nutrient-interaction.js';
export { TAG_NAME } from './define.js';
export { LoadError, clearSummaryCache, type LoadErrorCode } from './data/load.js';
export { validateSummary, type ValidationResult } from './data/validate.js';
export type { Audience, Summary, Reference, Text, Claim, Finding, Dose, EvidenceLevel, ReviewStatus } from './data/schema.js';
