import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { clearSummaryCache } from '../src/data/load.js';
import type { Summary, Text } from '../src/data/schema.js';
import { openAll, panel, radio, recordingFetch, settled, shadow, text, toggle, withFetch } from './helpers.js';

const MINIMAL = '/test/fixtures/minimal.json';

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

    it('renders the question as a heading, review status, date and the safety note', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      const heading = shadow(el).querySelector('[role="heading"][aria-level="2"]')!;
      expect(norm(heading.textContent!)).to.equal(data.title.patient);
      const time = shadow(el).querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(data.review.lastUpdated);
      expect(time.textContent).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${data.review.lastUpdated}T00:00:00Z`)),
      );
      expect(text(shadow(el).querySelector('.meta')!)).to.contain('Review status: Submitted');
      const safety = shadow(el).querySelector('[role="note"]')!;
      expect(text(safety)).to.contain('warfarin');
      expect(safety.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    });

    it('starts with every section closed and in patient wording', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      expect(el.audience).to.equal('patient');
      expect(radio(el, 'patient').checked).to.be.true;
      for (const id of ['guidelines', 'research', 'disclaimer', 'references']) {
        expect(toggle(el, id).getAttribute('aria-expanded')).to.equal('false');
        expect(panel(el, id).hidden).to.be.true;
      }
    });

    it('swaps every piece of wording when the audience changes, keeping open sections open', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      await openAll(el);
      const all = wordings(data);
      expect(all.length).to.be.greaterThan(30);
      const patientText = text(shadow(el));
      for (const w of all) expect(patientText, w.patient).to.contain(norm(w.patient));

      radio(el, 'clinician').click();
      await el.updateComplete;
      expect(el.getAttribute('audience')).to.equal('clinician');
      const clinicianText = text(shadow(el));
      for (const w of all) {
        expect(clinicianText, w.clinician).to.contain(norm(w.clinician));
        if (!all.some((o) => o.clinician.includes(w.patient))) expect(clinicianText, w.patient).not.to.contain(norm(w.patient));
      }
      for (const id of ['guidelines', 'research', 'disclaimer', 'references']) {
        expect(toggle(el, id).getAttribute('aria-expanded'), id).to.equal('true');
      }
    });

    it('numbers citations and lists every reference with PubMed/DOI links', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      await openAll(el);
      const items = [...shadow(el).querySelectorAll('.references li')];
      expect(items.length).to.equal(data.references.length);
      items.forEach((li, i) => expect(li.id).to.equal(`ref-${i + 1}`));
      const cited = new Set([...shadow(el).querySelectorAll('.cites a')].map((a) => a.getAttribute('href')));
      expect(cited.size).to.equal(data.references.length);
      for (const ref of data.references.filter((r) => r.pmid)) {
        expect(shadow(el).querySelector(`a[href="https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/"]`), ref.id).to.exist;
      }
      for (const ref of data.references.filter((r) => r.doi)) {
        expect(shadow(el).querySelector(`a[href="https://doi.org/${ref.doi}"]`), ref.id).to.exist;
      }
    });

    it('is accessible in both audiences with every section open', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      await expect(el).to.be.accessible();
      await openAll(el);
      await expect(el).to.be.accessible();
      el.audience = 'clinician';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('every catalog topic', () => {
    it('renders in both wordings with all sections open, accessibly, with every reference numbered', async () => {
      const catalog = await (await fetch('/src/data/topics/index.json')).json();
      expect(catalog.topics.length).to.be.at.least(6);
      for (const { slug, title } of catalog.topics as { slug: string; title: Text }[]) {
        const el = await settled(html`<nutrient-interaction topic=${slug}></nutrient-interaction>`);
        expect(shadow(el).querySelector('[role="alert"]'), slug).to.equal(null);
        await openAll(el);
        expect(norm(shadow(el).querySelector('.title')!.textContent!), slug).to.equal(title.patient);
        await expect(el).to.be.accessible();
        el.audience = 'clinician';
        await el.updateComplete;
        expect(norm(shadow(el).querySelector('.title')!.textContent!), slug).to.equal(title.clinician);
        await expect(el).to.be.accessible();
        const refs = shadow(el).querySelectorAll('.references li[id^="ref-"]').length;
        const cited = new Set([...shadow(el).querySelectorAll('.cites a')].map((a) => a.getAttribute('href'))).size;
        expect(cited, `${slug}: cited references`).to.equal(refs);
        el.remove();
      }
    });
  });

  describe('audience', () => {
    it('follows the attribute set from outside, without a second fetch', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const el = await settled(html`<nutrient-interaction src=${MINIMAL} audience="clinician"></nutrient-interaction>`);
        expect(text(shadow(el))).to.contain('Clinician title');
        el.setAttribute('audience', 'patient');
        await el.updateComplete;
        expect(text(shadow(el))).to.contain('Patient title');
        expect(text(shadow(el))).not.to.contain('Clinician title');
        expect(radio(el, 'patient').checked).to.be.true;
      });
      expect(urls.length).to.equal(1);
    });

    it('treats an unknown audience value as patient', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL} audience="doctor"></nutrient-interaction>`);
      expect(text(shadow(el))).to.contain('Patient title');
      expect(radio(el, 'patient').checked).to.be.true;
    });

    it('is a labelled radio group operable with arrow keys, and announces the change', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      const fieldset = shadow(el).querySelector('fieldset')!;
      expect(text(fieldset.querySelector('legend')!)).to.equal('Which best describes you?');
      radio(el, 'patient').focus();
      const changed = oneEvent(el, 'nutrient-interaction-audience-change');
      await sendKeys({ press: 'ArrowRight' });
      const event = await changed;
      expect(event.detail).to.deep.equal({ audience: 'clinician' });
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      expect(el.getAttribute('audience')).to.equal('clinician');
      expect(radio(el, 'clinician').checked).to.be.true;
      expect(text(shadow(el))).to.contain('Clinician title');
    });
  });

  describe('sections', () => {
    it('open and close by mouse click, exposing state with aria-expanded', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      const button = toggle(el, 'guidelines');
      expect(button.getAttribute('aria-controls')).to.equal('guidelines-panel');
      const toggled = oneEvent(el, 'nutrient-interaction-toggle');
      button.click();
      expect((await toggled).detail).to.deep.equal({ section: 'guidelines', open: true });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el, 'guidelines').hidden).to.be.false;
      expect(text(panel(el, 'guidelines'))).to.contain('Patient key point.');
      expect(text(panel(el, 'guidelines'))).to.contain('Patient dose value');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel(el, 'guidelines').hidden).to.be.true;
    });

    it('are reached with Tab and toggled with Enter and Space', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      toggle(el, 'guidelines').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el, 'guidelines').getAttribute('aria-expanded')).to.equal('true');

      // Tab order runs through the open panel's citation links before the next section's button.
      while (shadow(el).activeElement !== toggle(el, 'research')) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle(el, 'research').getAttribute('aria-expanded')).to.equal('true');
      expect(text(panel(el, 'research'))).to.contain('Patient finding.');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle(el, 'research').getAttribute('aria-expanded')).to.equal('false');
    });

    it('research findings carry an evidence label worded for each audience', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      toggle(el, 'research').click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.evidence')!)).to.equal('Early or small studies only');
      el.audience = 'clinician';
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.evidence')!)).to.equal('Limited evidence');
    });

    it('headings follow heading-level', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL} heading-level="3"></nutrient-interaction>`);
      expect(shadow(el).querySelector('.title')!.getAttribute('aria-level')).to.equal('3');
      expect(toggle(el, 'guidelines').parentElement!.getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('citations and links', () => {
    it('a citation opens the references and moves focus to the reference', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('.safety .cites a')!;
      expect(link.getAttribute('aria-label')).to.equal('Reference 1');
      const before = location.href;
      link.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(toggle(el, 'references').getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement?.id).to.equal('ref-1');
      expect(text(shadow(el).activeElement!)).to.contain('Reference B citation.');
      expect(location.href).to.equal(before);
    });

    it('shows the editorial-policy link and http(s) links only', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      await openAll(el);
      expect(shadow(el).querySelector('a[href="https://example.org/policy"]')!.textContent).to.equal('Editorial policy');
      const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      for (const href of hrefs) expect(href, href).to.match(/^(https?:\/\/|#ref-\d+$)/);
      expect(hrefs).to.include('https://pubmed.ncbi.nlm.nih.gov/12345/');
      expect(hrefs).to.include('https://doi.org/10.1000/abc');
      expect(hrefs).to.include('https://example.org/b');
      expect(text(shadow(el).querySelector('#ref-3')!)).to.equal('Reference C citation, no identifier.');
    });
  });

  describe('loading and errors', () => {
    async function expectError(el: Element, message: RegExp) {
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert, 'error state').to.exist;
      expect(text(alert)).to.match(message);
      await expect(el).to.be.accessible();
    }

    it('shows an accessible loading state first', async () => {
      const el = await fixture(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      const status = el.shadowRoot!.querySelector('[role="status"]');
      expect(status && text(status)).to.equal('Loading summary…');
      await expect(el).to.be.accessible();
    });

    it('unknown topic', async () => {
      const el = await settled(html`<nutrient-interaction topic="no-such-topic"></nutrient-interaction>`);
      await expectError(el, /no summary for this topic/);
    });

    it('invalid topic name, without any request', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const el = await settled(html`<nutrient-interaction topic="../../etc/passwd"></nutrient-interaction>`);
        await expectError(el, /topic name is not valid/);
      });
      expect(urls.length).to.equal(0);
    });

    it('neither topic nor src', async () => {
      const el = await settled(html`<nutrient-interaction></nutrient-interaction>`);
      await expectError(el, /No topic or src/);
    });

    it('network failure, with a working retry', async () => {
      const el = await withFetch(
        () => Promise.reject(new TypeError('Failed to fetch')),
        () => settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`),
      );
      await expectError(el, /could not be downloaded/);
      const loaded = oneEvent(el, 'nutrient-interaction-load');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
      await loaded;
      await el.updateComplete;
      expect(text(el.shadowRoot!)).to.contain('Patient title');
    });

    it('HTTP error status', async () => {
      const el = await settled(html`<nutrient-interaction src="/test/status/500"></nutrient-interaction>`);
      await expectError(el, /HTTP 500/);
    });

    it('a response that is not JSON', async () => {
      const el = await settled(html`<nutrient-interaction src="/test/fixtures/not-json.json"></nutrient-interaction>`);
      await expectError(el, /not valid JSON/);
    });

    it('JSON that fails validation', async () => {
      const error = oneEvent(document.body, 'nutrient-interaction-error');
      const el = await settled(html`<nutrient-interaction src="/test/fixtures/invalid.json"></nutrient-interaction>`);
      expect((await error).detail.code).to.equal('invalid');
      await expectError(el, /expected format/);
    });

    it('a late response for an old source never replaces the current one', async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
      el.src = '/test/status/404';
      el.src = MINIMAL;
      await oneEvent(el, 'nutrient-interaction-load');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(text(shadow(el))).to.contain('Patient title');
    });
  });

  describe('publisher content', () => {
    it('fallback content shows while loading and on error, and is hidden once the summary renders', async () => {
      const failing = await settled(html`<nutrient-interaction src="/test/status/503"><p>Fallback text</p></nutrient-interaction>`);
      const p = failing.querySelector('p')!;
      expect(p.assignedSlot, 'slotted on error').to.exist;
      expect(p.getBoundingClientRect().height).to.be.greaterThan(0);

      const el = await fixture<HTMLElement>(html`<nutrient-interaction src=${MINIMAL}><p>Fallback text</p></nutrient-interaction>`);
      expect(el.querySelector('p')!.assignedSlot, 'slotted while loading').to.exist;
      await oneEvent(el, 'nutrient-interaction-load');
      await (el as any).updateComplete;
      expect(el.querySelector('p')!.assignedSlot, 'not slotted after load').to.equal(null);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
    });

    it('follow-up link from attributes, http(s) only', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL} follow-up-href="https://example.org/ask" follow-up-label="Ask our pharmacist"></nutrient-interaction>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="follow-up"] a')!;
      expect(link.href).to.equal('https://example.org/ask');
      expect(link.textContent).to.equal('Ask our pharmacist');
      const bad = await settled(html`<nutrient-interaction src=${MINIMAL} follow-up-href="javascript:alert(1)"></nutrient-interaction>`);
      expect(shadow(bad).querySelector('[part="follow-up"]')).to.equal(null);
    });

    it('follow-up slot', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}><a slot="follow-up" href="/ask">Ask us</a></nutrient-interaction>`);
      expect(el.querySelector('a')!.assignedSlot).to.exist;
      await expect(el).to.be.accessible();
    });

    it('events bubble out of the shadow root to the page', async () => {
      const seen: string[] = [];
      const types = ['nutrient-interaction-load', 'nutrient-interaction-toggle', 'nutrient-interaction-audience-change'];
      const record = (e: Event) => seen.push(e.type);
      types.forEach((t) => document.addEventListener(t, record));
      try {
        const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
        toggle(el, 'research').click();
        radio(el, 'clinician').click();
        expect(seen).to.deep.equal(types);
      } finally {
        types.forEach((t) => document.removeEventListener(t, record));
      }
    });
  });

  describe('fetching', () => {
    it('a widget far below the fold fetches nothing until the reader scrolls near it; visible ones load at once', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <nutrient-interaction topic="k2-d3"></nutrient-interaction>
          <div style="height: 6000px"></div>
          <nutrient-interaction id="far" topic="zinc-copper"></nutrient-interaction>
          <nutrient-interaction id="eager" topic="vitc-iron" loading="eager" style="position: relative"></nutrient-interaction>
        </div>`);
        const [near] = wrapper.querySelectorAll('nutrient-interaction');
        await waitUntil(() => near!.shadowRoot!.querySelector('article'), 'visible widget rendered');
        await waitUntil(() => urls.some((u) => u.endsWith('/vitc-iron.json')), 'eager widget fetched');
        await new Promise((r) => setTimeout(r, 100));
        expect(urls.filter((u) => u.endsWith('/zinc-copper.json'))).to.deep.equal([]);
        const far = wrapper.querySelector('#far')!;
        far.scrollIntoView();
        await waitUntil(() => far.shadowRoot!.querySelector('article'), 'far widget rendered after scrolling');
        expect(urls.filter((u) => u.endsWith('/zinc-copper.json'))).to.have.length(1);
      }).finally(() => scrollTo(0, 0));
    });

    it('fetches a summary once however many elements show it', async () => {
      const urls: string[] = [];
      await withFetch(recordingFetch(urls), async () => {
        const wrapper = await fixture(html`<div>
          <nutrient-interaction topic="k2-d3"></nutrient-interaction>
          <nutrient-interaction topic="k2-d3" audience="clinician"></nutrient-interaction>
          <nutrient-interaction topic="k2-d3"></nutrient-interaction>
        </div>`);
        const els = [...wrapper.querySelectorAll('nutrient-interaction')];
        await Promise.all(els.map((el) => (el.shadowRoot!.querySelector('article') ? 0 : oneEvent(el, 'nutrient-interaction-load'))));
        expect(urls.length).to.equal(1);
        expect(urls[0]).to.match(/\/src\/data\/topics\/k2-d3\.json$/);
      });
    });
  });
});
