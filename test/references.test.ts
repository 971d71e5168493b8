import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { clearSummaryCache } from '../src/load/fetch-summary.js';
import type { Summary } from '../src/data/schema.js';
import type { NutrientInteraction } from '../src/nutrient-interaction.js';
import { card, details, openAll, settled, text } from './helpers.js';

const TOPICS: string[] = ((await (await fetch('/src/data/topics/index.json')).json()) as { topics: { slug: string }[] }).topics.map((t) => t.slug);

/** The citation numbers in the card's text, in reading order (every section open). */
const citedNumbers = (el: Element) => [...card(el).querySelectorAll<HTMLAnchorElement>('sup.ni-cites a.ni-cite')].map((a) => Number(a.textContent));

/** The References list: each entry's number, id and citation text (without its links). */
function referenceList(el: Element) {
  return [...details(el, 'references').querySelectorAll<HTMLLIElement>('ol.ni-references > li')].map((li) => {
    const copy = li.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('a').forEach((a) => a.remove());
    return { value: li.value, id: li.id, citation: text(copy) };
  });
}

/** Checks the numbering of one drawn card against its summary. */
function checkNumbering(el: NutrientInteraction, s: Summary, label: string) {
  const list = referenceList(el);
  const numbers = citedNumbers(el);
  expect(numbers.length, `${label}: citations in the text`).to.be.greaterThan(0);
  // The References list is numbered 1…N in order, one entry per reference, each with the id the citations link to.
  expect(list.map((r) => r.value), `${label}: list numbers`).to.deep.equal(s.references.map((_, i) => i + 1));
  expect(list.map((r) => r.id), `${label}: list ids`).to.deep.equal(list.map((r) => `ni-${s.slug}-ref-${r.value}`));
  // Numbers follow first use: reading the card, each number not seen before is the next one.
  const firstUse = [...new Set(numbers)];
  expect(firstUse, `${label}: numbers in order of first citation`).to.deep.equal(firstUse.map((_, i) => i + 1));
  // Every citation links to its own entry, which exists, and says which number it is.
  for (const a of card(el).querySelectorAll<HTMLAnchorElement>('a.ni-cite')) {
    const n = a.textContent!;
    expect(a.getAttribute('href'), `${label}: link of ${n}`).to.equal(`#ni-${s.slug}-ref-${n}`);
    expect(card(el).querySelector(`[id="ni-${s.slug}-ref-${n}"]`) !== null, `${label}: target of ${n} exists`).to.be.true;
    expect(a.getAttribute('aria-label'), `${label}: name of ${n}`).to.match(new RegExp(`^\\S+ ${n}$`));
  }
  // And the entry is the reference the claim cites: the bottom line, the rating and each safety point, against the file.
  const citation = (id: string) => text(Object.assign(document.createElement('p'), { textContent: s.references.find((r) => r.id === id)!.citation }));
  const claims = [
    ...(s.bottomLine ? [{ where: 'bottom line', el: card(el).querySelector('.ni-bottom-line p:not(.ni-rating)'), cites: s.bottomLine.cites }] : []),
    ...(s.rating ? [{ where: 'rating', el: card(el).querySelector('.ni-rating'), cites: s.rating.cites }] : []),
    ...s.safety.points.map((p, i) => ({ where: `safety point ${i + 1}`, el: card(el).querySelectorAll('.ni-safety li')[i], cites: p.cites })),
  ];
  for (const claim of claims) {
    const shown = [...claim.el!.querySelectorAll('a.ni-cite')].map((a) => list[Number(a.textContent) - 1]!.citation);
    expect(shown.sort(), `${label}: ${claim.where}`).to.deep.equal([...new Set(claim.cites)].map(citation).sort());
  }
}

describe('reference numbering', () => {
  beforeEach(() => {
    clearSummaryCache();
    localStorage.clear();
  });

  for (const [slug, lang] of [...TOPICS.map((t) => [t, 'en'] as const), ['k2-d3', 'es'] as const, ['vitk-warfarin', 'es'] as const]) {
    it(`${slug} (${lang}): numbered in order of first citation, in both wordings; each number links to its own reference`, async () => {
      const s = (await (await fetch(`/src/data/topics/${lang === 'en' ? '' : `${lang}/`}${slug}.json`)).json()) as Summary;
      const el = await settled(html`<nutrient-interaction topic=${slug} lang=${lang} loading="eager"></nutrient-interaction>`);
      await openAll(el);
      checkNumbering(el, s, `${slug} patient`);
      const patient = citedNumbers(el);
      el.audience = 'clinician';
      await el.updateComplete;
      expect(card(el).dataset.audience).to.equal('clinician');
      checkNumbering(el, s, `${slug} clinician`);
      // One list for both wordings: a reader who switches keeps the same numbers.
      expect(citedNumbers(el), 'same numbers in both wordings').to.deep.equal(patient);
    });
  }
});
