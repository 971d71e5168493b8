import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clearSummaryCache } from '../../src/load/fetch-summary.js';
import type { NutrientInteraction } from '../../src/nutrient-interaction.js';
import { card, details, parse, prerendered, text } from '../helpers.js';

// A corrected topic reaches a page that embedded version 1: the element asks the signed channel (here the test
// server's, signed by a throwaway key this run's add-on trusts) after its card has painted, and takes only a signed,
// newer version of the same topic.
const channel = (variant: string) => `/test/channel/${variant}/`;

/**
 * The prerendered version-1 card, as a publisher pastes it, asking `variant`'s channel. (The add-on asks once per
 * topic, language and version on a page: tests that must see a request use a topic no other test asks for.)
 */
async function embedded(variant: string, lang: 'en' | 'es' = 'en', extra: Record<string, string> = {}, slug = 'k2-d3') {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const fragment = parse(await prerendered(slug, 'patient', lang));
  const el = fragment.querySelector('nutrient-interaction') as NutrientInteraction;
  el.setAttribute('channel', channel(variant));
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  const loaded = oneEvent(el, 'nutrient-interaction-load');
  holder.append(fragment);
  await loaded;
  return el;
}

async function counting<T>(body: (warnings: string[]) => Promise<T>): Promise<T> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return await body(warnings);
  } finally {
    console.warn = warn;
  }
}

