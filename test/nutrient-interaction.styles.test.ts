import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { clearSummaryCache } from '../src/data/load.js';
import { openAll, panel, settled, shadow, toggle } from './helpers.js';

const MINIMAL = '/test/fixtures/minimal.json';
const bg = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.card')!).backgroundColor;
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';

describe('<nutrient-interaction> look and feel', () => {
  beforeEach(() => {
    clearSummaryCache();
    localStorage.clear();
  });
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('theme', () => {
    it('is light on a page with no color-scheme, and follows a page that declares dark', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      expect(bg(el)).to.equal(WHITE);
      document.documentElement.style.colorScheme = 'dark';
      expect(bg(el)).to.equal(DARK);
    });

    it('theme="dark" and theme="light" override the page', async () => {
      const dark = await settled(html`<nutrient-interaction src=${MINIMAL} theme="dark"></nutrient-interaction>`);
      expect(bg(dark)).to.equal(DARK);
      await expect(dark).to.be.accessible();
      document.documentElement.style.colorScheme = 'dark';
      const light = await settled(html`<nutrient-interaction src=${MINIMAL} theme="light"></nutrient-interaction>`);
      expect(bg(light)).to.equal(WHITE);
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL} theme="auto"></nutrient-interaction>`);
      await emulateMedia({ colorScheme: 'light' });
      expect(bg(el)).to.equal(WHITE);
      await emulateMedia({ colorScheme: 'dark' });
      expect(bg(el)).to.equal(DARK);
      await openAll(el);
      await expect(el).to.be.accessible();
    });

    it('custom properties restyle it', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL} style="--nutrient-interaction-bg: rgb(1, 2, 3); --nutrient-interaction-radius: 0px"></nutrient-interaction>`);
      expect(bg(el)).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(shadow(el).querySelector('.card')!).borderTopLeftRadius).to.equal('0px');
    });

    it('turns off the chevron animation for readers who prefer reduced motion', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      const chevron = shadow(el).querySelector('.chevron')!;
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0.15s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
    });
  });

  describe('right-to-left pages', () => {
    it('keeps English content left-to-right on an RTL page, chevrons included', async () => {
      const wrapper = document.createElement('div');
      wrapper.dir = 'rtl';
      document.body.append(wrapper);
      try {
        const el = document.createElement('nutrient-interaction');
        el.setAttribute('src', MINIMAL);
        wrapper.append(el);
        await new Promise((r) => el.addEventListener('nutrient-interaction-load', r, { once: true }));
        await el.updateComplete;
        const card = el.shadowRoot!.querySelector('.card')!;
        expect(getComputedStyle(card).direction).to.equal('ltr');
        // rotate(-45deg): pointing right, as on an LTR page (the RTL rotation would point it left).
        expect(getComputedStyle(el.shadowRoot!.querySelector('.chevron')!).transform).to.equal('matrix(0.707107, -0.707107, 0.707107, 0.707107, 0, 0)');
      } finally {
        wrapper.remove();
      }
    });
  });

  describe('print', () => {
    it('prints every section expanded, with references, and without the audience choice', async () => {
      const el = await settled(html`<nutrient-interaction src=${MINIMAL}></nutrient-interaction>`);
      await emulateMedia({ media: 'print' });
      // The print media query's change event arrives with the next rendering step.
      await waitUntil(() => !panel(el, 'research').hidden, 'sections expanded for print');
      for (const id of ['guidelines', 'research', 'disclaimer', 'references']) {
        expect(getComputedStyle(panel(el, id)).display, id).not.to.equal('none');
        expect(panel(el, id).textContent!.trim(), id).not.to.equal('');
      }
      expect(panel(el, 'references').textContent).to.contain('Reference C citation');
      expect(getComputedStyle(shadow(el).querySelector('fieldset')!).display).to.equal('none');

      await emulateMedia({ media: 'screen' });
      await waitUntil(() => panel(el, 'research').hidden, 'back to closed sections');
      expect(toggle(el, 'research').getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('narrow containers', () => {
    for (const width of [320, 360]) {
      it(`fits a ${width} px column with every section open, without horizontal scrolling`, async () => {
        await setViewport({ width, height: 800 });
        try {
          const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
          await openAll(el);
          const card = shadow(el).querySelector('.card')!;
          expect(card.scrollWidth).to.be.at.most(card.clientWidth);
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });
});
