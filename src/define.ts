import { NutrientInteraction } from './nutrient-interaction.js';

import { TAG_NAME } from './element/tag-name.js';

export { TAG_NAME };

/** Attributes a wrapper `<div data-nutrient-interaction="slug">` may carry, as data-* names, for the element. */
const WRAPPER_ATTRIBUTES = ['audience', 'heading-level', 'theme', 'follow-up-href', 'follow-up-label', 'loading'];

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