describe('updates from the signed channel', () => {
  beforeEach(() => {
    clearSummaryCache();
    localStorage.clear();
  });

  it('replaces a prerendered version 1 with a signed version 2 after first paint, keeping what the reader opened, with the update line', async () => {
    let painted = false;
    requestAnimationFrame(() => (painted = true));
    // Every layout shift until the update, and none allowed.
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value)));
    observer.observe({ type: 'layout-shift', buffered: true });
    const el = await embedded('v2', 'en');
    el.toggleSection('research', true);
    el.audience = 'clinician';
    expect(shifts.reduce((a, b) => a + b, 0), 'layout shift before the update').to.equal(0);
    await waitUntil(() => card(el).querySelector('.ni-update'), 'update line', { timeout: 4000 });
    observer.disconnect();
    expect(painted, 'the card painted before the update').to.equal(true);
    const line = card(el).querySelector('.ni-update')!;
    expect(text(line)).to.equal('Safety correction, December 20, 2026: The dose for children under 9 was corrected.');
    expect(line.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-20');
    expect(details(el, 'research').open, 'the section the reader opened').to.equal(true);
    expect(card(el).dataset.audience).to.equal('clinician');
    await expect(el).to.be.accessible();
  });

  it('says so in Spanish on a Spanish card', async () => {
    const el = await embedded('v2', 'es');
    const event = await oneEvent(el, 'nutrient-interaction-update');
    expect(event.detail).to.deep.equal({ slug: 'k2-d3', version: 2, safety: true, withdrawn: false });
    expect(!!card(el).querySelector('.ni-update'), 'the line is on the page when the event fires').to.equal(true);
    expect(text(card(el).querySelector('.ni-update'))).to.equal('Corrección de seguridad del 20 de diciembre de 2026: Se corrigió la dosis para menores de 9 años.');
  });

  for (const lang of ['en', 'es'] as const) {
    it(`a withdrawn topic is replaced by the notice and its reason (${lang})`, async () => {
      const el = await embedded('withdrawn', lang, {}, 'omega3-anticoagulants');
      const event = await oneEvent(el, 'nutrient-interaction-update');
      expect(event.detail.withdrawn).to.equal(true);
      const notice = text(card(el).querySelector('.ni-withdrawn'));
      expect(notice).to.equal(lang === 'es' ? 'Este resumen se retiró el 20 de diciembre de 2026: Las pruebas cambiaron.' : 'This summary was withdrawn on December 20, 2026: The evidence changed.');
      expect(!!card(el).querySelector('.ni-safety, details'), 'the card body').to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  for (const variant of ['tampered', 'stranger']) {
    it(`changes nothing for ${variant}, with one warning`, async () => {
      await counting(async (warnings) => {
        const el = await embedded(variant);
        const before = card(el).textContent;
        await waitUntil(() => warnings.some((w) => w.includes('/test/channel/')), 'the refusal', { timeout: 4000 });
        await el.updateComplete;
        expect(warnings.filter((w) => w.includes('/test/channel/'))).to.have.length(1);
        expect(card(el).textContent === before, 'the card as it was').to.equal(true);
        expect(!!card(el).querySelector('.ni-update'), 'update line').to.equal(false);
      });
    });
  }

  it('after version 2 was seen on the page, a signed version 1 changes nothing, with one warning (a replay)', async () => {
    const slug = 'minerals-levothyroxine';
    const first = await embedded('v2', 'en', {}, slug);
    await waitUntil(() => card(first).querySelector('.ni-update'), 'version 2 taken', { timeout: 4000 });
    await counting(async (warnings) => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const fragment = parse(await prerendered(slug, 'patient', 'en'));
      const el = fragment.querySelector('nutrient-interaction') as NutrientInteraction;
      el.setAttribute('channel', channel('v1'));
      const loaded = oneEvent(el, 'nutrient-interaction-load');
      holder.append(fragment);
      await loaded;
      const before = card(el).textContent;
      await waitUntil(() => warnings.some((w) => w.includes('/test/channel/v1/')), 'the refusal', { timeout: 4000 });
      expect(warnings.filter((w) => w.includes('/test/channel/'))).to.have.length(1);
      expect(warnings[0]).to.match(/older than the version shown \(2\)/);
      expect(card(el).textContent === before, 'the card as it was').to.equal(true);
    });
  });

  it('keeps the pinned version where WebCrypto has no Ed25519', async () => {
    const importKey = crypto.subtle.importKey;
    crypto.subtle.importKey = () => Promise.reject(new DOMException('Unrecognized name', 'NotSupportedError'));
    const asked: string[] = [];
    const real = window.fetch;
    window.fetch = (input, init) => (asked.push(String(input)), real(input, init));
    try {
      const el = await embedded('v2', 'en', {}, 'vitk-warfarin');
      await new Promise((r) => setTimeout(r, 300));
      expect(!!card(el).querySelector('.ni-update'), 'update line').to.equal(false);
      expect(asked.filter((u) => u.includes('/test/channel/')), 'nothing fetched from the channel').to.deep.equal([]);
    } finally {
      crypto.subtle.importKey = importKey;
      window.fetch = real;
    }
  });

  // A server that installed the correction itself (the WordPress plugin) prints the version-2 card while the script
  // still bundles version 1: the page must never go back to the older text.
  async function newerPrerendered(slug: string, extra: Record<string, string>) {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const fragment = parse(await prerendered(slug, 'patient', 'en'));
    const el = fragment.querySelector('nutrient-interaction') as NutrientInteraction;
    for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
    const article = fragment.querySelector<HTMLElement>('article.ni-card')!;
    article.dataset.version = '2';
    article.querySelector('.ni-bottom-line p')!.append(' (version 2 wording)');
    const loaded = oneEvent(el, 'nutrient-interaction-load');
    holder.append(fragment);
    await loaded;
    await el.updateComplete;
    return el;
  }

  it('keeps a prerendered version 2 over the bundled version 1, until the channel brings version 2 (no update line)', async () => {
    const el = await newerPrerendered('folic-acid-b12', { channel: channel('v2') });
    expect(text(card(el).querySelector('.ni-bottom-line p')).endsWith('(version 2 wording)'), 'the prerendered text after load').to.equal(true);
    await waitUntil(() => card(el).querySelector('input[type="radio"]'), 'the card drawn from the channel copy', { timeout: 4000 });
    expect(card(el).dataset.version).to.equal('2');
    expect(!!card(el).querySelector('.ni-update'), 'update line over a card that already was version 2').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('keeps a prerendered version 2 over the bundled version 1 with updates="off"', async () => {
    const el = await newerPrerendered('biotin-lab-tests', { updates: 'off' });
    await new Promise((r) => setTimeout(r, 300));
    expect(text(card(el).querySelector('.ni-bottom-line p')).endsWith('(version 2 wording)'), 'the prerendered text').to.equal(true);
    expect(card(el).dataset.version).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('asks nothing with updates="off"', async () => {
    const asked: string[] = [];
    const real = window.fetch;
    window.fetch = (input, init) => (asked.push(String(input)), real(input, init));
    try {
      const el = await embedded('v2', 'en', { updates: 'off' }, 'zinc-copper');
      await new Promise((r) => setTimeout(r, 300));
      expect(asked.filter((u) => u.includes('/test/channel/'))).to.deep.equal([]);
      expect(!!card(el).querySelector('.ni-update'), 'update line').to.equal(false);
    } finally {
      window.fetch = real;
    }
  });
});
