import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { loadFinder } from '../../src/index.js';
import { clearSummaryCache, setBasePath } from '../../src/load/fetch-summary.js';
import { html as litHtml, nothing, render } from 'lit/html.js';
import { LABELS } from '../../src/i18n/labels.js';
import { finderClass } from '../../src/finder/nutrient-interaction-finder.js';
import type { FinderKit } from '../../src/finder/kit.js';

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
    expect(el.querySelector('[role="status"]')!.textContent).to.equal('No summary matches your list.');
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

/** A real click in the middle of an element (the browser's own mouse, through the test runner). */
async function click(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}
const press = (k: string) => sendKeys({ press: k });
const activeOption = (el: Element) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.querySelector(`#${id}`) : null;
};

describe('nutrient-interaction-finder, with real keys and clicks', () => {
  beforeEach(() => clearSummaryCache());
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('Enter on part of a name opens its matches instead of calling it unknown; arrows choose, Enter adds', async () => {
    const el = await finder();
    await click(input(el));
    expect(document.activeElement).to.equal(input(el));
    await sendKeys({ type: 'warf' });
    await waitUntil(() => options(el).length, 'suggestions');
    await press('Escape');
    await waitUntil(() => input(el).getAttribute('aria-expanded') === 'false', 'closed');
    await press('Enter');
    // "warf" is no name, but it starts one: the list opens with its first match active, and nothing is added yet.
    await waitUntil(() => activeOption(el), 'first match active');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(activeOption(el)!.textContent).to.equal(options(el)[0]!.textContent);
    expect(activeOption(el)!.getAttribute('aria-selected')).to.equal('true');
    expect(el.querySelector('.nif-chosen')).to.equal(null);
    expect(el.textContent).not.to.contain('not in our catalog');
    await expect(el).to.be.accessible();
    // Up from the first wraps to the last, Down comes back.
    await press('ArrowUp');
    await waitUntil(() => activeOption(el) === options(el).at(-1), 'last active');
    await press('ArrowDown');
    await waitUntil(() => activeOption(el) === options(el)[0], 'first active again');
    const name = activeOption(el)!.textContent!;
    await press('Enter');
    await waitUntil(() => cards(el).length, 'cards');
    expect(el.querySelector('.nif-chosen li span')!.textContent).to.equal(name);
    expect(input(el).value).to.equal('');
    expect(document.activeElement).to.equal(input(el));
  });

  it('a click on an option adds it and keeps the focus in the box; a click on its remove button takes it off', async () => {
    const el = await finder();
    await click(input(el));
    await sendKeys({ type: 'vitamin k' });
    await waitUntil(() => options(el).some((o) => o.textContent === 'Vitamin K'), 'Vitamin K offered');
    await click(options(el).find((o) => o.textContent === 'Vitamin K')!);
    await waitUntil(() => cards(el).includes('vitk-warfarin'), 'its card');
    expect(document.activeElement).to.equal(input(el));
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    // Warfarin shares the topic: its card stays one.
    await sendKeys({ type: 'warfarin' });
    await waitUntil(() => options(el).length, 'suggestions');
    await press('ArrowDown');
    await press('Enter');
    await waitUntil(() => el.querySelectorAll('.nif-chosen li').length === 2, 'two chosen');
    expect(cards(el).filter((t) => t === 'vitk-warfarin')).to.have.length(1);
    expect(el.querySelector('[role="status"]')!.textContent).to.match(/^\d+ summar(y matches|ies match) your list\.$/);
    await expect(el).to.be.accessible();
    await click(el.querySelector('.nif-remove[aria-label="Remove Vitamin K"]')!);
    await waitUntil(() => el.querySelectorAll('.nif-chosen li').length === 1, 'one left');
    expect(document.activeElement).to.equal(input(el));
    expect(cards(el)).to.include('vitk-warfarin');
  });

  it('in Spanish, typed without capitals or accents: "warfarina" finds Warfarina, and an unknown name is said to be unknown', async () => {
    const el = await finder('es');
    await click(input(el));
    await sendKeys({ type: 'warfarina' });
    await waitUntil(() => options(el).length, 'suggestions');
    expect(options(el)[0]!.textContent).to.equal('Warfarina');
    await press('Enter');
    // Typed in full, the name itself is taken.
    await waitUntil(() => cards(el).length, 'cards');
    expect(el.querySelector('.nif-chosen li span')!.textContent).to.equal('Warfarina');
    await sendKeys({ type: 'Pastillas de Unobtainium' });
    await press('Enter');
    await waitUntil(() => el.querySelectorAll('.nif-chosen li').length === 2, 'two chosen');
    expect(el.querySelectorAll('.nif-chosen li')[1]!.textContent).to.contain(
      'no está en nuestro catálogo. Eso no quiere decir que sea seguro: pregunte a su farmacéutico.',
    );
    expect(el.querySelector('.nif-remove')!.getAttribute('aria-label')).to.equal('Quitar Warfarina');
    await expect(el).to.be.accessible();
    await click(el.querySelector('.nif-remove')!);
    await waitUntil(() => !cards(el).length, 'no cards');
    expect(el.querySelector('[role="status"]')!.textContent).to.equal('Ningún resumen coincide con su lista.');
  });
});

describe('nutrient-interaction-finder, each rating state', () => {
  it('"Rated: <action>" for a rated topic, "No interaction expected" (no "Rated:") for one rated none, nothing for one not yet rated', async () => {
    const topics = [
      { slug: 'k2-d3', names: { en: ['Alpha'] }, languages: ['en'], rating: { level: 'major', actionLevel: 'avoid', evidence: 'moderate' } },
      { slug: 'magnesium-vitd', names: { en: ['Alpha'] }, languages: ['en'], rating: { level: 'none', actionLevel: 'none', evidence: 'low' } },
      { slug: 'vitc-iron', names: { en: ['Alpha'] }, languages: ['en'] },
    ] as const;
    // The kit the script gives the add-on, but with a catalog of three topics, one per rating state.
    const kit: FinderKit = {
      html: litHtml,
      render,
      nothing,
      loadCatalog: () => Promise.resolve({ topics: structuredClone(topics) as never }),
      loadLabels: () => Promise.resolve(LABELS),
    };
    customElements.define('test-finder-ratings', finderClass(kit));
    const el = await fixture(html`<test-finder-ratings lang="en" audience="clinician"></test-finder-ratings>`);
    await waitUntil(() => input(el), 'finder drawn');
    type(el, 'alpha');
    key(el, 'Enter');
    await waitUntil(() => cards(el).length === 3, 'three cards');
    const lines = [...el.querySelectorAll('.nif-results > li')].map((li) => li.querySelector('.nif-rated')?.textContent ?? null);
    expect(lines).to.deep.equal(['Rated: Avoid', 'No interaction expected', null]);
    expect(el.querySelector('[role="status"]')!.textContent).to.equal('3 summaries match your list.');
    expect([...el.querySelectorAll('nutrient-interaction')].every((c) => c.getAttribute('audience') === 'clinician')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
