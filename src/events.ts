import type { Audience } from './data/schema.js';
import type { SectionId } from './card/templates.js';
import type { LoadErrorCode } from './load/load-error.js';

/** Every event the element fires, with its detail. All bubble and cross shadow boundaries. */
export interface NutrientInteractionEventMap {
  'nutrient-interaction-load': CustomEvent<{ slug: string }>;
  'nutrient-interaction-error': CustomEvent<{ code: LoadErrorCode; message: string }>;
  'nutrient-interaction-audience-change': CustomEvent<{ audience: Audience }>;
  'nutrient-interaction-toggle': CustomEvent<{ section: SectionId; open: boolean }>;
}

type DetailOf<K extends keyof NutrientInteractionEventMap> = NutrientInteractionEventMap[K]['detail'];

/** Fires a typed event: a misspelled name or a wrong detail does not compile. */
export function emit<K extends keyof NutrientInteractionEventMap>(el: HTMLElement, type: K, detail: DetailOf<K>): void {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends NutrientInteractionEventMap {}
  interface DocumentEventMap extends NutrientInteractionEventMap {}
  interface WindowEventMap extends NutrientInteractionEventMap {}
}
