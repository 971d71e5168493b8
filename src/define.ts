import { NutrientInteraction } from './nutrient-interaction.js';

export const TAG_NAME = 'nutrient-interaction';

// A page may load the script twice (two plugins, two versions): the first definition wins, the second is a no-op.
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, NutrientInteraction);

declare global {
  interface HTMLElementTagNameMap {
    'nutrient-interaction': NutrientInteraction;
  }
}
