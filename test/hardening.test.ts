import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { clearSummaryCache, limits, pendingRequests } from '../src/load/fetch-summary.js';
import type { NutrientInteraction } from '../src/nutrient-interaction.js';
import { recordingFetch, isInfrastructure, card, openAll, settled, text, withFetch } from './helpers.js';

const shadow = (el: Element) => el.shadowRoot!;

const MINIMAL = '/test/fixtures/minimal.json';
const errorText = (el: Element) => text(el.shadowRoot!.querySelector('[role="alert"]')!);

describe('hardening', () => {
  beforeEach(() => {
    clearSummaryCache();
    localStorage.clear();
  });

  describe('network and lifecycle', () => {
    it('switching topic hundreds of times ends on the last topic, with earlier requests cancelled and none left over', async () => {
      const real = window.fetch;
      let started = 0;
      let aborted = 0;
      const el = await fixture<NutrientInteraction>(html`<nutrient-interaction loading="eager"></nutrient-interaction>`);
      await withFetch(
        (input, init) => {
          if (isInfrastructure(String(input))) return real(input, init);
          started++;
          init?.signal?.addEventListener('abort', () => aborted++);
          return real(input, init);
        },
        async () => {
          const slugs = ['k2-d3', 'vitc-iron', 'zinc-copper', 'calcium-iron', 'vitk-warfarin', 'magnesium-vitd'];
          for (let i = 0; i < 300; i++) {
            el.topic = slugs[i % slugs.length];
            await el.updateComplete;
          }
          el.topic = 'zinc-copper';
          await oneEvent(el, 'nutrient-interaction-load');
          await el.updateComplete;
        },
      );
      expect(text(card(el).querySelector('.ni-title'))).to.match(/zinc/i);
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(started).to.be.greaterThan(100);
      expect(aborted).to.equal(started - 1);
      expect(pendingRequests()).to.equal(0); // the settled summary stays shared; nothing is in flight
    });

    it('adds no listeners that outlive it', async () => {
      // Every listener added to the window, the document or a media query, by type: added, and still there.
      const added = new Map<string, number>();
      const left = new Map<string, number>();
      const targets = [window, document, MediaQueryList.prototype] as const;
      const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
      targets.forEach((t) => {
        const [add, remove] = [t.addEventListener, t.removeEventListener];
        t.addEventListener = function (this: EventTarget, type: string, ...rest: any[]) {
          added.set(type, (added.get(type) ?? 0) + 1);
          left.set(type, (left.get(type) ?? 0) + 1);
          return (add as any).call(this, type, ...rest);
        } as any;
        t.removeEventListener = function (this: EventTarget, type: string, ...rest: any[]) {
          left.set(type, (left.get(type) ?? 0) - 1);
          return (remove as any).call(this, type, ...rest);
        } as any;
      });
      try {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        for (let i = 0; i < 200; i++) {
          const el = document.createElement('nutrient-interaction');
          el.setAttribute('src', MINIMAL);
          host.append(el);
          await el.updateComplete;
          el.remove();
        }
        // The instrument sees the widgets' own global listener (the audience choice in other tabs) come and go.
        expect(added.get('storage') ?? 0, 'storage listeners added').to.be.at.least(200);
        expect([...left].filter(([, n]) => n !== 0)).to.deep.equal([]);
        expect(pendingRequests()).to.equal(0);
      } finally {
        targets.forEach((t, i) => ([t.addEventListener, t.removeEventListener] = originals[i]!));
      }
    });

    it('gives up after the timeout with a retry', async () => {
      const saved = limits.timeoutMs;
      limits.timeoutMs = 300;
      try {
        const el = await settled(html`<nutrient-interaction src="/test/slow.json"></nutrient-interaction>`);
        expect(errorText(el)).to.contain('took too long');
        expect(shadow(el).querySelector('[role="alert"] button')).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        limits.timeoutMs = saved;
      }
    });

    it('reports offline as offline', async () => {
      const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
      try {
        const el = await withFetch(() => Promise.reject(new TypeError('Failed to fetch')), () =>
          settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`),
        );
        expect(errorText(el)).to.contain('You seem to be offline');
        expect(shadow(el).querySelector('[role="alert"] button')).to.exist;
      } finally {
        Object.defineProperty(Navigator.prototype, 'onLine', onLine);
      }
    });

    for (const path of ['/test/big.json', '/test/big-chunked.json']) {
      it(`rejects a response over 256 KB (${path})`, async () => {
        const error = oneEvent(document, 'nutrient-interaction-error');
        const el = await settled(html`<nutrient-interaction src=${path}></nutrient-interaction>`);
        expect((await error).detail.code).to.equal('too-large');
        expect(errorText(el)).to.contain('too large');
      });
    }

    it('rejects an unknown schemaVersion with a clear message', async () => {
      const json = await (await fetch(MINIMAL)).json();
      json.schemaVersion = 2;
      const el = await withFetch(async () => new Response(JSON.stringify(json)), () =>
        settled(html`<nutrient-interaction src="/v2.json"></nutrient-interaction>`),
      );
      expect(errorText(el)).to.contain('for another version of the widget');
    });
  });

  describe('pinned topics (the test server fills in the hashes the build does)', () => {
    // A bundled topic whose bytes differ from the ones the script was built with, as a CDN could serve it.
    const tampered = (path: string) => {
      const real = window.fetch;
      return (async (input, init) => {
        const response = await real(input, init);
        if (!String(input).endsWith(path)) return response;
        const json = await response.json();
        json.title.patient = 'Take as much as you like.';
        return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
    };

    for (const [lang, path] of [
      ['en', '/src/data/topics/zinc-copper.json'],
      ['es', '/src/data/topics/es/zinc-copper.json'],
    ] as const) {
      it(`refuses a changed bundled topic (${lang}: pinned by ${lang === 'en' ? 'the script' : 'its _ui.json'}), showing none of it`, async () => {
        const error = oneEvent(document, 'nutrient-interaction-error');
        const el = await withFetch(tampered(path), () =>
          settled(html`<nutrient-interaction topic="zinc-copper" lang=${lang} loading="eager"></nutrient-interaction>`),
        );
        expect((await error).detail.code).to.equal('integrity');
        expect(errorText(el)).to.not.contain('as much as you like');
        expect(el.querySelector('.ni-card')).to.equal(null);
      });
    }

    it('shows the same topic unchanged, and a changed file named by src (not pinned) as written', async () => {
      const el = await settled(html`<nutrient-interaction topic="zinc-copper" loading="eager"></nutrient-interaction>`);
      expect(card(el).querySelector('.ni-title')).to.exist;
      clearSummaryCache();
      const path = '/src/data/topics/zinc-copper.json';
      const bySrc = await withFetch(tampered(path), () => settled(html`<nutrient-interaction src=${path} loading="eager"></nutrient-interaction>`));
      expect(text(card(bySrc))).to.contain('Take as much as you like.');
    });

    it('shows only what the pins list: a file in the topics folder that is not a topic (the catalog) is refused as not found', async () => {
      const urls: string[] = [];
      const error = oneEvent(document, 'nutrient-interaction-error');
      await withFetch(recordingFetch(urls), () => settled(html`<nutrient-interaction topic="index" loading="eager"></nutrient-interaction>`));
      expect((await error).detail.code).to.equal('not-found');
      // The file was there (it was fetched); the pins do not list it.
      expect(urls.some((u) => u.endsWith('/topics/index.json'))).to.equal(true);
    });
  });

  describe('hostile content', () => {
    const HOSTILE = [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 1">',
      '"><svg onload="window.__pwned=1">',
      'javascript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      '{{constructor.constructor("window.__pwned=1")()}}',
      '${window.__pwned=1}',
      '\u202Eevil\u202C \u0000 \uFEFF \uD83D\uDE00 \u0301',
    ];
    const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 60 }));

    /** Every string leaf of the fixture, with a setter. */
    function stringLeaves(node: any, out: { get: () => string; set: (v: string) => void; key: string }[] = [], path = '') {
      for (const [k, v] of Object.entries(node)) {
        const here = `${path}.${k}`;
        if (typeof v === 'string') out.push({ key: here, get: () => node[k], set: (x) => (node[k] = x) });
        else if (v && typeof v === 'object') stringLeaves(v, out, here);
      }
      return out;
    }

    it('never runs injected script, never links a non-http(s) URL, and shows strings literally or an error', async () => {
      const base = await (await fetch(MINIMAL)).json();
      // Every file is the hostile one but the format's schema, which the element loads to check it.
      const realFetch = window.fetch;
      let run = 0;
      // A refused file says why on the console, once per widget: recorded here rather than flooding the test log.
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(fc.tuple(fc.nat(), hostileString), { minLength: 1, maxLength: 6 }), async (edits) => {
            const data = structuredClone(base);
            const leaves = stringLeaves(data);
            const changed: string[] = [];
            for (const [i, value] of edits) {
              const leaf = leaves[i % leaves.length]!;
              leaf.set(value);
              changed.push(value);
            }
            clearSummaryCache();
            const url = `/fc/${run++}.json`;
            const warned = warnings.length;
            const el = await withFetch(async (input) => (isInfrastructure(String(input)) ? realFetch(input) : new Response(JSON.stringify(data))), () =>
              settled(html`<nutrient-interaction src=${url} structured-data audience=${run % 2 ? 'clinician' : 'patient'}></nutrient-interaction>`),
            );
            try {
              if (shadow(el).querySelector('[role="alert"]')) {
                expect(warnings.length - warned, 'one console warning for a refused file').to.equal(1);
                expect(String(warnings.at(-1)![0])).to.match(/^<nutrient-interaction>: The summary file is not in the expected format\./);
              } else {
                expect(warnings.length, 'no warning for a shown card').to.equal(warned);
                await openAll(el);
              }
              await new Promise((r) => setTimeout(r));
              expect((window as any).__pwned, 'injected code ran').to.equal(undefined);
              for (const a of el.querySelectorAll("a[href]")) {
                expect(a.getAttribute('href')!, 'link').to.match(/^(https?:\/\/|#ni-[a-z0-9-]+-ref-\d+$)/);
              }
              expect(el.querySelectorAll('.ni-card :is(script, img, svg, iframe)').length, 'no injected elements').to.equal(0);
              expect(el.querySelectorAll(':scope > :not(script[type="application/ld+json"], .ni-card)').length).to.equal(0);
              if (!shadow(el).querySelector('[role="alert"]')) {
                // Rendered: each changed wording of the shown audience appears as text, exactly.
                const shown = card(el).textContent!;
                const audience = el.audience;
                for (const leaf of leaves) {
                  if (!leaf.key.endsWith(`.${audience}`) || !changed.includes(leaf.get())) continue;
                  expect(shown.includes(leaf.get()), `shown literally: ${JSON.stringify(leaf.get())}`).to.be.true;
                }
              }
            } finally {
              el.remove();
            }
          }),
          { numRuns: 120 },
        );
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('strict host pages', () => {
    it('renders under a strict CSP with Trusted Types, with zero violations', async () => {
      const frame = document.createElement('iframe');
      frame.src = '/test/csp/strict.html';
      frame.style.cssText = 'width:800px;height:600px';
      document.body.append(frame);
      try {
        await waitUntil(() => frame.contentDocument?.querySelector('nutrient-interaction .ni-card'), 'rendered', { timeout: 4000 });
        const doc = frame.contentDocument!;
        await waitUntil(() => doc.querySelectorAll('nutrient-interaction')[1]!.shadowRoot?.querySelector('[role="alert"]'), 'error state rendered');
        const [widget] = doc.querySelectorAll('nutrient-interaction');
        (widget as NutrientInteraction).toggleSection('research', true);
        await (widget as NutrientInteraction).updateComplete;
        await waitUntil(() => widget!.querySelector('script[type="application/ld+json"]'), 'JSON-LD through the Trusted Types policy');
        expect(getComputedStyle(widget!.querySelector('.ni-safety')!).backgroundColor, 'card styles applied').not.to.equal('rgba(0, 0, 0, 0)');
        expect((frame.contentWindow as any).__violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
