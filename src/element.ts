// The class alone: importing it registers nothing (define it under a tag or registry of your choice).
export { NutrientInteraction, type SectionId } from './nutrient-interaction.js';
export type { NutrientInteractionEventMap } from './events.js';
