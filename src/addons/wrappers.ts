import { TAG_NAME } from '../element/tag-name.js';
import { register } from './registry.js';

/**
 * Attributes a wrapper `<div data-nutrient-interaction="slug">` may carry, as data-* names, for the element: all the
 * element observes (src/element/attributes.ts, read from the defined class so a new one works here too), but the three
 * the wrapper gives otherwise: its topic is the data-nutrient-interaction value, its language comes from the wrapper or
 * its card (below), and it holds a bundled topic's prerendered card, which an address (src) would replace with data
 * from elsewhere.
 */
const wrapperAttributes = (): string[] =>
  ((customElements.get(TAG_NAME) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? []).filter(
    (name) => name !== 'topic' && name !== 'src' && name !== 'lang',
  );

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
  for (const name of wrapperAttributes()) {
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
