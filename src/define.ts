import { NutrientInteraction } from './nutrient-interaction.js';
import { TAG_NAME } from './element/tag-name.js';
import { loadAddon } from './load/addons.js';
import { warmPins } from './load/fetch-summary.js';
import { finderKit } from './load/finder-kit.js';

export { TAG_NAME };

/**
 * Registers the element (a page may load the script twice: the first definition wins). Pages with wrappers that
 * editors which strip unknown tags keep (`<div data-nutrient-interaction="k2-d3">…prerendered card…</div>`) load the
 * add-on that turns them into elements (src/addons/wrappers.ts); the prerendered card inside shows meanwhile. Pages
 * with a `<nutrient-interaction-finder>` load its add-on (src/addons/finder.ts).
 */
/**
 * Defines `<nutrient-interaction-finder>` (loading its add-on). Pages that have one when the script runs need not call
 * it; an app that adds one later does.
 */
export const loadFinder = (): Promise<void> => loadAddon('finder').then((a) => a.defineFinder(finderKit()));

export function define(): void {
  NutrientInteraction.define();
  if (document.querySelector(`${TAG_NAME}, div[data-nutrient-interaction]`)) warmPins();
  const warn = (e: unknown) => console.warn('<nutrient-interaction>:', e);
  const upgrade = () => {
    if (document.querySelector('div[data-nutrient-interaction]')) loadAddon('wrappers').then((a) => a.upgradeWrappers(), warn);
    // The finder's add-on, with this script's Lit and loading (its prerendered A–Z list shows meanwhile).
    if (document.querySelector('nutrient-interaction-finder')) loadFinder().catch(warn);
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
