import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { validateSummary } from '../src/index.js';
import { sendMouse } from '@web/test-runner-commands';
import { clearSummaryCache, pendingRequests } from '../src/load/fetch-summary.js';
import type { Summary, Text } from '../src/data/schema.js';
import type { NutrientInteraction } from '../src/nutrient-interaction.js';
import { card, details, heldFetch, openAll, parse, prerendered, radio, recordingFetch, SECTIONS, settled, text, withFetch } from './helpers.js';
import { AUDIENCES, LANGUAGES } from '../src/vocabulary.js';

const MINIMAL = '/test/fixtures/minimal.json';
const TOPICS: string[] = ((await (await fetch('/src/data/topics/index.json')).json()) as { topics: { slug: string }[] }).topics.map((t) => t.slug);

/** Every { patient, clinician } pair in a summary, wherever it sits. */
function wordings(node: unknown, out: Text[] = []): Text[] {
  if (Array.isArray(node)) node.forEach((n) => wordings(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.patient === 'string' && typeof o.clinician === 'string') out.push(o as Text);
    else Object.values(o).forEach((n) => wordings(n, out));
  }
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
// The card's text without the line that differs by design: the prerendered audience note becomes the choice.
const cardText = (el: Element) => {
  const clone = card(el).cloneNode(true) as HTMLElement;
  clone.querySelector('.ni-audience')?.remove();
  return text(clone);
};

/**
 * Resolves once the browser has reported whether `els` are near the viewport, to the widgets too: an observer made here
 * hears it in the same task as the widgets' own (made earlier, observing since they connected); one task later, they
 * have acted on it.
 */
function reported(els: Element[]): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      setTimeout(resolve);
    });
    els.forEach((el) => observer.observe(el));
  });
}

