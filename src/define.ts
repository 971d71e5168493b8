import { NutrientInteraction } from './nutrient-interaction.js';

import type { Audience } from './data/schema.js';
import type { LoadErrorCode } from './data/load.js';

export const TAG_NAME = 'nutrient-interaction';

// A page may load the script twice (two plugins, two versions): the first definition wins, the second is a no-op.
if (!customElements.get('nutrient-interaction')) customElements.define('nutrient-interaction', NutrientInteraction);

declare global {
  interface HTMLElementTagNameMap {
    'nutrient-interaction': NutrientInteraction;
  }
  interface HTMLElementEventMap {
    'nutrient-interaction-load': CustomEvent<{ slug: string }>;
    'nutrient-interaction-error': CustomEvent<{ code: LoadErrorCode; message: string }>;
    'nutrient-interaction-audience-change': CustomEvent<{ audience: Audience }>;
    'nutrient-interaction-toggle': CustomEvent<{ section: import('./nutrient-interaction.js').SectionId; open: boolean }>;
  }
}
