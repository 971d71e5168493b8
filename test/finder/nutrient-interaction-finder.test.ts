import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadFinder } from '../../src/index.js';
import { clearSummaryCache, setBasePath } from '../../src/load/fetch-summary.js';
import { normalize, namesOf, suggest } from '../../src/finder/match.js';

const input = (el: Element) => el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const options = (el: Element) => [...el.querySelectorAll<HTMLElement>('[role="option"]')];
const cards = (el: Element) => [...el.querySelectorAll('nutrient-interaction')].map((c) => c.getAttribute('topic'));

/** Types into the combobox as a reader would: one input event per character. */
function type(el: Element, text: string) {
  const box = input(el);
  box.focus();
  for (const ch of text) {
    box.value += ch;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch }));
  }
}
const key = (el: Element, k: string) => input(el).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

async function finder(lang = 'en', audience = 'patient') {
  await loadFinder();
  const el = await fixture(
    html`<nutrient-interaction-finder lang=${lang} audience=${audience}
      ><h2 id="az">A to Z</h2>
      <dl aria-labelledby="az"><dt>Warfarin</dt><dd><a href="https://example.org/en/vitk-warfarin/">Warfarin and vitamin K</a></dd></dl></nutrient-interaction-finder
    >`,
  );
  await waitUntil(() => input(el) || el.querySelector('.nif-error'), 'finder drawn', { timeout: 5000 });
  return el;
}

describe('nutrient-interaction-finder', () => {
  beforeEach(() => clearSummaryCache());

  it('matches names without case or accents, names that start with the typed text first', () => {
    expect(normalize('  Vitamina  D ')).to.equal('vitamina d');
    expect(normalize('Hierba de San Juan')).to.equal(normalize('hierba de san juan'));
    expect(normalize('Ácido fólico')).to.equal('acido folico');
    const names = namesOf(
      [
        { slug: 'a', names: { en: ['Vitamin D', 'Calcium'] }, languages: ['en'] },
        { slug: 'b', names: { en: ['Vitamin K', 'Warfarin'], es: ['Vitamina K', 'Warfarina'] }, languages: ['en', 'es'] },
      ],
      'es',
    );
    expect(suggest(names, 'vit', 'es').map((n) => n.name)).to.deep.equal(['Vitamin D', 'Vitamina K']);
    expect(suggest(names, 'WARFARINA', 'es').map((n) => n.name)).to.deep.equal(['Warfarina']);
    expect(suggest(names, 'k', 'es').map((n) => n.name)).to.deep.equal(['Vitamina K']);
    expect(suggest(names, '', 'es')).to.deep.equal([]);
  });

  it('replaces its A–Z list with a labelled combobox once the catalog has loaded, and is accessible', async () => {
    const el = await finder();
    expect(el.querySelector('dl')!.hidden).to.equal(true);
    expect(el.querySelector('h2')!.hidden).to.equal(true);
    const box = input(el);
    expect(box.labels![0]!.textContent).to.equal('Supplements and medicines you take');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(el.querySelector('[role="status"]')!.textContent).to.match(/^Add the supplements/);
    await expect(el).to.be.accessible();
  });

  it('suggests catalog names as the reader types; arrows move the active option, Enter adds it, and its cards appear once', async () => {
    const el = await finder();
    type(el, 'warf');
    await waitUntil(() => options(el).length, 'suggestions');
    const box = input(el);
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).map((o) => o.textContent)).to.include('Warfarin');
    await expect(el).to.be.accessible();
    key(el, 'ArrowDown');
    await waitUntil(() => box.getAttribute('aria-activedescendant'), 'active option');
    const active = el.querySelector(`#${box.getAttribute('aria-activedescendant')}`)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
    key(el, 'Enter');
    await waitUntil(() => cards(el).length, 'cards');
    expect(box.value).to.equal('');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(el.querySelector('.nif-chosen')!.textContent).to.contain(active.textContent);
    // Every topic that lists the name, once, each with its rating in the reader's words.
    const listed = cards(el);
    expect(listed).to.include('vitk-warfarin');
    expect(new Set(listed).size).to.equal(listed.length);
    expect(el.querySelector('.nif-rated')!.textContent).to.match(/^Rated: (Avoid|Adjust|Monitor|No change needed|Insufficient data)$|^No interaction expected$/);
    expect(el.querySelector('[role="status"]')!.textContent).to.match(/^\d+ summar(y matches|ies match) your list\.$/);
    // A second name that shares a topic adds no second card for it.
    type(el, 'vitamin k');
    await waitUntil(() => options(el).length, 'suggestions');
    options(el).find((o) => o.textContent === 'Vitamin K')!.click();
    await waitUntil(() => el.querySelectorAll('.nif-chosen li').length === 2, 'two chosen');
    const after = cards(el);
    expect(new Set(after).size).to.equal(after.length);
    expect(after.filter((t) => t === 'vitk-warfarin')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a name the catalog does not know says so, and that this does not mean it is safe; the remove button takes it off', async () => {
    const el = await finder();
    type(el, 'Unobtainium');
    key(el, 'Enter');
    await waitUntil(() => el.querySelector('.nif-chosen'), 'chosen');
    expect(el.querySelector('.nif-chosen li')!.textContent).to.contain('Unobtainium: not in our catalog. This does not mean it is safe: ask your pharmacist.');
    expect(cards(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    const remove = el.querySelector<HTMLButtonElement>('.nif-remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove Unobtainium');
    remove.click();
    await waitUntil(() => !el.querySelector('.nif-chosen'), 'removed');
    expect(document.activeElement).to.equal(input(el));
  });

  it('Escape closes the list, then clears the text', async () => {
    const el = await finder();
    type(el, 'cal');
    await waitUntil(() => options(el).length, 'suggestions');
    key(el, 'Escape');
    await waitUntil(() => input(el).getAttribute('aria-expanded') === 'false', 'closed');
    expect(input(el).value).to.equal('cal');
    key(el, 'Escape');
    await waitUntil(() => input(el).value === '', 'cleared');
  });

  it('in Spanish: Spanish names, strings and action labels, and Spanish cards in the chosen wording', async () => {
    const el = await finder('es', 'clinician');
    // Where its cards' corrections come from is the finder's to say (the WordPress plugin turns them off).
    el.setAttribute('updates', 'off');
    expect(input(el).labels![0]!.textContent).to.equal('Suplementos y medicamentos que toma');
    type(el, 'warfarina');
    await waitUntil(() => options(el).length, 'suggestions');
    expect(options(el).map((o) => o.textContent)).to.include('Warfarina');
    key(el, 'ArrowDown');
    key(el, 'Enter');
    await waitUntil(() => cards(el).length, 'cards');
    const card = el.querySelector('nutrient-interaction')!;
    expect(card.getAttribute('lang')).to.equal('es');
    expect(card.getAttribute('audience')).to.equal('clinician');
    expect(card.getAttribute('updates')).to.equal('off');
    expect(card.hasAttribute('channel')).to.equal(false);
    expect(el.querySelector('.nif-rated')!.textContent).to.match(/^Valoración: |^No se espera/);
    await expect(el).to.be.accessible();
  });

  it('when the catalog cannot load it says so and keeps the A–Z list, with no uncaught error', async () => {
    setBasePath('/no-such-folder/');
    try {
      const el = await finder();
      expect(el.querySelector('.nif-error')!.textContent).to.equal('The list of topics could not be loaded. The links below still work.');
      expect(el.querySelector('dl')!.hidden).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      setBasePath(undefined);
    }
  });
});
