import { TAG_NAME } from '../element/tag-name.js';
import { register } from './registry.js';

/** Attributes a wrapper `<div data-nutrient-interaction="slug">` may carry, as data-* names, for the element. */
const WRAPPER_ATTRIBUTES = ['audience', 'heading-level', 'theme', 'follow-up-href', 'follow-up-label', 'loading'];

/**
 * The wrappers add-on: turns the wrappers that editors which strip unknown tags keep
 * (`<div data-nutrient-interaction="k2-d3">…prerendered card…</div>`) into elements. Loaded only by pages that have one.
 */
export function upgradeWrappers(): void {
  document.querySelectorAll<HTMLElement>('div[data-nutrient-interaction]').forEach(upgradeWrapper);
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

register('wrappers', { upgradeWrappers });
