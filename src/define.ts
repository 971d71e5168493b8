import { NutrientInteraction } from './nutrient-interaction.js';
import { TAG_NAME } from './element/tag-name.js';
import { loadAddon } from './load/addons.js';
import { warmPins } from './load/fetch-summary.js';

export { TAG_NAME };

/**
 * Registers the element (a page may load the script twice: the first definition wins). Pages with wrappers that
 * editors which strip unknown tags keep (`<div data-nutrient-interaction="k2-d3">…prerendered card…</div>`) load the
 * add-on that turns them into elements (src/addons/wrappers.ts); the prerendered card inside shows meanwhile.
 */
export function define(): void {
  NutrientInteraction.define();
  if (document.querySelector(`${TAG_NAME}, div[data-nutrient-interaction]`)) warmPins();
  const upgrade = () => {
    if (!document.querySelector('div[data-nutrient-interaction]')) return;
    loadAddon('wrappers').then(
      (a) => a.upgradeWrappers(),
      (e: unknown) => console.warn('<nutrient-interaction>:', e),
    );
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgrade, { once: true });
  else upgrade();
}

define();

declare global {
  interface HTMLElementTagNameMap {
    'nutrient-interaction': NutrientInteraction;
  }
}
