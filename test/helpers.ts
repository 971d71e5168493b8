import { fixtureSync, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { NutrientInteraction } from '../src/nutrient-interaction.js';
import type { SectionId } from '../src/card/templates.js';
import type { Lang } from '../src/vocabulary.js';

export const SECTIONS: SectionId[] = ['guidelines', 'research', 'disclaimer', 'references'];

/** Renders the element and waits until it has either drawn its summary or its error state. */
export async function settled(template: TemplateResult): Promise<NutrientInteraction> {
  const el = fixtureSync<NutrientInteraction>(template);
  await Promise.race([oneEvent(el, 'nutrient-interaction-load'), oneEvent(el, 'nutrient-interaction-error')]);
  await el.updateComplete;
  return el;
}

/** The card in the page (light DOM). */
export function card(el: Element): HTMLElement {
  return el.querySelector<HTMLElement>(':scope > .ni-card')!;
}

export function text(el: Element | ShadowRoot | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function details(el: Element, section: SectionId): HTMLDetailsElement {
  return card(el).querySelector<HTMLDetailsElement>(`details[data-section="${section}"]`)!;
}

export async function openAll(el: NutrientInteraction): Promise<void> {
  for (const id of SECTIONS) el.toggleSection(id, true);
  await el.updateComplete;
}

export function radio(el: Element, audience: 'patient' | 'clinician'): HTMLInputElement {
  return card(el).querySelector<HTMLInputElement>(`.ni-audience input[value="${audience}"]`)!;
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

/**
 * The files that pin and check the others (topics/_pins.json, loaded beside a bundled topic; topics/_schema.json, beside
 * any `src`): tests that count or hold requests count and hold summaries, not these.
 */
export const isInfrastructure = (url: string): boolean => /\/_(pins|schema)\.json$/.test(url);

/** A fetch that records each requested URL in `urls` (with `all`, the pins and the schema too), then makes the real request. */
export function recordingFetch(urls: string[], { all = false } = {}): typeof fetch {
  const real = window.fetch;
  return (input, init) => ((all || !isInfrastructure(String(input))) && urls.push(String(input)), real(input, init));
}

/** A fetch whose responses wait until the test releases them, one gate per call, in order (summaries: see isInfrastructure). */
export function heldFetch(): { fetch: typeof fetch; calls: { url: string; release: () => void }[] } {
  const real = window.fetch;
  const calls: { url: string; release: () => void }[] = [];
  return {
    calls,
    fetch: (input, init) =>
      isInfrastructure(String(input)) ? real(input, init) : new Promise<Response>((resolve, reject) => {
        calls.push({ url: String(input), release: () => real(input, init).then(resolve, reject) });
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      }),
  };
}

/** The prerendered element for a topic, as the build writes it (made by scripts/prerender.ts before the tests run). */
export async function prerendered(slug: string, audience: 'patient' | 'clinician' = 'patient', lang: Lang = 'en'): Promise<string> {
  const response = await fetch(`/.cache/prerendered/${lang === 'en' ? '' : `${lang}/`}${slug}-${audience}.html`);
  if (!response.ok) throw new Error(`no prerendered fixture for ${slug} (${audience}): run the browser tests through npm`);
  return response.text();
}

/** Parses HTML into nodes without running scripts and without innerHTML on the live page. */
export function parse(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  fragment.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  return fragment;
}
