import type { Audience } from './data/schema.js';
import type { SectionId } from './card/templates.js';
import type { LoadErrorCode } from './load/load-error.js';
import type { LoadState } from './load/summary-controller.js';

// Each event's detail by name, for framework typings (the manifest refers to them: custom-elements-manifest.config.mjs).
/** `detail` of `nutrient-interaction-load`. */
export type NutrientInteractionLoadDetail = { slug: string };
/** `detail` of `nutrient-interaction-error`. */
export type NutrientInteractionErrorDetail = { code: LoadErrorCode; message: string };
/** `detail` of `nutrient-interaction-audience-change`. */
export type NutrientInteractionAudienceChangeDetail = { audience: Audience };
/** `detail` of `nutrient-interaction-toggle`. */
export type NutrientInteractionToggleDetail = { section: SectionId; open: boolean };
/** `detail` of `nutrient-interaction-update`: the signed channel's newer version now shown (or its withdrawal). */
export type NutrientInteractionUpdateDetail = { slug: string; version: number; safety: boolean; withdrawn: boolean };

/** Every event the element fires, with its detail. All bubble and cross shadow boundaries. */
export interface NutrientInteractionEventMap {
  'nutrient-interaction-load': CustomEvent<NutrientInteractionLoadDetail>;
  'nutrient-interaction-error': CustomEvent<NutrientInteractionErrorDetail>;
  'nutrient-interaction-audience-change': CustomEvent<NutrientInteractionAudienceChangeDetail>;
  'nutrient-interaction-toggle': CustomEvent<NutrientInteractionToggleDetail>;
  'nutrient-interaction-update': CustomEvent<NutrientInteractionUpdateDetail>;
}

type DetailOf<K extends keyof NutrientInteractionEventMap> = NutrientInteractionEventMap[K]['detail'];

/** Fires a typed event: a misspelled name or a wrong detail does not compile. */
export function emit<K extends keyof NutrientInteractionEventMap>(el: HTMLElement, type: K, detail: DetailOf<K>): void {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Announces how a load ended: `nutrient-interaction-load`, or a console warning and `nutrient-interaction-error`. */
export function announce(el: HTMLElement, state: LoadState): void {
  if (state.status === 'complete') emit(el, 'nutrient-interaction-load', { slug: state.summary.slug });
  else if (state.status === 'error') emit(el, 'nutrient-interaction-error', { code: state.error.code, message: state.error.message });
}

declare global {
  interface HTMLElementEventMap extends NutrientInteractionEventMap {}
  interface DocumentEventMap extends NutrientInteractionEventMap {}
  interface WindowEventMap extends NutrientInteractionEventMap {}
}
