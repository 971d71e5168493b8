import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { clearSummaryCache } from '../src/load/fetch-summary.js';
import type { NutrientInteraction } from '../src/nutrient-interaction.js';
import { card, openAll, radio } from './helpers.js';

/** A widget inside a holder the test styles like a host page would; resolves once the card is drawn. */
async function inHolder(holder: ReturnType<typeof html>): Promise<{ root: HTMLElement; el: NutrientInteraction }> {
  clearSummaryCache();
  const root = await fixture<HTMLElement>(holder);
  const el = root.querySelector('nutrient-interaction')! as NutrientInteraction;
  if (!card(el)) await oneEvent(el, 'nutrient-interaction-load');
  await el.updateComplete;
  return { root, el };
}

const px = (el: Element, prop: string) => parseFloat(getComputedStyle(el).getPropertyValue(prop));
const background = (el: NutrientInteraction) => getComputedStyle(card(el)).backgroundColor;
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';

describe('card styles in host pages', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('takes the text size of its surroundings, not the root: a 62.5% root font leaves it at the article size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const { el } = await inHolder(html`<div style="font-size: 18px"><nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction></div>`);
    await openAll(el);
    const c = card(el);
    expect(px(c.querySelector('.ni-safety li')!, 'font-size')).to.equal(18);
    expect(px(c.querySelector('summary')!, 'font-size')).to.be.at.least(18);
    // Nothing in the card drops below three quarters of the article's size (citation numbers are the smallest).
    const smallest = Math.min(...[...c.querySelectorAll('*')].filter((n) => n.getClientRects().length).map((n) => px(n, 'font-size')));
    expect(smallest).to.be.at.least(18 * 0.7);
  });

  it('is light on an ordinary page, dark with theme="dark" or on a page whose color-scheme is dark, and accessible in dark', async () => {
    const plain = await inHolder(html`<div><nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction></div>`);
    expect(background(plain.el)).to.equal(WHITE);
    const dark = await inHolder(html`<div style="background:#000;color:#eee"><nutrient-interaction topic="k2-d3" theme="dark" loading="eager"></nutrient-interaction></div>`);
    expect(background(dark.el)).to.equal(DARK);
    await openAll(dark.el);
    await expect(dark.el).to.be.accessible();
    radio(dark.el, 'clinician').click();
    await dark.el.updateComplete;
    await expect(dark.el).to.be.accessible();
    const page = await inHolder(html`<div style="color-scheme: dark"><nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction></div>`);
    expect(background(page.el)).to.equal(DARK);
    const forcedLight = await inHolder(html`<div style="color-scheme: dark"><nutrient-interaction topic="k2-d3" theme="light" loading="eager"></nutrient-interaction></div>`);
    expect(background(forcedLight.el)).to.equal(WHITE);
  });

  it('theme="auto" follows the reader\u2019s system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el } = await inHolder(html`<div><nutrient-interaction topic="k2-d3" theme="auto" loading="eager"></nutrient-interaction></div>`);
    expect(background(el)).to.equal(DARK);
  });

  it('keeps English and Spanish cards left-to-right on a right-to-left page', async () => {
    for (const lang of ['en', 'es']) {
      const { el } = await inHolder(html`<div dir="rtl" lang="ar"><nutrient-interaction topic="k2-d3" lang=${lang} loading="eager"></nutrient-interaction></div>`);
      expect(getComputedStyle(card(el)).direction, lang).to.equal('ltr');
      expect(card(el).lang).to.equal(lang);
    }
  });

  it('fits a 360 px column without sideways scrolling, with citation numbers easy to tap', async () => {
    const { el } = await inHolder(html`<div style="inline-size: 360px; font-size: 16px"><nutrient-interaction topic="minerals-antibiotics" audience="clinician" loading="eager"></nutrient-interaction></div>`);
    await openAll(el);
    const c = card(el);
    const wide = [...c.querySelectorAll(':not(.ni-sr-only)')].filter((n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).display !== 'inline').map((n) => `${n.localName}.${n.className} ${n.scrollWidth}/${n.clientWidth}`);
    expect(wide.join('; ')).to.equal('');
    expect(c.scrollWidth).to.be.at.most(c.clientWidth + 1);
    for (const n of c.querySelectorAll('*')) expect(n.getBoundingClientRect().right, n.className || n.localName).to.be.at.most(c.getBoundingClientRect().right + 12.5);
    // The tap target reaches beyond the glyph: a point just above the number still hits the link.
    const cite = c.querySelector<HTMLAnchorElement>('.ni-safety a.ni-cite')!;
    cite.scrollIntoView({ block: 'center' });
    const r = cite.getBoundingClientRect();
    expect(r.width).to.be.below(24);
    expect(document.elementFromPoint(r.left + r.width / 2, r.top - 4)?.closest('a')).to.equal(cite);
  });

  it('prints every section open, whatever the reader left closed', async () => {
    const { el } = await inHolder(html`<div><nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction></div>`);
    const body = card(el).querySelector<HTMLElement>('details[data-section="references"] .ni-section-body')!;
    expect(body.checkVisibility()).to.be.false;
    await emulateMedia({ media: 'print' });
    expect(body.checkVisibility()).to.be.true;
    expect(body.getBoundingClientRect().height).to.be.above(100);
  });
});
