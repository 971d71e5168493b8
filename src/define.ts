import { NutrientInteraction } from './nutrient-interaction.js';

import { TAG_NAME } from './element/tag-name.js';
import { OBSERVED } from './element/attributes.js';

export { TAG_NAME };

/**
 * Attributes a wrapper `<div data-nutrient-interaction="slug">` may carry, as data-* names, for the element: all of the
 * element's (src/element/attributes.ts), so a new one works here too, but the three the wrapper gives otherwise: its
 * topic is the data-nutrient-interaction value, its language comes from the wrapper or its card (below), and it holds
 * a bundled topic's prerendered card, which an address (src) would replace with data from elsewhere.
 */
const WRAPPER_ATTRIBUTES = OBSERVED.filter((name) => name !== 'topic' && name !== 'src' && name !== 'lang');

/**
 * Registers the element (a page may load the script twice: the first definition wins) and upgrades the wrappers that
 * editors which strip unknown tags keep: `<div data-nutrient-interaction="k2-d3">…prerendered card…</div>`.
 */
export function define(): void {
  NutrientInteraction.define();
  const upgrade = () => document.querySelectorAll<HTMLElement>('div[data-nutrient-interaction]').forEach(upgradeWrapper);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgrade, { once: true });
  else upgrade();
}

function upgradeWrapper(div: HTMLElement): void {
  const el = document.createElement(TAG_NAME);
  el.setAttribute('topic', div.dataset.nutrientInteraction ?? '');
  for (const name of WRAPPER_ATTRIBUTES) {
    const value = div.getAttribute(`data-${name}`);
    if (value !== null) el.setAttribute(name, value);
  }
  // The card's language, from the wrapper or else from the prerendered card itself: without it the element follows the
  // page's, and a Spanish card on an English page would be replaced by the English one.
  const lang = div.lang || div.querySelector<HTMLElement>('.ni-card')?.lang;
  if (lang) el.lang = lang;
  // The same nodes move, in the same place: nothing is drawn twice and nothing shifts.
  el.append(...div.childNodes);
  div.replaceWith(el);
}

define();

declare global {
  interface HTMLElementTagNameMap {
    'nutrient-interaction': NutrientInteraction;
  }
}
