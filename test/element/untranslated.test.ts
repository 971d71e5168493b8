import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { clearSummaryCache, setBasePath } from '../../src/load/fetch-summary.js';
import { card, settled, text } from '../helpers.js';

// A topic asked for in a language it has not been translated into yet: the English card, with a note in the reader's
// language, rather than an error (the catalog grows one language at a time).
describe('a topic not yet translated', () => {
  beforeEach(() => {
    clearSummaryCache();
    setBasePath('/test/untranslated/');
  });
  afterEach(() => setBasePath(undefined));

  it('shows the English card with a note in Spanish, and English labels', async () => {
    const el = await settled(html`<nutrient-interaction topic="k2-d3" lang="es" loading="eager"></nutrient-interaction>`);
    expect(el.status).to.equal('complete');
    const article = card(el);
    expect(article.lang).to.equal('en');
    const note = article.querySelector<HTMLElement>('.ni-notice')!;
    expect(note.lang).to.equal('es');
    expect(text(note)).to.equal('Este resumen todavía no está en español. Por eso lo mostramos en inglés.');
    // The labels match the card's language, not the page's.
    expect(text(article.querySelector('details[data-section="references"] > summary'))).to.match(/^References/);
    await expect(el).to.be.accessible();
  });

  it('shows no note where the translation exists', async () => {
    setBasePath(undefined);
    const el = await settled(html`<nutrient-interaction topic="k2-d3" lang="es" loading="eager"></nutrient-interaction>`);
    expect(card(el).lang).to.equal('es');
    expect(card(el).querySelector('.ni-notice')).to.equal(null);
  });

  it('still fails, as not found, for a topic that exists in no language', async () => {
    const el = await settled(html`<nutrient-interaction topic="no-such-topic" lang="es" loading="eager"></nutrient-interaction>`);
    expect(el.status).to.equal('error');
    expect(el.error?.code).to.equal('not-found');
  });
});
