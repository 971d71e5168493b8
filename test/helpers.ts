import { fixtureSync, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { NutrientInteraction } from '../src/nutrient-interaction.js';

/** Renders the element and waits until it has either rendered its summary or its error state. */
export async function settled(template: TemplateResult): Promise<NutrientInteraction> {
  const el = fixtureSync<NutrientInteraction>(template);
  await Promise.race([oneEvent(el, 'nutrient-interaction-load'), oneEvent(el, 'nutrient-interaction-error')]);
  await el.updateComplete;
  return el;
}

export function shadow(el: NutrientInteraction): ShadowRoot {
  return el.shadowRoot!;
}

export function text(el: Element | ShadowRoot): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function toggle(el: NutrientInteraction, section: string): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>(`#${section}-toggle`)!;
}

export function panel(el: NutrientInteraction, section: string): HTMLElement {
  return shadow(el).querySelector<HTMLElement>(`#${section}-panel`)!;
}

export async function openAll(el: NutrientInteraction): Promise<void> {
  for (const id of ['guidelines', 'research', 'disclaimer', 'references']) {
    if (toggle(el, id).getAttribute('aria-expanded') !== 'true') toggle(el, id).click();
    await el.updateComplete;
  }
}

export function radio(el: NutrientInteraction, audience: 'patient' | 'clinician'): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>(`input[value="${audience}"]`)!;
}

/** Runs `body` with `window.fetch` replaced by `fake`, restoring it afterwards. */
export async function withFetch<T>(fake: typeof fetch, body: () => Promise<T>): Promise<T> {
  const real = window.fetch;
  window.fetch = fake;
  try {
    return await body();
  } finally {
    window.fetch = real;
  }
}

/** A fetch that records each requested URL in `urls` and then makes the real request. */
export function recordingFetch(urls: string[]): typeof fetch {
  const real = window.fetch;
  return (input, init) => (urls.push(String(input)), real(input, init));
}