describe('<nutrient-interaction>', () => {
  beforeEach(() => {
    clearSummaryCache();
    localStorage.clear();
  });

  describe('with the bundled k2-d3 topic', () => {
    let data: Summary;
    before(async () => {
      data = await (await fetch('/src/data/topics/k2-d3.json')).json();
    });

    it('renders the question as a heading, bottom line, rating, review status, date and the safety note', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      expect(norm(card(el).querySelector('h2')!.textContent!)).to.equal(data.title.patient);
      const time = card(el).querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(data.review.lastUpdated);
      expect(time.textContent).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${data.review.lastUpdated}T00:00:00Z`)),
      );
      expect(text(card(el).querySelector('.ni-meta'))).to.contain('Review status: Submitted');
      expect(text(card(el).querySelector('.ni-bottom-line'))).to.contain(norm(data.bottomLine!.text.patient));
      expect(text(card(el).querySelector('.ni-rating'))).to.contain(`In short: ${norm(data.rating!.action.patient)}`);
      const safety = card(el).querySelector('.ni-safety')!;
      expect(safety.getAttribute('role')).to.equal('note');
      expect(safety.querySelector('h3')).to.exist;
      expect(safety.querySelectorAll('li').length).to.equal(data.safety.points.length);
      // The bottom line and safety come before every collapsible section.
      expect(card(el).querySelector('.ni-bottom-line')!.compareDocumentPosition(details(el, 'guidelines')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });

    it('starts with every section closed, in patient wording, as native details that find-in-page can open', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      expect(el.audience).to.equal('patient');
      expect(radio(el, 'patient').checked).to.be.true;
      for (const id of SECTIONS) {
        expect(details(el, id).localName).to.equal('details');
        expect(details(el, id).open, id).to.be.false;
      }
    });

    it('swaps every piece of wording when the audience changes, keeping open sections open', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      await openAll(el);
      const all = wordings(data);
      expect(all.length).to.be.greaterThan(30);
      for (const w of all) expect(text(card(el)), w.patient).to.contain(norm(w.patient));
      const changed = oneEvent(el, 'nutrient-interaction-audience-change');
      radio(el, 'clinician').click();
      expect((await changed).detail).to.deep.equal({ audience: 'clinician' });
      await el.updateComplete;
      expect(el.getAttribute('audience')).to.equal('clinician');
      for (const w of all) expect(text(card(el)), w.clinician).to.contain(norm(w.clinician));
      for (const id of SECTIONS) expect(details(el, id).open, id).to.be.true;
    });

    it('uses real headings at the chosen level', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3" heading-level="3"></nutrient-interaction>`);
      expect(card(el).querySelector('.ni-title')!.localName).to.equal('h3');
      expect(card(el).querySelector('.ni-safety-heading')!.localName).to.equal('h4');
      await openAll(el);
      expect(details(el, 'research').querySelector('h4')).to.exist;
    });

    it('opens References at a citation and focuses the entry, without changing the page URL', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      const before = location.href;
      const link = card(el).querySelector<HTMLAnchorElement>('.ni-safety a.ni-cite')!;
      link.click();
      await el.updateComplete;
      expect(details(el, 'references').open).to.be.true;
      expect(document.activeElement!.id).to.equal(link.getAttribute('href')!.slice(1));
      expect(location.href).to.equal(before);
    });

    it('toggleSection opens and closes a section and fires one toggle event each time', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      const events: unknown[] = [];
      el.addEventListener('nutrient-interaction-toggle', (e) => events.push(e.detail));
      el.toggleSection('research');
      el.toggleSection('research', true);
      el.toggleSection('research', false);
      // The browser's own toggle event comes a task later (the widget hears it before this listener, in capture).
      await oneEvent(details(el, 'research'), 'toggle');
      expect(events).to.deep.equal([
        { section: 'research', open: true },
        { section: 'research', open: false },
      ]);
    });

    it('is accessible in both audiences with every section open', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      await openAll(el);
      await expect(el).to.be.accessible();
      radio(el, 'clinician').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('every bundled topic', () => {
    // Every language of the vocabulary: where a topic is not translated, both sides show the English card with the note.
    for (const [slug, lang] of TOPICS.flatMap((slug) => LANGUAGES.map((lang) => [slug, lang] as const))) {
      it(`${slug} (${lang}): prerendered HTML reads exactly like the live card, in both wordings, and is accessible before and after the script`, async () => {
        for (const audience of AUDIENCES) {
          clearSummaryCache();
          const holder = await fixture<HTMLDivElement>(html`<div></div>`);
          holder.append(parse(await prerendered(slug, audience, lang)));
          const el = holder.querySelector('nutrient-interaction')! as NutrientInteraction;
          const before = cardText(el);
          await expect(holder).to.be.accessible();
          await oneEvent(el, 'nutrient-interaction-load');
          await el.updateComplete;
          expect(card(el).querySelector('.ni-audience input'), 'live card').to.exist;
          expect(cardText(el)).to.equal(before);
          expect(card(el).lang).to.equal(lang);
          await expect(holder).to.be.accessible();
        }
      });
    }
  });

  describe('in Spanish', () => {
    const spanish = async () => ((await (await fetch('/src/data/topics/es/vitk-warfarin.json')).json()) as Summary);

    it('lang="es" shows the whole card in Spanish, in both wordings, with a Spanish date, and is accessible', async () => {
      const es = await spanish();
      const el = await settled(html`<nutrient-interaction topic="vitk-warfarin" lang="es" loading="eager"></nutrient-interaction>`);
      await openAll(el);
      const c = card(el);
      expect(c.lang).to.equal('es');
      expect(text(c.querySelector('.ni-title'))).to.equal(es.title.patient);
      expect(text(c.querySelector('.ni-meta'))).to.contain('Estado de la revisión: Pendiente de revisión clínica').and.match(/Actualizado el \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d/);
      expect([...c.querySelectorAll('summary')].map((s) => text(s).replace(/ \(\d+\)$/, ''))).to.deep.equal(['Recomendaciones', 'Investigación', 'Aviso', 'Referencias']);
      expect(text(c.querySelector('.ni-audience'))).to.contain('Pacientes y cuidadores');
      expect(text(c.querySelector('.ni-evidence'))).to.match(/Bien probado|Algunas pruebas buenas|Solo estudios|Los estudios no coinciden/);
      expect(c.querySelector('a.ni-cite')!.getAttribute('aria-label')).to.match(/^Referencia \d+$/);
      await expect(el).to.be.accessible();
      radio(el, 'clinician').click();
      await el.updateComplete;
      expect(text(c.querySelector('.ni-title'))).to.equal(es.title.clinician);
      expect(text(c.querySelector('.ni-bottom-line'))).to.contain('En resumen');
      await expect(el).to.be.accessible();
    });

    it('a prerendered English card pasted into a Spanish page stays English (its element carries lang="en")', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      holder.append(parse(await prerendered('k2-d3', 'patient')));
      const el = holder.querySelector('nutrient-interaction')! as NutrientInteraction;
      const before = cardText(el);
      await oneEvent(el, 'nutrient-interaction-load');
      await el.updateComplete;
      expect(el.language).to.equal('en');
      expect(card(el).lang).to.equal('en');
      expect(cardText(el)).to.equal(before);
    });

    it('follows the page: the nearest lang (es-MX) chooses Spanish, any other language English', async () => {
      // fixtureSync: the listener must be in place before the element can load (a cached translation loads fast).
      const holder = fixtureSync<HTMLDivElement>(html`<div lang="es-MX"><section lang="es-MX"><nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction></section></div>`);
      const el = holder.querySelector('nutrient-interaction')! as NutrientInteraction;
      await oneEvent(el, 'nutrient-interaction-load');
      await el.updateComplete;
      expect(el.language).to.equal('es');
      expect(card(el).lang).to.equal('es');
      clearSummaryCache();
      const fr = fixtureSync<HTMLDivElement>(html`<div lang="fr"><nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction></div>`);
      const other = fr.querySelector('nutrient-interaction')! as NutrientInteraction;
      await oneEvent(other, 'nutrient-interaction-load');
      expect(other.language).to.equal('en');
      await other.updateComplete;
      expect(card(other).lang).to.equal('en');
    });

    it('finds the page\u2019s lang through the shadow roots of the components it sits in', async () => {
      const holder = fixtureSync<HTMLDivElement>(html`<div lang="es"><section></section></div>`);
      const outer = holder.querySelector('section')!.attachShadow({ mode: 'open' });
      const inner = outer.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' });
      const el = inner.appendChild(document.createElement('nutrient-interaction')) as NutrientInteraction;
      expect(el.language).to.equal('es');
      outer.host.setAttribute('lang', 'en');
      expect(el.language, 'the nearest lang wins').to.equal('en');
    });

    it('switches language at runtime and back, keeping the audience and open sections', async () => {
      const es = await spanish();
      const el = await settled(html`<nutrient-interaction topic="vitk-warfarin" audience="clinician" loading="eager"></nutrient-interaction>`);
      el.toggleSection('research', true);
      const english = text(card(el).querySelector('.ni-title'));
      el.lang = 'es';
      await oneEvent(el, 'nutrient-interaction-load');
      await el.updateComplete;
      expect(text(card(el).querySelector('.ni-title'))).to.equal(es.title.clinician);
      expect(details(el, 'research').open).to.be.true;
      el.removeAttribute('lang');
      await oneEvent(el, 'nutrient-interaction-load');
      await el.updateComplete;
      expect(text(card(el).querySelector('.ni-title'))).to.equal(english);
      expect(text(details(el, 'guidelines').querySelector('summary'))).to.equal('Guidelines');
      expect(card(el).lang).to.equal('en');
    });

    it('explains a failure in Spanish, marked as Spanish', async () => {
      const el = await settled(html`<nutrient-interaction topic="no-such-topic" lang="es" loading="eager"></nutrient-interaction>`);
      const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.lang).to.equal('es');
      expect(text(alert)).to.contain('No se pudo mostrar este resumen de salud.').and.contain('No hay un resumen para este tema.');
      await expect(el).to.be.accessible();
    });

    it('without its interface strings still shows the Spanish summary, with English labels', async () => {
      // By src: a bundled Spanish topic is pinned through its _ui.json, and without that file it is refused.
      const real = window.fetch;
      const el = await withFetch((input, init) => (String(input).includes('_ui.json') ? Promise.resolve(new Response('', { status: 404 })) : real(input, init)), () =>
        settled(html`<nutrient-interaction src="/src/data/topics/es/k2-d3.json" lang="es" loading="eager"></nutrient-interaction>`),
      );
      expect(card(el).lang).to.equal('es');
      expect(text(details(el, 'guidelines').querySelector('summary'))).to.equal('Guidelines');
    });
  });

  describe('prerendered content', () => {
    it('upgrades in place: no second copy, nothing below moves, and no request before the first paint', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const holder = await fixture<HTMLDivElement>(html`<div></div>`);
        const snippet = await prerendered('k2-d3');
        const below = document.createElement('p');
        below.textContent = 'The article goes on.';
        // First as a page without the script shows it (an element no script defines, with the snippet's layout
        // stylesheet), then upgraded in its place.
        const layout = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/.cache/prerendered/nutrient-interaction.css' });
        const loaded = new Promise((resolve) => layout.addEventListener('load', resolve, { once: true }));
        holder.append(parse(snippet.replace(/nutrient-interaction(?=[\s>])/g, 'ni-without-script')), layout, below);
        await loaded;
        const top = below.getBoundingClientRect().top;
        holder.firstElementChild!.replaceWith(parse(snippet));
        const el = holder.querySelector('nutrient-interaction')! as NutrientInteraction;
        const topicRequests = () => urls.filter((u) => u.endsWith('/k2-d3.json')).length;
        await el.updateComplete;
        expect(topicRequests(), 'no request before the first paint').to.equal(0);
        await oneEvent(el, 'nutrient-interaction-load');
        await el.updateComplete;
        expect(topicRequests()).to.equal(1);
        expect(el.querySelectorAll('.ni-card').length).to.equal(1);
        // Measured: 2 px (the host becomes display: block), a layout shift score of about 0.002.
        expect(Math.abs(below.getBoundingClientRect().top - top)).to.be.below(4);
      });
    });

    it('keeps sections the reader opened before the script took over', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const pre = parse(await prerendered('zinc-copper'));
      pre.querySelector<HTMLDetailsElement>('details[data-section="research"]')!.open = true;
      holder.append(pre);
      const el = holder.querySelector('nutrient-interaction')! as NutrientInteraction;
      await oneEvent(el, 'nutrient-interaction-load');
      await el.updateComplete;
      expect(details(el, 'research').open).to.be.true;
      expect(details(el, 'guidelines').open).to.be.false;
    });

    /**
     * The prerendered card inside the <div data-nutrient-interaction> an editor keeps, on an English page, upgraded.
     * `langOn`: where its language is said, on the card (as prerendered) or only on the wrapper.
     */
    async function wrapped(slug: string, lang: 'en' | 'es' = 'en', langOn: 'card' | 'wrapper' = 'card'): Promise<{ el: NutrientInteraction; loaded: Promise<unknown> }> {
      const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const inner = (await prerendered(slug, 'patient', lang)).replace(/^<nutrient-interaction[^>]*>|<\/nutrient-interaction>$/g, '');
      const wrapper = document.createElement('div');
      wrapper.dataset.nutrientInteraction = slug;
      wrapper.append(parse(inner));
      if (langOn === 'wrapper') {
        wrapper.lang = lang;
        wrapper.querySelector('.ni-card')!.removeAttribute('lang');
      }
      holder.append(wrapper);
      const loaded = oneEvent(holder, 'nutrient-interaction-load');
      const { define } = await import('../src/define.js');
      define();
      // The upgrade comes with an add-on that only pages with a wrapper load.
      await waitUntil(() => holder.querySelector('nutrient-interaction'), 'wrapper upgraded');
      return { el: holder.querySelector('nutrient-interaction')! as NutrientInteraction, loaded };
    }

    it('a wrapper an editor keeps (<div data-nutrient-interaction>) becomes the widget', async () => {
      const { el, loaded } = await wrapped('vitc-iron');
      expect(el.topic).to.equal('vitc-iron');
      await loaded;
      expect(el.querySelectorAll('.ni-card').length).to.equal(1);
    });

    for (const langOn of ['card', 'wrapper'] as const) {
      it(`a wrapper keeps its card\u2019s language: a Spanish card on an English page stays Spanish (lang="es" only on the ${langOn})`, async () => {
        const urls: string[] = [];
        await withFetch(recordingFetch(urls), async () => {
          const { el, loaded } = await wrapped('zinc-copper', 'es', langOn);
          expect(el.getAttribute('lang')).to.equal('es');
          expect(el.language).to.equal('es');
          await loaded;
          await el.updateComplete;
          expect(card(el).lang).to.equal('es');
          expect(text(card(el).querySelector('summary'))).to.equal('Recomendaciones');
          // Only the Spanish files: the English summary is never asked for.
          expect(urls.filter((u) => u.includes('/topics/')).map((u) => u.replace(/^.*\/topics\//, '')).sort()).to.deep.equal(['es/_ui.json', 'es/zinc-copper.json']);
        });
      });
    }
  });

  describe('registration', () => {
    it('static define(tag, registry) registers the class (or a subclass) under a tag once, and the define entry uses it', async () => {
      const Element = customElements.get('nutrient-interaction') as typeof NutrientInteraction;
      expect(Element.define).to.be.a('function');
      class Renamed extends Element {}
      Renamed.define('ni-renamed-widget');
      expect(customElements.get('ni-renamed-widget')).to.equal(Renamed);
      Renamed.define('ni-renamed-widget');
      // A second copy of the script defines nothing and throws nothing.
      Element.define();
      expect(customElements.get('nutrient-interaction')).to.equal(Element);
      const el = await settled(html`<ni-renamed-widget topic="k2-d3" loading="eager"></ni-renamed-widget>`);
      expect(card(el).querySelector('.ni-title')).to.exist;
    });
  });

  describe('drawing failures', () => {
    it('fires the error event after the error message is drawn, as the load event follows the card', async () => {
      const el = document.createElement('nutrient-interaction') as NutrientInteraction;
      el.setAttribute('topic', 'not-a-bundled-topic');
      let shown: string | undefined;
      el.addEventListener('nutrient-interaction-error', () => (shown = text(el.shadowRoot!.querySelector('[role="alert"]'))));
      const failed = oneEvent(el, 'nutrient-interaction-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await failed;
      expect(shown).to.contain('This health summary could not be shown.');
    });

    it('a topic change that fails says the asked-for summary could not be shown, and hides the old topic\u2019s card', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction>`);
      const failed = oneEvent(el, 'nutrient-interaction-error');
      el.topic = 'not-a-bundled-topic';
      await failed;
      await el.updateComplete;
      const alert = text(el.shadowRoot!.querySelector('[role="alert"]'));
      expect(alert).to.contain('This health summary could not be shown.');
      expect(alert).not.to.contain('other wording');
      expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="card"]')!.hidden).to.be.true;
      expect(card(el).checkVisibility()).to.be.false;
      // Back to a topic that loads: its card shows again.
      el.topic = 'zinc-copper';
      await oneEvent(el, 'nutrient-interaction-load');
      await el.updateComplete;
      expect(card(el).checkVisibility()).to.be.true;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('reports a failure to draw that is not a Trusted Types refusal as render, not blocked, and shows it', async () => {
      const el = document.createElement('nutrient-interaction') as NutrientInteraction;
      // Any exception while drawing the card: here reading one of its options.
      Object.defineProperty(el, 'headingLevel', { get: () => { throw new RangeError('boom'); } });
      el.setAttribute('topic', 'k2-d3');
      el.setAttribute('loading', 'eager');
      const failed = oneEvent(el, 'nutrient-interaction-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const { detail } = await failed;
      expect(detail.code).to.equal('render');
      expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal('This summary could not be drawn.');
    });
  });

  describe('loading lifecycle', () => {
    it('draws the first card with closed sections empty, fills them once it has painted, and only then fires load', async () => {
      const el = fixtureSync<NutrientInteraction>(html`<nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction>`);
      const firstDraw = new Promise<number[]>((resolve) => {
        const watch = new MutationObserver(() => {
          if (!card(el)) return;
          watch.disconnect();
          resolve(SECTIONS.map((id) => details(el, id).querySelector('.ni-section-body')!.childElementCount));
        });
        watch.observe(el, { childList: true });
      });
      let loaded = false;
      el.addEventListener('nutrient-interaction-load', () => (loaded = true));
      expect(await firstDraw).to.deep.equal([0, 0, 0, 0]);
      expect(loaded, 'load waits for the filled card').to.be.false;
      await oneEvent(el, 'nutrient-interaction-load');
      for (const id of SECTIONS) expect(details(el, id).querySelector('.ni-section-body')!.childElementCount, id).to.be.greaterThan(0);
    });

    /** A widget for k2-d3, resolved at its first draw (closed sections not yet filled). */
    async function firstDraw(): Promise<NutrientInteraction> {
      const el = fixtureSync<NutrientInteraction>(html`<nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction>`);
      await new Promise<void>((resolve) => {
        const watch = new MutationObserver(() => card(el) && (watch.disconnect(), resolve()));
        watch.observe(el, { childList: true });
      });
      expect(details(el, 'references').querySelector('li'), 'not filled yet').to.equal(null);
      return el;
    }

    it('fills the card on screen even when its topic changed, and failed, before the fill', async () => {
      const el = await firstDraw();
      const failed = oneEvent(el, 'nutrient-interaction-error');
      el.topic = 'no-such-topic';
      await failed;
      // Includes the fill that follows the first card's paint.
      await el.updateComplete;
      expect(card(el).querySelector('.ni-title')).to.exist;
      for (const id of SECTIONS) expect(details(el, id).querySelector('.ni-section-body')!.childElementCount, id).to.be.greaterThan(0);
    });

    it('a citation followed before the fill opens and focuses its reference', async () => {
      const el = await firstDraw();
      const cite = card(el).querySelector<HTMLAnchorElement>('.ni-bottom-line a.ni-cite')!;
      cite.click();
      expect(details(el, 'references').open).to.be.true;
      expect(document.activeElement?.id).to.equal(cite.getAttribute('href')!.slice(1));
    });

    it('keeps a prerendered card\u2019s closed sections in the page through the upgrade', async () => {
      const holder = fixtureSync<HTMLDivElement>(html`<div></div>`);
      holder.append(parse(await prerendered('k2-d3', 'clinician')));
      const el = holder.querySelector<NutrientInteraction>('nutrient-interaction')!;
      const count = () => details(el, 'references').querySelectorAll('li').length;
      const before = count();
      const seen: number[] = [];
      const watch = new MutationObserver(() => card(el) && seen.push(count()));
      watch.observe(el, { childList: true, subtree: true });
      await oneEvent(el, 'nutrient-interaction-load');
      watch.disconnect();
      expect(before).to.be.greaterThan(0);
      expect(card(el).querySelector('.ni-audience input'), 'upgraded').to.exist;
      expect(Math.min(...seen)).to.equal(before);
    });

    it('fills the card and fires load even when no frame comes (a tab in the background)', async () => {
      const raf = window.requestAnimationFrame;
      window.requestAnimationFrame = () => 0;
      try {
        // Fails on its own (instead of timing out with frames still stubbed for the tests after it).
        const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no load event within 3 s')), 3000));
        const el = await Promise.race([settled(html`<nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction>`), late]);
        expect(details(el, 'references').querySelectorAll('li').length).to.be.greaterThan(0);
      } finally {
        window.requestAnimationFrame = raf;
      }
    });

    it('fills a section at once when it is opened before the rest are filled', async () => {
      const el = await firstDraw();
      el.toggleSection('references', true);
      expect(details(el, 'references').querySelectorAll('li').length).to.be.greaterThan(0);
      expect(details(el, 'guidelines').querySelector('p')).to.exist;
    });

    it('shows fallback content while loading, and content added later replaces the placeholder', async () => {
      const held = heldFetch();
      await withFetch(held.fetch, async () => {
        const el = await fixture<NutrientInteraction>(html`<nutrient-interaction src=${MINIMAL} loading="eager"></nutrient-interaction>`);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.ni-loading')).to.exist;
        await expect(el).to.be.accessible();
        const p = document.createElement('p');
        p.textContent = 'Read the fact sheet.';
        el.append(p);
        await waitUntil(() => !el.shadowRoot!.querySelector('.ni-loading'), 'fallback slotted');
        held.calls[0]!.release();
        await oneEvent(el, 'nutrient-interaction-load');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.hidden).to.be.true;
      });
    });

    it('an old summary whose load completes after the source changed never shows, nor reports a load or an error', async () => {
      // The only way an answer for an old source reaches the widget: its summary has arrived, and the widget is still
      // waiting for the interface strings of its language when the source changes. (An answer still on its way is
      // cancelled with its request; a bundled Spanish topic waits for those strings anyway, for its hash.) Held: the
      // Spanish strings, and the new summary, until the old one is done. The format's schema is in the cache first.
      await validateSummary({});
      const held = heldFetch();
      const call = (file: string) => held.calls.find((c) => c.url.endsWith(file))!;
      await withFetch(held.fetch, async () => {
        const el = fixtureSync<NutrientInteraction>(html`<nutrient-interaction src=${MINIMAL} lang="es" loading="eager"></nutrient-interaction>`);
        const events: string[] = [];
        el.addEventListener('nutrient-interaction-load', (e) => events.push(`load ${e.detail.slug}`));
        el.addEventListener('nutrient-interaction-error', (e) => events.push(`error ${e.detail.code}`));
        await waitUntil(() => call('/minimal.json') && call('/es/_ui.json'), 'summary and strings requested');
        call('/minimal.json').release();
        // Only the strings are in flight once the old summary has arrived.
        await waitUntil(() => pendingRequests() === 1, 'old summary arrived');
        el.src = '/src/data/topics/es/zinc-copper.json';
        await waitUntil(() => call('/es/zinc-copper.json'), 'new summary requested');
        call('/es/_ui.json').release();
        await waitUntil(() => pendingRequests() === 1, 'strings arrived');
        await el.updateComplete;
        expect(card(el)?.getAttribute('aria-labelledby') ?? 'no card', 'no card of the old summary').to.equal('no card');
        expect(events).to.deep.equal([]);
        call('/es/zinc-copper.json').release();
        await oneEvent(el, 'nutrient-interaction-load');
        await el.updateComplete;
        expect(events).to.deep.equal(['load zinc-copper']);
        expect(card(el).lang).to.equal('es');
        expect(card(el).querySelector('h2')!.id).to.equal('ni-zinc-copper-title');
      });
    });

    it('a lazy widget in the first screens asks for its topic before the next frame; one far below waits, and one scrolled near starts', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const holder = fixtureSync<HTMLDivElement>(
          html`<div>
            <nutrient-interaction topic="k2-d3"></nutrient-interaction>
            <div hidden><nutrient-interaction topic="vitk-warfarin"></nutrient-interaction></div>
            <details><summary>FAQ</summary><nutrient-interaction topic="calcium-iron"></nutrient-interaction></details>
            <div hidden="until-found"><nutrient-interaction topic="vitc-iron"></nutrient-interaction></div>
            <div style="position:relative;left:-9999px"><nutrient-interaction topic="biotin-lab-tests"></nutrient-interaction></div>
            <div style="height:500vh"></div>
            <nutrient-interaction topic="zinc-copper"></nutrient-interaction>
          </div>`,
        );
        await new Promise((r) => requestAnimationFrame(r));
        expect(urls.map((u) => u.split('/').pop())).to.deep.equal(['k2-d3.json']);
        await reported([...holder.querySelectorAll('nutrient-interaction')]);
        expect(urls.length, 'nothing more once the browser has said which widgets are near').to.equal(1);
        const far = holder.querySelector<NutrientInteraction>('[topic="zinc-copper"]')!;
        far.scrollIntoView();
        await oneEvent(far, 'nutrient-interaction-load');
        expect(urls.map((u) => u.split('/').pop())).to.deep.equal(['k2-d3.json', 'zinc-copper.json']);
        window.scrollTo(0, 0);
      });
    });

    it('setting loading="eager" later starts a far-below-the-fold widget', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const el = await fixture<NutrientInteraction>(html`<div style="height:400vh"></div><nutrient-interaction src=${MINIMAL}></nutrient-interaction>`).then(
          (spacer) => spacer.nextElementSibling as NutrientInteraction,
        );
        await reported([el]);
        expect(urls).to.deep.equal([]);
        el.loading = 'eager';
        await oneEvent(el, 'nutrient-interaction-load');
        expect(urls.length).to.equal(1);
      });
    });

    it('a widget added and removed in the same task fetches nothing and leaves no request', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const el = document.createElement('nutrient-interaction');
        el.setAttribute('src', MINIMAL);
        el.setAttribute('loading', 'eager');
        document.body.append(el);
        el.remove();
        // Its first draw, where a request would start, has run.
        await (el as NutrientInteraction).updateComplete;
        expect(urls).to.deep.equal([]);
        expect(pendingRequests()).to.equal(0);
      });
    });

    it('a widget removed mid-request cancels it; put back, it loads again', async () => {
      const held = heldFetch();
      // The format's schema, loaded beside a src, in the cache first: the requests counted are the summary's.
      await validateSummary({});
      await withFetch(held.fetch, async () => {
        const el = await fixture<NutrientInteraction>(html`<nutrient-interaction src=${MINIMAL} loading="eager"></nutrient-interaction>`);
        await waitUntil(() => held.calls.length === 1);
        expect(pendingRequests()).to.equal(1);
        const parent = el.parentElement!;
        el.remove();
        expect(pendingRequests()).to.equal(0);
        parent.append(el);
        await waitUntil(() => held.calls.length === 2);
        held.calls[1]!.release();
        await oneEvent(el, 'nutrient-interaction-load');
        expect(pendingRequests()).to.equal(0);
      });
    });

    it('many widgets showing one summary make one request', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const el = await fixture<HTMLDivElement>(
          html`<div>${[1, 2, 3, 4].map(() => html`<nutrient-interaction topic="zinc-copper" loading="eager"></nutrient-interaction>`)}</div>`,
        );
        const widgets = [...el.querySelectorAll('nutrient-interaction')];
        await Promise.all(widgets.map((w) => (card(w) ? Promise.resolve() : oneEvent(w, 'nutrient-interaction-load'))));
        expect(urls.filter((u) => u.includes('zinc-copper')).length).to.equal(1);
      });
    });

    it('changing independent after connect stops following the shared choice', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div><nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction><nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction></div>`,
      );
      const [a, b] = [...el.querySelectorAll('nutrient-interaction')] as NutrientInteraction[];
      await waitUntil(() => card(a!) && card(b!), 'both drawn');
      b!.independent = true;
      radio(a!, 'clinician').click();
      await a!.updateComplete;
      expect(a!.audience).to.equal('clinician');
      expect(b!.audience).to.equal('patient');
    });
  });

  describe('errors', () => {
    it('says why, keeps fallback content, offers a retry for network errors, and is accessible', async () => {
      const el = await settled(html`<nutrient-interaction src="/test/status/503" loading="eager"><p>Fallback</p></nutrient-interaction>`);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('could not be shown');
      expect(text(alert)).to.contain('HTTP 503');
      expect(alert.querySelector('button')).to.exist;
      expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.hidden).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('"Try again" after a failure a second try can cure: one click on the button loads the card, fires load, and the error goes', async () => {
      // The server answers 503 once, then the summary.
      const src = `/test/fails-first/1/retry-${Date.now()}`;
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const el = await settled(html`<nutrient-interaction src=${src} loading="eager"><p>Fallback</p></nutrient-interaction>`);
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
        expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('HTTP 503');
        expect(text(button)).to.equal('Try again');
        expect(card(el) === null, 'no card yet').to.be.true;
        const events: string[] = [];
        el.addEventListener('nutrient-interaction-load', (e) => events.push(`load ${e.detail.slug}`));
        el.addEventListener('nutrient-interaction-error', (e) => events.push(`error ${e.detail.code}`));
        const loaded = oneEvent(el, 'nutrient-interaction-load');
        // A real click where the button is on screen.
        const box = button.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await loaded;
        await el.updateComplete;
        expect(events).to.deep.equal(['load test-minimal']);
        expect(urls.filter((u) => u.endsWith(src))).to.have.length(2);
        expect(el.shadowRoot!.querySelector('[role="alert"]') === null, 'error gone').to.be.true;
        expect(text(card(el).querySelector('.ni-title'))).to.not.equal('');
        expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.hidden, 'fallback hidden').to.be.true;
      });
    });

    for (const [what, src, code] of [
      ['a file that is not in the expected format', '/test/fixtures/invalid.json', 'invalid'],
      ['a file that is not JSON', '/test/fixtures/not-json.json', 'not-json'],
      ['a missing file', '/test/fixtures/no-such-file.json', 'not-found'],
    ] as const) {
      it(`offers no "Try again" for ${what} (${code}): a second try cannot cure it`, async () => {
        const error = oneEvent(document, 'nutrient-interaction-error');
        const el = await settled(html`<nutrient-interaction src=${src} loading="eager"></nutrient-interaction>`);
        expect((await error).detail.code).to.equal(code);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'error shown').to.exist;
        expect(el.shadowRoot!.querySelector('[role="alert"] button') === null, 'no button').to.be.true;
      });
    }

    it('refuses a bad topic name clearly', async () => {
      const el = await settled(html`<nutrient-interaction topic="../../etc"></nutrient-interaction>`);
      expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('topic name is not valid');
    });
  });
});
